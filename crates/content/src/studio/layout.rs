//! A RON text split into the entries of one struct or map, keeping every byte: what comes
//! before the opening bracket, each entry with the comments and spaces before it, and what
//! comes after the last entry. Joining the parts gives the text back unchanged, so the studio
//! rewrites only the entries it changed and a file it did not touch saves byte for byte.

/// One `key: value` entry of a struct or map.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    /// Spaces, line breaks and comments before the key.
    pub lead: String,
    /// The key: a field name, or a map key without its quotes.
    pub key: String,
    /// The entry from the key to the end of the value (without the separating comma).
    pub body: String,
    /// The comma after the value, with anything between the value and it (empty for a last
    /// entry written without one).
    pub sep: String,
}

impl Entry {
    /// The value's text: what follows the key's colon, trimmed.
    pub fn value(&self) -> &str {
        let colon = find_top_level(&self.body, b':').unwrap_or(0);
        self.body[colon + 1..].trim()
    }
}

/// A struct or map split into entries.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Layout {
    /// Everything up to and including the opening bracket.
    pub head: String,
    /// The entries, in the text's order.
    pub entries: Vec<Entry>,
    /// Everything after the last entry's comma: spaces, comments, the closing bracket, and
    /// what follows it.
    pub tail: String,
}

impl Layout {
    /// The text, joined back.
    pub fn text(&self) -> String {
        let mut out = self.head.clone();
        for entry in &self.entries {
            out.push_str(&entry.lead);
            out.push_str(&entry.body);
            out.push_str(&entry.sep);
        }
        out.push_str(&self.tail);
        out
    }

    /// The entry with this key.
    pub fn entry(&self, key: &str) -> Option<&Entry> {
        self.entries.iter().find(|e| e.key == key)
    }
}

/// What the scanner is inside.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    Code,
    Str,
    LineComment,
    BlockComment,
}

/// A scanner over RON bytes that knows strings, characters and comments.
struct Scanner<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Scanner<'_> {
    /// Moves past any spaces and comments.
    fn skip_blank(&mut self) {
        loop {
            while self.at < self.bytes.len() && self.bytes[self.at].is_ascii_whitespace() {
                self.at += 1;
            }
            if self.bytes[self.at..].starts_with(b"//") {
                while self.at < self.bytes.len() && self.bytes[self.at] != b'\n' {
                    self.at += 1;
                }
            } else if self.bytes[self.at..].starts_with(b"/*") {
                match find(&self.bytes[self.at + 2..], b"*/") {
                    Some(end) => self.at += 2 + end + 2,
                    None => self.at = self.bytes.len(),
                }
            } else {
                return;
            }
        }
    }

    /// Moves to the next `,` or closing bracket at this depth, past nested brackets, strings
    /// and comments; returns false at the end of the text.
    fn skip_to_separator(&mut self) -> bool {
        let mut depth = 0usize;
        let mut mode = Mode::Code;
        while self.at < self.bytes.len() {
            let b = self.bytes[self.at];
            match mode {
                Mode::Str => {
                    if b == b'\\' {
                        self.at += 1;
                    } else if b == b'"' {
                        mode = Mode::Code;
                    }
                }
                Mode::LineComment => {
                    if b == b'\n' {
                        mode = Mode::Code;
                    }
                }
                Mode::BlockComment => {
                    if self.bytes[self.at..].starts_with(b"*/") {
                        self.at += 1;
                        mode = Mode::Code;
                    }
                }
                Mode::Code => match b {
                    b'"' => mode = Mode::Str,
                    b'\'' => {
                        // A character literal: 'x' or '\x'.
                        if self.bytes.get(self.at + 1) == Some(&b'\\') {
                            self.at += 1;
                        }
                        self.at += 1;
                        while self.at < self.bytes.len() && self.bytes[self.at] != b'\'' {
                            self.at += 1;
                        }
                    }
                    b'/' if self.bytes.get(self.at + 1) == Some(&b'/') => {
                        mode = Mode::LineComment;
                    }
                    b'/' if self.bytes.get(self.at + 1) == Some(&b'*') => {
                        mode = Mode::BlockComment;
                    }
                    b'(' | b'[' | b'{' => depth += 1,
                    b')' | b']' | b'}' => {
                        if depth == 0 {
                            return true;
                        }
                        depth -= 1;
                    }
                    b',' if depth == 0 => return true,
                    _ => {}
                },
            }
            self.at += 1;
        }
        false
    }
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// The first `byte` outside strings, comments and nested brackets.
fn find_top_level(text: &str, byte: u8) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut scanner = Scanner { bytes, at: 0 };
    let mut depth = 0usize;
    let mut in_str = false;
    while scanner.at < bytes.len() {
        let b = bytes[scanner.at];
        if in_str {
            if b == b'\\' {
                scanner.at += 1;
            } else if b == b'"' {
                in_str = false;
            }
        } else {
            match b {
                b'"' => in_str = true,
                b'(' | b'[' | b'{' => depth += 1,
                b')' | b']' | b'}' => depth = depth.saturating_sub(1),
                _ if b == byte && depth == 0 => return Some(scanner.at),
                _ => {}
            }
        }
        scanner.at += 1;
    }
    None
}

