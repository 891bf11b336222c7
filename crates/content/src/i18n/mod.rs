//! Text in Japanese and English from fluent files: the shipped `locales/<lang>/*.ftl`, built
//! into the binary, plus any layers a scenario pack adds. A missing message shows its id and
//! never stops the program; tests keep both languages complete.

use std::sync::{Arc, OnceLock};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use madoguchi_rules::{Policy, RuleId};

/// A language Madoguchi speaks.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Lang {
    /// 日本語 (primary).
    #[default]
    Ja,
    /// English.
    En,
}

impl Lang {
    /// Every language, primary first.
    pub const ALL: [Lang; 2] = [Lang::Ja, Lang::En];

    /// The language code (`ja`, `en`), also the folder name under `locales/`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Ja => "ja",
            Lang::En => "en",
        }
    }

    /// The language for a code.
    pub fn from_code(code: &str) -> Option<Lang> {
        match code {
            "ja" => Some(Lang::Ja),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// The other language.
    pub fn other(self) -> Lang {
        match self {
            Lang::Ja => Lang::En,
            Lang::En => Lang::Ja,
        }
    }

    fn index(self) -> usize {
        self as usize
    }
}

impl std::fmt::Display for Lang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

impl std::str::FromStr for Lang {
    type Err = String;

    fn from_str(code: &str) -> Result<Lang, String> {
        Lang::from_code(code)
            .ok_or_else(|| format!("unknown language \"{code}\", expected ja or en"))
    }
}

/// Declares the shipped fluent files: one name, read for each language.
macro_rules! shipped {
    ($($name:literal),* $(,)?) => {
        /// The shipped fluent files' names (the same in every language).
        pub const SHIPPED_FILES: &[&str] = &[$($name),*];

        fn shipped_source(lang: Lang, name: &str) -> Option<&'static str> {
            match (lang, name) {
                $(
                    (Lang::Ja, $name) => Some(include_str!(concat!("../../../../locales/ja/", $name))),
                    (Lang::En, $name) => Some(include_str!(concat!("../../../../locales/en/", $name))),
                )*
                _ => None,
            }
        }
    };
}

shipped!(
    "app.ftl",
    "cli.ftl",
    "free.ftl",
    "records.ftl",
    "reference.ftl",
    "rules.ftl",
    "scenario.ftl",
    "terms.ftl"
);

/// A syntax error in a fluent file.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{file}:{line}:{column}: {message}")]
pub struct FtlError {
    /// The file (as given by the caller).
    pub file: String,
    /// 1-based line.
    pub line: usize,
    /// 1-based column.
    pub column: usize,
    /// What the parser expected.
    pub message: String,
    /// The kind of error, for a message in the reader's language (`missing_value`,
    /// `expected_token`…), with the token where there is one.
    pub code: Option<(&'static str, Option<String>)>,
}

/// The code of a fluent syntax error (see [`FtlError::code`]).
fn ftl_code(kind: &fluent_syntax::parser::ErrorKind) -> Option<(&'static str, Option<String>)> {
    use fluent_syntax::parser::ErrorKind as K;
    Some(match kind {
        K::ExpectedToken('=') => ("expected_equals", None),
        K::ExpectedToken(token) => ("expected_token", Some(token.to_string())),
        K::ExpectedCharRange { range } => ("expected_token", Some(range.clone())),
        K::ExpectedMessageField { entry_id } => ("missing_value", Some(entry_id.clone())),
        K::MissingValue => ("missing_value", None),
        K::MissingDefaultVariant => ("missing_default_variant", None),
        K::MultipleDefaultVariants => ("multiple_default_variants", None),
        K::UnterminatedStringLiteral => ("unterminated_string", None),
        K::UnbalancedClosingBrace => ("unbalanced_brace", None),
        K::ExpectedInlineExpression | K::ExpectedSimpleExpressionAsSelector => {
            ("expected_expression", None)
        }
        K::UnknownEscapeSequence(_) | K::InvalidUnicodeEscapeSequence(_) => {
            ("invalid_escape", None)
        }
        _ => return None,
    })
}

/// Parses fluent source, returning the resource (with the good entries) and every syntax error
/// with its line and column.
pub fn parse_ftl(file: &str, source: String) -> (Arc<FluentResource>, Vec<FtlError>) {
    let text = source.clone();
    match FluentResource::try_new(source) {
        Ok(resource) => (Arc::new(resource), Vec::new()),
        Err((resource, errors)) => {
            let errors = errors
                .iter()
                .map(|error| {
                    let (line, column) = line_column(&text, error.pos.start);
                    FtlError {
                        file: file.to_owned(),
                        line,
                        column,
                        message: error.to_string(),
                        code: ftl_code(&error.kind),
                    }
                })
                .collect();
            (Arc::new(resource), errors)
        }
    }
}

/// The message ids a fluent resource defines, in file order.
pub fn resource_ids(resource: &FluentResource) -> impl Iterator<Item = String> + '_ {
    use fluent_syntax::ast::Entry;
    resource.entries().filter_map(|entry| match entry {
        Entry::Message(message) => Some(message.id.name.to_owned()),
        _ => None,
    })
}

