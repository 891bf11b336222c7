//! A fluent file as the studio edits it: comments, blank lines and terms kept as written, each
//! message as its id and its text. A message the trainer did not change is written back
//! exactly as it was read; a changed or new one is written as `id = text`, a text of several
//! lines indented under its id.

/// One part of a fluent file.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Item {
    /// Lines kept as written (comments, blank lines, terms), with their line breaks.
    Kept(String),
    /// A message.
    Message {
        /// Its id.
        id: String,
        /// Its text as the trainer sees it (lines joined with `\n`, indentation removed).
        value: String,
        /// The lines as read, when unchanged since.
        raw: Option<String>,
    },
}

/// A fluent file.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FtlDoc {
    items: Vec<Item>,
}

/// Whether a line starts a message (`id =` at the start of the line).
fn message_id(line: &str) -> Option<&str> {
    let (key, _) = line.split_once('=')?;
    let key = key.trim_end();
    let mut chars = key.chars();
    let first = chars.next()?;
    (first.is_ascii_alphabetic()
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'))
    .then_some(key)
}

/// A message's text from its lines: what follows `=`, and the continuation lines without
/// their common indentation.
fn value_of(lines: &[&str]) -> String {
    let first = lines[0]
        .split_once('=')
        .map_or("", |(_, rest)| rest.trim_start());
    let rest: Vec<&str> = lines[1..].to_vec();
    let indent = super::shared_indent(&rest);
    let mut parts: Vec<String> = Vec::new();
    if !first.is_empty() {
        parts.push(first.trim_end().to_owned());
    }
    for line in rest {
        parts.push(line.get(indent..).unwrap_or("").trim_end().to_owned());
    }
    while parts.last().is_some_and(String::is_empty) {
        parts.pop();
    }
    parts.join("\n")
}

/// A message written as fluent (blanks at the end of the text and of each line dropped).
fn written(id: &str, value: &str) -> String {
    let value = value.trim_end();
    if value.contains('\n') {
        let mut out = format!("{id} =\n");
        for line in value.lines().map(str::trim_end) {
            if line.is_empty() {
                out.push('\n');
            } else {
                out.push_str("    ");
                out.push_str(line);
                out.push('\n');
            }
        }
        out
    } else {
        format!("{id} = {}\n", value.trim())
    }
}

impl FtlDoc {
    /// Reads a fluent file (one that does not parse is read as far as lines go; `check` says
    /// what is wrong with it).
    pub fn parse(text: &str) -> FtlDoc {
        let lines: Vec<&str> = text.split_inclusive('\n').collect();
        let mut items = Vec::new();
        let mut i = 0;
        while i < lines.len() {
            let line = lines[i];
            let Some(id) = message_id(line) else {
                match items.last_mut() {
                    Some(Item::Kept(kept)) => kept.push_str(line),
                    _ => items.push(Item::Kept(line.to_owned())),
                }
                i += 1;
                continue;
            };
            // Continuation lines are indented; a blank line belongs to the message only when
            // an indented line follows it.
            let mut end = i + 1;
            while let Some(next) = lines.get(end) {
                if next.starts_with(' ') && !next.trim().is_empty() {
                    end += 1;
                } else if next.trim().is_empty() {
                    let more = lines[end..].iter().position(|l| !l.trim().is_empty());
                    match more.map(|k| lines[end + k]) {
                        Some(l) if l.starts_with(' ') => end += more.unwrap_or(0),
                        _ => break,
                    }
                } else {
                    break;
                }
            }
            let own: Vec<&str> = lines[i..end]
                .iter()
                .map(|l| l.trim_end_matches(['\n', '\r']))
                .collect();
            items.push(Item::Message {
                id: id.to_owned(),
                value: value_of(&own),
                raw: Some(lines[i..end].concat()),
            });
            i = end;
        }
        FtlDoc { items }
    }

    /// The file's text.
    pub fn text(&self) -> String {
        let mut out = String::new();
        for item in &self.items {
            match item {
                Item::Kept(text) => out.push_str(text),
                Item::Message { id, value, raw } => {
                    if let Some(raw) = raw {
                        out.push_str(raw);
                    } else if !value.trim().is_empty() {
                        if !out.is_empty() && !out.ends_with('\n') {
                            out.push('\n');
                        }
                        out.push_str(&written(id, value));
                    }
                }
            }
        }
        out
    }

    /// A message's text, if the file has it.
    pub fn get(&self, id: &str) -> Option<&str> {
        self.items.iter().find_map(|item| match item {
            Item::Message { id: own, value, .. } if own == id => Some(value.as_str()),
            _ => None,
        })
    }

    /// Sets a message's text (added at the end when new). An empty text is not written: the
    /// check then says the message is missing.
    pub fn set(&mut self, id: &str, text: &str) {
        // Kept as typed (a space at the end is the start of the next word); the file gets
        // it without trailing blanks.
        let text = text.to_owned();
        for item in &mut self.items {
            if let Item::Message {
                id: own,
                value,
                raw,
            } = item
                && own == id
            {
                if *value != text {
                    *value = text;
                    *raw = None;
                }
                return;
            }
        }
        self.items.push(Item::Message {
            id: id.to_owned(),
            value: text,
            raw: None,
        });
    }

    /// Every message id, in file order.
    pub fn ids(&self) -> Vec<&str> {
        self.items
            .iter()
            .filter_map(|item| match item {
                Item::Message { id, .. } => Some(id.as_str()),
                Item::Kept(_) => None,
            })
            .collect()
    }
}
