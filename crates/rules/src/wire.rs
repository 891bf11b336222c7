//! Reading a situation from a judge request: JSON (items tagged with `"type"`) or RON (the
//! scenario form, items written as `my_number_card(…)`). Every error names the field path and
//! the value, e.g. `presented[0].pin: unknown value "1234", expected one of known, forgotten,
//! locked, none`.

use serde::de::DeserializeOwned;
use serde_json::{Map, Value};
use serde_path_to_error::{Path, Segment};

use super::situation::{DocumentKind, Situation};
use crate::Name;
use strum::VariantArray;

/// A request that could not be read.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{}{}", location(.line, .column), message_with_path(.path, .message))]
pub struct InputError {
    /// The field path (`presented[0].pin`), empty for the whole document.
    pub path: String,
    /// What is wrong, naming the value where there is one.
    pub message: String,
    /// 1-based line, where the format gives one.
    pub line: Option<usize>,
    /// 1-based column, where the format gives one.
    pub column: Option<usize>,
    /// What kind of problem it is, for a message in the reader's language (`expected_comma`,
    /// `missing_field`, `unknown_value`…); none where only the English message says.
    pub code: Option<&'static str>,
    /// The values the message names, for wording it elsewhere: `found` (the value given) and
    /// `expected` (those allowed, comma-separated).
    pub details: Vec<(&'static str, String)>,
}

fn location(line: &Option<usize>, column: &Option<usize>) -> String {
    match (line, column) {
        (Some(line), Some(column)) => format!("{line}:{column}: "),
        (Some(line), None) => format!("{line}: "),
        _ => String::new(),
    }
}

fn message_with_path(path: &str, message: &str) -> String {
    if path.is_empty() {
        message.to_owned()
    } else {
        format!("{path}: {message}")
    }
}

/// The largest judge request read, in bytes (1 MiB: a real request is under 2 kB).
pub const MAX_REQUEST_BYTES: usize = 1024 * 1024;

/// The longest value an error message quotes; longer ones are cut with `…`.
const MAX_QUOTED_CHARS: usize = 60;

/// An error message made safe to print on one line: control characters (new lines, escape
/// sequences) shown as `\u{…}`, long quoted values cut short, and anything that reads as a My
/// Number masked (the guard never repeats the digits).
pub fn tidy(message: &str) -> String {
    let mut out = String::new();
    let mut quoted = 0usize;
    let mut in_quote = false;
    for c in message.chars() {
        if c == '"' {
            in_quote = !in_quote;
            quoted = 0;
            out.push(c);
            continue;
        }
        if in_quote {
            quoted += 1;
            if quoted > MAX_QUOTED_CHARS {
                if quoted == MAX_QUOTED_CHARS + 1 {
                    out.push('…');
                }
                continue;
            }
        }
        if c.is_control() || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}') {
            out.push_str(&format!("\\u{{{:x}}}", u32::from(c)));
        } else {
            out.push(c);
        }
    }
    crate::privacy::masked(&out)
}

/// A JSON value read strictly: a field given twice is an error (serde_json would keep the
/// last silently).
struct Strict(Value);

impl<'de> serde::Deserialize<'de> for Strict {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Strict, D::Error> {
        deserializer.deserialize_any(StrictVisitor).map(Strict)
    }
}

struct StrictVisitor;

impl<'de> serde::de::Visitor<'de> for StrictVisitor {
    type Value = Value;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_bool<E>(self, v: bool) -> Result<Value, E> {
        Ok(Value::Bool(v))
    }

    fn visit_i64<E>(self, v: i64) -> Result<Value, E> {
        Ok(Value::from(v))
    }

    fn visit_u64<E>(self, v: u64) -> Result<Value, E> {
        Ok(Value::from(v))
    }

    fn visit_f64<E>(self, v: f64) -> Result<Value, E> {
        Ok(Value::from(v))
    }

    fn visit_str<E>(self, v: &str) -> Result<Value, E> {
        Ok(Value::String(v.to_owned()))
    }

    fn visit_string<E>(self, v: String) -> Result<Value, E> {
        Ok(Value::String(v))
    }

    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_none<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut items = Vec::new();
        while let Some(Strict(item)) = seq.next_element()? {
            items.push(item);
        }
        Ok(Value::Array(items))
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut fields = Map::new();
        while let Some(key) = map.next_key::<String>()? {
            let Strict(value) = map.next_value()?;
            if fields.contains_key(&key) {
                return Err(serde::de::Error::custom(format!(
                    "the field \"{key}\" is given twice"
                )));
            }
            fields.insert(key, value);
        }
        Ok(Value::Object(fields))
    }
}