/// 1-based line and column of a byte offset (an offset inside a character counts as that
/// character's start).
pub fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let mut end = offset.min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let before = &text[..end];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

type Bundle = FluentBundle<Arc<FluentResource>>;

fn new_bundle(lang: Lang) -> Bundle {
    let id = match lang {
        Lang::Ja => unic_langid::langid!("ja"),
        Lang::En => unic_langid::langid!("en"),
    };
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // egui draws the bidi isolation marks as boxes; the texts need none.
    bundle.set_use_isolating(false);
    bundle
}

/// Texts in every language: layers searched from the newest (a scenario pack) to the shipped
/// files.
#[derive(Clone)]
pub struct Texts {
    layers: [Vec<Arc<Bundle>>; 2],
}

impl std::fmt::Debug for Texts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Texts")
            .field("ja_layers", &self.layers[0].len())
            .field("en_layers", &self.layers[1].len())
            .finish()
    }
}

impl Texts {
    /// The shipped texts. The files are part of the binary and are checked by the tests
    /// `shipped_files_parse` and `every_language_has_every_message`.
    pub fn shipped() -> &'static Texts {
        static SHIPPED: OnceLock<Texts> = OnceLock::new();
        SHIPPED.get_or_init(|| {
            let layers = Lang::ALL.map(|lang| {
                let mut bundle = new_bundle(lang);
                for name in SHIPPED_FILES {
                    let source = shipped_source(lang, name).unwrap_or_default();
                    let (resource, _) = parse_ftl(name, source.to_owned());
                    // Duplicate ids across shipped files are caught by a test; the first wins.
                    let _ = bundle.add_resource(resource);
                }
                vec![Arc::new(bundle)]
            });
            Texts { layers }
        })
    }

    /// These texts with one more layer for a language (a scenario pack's files), searched
    /// before the others. Returns the ids the layer redefines, which a pack must not do.
    pub fn with_layer(
        &self,
        lang: Lang,
        resources: &[Arc<FluentResource>],
    ) -> (Texts, Vec<String>) {
        let mut bundle = new_bundle(lang);
        let mut clashes = Vec::new();
        for resource in resources {
            for id in resource_ids(resource) {
                if self.has(lang, &id) {
                    clashes.push(id);
                }
            }
            bundle.add_resource_overriding(resource.clone());
        }
        let mut texts = self.clone();
        texts.layers[lang.index()].insert(0, Arc::new(bundle));
        (texts, clashes)
    }

    /// Whether a message exists in a language.
    pub fn has(&self, lang: Lang, id: &str) -> bool {
        self.layers[lang.index()].iter().any(|b| b.has_message(id))
    }

    /// A message without arguments; its id if it is missing.
    pub fn get(&self, lang: Lang, id: &str) -> String {
        self.format(lang, id, None)
    }

    /// A message with arguments; its id if it is missing.
    pub fn get_with(&self, lang: Lang, id: &str, args: &FluentArgs) -> String {
        self.format(lang, id, Some(args))
    }

    /// A message with string arguments given as pairs.
    pub fn get_args(&self, lang: Lang, id: &str, args: &[(&str, String)]) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            // Whole numbers become fluent numbers, so plural variants select; long digit
            // strings (seeds) and digits with leading zeros (insurer numbers, 枝番 "00") stay
            // text so that no digit is lost.
            let number = (value.len() <= 15
                && !value.is_empty()
                && (value == "0" || !value.starts_with('0'))
                && value.bytes().all(|b| b.is_ascii_digit()))
            .then(|| value.parse::<f64>().ok())
            .flatten();
            match number {
                Some(number) => fluent_args.set(*name, FluentValue::from(number)),
                None => fluent_args.set(*name, FluentValue::from(value.clone())),
            }
        }
        self.format(lang, id, Some(&fluent_args))
    }

    fn format(&self, lang: Lang, id: &str, args: Option<&FluentArgs>) -> String {
        for bundle in &self.layers[lang.index()] {
            if let Some(message) = bundle.get_message(id)
                && let Some(pattern) = message.value()
            {
                let mut errors = Vec::new();
                let text = bundle.format_pattern(pattern, args, &mut errors);
                return match lang {
                    // Straight quotes drawn by a Japanese font look like closing ones.
                    Lang::En => typographic_quotes(&text),
                    Lang::Ja => text.into_owned(),
                };
            }
        }
        id.to_owned()
    }

    /// The variables a message refers to that `args` does not give (a typo such as
    /// `{ $agee }`, which the trainee would otherwise see as `{$agee}`), each once.
    pub fn unknown_variables(&self, lang: Lang, id: &str, args: &FluentArgs) -> Vec<String> {
        for bundle in &self.layers[lang.index()] {
            if let Some(message) = bundle.get_message(id) {
                // Most lines are plain text: nothing to resolve.
                let plain = |pattern: &fluent_syntax::ast::Pattern<&str>| {
                    pattern.elements.iter().all(|e| {
                        matches!(e, fluent_syntax::ast::PatternElement::TextElement { .. })
                    })
                };
                if message.value().is_none_or(plain)
                    && message.attributes().all(|a| plain(a.value()))
                {
                    return Vec::new();
                }
                let mut errors = Vec::new();
                let patterns = message
                    .value()
                    .into_iter()
                    .chain(message.attributes().map(|a| a.value()));
                for pattern in patterns {
                    let _ = bundle.format_pattern(pattern, Some(args), &mut errors);
                }
                let mut names: Vec<String> = Vec::new();
                for error in errors {
                    if let fluent_bundle::FluentError::ResolverError(
                        fluent_bundle::resolver::ResolverError::Reference(
                            fluent_bundle::resolver::errors::ReferenceKind::Variable { id },
                        ),
                    ) = error
                        && !names.contains(&id)
                    {
                        names.push(id);
                    }
                }
                return names;
            }
        }
        Vec::new()
    }

    /// A rule's title, with the calendar's dates filled in.
    pub fn rule_title(&self, lang: Lang, policy: &Policy, rule: RuleId) -> String {
        self.get_with(lang, &rule.title_id(), &calendar_args(lang, policy))
    }

    /// A rule's one-line explanation, with the calendar's dates filled in.
    pub fn rule_text(&self, lang: Lang, policy: &Policy, rule: RuleId) -> String {
        self.get_with(lang, &rule.message_id(), &calendar_args(lang, policy))
    }
}

