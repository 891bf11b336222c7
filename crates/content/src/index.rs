//! The library's index (`scenarios/README.md`), generated from the pack itself so it cannot
//! drift: every scenario under each competency it trains, with its difficulty, file and
//! whether it draws variants, in Japanese and English; and how the library resists guessing
//! (the scripted players of [`crate::players`], replayed when the index is made).

use std::sync::Arc;

use madoguchi_play::assessment::DEFAULT_COUNT;
use madoguchi_play::scenario::{Competency, Difficulty};
use madoguchi_play::session::PlayStyle;
use madoguchi_rules::{Name, Policy, VariantArray};

use crate::i18n::Lang;
use crate::pack::Pack;
use crate::players::measure;

/// Assessments each scripted player takes for the index (seeded: the numbers are the same on
/// every machine; `madoguchi players --sessions 1000` gives the README's).
pub const INDEX_SESSIONS: usize = 100;

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
        guessing(&mut out, pack, lang);
    }
    out
}

/// The scripted players' mean score and pass rate, at the window and with options.
fn guessing(out: &mut String, pack: &Pack, lang: Lang) {
    let policy = Arc::new(Policy::builtin().clone());
    let (heading, intro, styles, cols) = match lang {
        Lang::Ja => (
            "### 推測への強さ",
            format!(
                "ルールを何も知らない遊び手が、12件の評価を{INDEX_SESSIONS}回ずつ受けた結果（シード固定。\
                 `madoguchi players --sessions {INDEX_SESSIONS}` で再現できます）。合格の基準は初期値（各分野80%以上、禁止行為なし）。\
                 「いちばん長い文」は日本語の文で比べます（英語の表では英語の文で比べるので、数字が少し違います）。"
            ),
            ["窓口モード", "選択肢"],
            ("遊び手", "平均", "合格"),
        ),
        Lang::En => (
            "### Resistance to guessing",
            format!(
                "Players who know nothing of the rules, each taking {INDEX_SESSIONS} twelve-item \
                 assessments (fixed seeds; `madoguchi players --sessions {INDEX_SESSIONS}` reproduces them), against the default \
                 thresholds (every competency at least 80%, no prohibited act). \
                 \"The longest line\" compares the English lines here (the Japanese table compares the \
                 Japanese ones, so its figure differs a little)."
            ),
            ["At the window", "With options"],
            ("Player", "Mean", "Passed"),
        ),
    };
    out.push_str(&format!("{heading}\n\n{intro}\n\n"));
    for (style, label) in [PlayStyle::Free, PlayStyle::Guided].into_iter().zip(styles) {
        let measured = measure(
            &policy,
            &pack.scenarios,
            &pack.texts,
            lang,
            style,
            INDEX_SESSIONS,
            DEFAULT_COUNT,
        );
        out.push_str(&format!(
            "| {label}: {} | {} | {} |\n|---|---|---|\n",
            cols.0, cols.1, cols.2
        ));
        for m in measured {
            out.push_str(&format!(
                "| {} | {:.1}% | {:.1}% |\n",
                t(pack, lang, &format!("players-{}", m.player.name())),
                m.mean * 100.0,
                m.pass_rate * 100.0
            ));
        }
        out.push('\n');
    }
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