/// Reads a situation from a JSON judge request (a byte-order mark at the start is allowed).
pub fn situation_from_json(text: &str) -> Result<Situation, InputError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.len() > MAX_REQUEST_BYTES {
        return Err(too_large(text.len()));
    }
    let Strict(mut value) = serde_json::from_str(text).map_err(|error| InputError {
        path: String::new(),
        message: tidy(&strip_position(&error.to_string())),
        line: Some(error.line()),
        column: Some(error.column()),
        code: None,
        details: Vec::new(),
    })?;
    if !value.is_object() {
        return Err(InputError {
            path: String::new(),
            message: format!(
                "expected a JSON object with the situation's fields (date, patient, …), found {}",
                json_kind(&value)
            ),
            line: None,
            column: None,
            code: None,
            details: Vec::new(),
        });
    }
    for (field, kind) in [
        ("patient", "object"),
        ("clinic", "object"),
        ("presented", "array"),
    ] {
        if let Some(inner) = value.get(field) {
            let fits = match kind {
                "object" => inner.is_object(),
                _ => inner.is_array(),
            };
            if !fits {
                return Err(InputError {
                    path: field.to_owned(),
                    message: format!("expected an {kind}, found {}", tidy(&json_kind(inner))),
                    line: None,
                    column: None,
                    code: None,
                    details: Vec::new(),
                });
            }
        }
    }
    retag_presented(&mut value)?;
    from_value(value)
}

fn too_large(bytes: usize) -> InputError {
    InputError {
        path: String::new(),
        message: format!(
            "the request is {bytes} bytes, more than the {MAX_REQUEST_BYTES} a judge request may be"
        ),
        line: None,
        column: None,
        code: None,
        details: Vec::new(),
    }
}

/// Reads any serde type from a JSON value with path-naming errors (no item retagging).
pub fn from_value<T: DeserializeOwned>(value: Value) -> Result<T, InputError> {
    serde_path_to_error::deserialize(value).map_err(|error| {
        let path = render_path(error.path());
        let message = error.inner().to_string();
        describe(path, &message, None)
    })
}

/// Reads a situation from RON (the form scenario facts use; a byte-order mark is allowed).
pub fn situation_from_ron(text: &str) -> Result<Situation, InputError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.len() > MAX_REQUEST_BYTES {
        return Err(too_large(text.len()));
    }
    from_ron(text)
}

/// The RON options every Madoguchi file is read with: `Some(..)` may be left out, and a
/// variant holding a struct is written with the struct's fields directly
/// (`my_number_card(pin: known, …)`).
pub fn ron_options() -> ron::Options {
    ron::Options::default()
        .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
        .with_default_extension(ron::extensions::Extensions::UNWRAP_VARIANT_NEWTYPES)
}

/// Reads any serde type from RON with path-naming errors and line:column (a byte-order mark
/// at the start is allowed).
pub fn from_ron<T: DeserializeOwned>(text: &str) -> Result<T, InputError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let options = ron_options();
    let mut deserializer =
        ron::Deserializer::from_str_with_options(text, &options).map_err(spanned)?;
    let result: Result<T, _> = serde_path_to_error::deserialize(&mut deserializer);
    match result {
        Ok(value) => {
            deserializer
                .end()
                .map_err(|code| spanned(deserializer.span_error(code)))?;
            Ok(value)
        }
        Err(error) => {
            let mut path = render_path(error.path());
            let spanned_error = deserializer.span_error(error.into_inner());
            let list = |items: &[&str]| items.join(", ");
            let mut details = Vec::new();
            let message = match &spanned_error.code {
                ron::Error::NoSuchEnumVariant {
                    expected, found, ..
                } => {
                    details.push(("found", found.clone()));
                    details.push(("expected", list(expected)));
                    format!(
                        "unknown value \"{found}\", expected one of {}",
                        list(expected)
                    )
                }
                ron::Error::NoSuchStructField {
                    expected, found, ..
                } => {
                    if !expected.is_empty() {
                        details.push(("expected", list(expected)));
                    }
                    push_field(&mut path, found);
                    if expected.is_empty() {
                        "unknown field, no fields are allowed here".to_owned()
                    } else {
                        format!("unknown field, expected one of {}", list(expected))
                    }
                }
                ron::Error::MissingStructField { field, .. } => {
                    push_field(&mut path, field);
                    "missing required field".to_owned()
                }
                ron::Error::DuplicateStructField { field, .. } => {
                    push_field(&mut path, field);
                    "this field is given twice".to_owned()
                }
                ron::Error::Message(message) => humanize(message),
                other => other.to_string(),
            };
            Err(InputError {
                path,
                message: tidy(&message),
                line: Some(spanned_error.span.start.line),
                column: Some(spanned_error.span.start.col),
                code: syntax_code(&spanned_error.code),
                details,
            })
        }
    }
}

