//! Privacy guards. Madoguchi never asks for, stores or shows a 12-digit My Number or a real
//! PIN: staff names and scenario texts that look like one are refused before they are kept,
//! and errors never repeat the digits.
//!
//! The guard reads text as a person would see it: after Unicode compatibility normalisation
//! (NFKC: full-width, mathematical and circled digits become 0–9), with invisible format
//! characters (zero-width spaces, joiners, bidi marks) removed, digits of any script and
//! kanji numerals written digit by digit (〇一二三…) counted as digits, and any one space,
//! dash, dot, slash, underscore, comma or middle dot between groups of digits taken as a
//! separator (`1234・5678・9012`). A colon breaks a run, so dates and times (`2026-11-25 10:30`)
//! are not mistaken for a number.

use unicode_normalization::UnicodeNormalization;

/// Twelve digits make a My Number.
const MY_NUMBER_DIGITS: usize = 12;

/// The decimal value of a digit of any script or a kanji numeral, if the character is one.
fn digit_value(c: char) -> Option<u32> {
    if let Some(d) = c.to_digit(10) {
        return Some(d);
    }
    match c {
        '〇' | '零' => return Some(0),
        '一' | '壱' => return Some(1),
        '二' | '弐' => return Some(2),
        '三' | '参' => return Some(3),
        '四' => return Some(4),
        '五' => return Some(5),
        '六' => return Some(6),
        '七' => return Some(7),
        '八' => return Some(8),
        '九' => return Some(9),
        _ => {}
    }
    if !c.is_numeric() {
        return None;
    }
    // A decimal digit of another script (Arabic-Indic, Devanagari, …): those come in blocks of
    // ten in code point order, starting with zero.
    let code = u32::from(c);
    let numeric = |cp: u32| char::from_u32(cp).is_some_and(char::is_numeric);
    for offset in 0..10 {
        let Some(zero) = code.checked_sub(offset) else {
            break;
        };
        let block_start = zero == 0 || !numeric(zero - 1);
        if block_start && (zero..zero + 10).all(numeric) {
            return Some(offset);
        }
    }
    None
}

/// Whether a character may stand between two groups of digits without ending the number.
fn is_separator(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '-' | '‐'
                | '‑'
                | '‒'
                | '–'
                | '—'
                | '―'
                | '−'
                | 'ー'
                | 'ｰ'
                | '・'
                | '･'
                | '.'
                | '/'
                | '_'
                | ','
                | '、'
                | '，'
                | '．'
                | '／'
                | '＿'
                | '~'
                | '〜'
        )
}

/// Whether a character is invisible (a format character): ignored entirely.
fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{00ad}'
            | '\u{034f}'
            | '\u{061c}'
            | '\u{115f}'
            | '\u{1160}'
            | '\u{17b4}'
            | '\u{17b5}'
            | '\u{180b}'..='\u{180f}'
            | '\u{200b}'..='\u{200f}'
            | '\u{202a}'..='\u{202e}'
            | '\u{2060}'..='\u{206f}'
            | '\u{3164}'
            | '\u{fe00}'..='\u{fe0f}'
            | '\u{feff}'
            | '\u{ffa0}'
    )
}

/// The text as the guard reads it: NFKC with invisible characters removed.
fn normalised(text: &str) -> impl Iterator<Item = char> + '_ {
    text.nfkc().filter(|c| !is_invisible(*c))
}

/// Whether `text` cannot hold twelve digits even once normalised, counted without normalising
/// it (most texts: the check over a whole pack asks this of every line). A plain or full-width
/// digit gives one; anything that could become digits under NFKC (numeric characters, kanji
/// numerals, enclosed and squared forms such as ⒓ or ㍘) is counted as three.
fn too_few_digits(text: &str) -> bool {
    let mut digits = 0;
    for c in text.chars() {
        let weight = if c.is_ascii_digit() || ('０'..='９').contains(&c) {
            1
        } else if c.is_numeric()
            || digit_value(c).is_some()
            || ('\u{3200}'..='\u{33FF}').contains(&c)
            || ('\u{1F100}'..='\u{1F1FF}').contains(&c)
        {
            3
        } else {
            0
        };
        digits += weight;
        if digits >= MY_NUMBER_DIGITS {
            return false;
        }
    }
    true
}

/// The spans (start and end, in the normalised text's characters) of every run that looks
/// like a My Number.
fn my_number_runs(chars: &[char]) -> Vec<(usize, usize)> {
    let mut runs = Vec::new();
    let mut digits = 0;
    let mut start = None;
    let mut gap = 0;
    for (i, c) in chars.iter().enumerate() {
        if digit_value(*c).is_some() {
            if start.is_none() {
                start = Some(i);
            }
            digits += 1;
            gap = 0;
            if digits == MY_NUMBER_DIGITS {
                runs.push((start.unwrap_or(i), i + 1));
            } else if digits > MY_NUMBER_DIGITS
                && let Some(last) = runs.last_mut()
            {
                last.1 = i + 1;
            }
        } else if is_separator(*c) && digits > 0 && gap < 2 {
            // One or two separators between groups (`1234, 5678`) keep the run going.
            gap += 1;
        } else {
            digits = 0;
            start = None;
            gap = 0;
        }
    }
    runs
}