/// The key of an entry's body: a field name, or a quoted map key without its quotes.
fn key_of(body: &str) -> Option<String> {
    let colon = find_top_level(body, b':')?;
    let key = body[..colon].trim();
    let key = key
        .strip_prefix('"')
        .and_then(|k| k.strip_suffix('"'))
        .unwrap_or(key);
    (!key.is_empty()).then(|| key.to_owned())
}

/// Splits the first struct or map in `text` (after any leading comments) into its entries;
/// `None` when the text is not one (the parser's own message then says why).
pub fn split(text: &str) -> Option<Layout> {
    let bytes = text.as_bytes();
    let mut scanner = Scanner { bytes, at: 0 };
    scanner.skip_blank();
    // A struct may be named (`Scenario(`); skip the name.
    while scanner.at < bytes.len()
        && (bytes[scanner.at].is_ascii_alphanumeric() || bytes[scanner.at] == b'_')
    {
        scanner.at += 1;
    }
    if !matches!(bytes.get(scanner.at), Some(b'(' | b'{')) {
        return None;
    }
    scanner.at += 1;
    let head = text[..scanner.at].to_owned();
    let mut entries = Vec::new();
    loop {
        let lead_start = scanner.at;
        scanner.skip_blank();
        if scanner.at >= bytes.len() {
            return None;
        }
        if matches!(bytes[scanner.at], b')' | b'}') {
            return Some(Layout {
                head,
                entries,
                tail: text[lead_start..].to_owned(),
            });
        }
        let body_start = scanner.at;
        if !scanner.skip_to_separator() {
            return None;
        }
        let lead = text[lead_start..body_start].to_owned();
        if bytes[scanner.at] == b',' {
            let body = text[body_start..scanner.at].to_owned();
            scanner.at += 1;
            entries.push(Entry {
                lead,
                key: key_of(&body)?,
                body,
                sep: ",".to_owned(),
            });
        } else {
            // The last entry, without a comma: its body ends at its last non-blank byte.
            let raw = &text[body_start..scanner.at];
            let body = raw.trim_end().to_owned();
            let end = body_start + body.len();
            entries.push(Entry {
                lead,
                key: key_of(&body)?,
                body,
                sep: String::new(),
            });
            return Some(Layout {
                head,
                entries,
                tail: text[end..].to_owned(),
            });
        }
    }
}

/// The value of an entry split in turn (the beats map inside a scenario).
pub fn split_value(entry: &Entry) -> Option<(String, Layout)> {
    let colon = find_top_level(&entry.body, b':')?;
    let before = &entry.body[..=colon];
    let value = &entry.body[colon + 1..];
    let blank = value.len() - value.trim_start().len();
    let layout = split(value)?;
    let prefix = format!("{before}{}", &value[..blank]);
    // `split` keeps leading blanks in `head`; move them to the prefix.
    let head = layout.head.trim_start().to_owned();
    Some((prefix, Layout { head, ..layout }))
}