fn spanned(error: ron::error::SpannedError) -> InputError {
    InputError {
        path: String::new(),
        message: tidy(&humanize(&error.code.to_string())),
        line: Some(error.span.start.line),
        column: Some(error.span.start.col),
        code: syntax_code(&error.code),
        details: Vec::new(),
    }
}

/// The code of a RON reading error, for a message in the reader's language.
fn syntax_code(error: &ron::Error) -> Option<&'static str> {
    use ron::Error as E;
    Some(match error {
        E::Eof => "eof",
        E::ExpectedArray => "expected_array",
        E::ExpectedArrayEnd => "expected_array_end",
        E::ExpectedBoolean => "expected_boolean",
        E::ExpectedComma => "expected_comma",
        E::ExpectedFloat | E::ExpectedInteger | E::FloatUnderscore => "expected_number",
        E::ExpectedOption | E::ExpectedOptionEnd => "expected_option",
        E::ExpectedMap => "expected_map",
        E::ExpectedMapColon => "expected_colon",
        E::ExpectedMapEnd => "expected_map_end",
        E::ExpectedStructLike | E::ExpectedNamedStructLike(_) => "expected_struct",
        E::ExpectedStructLikeEnd => "expected_struct_end",
        E::ExpectedString => "expected_string",
        E::ExpectedStringEnd => "unclosed_string",
        E::ExpectedIdentifier | E::InvalidIdentifier(_) => "expected_identifier",
        E::InvalidEscape(_) => "invalid_escape",
        E::IntegerOutOfBounds => "number_out_of_range",
        E::UnclosedBlockComment | E::UnclosedLineComment => "unclosed_comment",
        E::UnexpectedChar(_) => "unexpected_char",
        E::TrailingCharacters => "trailing_characters",
        E::InvalidValueForType { .. } | E::ExpectedDifferentLength { .. } => "wrong_type",
        E::NoSuchEnumVariant { .. } => "unknown_value",
        E::NoSuchStructField { .. } => "unknown_field",
        E::MissingStructField { .. } => "missing_field",
        E::DuplicateStructField { .. } => "duplicate_field",
        _ => return None,
    })
}

/// Turns `{"type": "my_number_card", …}` items into the externally tagged form
/// `{"my_number_card": {…}}`, naming the item when its type is missing or unknown.
fn retag_presented(value: &mut Value) -> Result<(), InputError> {
    let Some(items) = value.get_mut("presented") else {
        return Ok(());
    };
    let Some(items) = items.as_array_mut() else {
        return Ok(());
    };
    let kinds: Vec<&str> = DocumentKind::VARIANTS.iter().map(|k| k.name()).collect();
    for (index, item) in items.iter_mut().enumerate() {
        let path = format!("presented[{index}]");
        let Value::Object(fields) = item else {
            return Err(InputError {
                path,
                message: format!(
                    "expected an object with a \"type\" field, found {}",
                    json_kind(item)
                ),
                line: None,
                column: None,
                code: None,
                details: Vec::new(),
            });
        };
        let kind = match fields.remove("type") {
            Some(Value::String(kind)) => kind,
            Some(other) => {
                return Err(InputError {
                    path: format!("{path}.type"),
                    message: format!(
                        "invalid type: {}, expected a string, one of {}",
                        json_kind(&other),
                        kinds.join(", ")
                    ),
                    line: None,
                    column: None,
                    code: None,
                    details: Vec::new(),
                });
            }
            None => {
                return Err(InputError {
                    path: format!("{path}.type"),
                    message: format!(
                        "missing required field, expected one of {}",
                        kinds.join(", ")
                    ),
                    line: None,
                    column: None,
                    code: None,
                    details: Vec::new(),
                });
            }
        };
        if !kinds.contains(&kind.as_str()) {
            return Err(InputError {
                path: format!("{path}.type"),
                message: format!(
                    "unknown value \"{kind}\", expected one of {}",
                    kinds.join(", ")
                ),
                line: None,
                column: None,
                code: None,
                details: Vec::new(),
            });
        }
        let rest = std::mem::take(fields);
        let mut tagged = Map::new();
        tagged.insert(kind, Value::Object(rest));
        *item = Value::Object(tagged);
    }
    Ok(())
}

