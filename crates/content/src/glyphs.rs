//! The fonts the trainer draws with, and which characters they can draw: BIZ UDPGothic, then a
//! subset of Noto Sans CJK JP for what it lacks (the rest of JIS X 0213, and supplementary-plane
//! name characters such as 𠮷). `check` warns about text these fonts would show as □.

use std::sync::OnceLock;

/// BIZ UDPGothic (SIL OFL 1.1, `assets/fonts/OFL.txt`).
pub const BIZ_UDP_GOTHIC: &[u8] = include_bytes!("../../../assets/fonts/BIZUDPGothic-Regular.ttf");

/// Noto Sans CJK JP cut to the characters BIZ UDPGothic lacks (SIL OFL 1.1,
/// `assets/fonts/NotoSansCJK-OFL.txt`; made by `scripts/subset-fallback-font.py`).
pub const NOTO_SANS_CJK_SUBSET: &[u8] =
    include_bytes!("../../../assets/fonts/NotoSansCJKjp-Subset.otf");

fn faces() -> &'static [ttf_parser::Face<'static>] {
    static FACES: OnceLock<Vec<ttf_parser::Face<'static>>> = OnceLock::new();
    FACES.get_or_init(|| {
        [BIZ_UDP_GOTHIC, NOTO_SANS_CJK_SUBSET]
            .into_iter()
            // The bundled fonts parse (a test reads both); one that did not would draw nothing.
            .filter_map(|data| ttf_parser::Face::parse(data, 0).ok())
            .collect()
    })
}

/// Every character the fonts map, read once from their character maps: a bit per code point
/// (a check of a whole pack asks about every character it holds).
fn covered() -> &'static [u64] {
    static COVERED: OnceLock<Vec<u64>> = OnceLock::new();
    COVERED.get_or_init(|| {
        let mut bits = vec![0u64; (0x11_0000 / 64) as usize];
        for face in faces() {
            let Some(cmap) = face.tables().cmap else {
                continue;
            };
            for subtable in cmap.subtables {
                if !subtable.is_unicode() {
                    continue;
                }
                subtable.codepoints(|cp| {
                    if cp < 0x11_0000 && subtable.glyph_index(cp).is_some() {
                        bits[(cp / 64) as usize] |= 1 << (cp % 64);
                    }
                });
            }
        }
        bits
    })
}

/// Whether the bundled fonts draw `ch` (line breaks and other controls need no glyph).
pub fn drawable(ch: char) -> bool {
    let cp = u32::from(ch);
    ch.is_control() || covered()[(cp / 64) as usize] & (1 << (cp % 64)) != 0
}

/// The characters of `text` the bundled fonts cannot draw, each once, in order.
pub fn undrawable(text: &str) -> Vec<char> {
    let mut out: Vec<char> = Vec::new();
    for ch in text.chars() {
        if !drawable(ch) && !out.contains(&ch) {
            out.push(ch);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_fonts_parse() {
        assert_eq!(faces().len(), 2);
    }

    #[test]
    fn name_characters_beyond_the_main_font_are_drawn_by_the_fallback() {
        let main = ttf_parser::Face::parse(BIZ_UDP_GOTHIC, 0).unwrap();
        assert!(main.glyph_index('𠮷').is_none(), "the fallback is needed");
        for ch in ['𠮷', '髙', '﨑', '𡈽', '●', '吉', 'A', 'é', '〒'] {
            assert!(drawable(ch), "{ch} has no glyph");
        }
    }

    /// Every character of Madoguchi's own texts, the shipped scenarios and the policy data.
    #[test]
    fn every_shipped_text_can_be_drawn() {
        fn walk(dir: &std::path::Path, out: &mut Vec<String>) {
            for entry in std::fs::read_dir(dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    walk(&path, out);
                } else if path
                    .extension()
                    .is_some_and(|e| e == "ftl" || e == "ron" || e == "md")
                {
                    let text = std::fs::read_to_string(&path).unwrap();
                    let missing = undrawable(&text);
                    if !missing.is_empty() {
                        out.push(format!("{}: {missing:?}", path.display()));
                    }
                }
            }
        }
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
        let mut out = Vec::new();
        for dir in ["locales", "scenarios", "assets/policy"] {
            walk(&root.join(dir), &mut out);
        }
        assert!(out.is_empty(), "{out:#?}");
    }

    #[test]
    fn what_no_font_has_is_reported_once_in_order() {
        assert_eq!(undrawable("a✗b✗\u{E000}"), vec!['✗', '\u{E000}']);
        assert!(undrawable("髙橋 𠮷郎\n").is_empty());
    }
}
