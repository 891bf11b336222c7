//! The library's index (`scenarios/README.md`), generated from the pack itself so it cannot
//! drift: every scenario under each competency it trains, with its difficulty, file and
//! whether it draws variants, in Japanese and English.

use madoguchi_play::scenario::{Competency, Difficulty};
use madoguchi_rules::{Name, VariantArray};

use crate::i18n::Lang;
use crate::pack::Pack;

/// The index as Markdown.
pub fn markdown(pack: &Pack) -> String {
    let mut out = String::new();
    out.push_str("# シナリオ ライブラリ / Scenario library\n\n");
    out.push_str(
        "<!-- Generated from the scenario files by `MADOGUCHI_BLESS=1 cargo test -p madoguchi-content library_index`; \
         a test fails when it differs from the files. Do not edit by hand. -->\n\n",
    );
    for lang in Lang::ALL {
        section(&mut out, pack, lang);
    }
    out
}

fn t(pack: &Pack, lang: Lang, id: &str) -> String {
    pack.texts.get(lang, id)
}

fn section(out: &mut String, pack: &Pack, lang: Lang) {
    let total = pack.scenarios.len();
    let with_variants = pack.scenarios.iter().filter(|s| s.has_variants()).count();
    match lang {
        Lang::Ja => {
            out.push_str("## 日本語\n\n");
            out.push_str(&format!(
                "同梱のシナリオは{total}件（うち変化のあるもの{with_variants}件）。領域ごとに、難易度順に並べています。\
                 1つのシナリオが複数の領域に出ることがあります。「変化」はプレイのたびに条件（日付、年齢、期限など）が\
                 シードで変わり、正しい対応も変わりうることを示します。書き方は [`docs/authoring.md`](../docs/authoring.md)。\n\n"
            ));
        }
        Lang::En => {
            out.push_str("## English\n\n");
            out.push_str(&format!(
                "{total} shipped scenarios ({with_variants} with variants), by competency and then difficulty; a \
                 scenario appears under every competency it trains. \"Variants\" means each play draws its \
                 conditions (dates, ages, expiries…) from a seed, and the right handling may change with the \
                 draw. How to write one: [`docs/authoring.md`](../docs/authoring.md).\n\n"
            ));
        }
    }
    let (col_title, col_level, col_file, col_variants, yes) = match lang {
        Lang::Ja => ("シナリオ", "難易度", "ファイル", "変化", "あり"),
        Lang::En => ("Scenario", "Difficulty", "File", "Variants", "yes"),
    };
    for competency in Competency::VARIANTS {
        let mut rows: Vec<_> = pack
            .scenarios
            .iter()
            .filter(|s| s.def().competencies.contains(competency))
            .collect();
        if rows.is_empty() {
            continue;
        }
        rows.sort_by_key(|s| (difficulty_rank(s.def().difficulty), s.id().to_owned()));
        out.push_str(&format!(
            "### {}\n\n",
            t(pack, lang, &competency.message_id())
        ));
        out.push_str(&format!(
            "| {col_title} | {col_level} | {col_file} | {col_variants} |\n|---|---|---|---|\n"
        ));
        for scenario in rows {
            let def = scenario.def();
            out.push_str(&format!(
                "| {} | {} | [`{}`]({}) | {} |\n",
                t(pack, lang, &def.title).replace('|', "\\|"),
                t(pack, lang, &format!("difficulty-{}", def.difficulty.name())),
                scenario.file(),
                scenario.file(),
                if scenario.has_variants() { yes } else { "" },
            ));
        }
        out.push('\n');
    }
}

fn difficulty_rank(difficulty: Difficulty) -> u8 {
    match difficulty {
        Difficulty::Beginner => 0,
        Difficulty::Intermediate => 1,
        Difficulty::Advanced => 2,
    }
}
