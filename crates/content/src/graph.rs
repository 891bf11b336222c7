//! A scenario's beats as a graph for trainers (`madoguchi check --graph FILE`): each beat a
//! node (endings drawn round), each choice an edge labelled with its number, its line and the
//! engine's verdict for this situation — over every variant draw, so a verdict that changes
//! with the draw says so. Mermaid (GitHub and most Markdown viewers draw it) or Graphviz DOT.

use std::collections::{BTreeMap, BTreeSet};

use madoguchi_play::scenario::Scenario;
use madoguchi_rules::{Name, Policy, Verdict, judge, rule};

use crate::i18n::{Lang, Texts};
use crate::present::message_args;

/// The two notations.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GraphFormat {
    /// Mermaid `flowchart`.
    Mermaid,
    /// Graphviz DOT.
    Dot,
}

/// Variant draws sampled for the verdicts (with the base situation).
const SEEDS: u64 = 16;

/// A line cut to a readable length for an edge label.
fn short(text: &str) -> String {
    const LONGEST: usize = 28;
    let mut out: String = text.chars().take(LONGEST).collect();
    if text.chars().count() > LONGEST {
        out.push('…');
    }
    out
}

/// The engine's verdicts on every choice of a scenario, by beat and choice index: one per
/// situation the scenario can be played in (the authored facts and sampled variant draws), so
/// a choice whose verdict changes with the draw has more than one. Empty where the facts cannot
/// be ruled on (the check says why).
pub fn choice_verdicts(
    scenario: &Scenario,
    policy: &Policy,
) -> BTreeMap<(String, usize), BTreeSet<Verdict>> {
    let draws: Vec<Option<u64>> = if scenario.has_variants() {
        std::iter::once(None).chain((0..SEEDS).map(Some)).collect()
    } else {
        vec![None]
    };
    let situations: Vec<_> = draws
        .iter()
        .map(|seed| scenario.situation(*seed).0)
        .filter_map(|s| rule(policy, &s).ok().map(|ruling| (s, ruling)))
        .collect();
    let mut out = BTreeMap::new();
    for (id, beat) in &scenario.def().beats {
        for (n, choice) in beat.choices.iter().enumerate() {
            let verdicts: BTreeSet<Verdict> = situations
                .iter()
                .map(|(s, ruling)| judge(policy, s, ruling, choice.action).verdict)
                .collect();
            out.insert((id.clone(), n), verdicts);
        }
    }
    out
}

/// The graph of a scenario's beats in `format`, worded in `lang`.
pub fn graph(
    scenario: &Scenario,
    policy: &Policy,
    texts: &Texts,
    lang: Lang,
    format: GraphFormat,
) -> String {
    let def = scenario.def();
    let (base, _) = scenario.situation(None);
    let args = message_args(lang, scenario, &base);
    let verdict_word = |v: Verdict| texts.get(lang, &format!("verdict-{}", v.name()));
    let all_verdicts = choice_verdicts(scenario, policy);
    let mut edges = Vec::new();
    for (id, beat) in &def.beats {
        for (n, choice) in beat.choices.iter().enumerate() {
            let verdicts = all_verdicts
                .get(&(id.clone(), n))
                .cloned()
                .unwrap_or_default();
            let verdict = verdicts
                .iter()
                .map(|v| verdict_word(*v))
                .collect::<Vec<_>>()
                .join(" / ");
            let varies = if verdicts.len() > 1 {
                texts.get(lang, "graph-varies")
            } else {
                String::new()
            };
            let line = short(&texts.get_with(lang, &choice.text, &args));
            let label = format!("{}. {line} — {verdict}{varies}", n + 1);
            edges.push((id.clone(), choice.next.clone(), label.clone()));
            for branch in &choice.branches {
                let when = ron::to_string(&branch.when).unwrap_or_default();
                edges.push((
                    id.clone(),
                    branch.next.clone(),
                    format!("{label} [{} {when}]", texts.get(lang, "graph-when")),
                ));
            }
        }
    }
    let node_label = |id: &str| match def.beats.get(id).and_then(|b| b.end) {
        Some(end) => format!(
            "{id}: {}",
            texts.get(lang, &format!("ending-{}", end.name()))
        ),
        None => id.to_owned(),
    };
    let mut out = String::new();
    match format {
        GraphFormat::Mermaid => {
            let quote = |s: &str| s.replace('"', "#quot;");
            out.push_str("flowchart TD\n");
            for (id, beat) in &def.beats {
                let label = quote(&node_label(id));
                if beat.end.is_some() {
                    out.push_str(&format!("    {id}((\"{label}\"))\n"));
                } else {
                    out.push_str(&format!("    {id}[\"{label}\"]\n"));
                }
            }
            out.push_str(&format!("    start_([\"start\"]) --> {}\n", def.start));
            for (from, to, label) in &edges {
                out.push_str(&format!("    {from} -->|\"{}\"| {to}\n", quote(label)));
            }
        }
        GraphFormat::Dot => {
            let quote = |s: &str| s.replace('\\', "\\\\").replace('"', "\\\"");
            out.push_str(&format!("digraph \"{}\" {{\n    rankdir=TB;\n", def.id));
            for (id, beat) in &def.beats {
                let shape = if beat.end.is_some() { "ellipse" } else { "box" };
                out.push_str(&format!(
                    "    \"{id}\" [shape={shape}, label=\"{}\"];\n",
                    quote(&node_label(id))
                ));
            }
            out.push_str(&format!(
                "    \"start_\" [shape=point];\n    \"start_\" -> \"{}\";\n",
                def.start
            ));
            for (from, to, label) in &edges {
                out.push_str(&format!(
                    "    \"{from}\" -> \"{to}\" [label=\"{}\"];\n",
                    quote(label)
                ));
            }
            out.push_str("}\n");
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;
    use crate::pack::{CheckOptions, PackFiles, check_pack};

    #[test]
    fn the_example_draws_every_beat_and_choice_with_its_verdict() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../docs/example-pack");
        let policy = Arc::new(Policy::builtin().clone());
        let report = check_pack(
            &PackFiles::from_dir(&root).unwrap(),
            &policy,
            CheckOptions::default(),
        );
        let scenario = &report.pack.scenarios[0];
        let mermaid = graph(
            scenario,
            &policy,
            &report.pack.texts,
            Lang::En,
            GraphFormat::Mermaid,
        );
        assert!(mermaid.starts_with("flowchart TD\n"));
        for id in scenario.def().beats.keys() {
            assert!(mermaid.contains(&format!("    {id}")), "{id}");
        }
        let choices: usize = scenario.def().beats.values().map(|b| b.choices.len()).sum();
        assert!(mermaid.matches("-->|").count() >= choices);
        assert!(mermaid.contains("Right"), "{mermaid}");
        // The example's visit moves across the grace period: some verdicts change with the draw.
        assert!(mermaid.contains("depends on the draw"), "{mermaid}");
        let dot = graph(
            scenario,
            &policy,
            &report.pack.texts,
            Lang::Ja,
            GraphFormat::Dot,
        );
        assert!(dot.starts_with("digraph \"example_expired_cert\" {"));
        assert!(dot.trim_end().ends_with('}'));
        assert!(dot.matches(" -> ").count() > choices);
    }
}
