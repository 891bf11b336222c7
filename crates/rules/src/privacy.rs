//! Privacy guards. Madoguchi never asks for, stores or shows a 12-digit My Number or a real
//! PIN: staff names and scenario texts that look like one are refused before they are kept.

/// Whether a text holds twelve digits in a row (ASCII or full-width), also when written in
/// groups separated by spaces or hyphens, as a My Number is (`1234 5678 9012`).
pub fn looks_like_my_number(text: &str) -> bool {
    let mut digits = 0;
    let mut gap = false;
    for c in text.chars() {
        if c.is_ascii_digit() || ('０'..='９').contains(&c) {
            digits += 1;
            gap = false;
            if digits >= 12 {
                return true;
            }
        } else if matches!(c, ' ' | '-' | '　' | '－' | '‐') && digits > 0 && !gap {
            // One separator between groups keeps the run going.
            gap = true;
        } else {
            digits = 0;
            gap = false;
        }
    }
    false
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
}

impl NameProblem {
    /// The fluent id of the message that explains it.
    pub fn message_id(self) -> &'static str {
        match self {
            NameProblem::Empty => "privacy-name-empty",
            NameProblem::TooLong => "privacy-name-too-long",
            NameProblem::Number => "privacy-name-number",
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
    } else if looks_like_my_number(name) {
        Err(NameProblem::Number)
    } else {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn twelve_digits_in_any_grouping_look_like_a_my_number() {
        for text in [
            "123456789012",
            "1234 5678 9012",
            "1234-5678-9012",
            "番号は１２３４　５６７８　９０１２です",
            "x123456789012345y",
        ] {
            assert!(looks_like_my_number(text), "{text}");
        }
        for text in [
            "12345678901",
            "2026-11-25 10:30",
            "記号 12 番号 3456789",
            "1234  5678 9012",
            "保険者番号 06132013",
            "",
        ] {
            assert!(!looks_like_my_number(text), "{text}");
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
    }
}