/// English text with straight double quotes made typographic: `"` opens after the start, a
/// space or an opening bracket or dash, and closes elsewhere. (The bundled Japanese font draws a
/// straight `"` like a closing quote; its `’` is full-width, so apostrophes stay straight.)
pub fn typographic_quotes(text: &str) -> String {
    if !text.contains('"') {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len() + 8);
    let mut previous: Option<char> = None;
    for c in text.chars() {
        let opening = previous.is_none_or(|p| p.is_whitespace() || "([{<—–-/“‘「（".contains(p));
        let drawn = match c {
            '"' if opening => '“',
            '"' => '”',
            other => other,
        };
        out.push(drawn);
        previous = Some(drawn);
    }
    out
}

/// Every calendar date as a fluent argument named by its key, formatted for the language.
pub fn calendar_args(lang: Lang, policy: &Policy) -> FluentArgs<'static> {
    let mut args = FluentArgs::new();
    for (key, entry) in policy.calendar().dated_entries() {
        args.set(
            key.as_str(),
            FluentValue::from(format_date(lang, entry.date)),
        );
    }
    args
}

/// A date as the language writes it: `2026年3月31日`, `31 March 2026`.
pub fn format_date(lang: Lang, date: Date) -> String {
    match lang {
        Lang::Ja => format!("{}年{}月{}日", date.year(), date.month(), date.day()),
        Lang::En => date.strftime("%-d %B %Y").to_string(),
    }
}