fn json_kind(value: &Value) -> String {
    match value {
        Value::Null => "null".to_owned(),
        Value::Bool(b) => format!("boolean `{b}`"),
        Value::Number(n) => format!("number {n}"),
        Value::String(s) => format!("string \"{s}\""),
        Value::Array(_) => "an array".to_owned(),
        Value::Object(_) => "an object".to_owned(),
    }
}

/// Renders a serde path the way the judge documents it: `presented[0].pin`, leaving out the
/// enum variant segments the tagged representation adds.
fn render_path(path: &Path) -> String {
    let mut out = String::new();
    for segment in path.iter() {
        match segment {
            Segment::Seq { index } => out.push_str(&format!("[{index}]")),
            Segment::Map { key } => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(key);
            }
            Segment::Enum { .. } | Segment::Unknown => {}
        }
    }
    out
}

/// Builds the error for a serde message at a path: a missing or unknown field moves into the
/// path, and serde's backquotes become plain values.
fn describe(mut path: String, message: &str, line: Option<usize>) -> InputError {
    let message = strip_position(message);
    let text = if let Some(field) = quoted_after(&message, "missing field ") {
        push_field(&mut path, &field);
        "missing required field".to_owned()
    } else if let Some(field) = quoted_after(&message, "unknown field ") {
        push_field(&mut path, &field);
        message
            .split_once(", ")
            .map(|(_, rest)| format!("unknown field, {}", unquote_list(rest)))
            .unwrap_or_else(|| "unknown field".to_owned())
    } else {
        humanize(&message)
    };
    InputError {
        path,
        message: tidy(&text),
        line,
        column: None,
        code: None,
        details: Vec::new(),
    }
}

/// Appends a field to a path unless the path already ends with it (serde reports unknown
/// fields both ways, depending on the format).
fn push_field(path: &mut String, field: &str) {
    let ends_with_field = path == field || path.ends_with(&format!(".{field}"));
    if !ends_with_field {
        if !path.is_empty() {
            path.push('.');
        }
        path.push_str(field);
    }
}

/// Serde's "unknown variant `x`, expected one of `a`, `b`" as "unknown value "x", expected one
/// of a, b"; other messages lose their backquotes around lists.
fn humanize(message: &str) -> String {
    if let Some(value) = quoted_after(message, "unknown variant ") {
        let expected = message
            .split_once(", ")
            .map(|(_, rest)| unquote_list(rest))
            .unwrap_or_default();
        if expected.is_empty() {
            format!("unknown value \"{value}\"")
        } else {
            format!("unknown value \"{value}\", {expected}")
        }
    } else if let Some(rest) = message.strip_prefix("Unexpected missing field named `") {
        format!("missing required field \"{}\"", rest.trim_end_matches('`'))
    } else {
        message.to_owned()
    }
}

fn quoted_after(message: &str, prefix: &str) -> Option<String> {
    let rest = message.strip_prefix(prefix)?;
    let rest = rest.strip_prefix('`')?;
    let end = rest.find('`')?;
    Some(rest[..end].to_owned())
}

fn unquote_list(text: &str) -> String {
    let text = text.replace('`', "");
    text.replace("there are no fields", "no fields are allowed")
}