/// Whether a text holds what reads as twelve digits in a row: in any script or as kanji
/// numerals, also when written in groups (`1234 5678 9012`, `1234・5678・9012`).
pub fn looks_like_my_number(text: &str) -> bool {
    if too_few_digits(text) {
        return false;
    }
    let chars: Vec<char> = normalised(text).collect();
    !my_number_runs(&chars).is_empty()
}

/// The text with every My Number-like run replaced by `＊`, for error messages that quote
/// what was given (the rest of the text is kept, normalised).
pub fn masked(text: &str) -> String {
    let chars: Vec<char> = normalised(text).collect();
    let runs = my_number_runs(&chars);
    if runs.is_empty() {
        return text.to_owned();
    }
    let mut out = String::new();
    let mut i = 0;
    for (start, end) in runs {
        out.extend(&chars[i..start]);
        out.push_str("＊＊＊＊");
        i = end;
    }
    out.extend(&chars[i..]);
    out
}

/// Why a staff name is refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum NameProblem {
    /// Nothing but spaces.
    #[error("the name is empty")]
    Empty,
    /// Longer than [`MAX_NAME_CHARS`].
    #[error("the name is too long")]
    TooLong,
    /// Holds what looks like a My Number.
    #[error("the name holds a 12-digit number")]
    Number,
    /// Holds control characters (escape sequences, new lines, bidi overrides).
    #[error("the name holds control characters")]
    Control,
}

impl NameProblem {
    /// The fluent id of the message that explains it.
    pub fn message_id(self) -> &'static str {
        match self {
            NameProblem::Empty => "privacy-name-empty",
            NameProblem::TooLong => "privacy-name-too-long",
            NameProblem::Number => "privacy-name-number",
            NameProblem::Control => "privacy-name-control",
        }
    }
}

/// The longest staff name kept.
pub const MAX_NAME_CHARS: usize = 40;

/// Checks a staff name before it is stored.
pub fn check_staff_name(name: &str) -> Result<(), NameProblem> {
    let name = name.trim();
    if name.is_empty() {
        Err(NameProblem::Empty)
    } else if name.chars().count() > MAX_NAME_CHARS {
        Err(NameProblem::TooLong)
    } else if name
        .chars()
        .any(|c| c.is_control() || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'))
    {
        Err(NameProblem::Control)
    } else if looks_like_my_number(name) {
        Err(NameProblem::Number)
    } else {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every way of writing a twelve-digit number the reliability review found getting through,
    /// and more.
    const MY_NUMBERS: &[&str] = &[
        "123456789012",
        "1234 5678 9012",
        "1234-5678-9012",
        "番号は１２３４　５６７８　９０１２です",
        "x123456789012345y",
        "1234・5678・9012",
        "1234.5678.9012",
        "1234/5678/9012",
        "1234_5678_9012",
        "1234–5678—9012",
        "1234ー5678ー9012",
        "1234\u{a0}5678\u{a0}9012",
        "1234\u{200b}5678\u{200b}9012",
        "12\u{200b}34567890\u{2060}12",
        "1234\t5678\t9012",
        "1234, 5678, 9012",
        "1234  5678 9012",
        "一二三四五六七八九〇一二",
        "壱弐参四五六七八九〇一二",
        "𝟏𝟐𝟑𝟒𝟓𝟔𝟕𝟖𝟗𝟎𝟏𝟐",
        "١٢٣٤٥٦٧٨٩٠١٢",
        "१२३४५६७८९०१२",
        "①②③④⑤⑥⑦⑧⑨⓪①②",
        "１２３４－５６７８－９０１２",
    ];

    #[test]
    fn twelve_digits_in_any_form_look_like_a_my_number() {
        for text in MY_NUMBERS {
            assert!(looks_like_my_number(text), "{text:?}");
            let masked = masked(text);
            assert!(!looks_like_my_number(&masked), "{masked:?}");
            assert!(masked.contains('＊'), "{masked:?}");
        }
        for text in [
            "12345678901",
            "2026-11-25 10:30",
            "2026/11/25 10:30",
            "記号 12 番号 3456789",
            "保険者番号 06132013",
            "03-1234-5678",
            "090-1234-5678",
            "一人で来ました。二回目です。",
            "",
        ] {
            assert!(!looks_like_my_number(text), "{text:?}");
            assert_eq!(masked(text), text);
        }
    }

    #[test]
    fn staff_names_are_checked() {
        assert_eq!(check_staff_name("山田 花子"), Ok(()));
        assert_eq!(check_staff_name("  "), Err(NameProblem::Empty));
        assert_eq!(
            check_staff_name(&"あ".repeat(41)),
            Err(NameProblem::TooLong)
        );
        assert_eq!(check_staff_name(&"あ".repeat(40)), Ok(()));
        assert_eq!(
            check_staff_name("山田 1234 5678 9012"),
            Err(NameProblem::Number)
        );
        assert_eq!(
            check_staff_name("1234・5678・9012"),
            Err(NameProblem::Number)
        );
        assert_eq!(check_staff_name("a\u{1b}[2Jb"), Err(NameProblem::Control));
        assert_eq!(check_staff_name("a\u{202e}b"), Err(NameProblem::Control));
    }
}