#[cfg(test)]
mod tests;

/// Every text a fluent file can show, for the privacy guard: for each message and term, its
/// value and each attribute, once per combination of select variants (string literals
/// unescaped; a variable or a reference stands as a space, since its value is checked where
/// it is defined). `(entry id, text)`; at most [`MAX_RENDERINGS`] per pattern, and each
/// variant on its own besides, so nothing is skipped when the combinations are many.
pub fn renderings(source: &str) -> Vec<(String, String)> {
    use fluent_syntax::ast::Entry;
    let resource = match fluent_syntax::parser::parse(source) {
        Ok(resource) | Err((resource, _)) => resource,
    };
    let mut out = Vec::new();
    for entry in &resource.body {
        let (id, value, attributes) = match entry {
            Entry::Message(m) => (m.id.name, m.value.as_ref(), &m.attributes),
            Entry::Term(t) => (t.id.name, Some(&t.value), &t.attributes),
            _ => continue,
        };
        let patterns = value.into_iter().chain(attributes.iter().map(|a| &a.value));
        for pattern in patterns {
            let mut texts = expand(pattern);
            every_variant(pattern, &mut texts);
            out.extend(texts.into_iter().map(|text| (id.to_owned(), text)));
        }
    }
    out
}

/// The most combinations of select variants rendered for one pattern.
pub const MAX_RENDERINGS: usize = 64;

fn expand(pattern: &fluent_syntax::ast::Pattern<&str>) -> Vec<String> {
    use fluent_syntax::ast::PatternElement;
    let mut texts = vec![String::new()];
    for element in &pattern.elements {
        let options = match element {
            PatternElement::TextElement { value } => vec![(*value).to_owned()],
            PatternElement::Placeable { expression } => expression_texts(expression),
        };
        let mut next = Vec::new();
        'outer: for text in &texts {
            for option in &options {
                if next.len() == MAX_RENDERINGS {
                    break 'outer;
                }
                next.push(format!("{text}{option}"));
            }
        }
        texts = next;
    }
    texts
}

fn expression_texts(expression: &fluent_syntax::ast::Expression<&str>) -> Vec<String> {
    use fluent_syntax::ast::Expression;
    match expression {
        Expression::Inline(inline) => vec![inline_text(inline)],
        Expression::Select { variants, .. } => variants
            .iter()
            .flat_map(|variant| expand(&variant.value))
            .take(MAX_RENDERINGS)
            .collect(),
    }
}

fn inline_text(inline: &fluent_syntax::ast::InlineExpression<&str>) -> String {
    use fluent_syntax::ast::InlineExpression;
    match inline {
        InlineExpression::StringLiteral { value } => {
            fluent_syntax::unicode::unescape_unicode_to_string(value).into_owned()
        }
        InlineExpression::NumberLiteral { value } => (*value).to_owned(),
        InlineExpression::Placeable { expression } => expression_texts(expression)
            .into_iter()
            .next()
            .unwrap_or_default(),
        _ => " ".to_owned(),
    }
}

/// Each variant of every select expression, rendered on its own.
fn every_variant(pattern: &fluent_syntax::ast::Pattern<&str>, out: &mut Vec<String>) {
    use fluent_syntax::ast::{Expression, InlineExpression, PatternElement};
    for element in &pattern.elements {
        let PatternElement::Placeable { expression } = element else {
            continue;
        };
        let mut expression = expression;
        while let Expression::Inline(InlineExpression::Placeable { expression: inner }) = expression
        {
            expression = inner;
        }
        if let Expression::Select { variants, .. } = expression {
            for variant in variants {
                out.extend(expand(&variant.value));
                every_variant(&variant.value, out);
            }
        }
    }
}