fn strip_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(index) if message[index..].contains(" column ") => message[..index].to_owned(),
        _ => message.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::situation::{Network, PinState, Presented, ReaderState, Setting};
    use jiff::civil::date;

    const FULL: &str = r#"{
      "date": "2026-11-24",
      "setting": "clinic",
      "patient": {
        "birth_date": "1981-04-10",
        "insurance": "employee",
        "income": "general",
        "late_elderly_share": 10,
        "online_record": "registered",
        "visited_before": false,
        "details_unchanged": false
      },
      "presented": [
        {"type": "my_number_card", "registered_for_insurance": true, "cert_expires": "2029-05-01",
         "pin": "known", "photo": true, "face_recognized": true, "in_sleeve": false},
        {"type": "smartphone_card"},
        {"type": "insurance_card", "expires": "2027-03-31", "from_current_insurer": true},
        {"type": "eligibility_certificate", "expires": "2030-03-31", "from_current_insurer": true},
        {"type": "eligibility_notice"},
        {"type": "portal_screen"}
      ],
      "clinic": {"reader": "working", "network": "up", "smartphone_reader": false}
    }"#;

    fn error_of(text: &str) -> String {
        situation_from_json(text).unwrap_err().to_string()
    }

    #[test]
    fn the_documented_request_reads() {
        let situation = situation_from_json(FULL).unwrap();
        assert_eq!(situation.date, date(2026, 11, 24));
        assert_eq!(situation.setting, Setting::Clinic);
        assert_eq!(situation.presented.len(), 6);
        let Presented::MyNumberCard(card) = &situation.presented[0] else {
            panic!("first item is the card");
        };
        assert_eq!(card.pin, PinState::Known);
        assert_eq!(card.cert_expires, date(2029, 5, 1));
        assert_eq!(situation.clinic.reader, ReaderState::Working);
        assert_eq!(situation.clinic.network, Network::Up);
    }

    #[test]
    fn defaults_fill_what_the_format_leaves_out() {
        let situation = situation_from_json(
            r#"{"date":"2026-11-24","patient":{"birth_date":"1990-01-01","insurance":"national"},
                "presented":[{"type":"my_number_card","cert_expires":"2028-01-01","pin":"none"},
                             {"type":"insurance_card","expires":null}]}"#,
        )
        .unwrap();
        let card = situation.my_number_card().unwrap();
        assert!(card.registered_for_insurance && card.photo && card.face_recognized);
        assert!(!card.in_sleeve);
        assert_eq!(situation.clinic.reader, ReaderState::Working);
        let old = situation.insurance_cards().next().unwrap();
        assert_eq!(old.expires, None);
        assert!(old.from_current_insurer);
    }

    #[test]
    fn an_unknown_value_names_its_path_and_the_choices() {
        let text = FULL.replace(r#""pin": "known""#, r#""pin": "1234""#);
        assert_eq!(
            error_of(&text),
            r#"presented[0].pin: unknown value "1234", expected one of known, forgotten, locked, none"#
        );
    }

    #[test]
    fn a_malformed_date_is_quoted() {
        let text = FULL.replace(r#""date": "2026-11-24""#, r#""date": "2026-11-31""#);
        assert_eq!(
            error_of(&text),
            r#"date: invalid date "2026-11-31", no such day in the calendar"#
        );
        let text = FULL.replace(
            r#""birth_date": "1981-04-10""#,
            r#""birth_date": "10/04/1981""#,
        );
        assert_eq!(
            error_of(&text),
            r#"patient.birth_date: invalid date "10/04/1981", expected YYYY-MM-DD"#
        );
    }

    #[test]
    fn an_unknown_item_type_is_named() {
        let text = FULL.replace(r#"{"type": "portal_screen"}"#, r#"{"type": "passport"}"#);
        assert_eq!(
            error_of(&text),
            r#"presented[5].type: unknown value "passport", expected one of my_number_card, smartphone_card, insurance_card, eligibility_certificate, eligibility_notice, portal_screen, subsidy_certificate, elderly_recipient_certificate"#
        );
    }

    #[test]
    fn a_missing_required_field_is_named() {
        let text = FULL.replace(r#""cert_expires": "2029-05-01","#, "");
        assert_eq!(
            error_of(&text),
            "presented[0].cert_expires: missing required field"
        );
        let text = FULL.replace(r#""insurance": "employee","#, "");
        assert_eq!(error_of(&text), "patient.insurance: missing required field");
    }

    #[test]
    fn an_unknown_field_is_named() {
        let text = FULL.replace(
            r#""in_sleeve": false"#,
            r#""in_sleeve": false, "my_number": "123456789012""#,
        );
        let message = error_of(&text);
        assert!(
            message.starts_with("presented[0].my_number: unknown field, expected one of"),
            "{message}"
        );
    }

    #[test]
    fn a_wrong_type_and_a_bad_share_are_named() {
        let text = FULL.replace(r#""visited_before": false"#, r#""visited_before": "yes""#);
        assert_eq!(
            error_of(&text),
            r#"patient.visited_before: invalid type: string "yes", expected a boolean"#
        );
        let text = FULL.replace(r#""late_elderly_share": 10"#, r#""late_elderly_share": 15"#);
        assert_eq!(
            error_of(&text),
            "patient.late_elderly_share: unknown value 15, expected one of 10, 20, 30"
        );
    }

    #[test]
    fn broken_json_gives_line_and_column() {
        let error = situation_from_json("{\n  \"date\": \"2026-11-24\",,\n}").unwrap_err();
        assert_eq!(error.line, Some(2));
        assert!(error.to_string().starts_with("2:"), "{error}");
    }

    #[test]
    fn items_that_are_not_objects_are_named() {
        let text = FULL.replace(r#"{"type": "portal_screen"}"#, r#""portal_screen""#);
        assert_eq!(
            error_of(&text),
            r#"presented[5]: expected an object with a "type" field, found string "portal_screen""#
        );
    }

    #[test]
    fn ron_reads_the_scenario_form() {
        let situation = situation_from_ron(
            r#"(
                date: "2026-11-24",
                patient: (birth_date: "1950-02-01", insurance: late_elderly, late_elderly_share: 20),
                presented: [
                    my_number_card(cert_expires: "2026-09-30", pin: forgotten, face_recognized: false),
                    eligibility_notice(),
                ],
                clinic: (network: down),
            )"#,
        )
        .unwrap();
        assert_eq!(situation.presented.len(), 2);
        assert_eq!(situation.clinic.network, Network::Down);
    }

    #[test]
    fn ron_errors_have_path_line_and_column() {
        let error = situation_from_ron(
            "(\n  date: \"2026-11-24\",\n  patient: (birth_date: \"1950-02-01\", insurance: martian),\n)",
        )
        .unwrap_err();
        assert_eq!(error.path, "patient.insurance");
        assert_eq!(error.line, Some(3));
        assert!(
            error.message.starts_with("unknown value \"martian\""),
            "{}",
            error.message
        );
    }

    #[test]
    fn hostile_requests_get_one_safe_line() {
        let base = r#"{"date": "2026-11-24", "patient": {"birth_date": "1981-04-10", "insurance": "employee"}}"#;
        assert!(situation_from_json(base).is_ok());
        assert!(
            situation_from_json(&format!("\u{feff}{base}")).is_ok(),
            "a BOM is allowed"
        );
        let twice = r#"{"date": "2026-11-24", "date": "2026-11-25", "patient": {"birth_date": "1981-04-10", "insurance": "employee"}}"#;
        let error = situation_from_json(twice).unwrap_err();
        assert!(error.message.contains("\"date\" is given twice"), "{error}");
        for text in [
            "null",
            "[]",
            r#"["2026-11-24", {"birth_date": "1981-04-10"}]"#,
        ] {
            let error = situation_from_json(text).unwrap_err();
            assert!(
                error.message.starts_with("expected a JSON object"),
                "{text}: {error}"
            );
        }
        let error = situation_from_json(r#"{"date": "2026-11-24", "patient": []}"#).unwrap_err();
        assert_eq!(error.path, "patient");
        let hostile = r#"{"date": "2026-11-24\n\u001b[2Jmore", "patient": {"birth_date": "1981-04-10", "insurance": "employee"}}"#;
        let error = situation_from_json(hostile).unwrap_err().to_string();
        assert!(!error.chars().any(char::is_control), "{error:?}");
        let number = r#"{"date": "2026-11-24", "patient": {"birth_date": "1981-04-10", "insurance": "1234 5678 9012"}}"#;
        let error = situation_from_json(number).unwrap_err().to_string();
        assert!(!crate::privacy::looks_like_my_number(&error), "{error}");
        let long = format!(
            r#"{{"date": "2026-11-24", "patient": {{"birth_date": "1981-04-10", "insurance": "{}"}}}}"#,
            "x".repeat(100_000)
        );
        let error = situation_from_json(&long).unwrap_err().to_string();
        assert!(
            error.chars().count() < 400,
            "{} chars",
            error.chars().count()
        );
        let huge = format!("{base}{}", " ".repeat(MAX_REQUEST_BYTES));
        assert!(
            situation_from_json(&huge)
                .unwrap_err()
                .message
                .contains("more than")
        );
        assert!(situation_from_ron("\u{feff}(date: \"2026-11-24\", patient: (birth_date: \"1981-04-10\", insurance: employee))").is_ok());
    }
}
