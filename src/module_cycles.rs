//! A test that no crate of the workspace has a module cycle: inside every crate, the modules
//! at each level depend on each other in one direction. A reference from `a::x` to `b::y`
//! (through `crate::` or `super::`) is an edge between the siblings `a` and `b`; a cycle
//! among siblings fails the test with the modules named.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// A module path inside a crate (`["scenario", "devices"]`).
type ModPath = Vec<String>;

fn module_path(src: &Path, file: &Path) -> ModPath {
    let rel = file.strip_prefix(src).unwrap_or(file);
    let mut parts: Vec<String> = rel
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    if let Some(last) = parts.pop() {
        let stem = last.trim_end_matches(".rs").to_owned();
        if !matches!(stem.as_str(), "mod" | "lib" | "main") {
            parts.push(stem);
        }
    }
    parts
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

fn ident(text: &str) -> String {
    text.chars()
        .take_while(|c| c.is_alphanumeric() || *c == '_')
        .collect()
}

/// The paths a file names through `crate::` and `super::` (its first segment after them, or
/// each name of a `{…}` group).
fn references(from: &ModPath, text: &str) -> Vec<ModPath> {
    let mut parent = from.clone();
    parent.pop();
    let mut out = Vec::new();
    for (prefix, base) in [("crate::", Vec::new()), ("super::", parent)] {
        let mut rest = text;
        while let Some(at) = rest.find(prefix) {
            let standalone = !rest[..at]
                .chars()
                .next_back()
                .is_some_and(|c| c.is_alphanumeric() || c == '_' || c == ':');
            rest = &rest[at + prefix.len()..];
            if !standalone {
                continue;
            }
            let heads: Vec<String> = match rest.strip_prefix('{') {
                Some(inner) => inner[..inner.find('}').unwrap_or(inner.len())]
                    .split(',')
                    .map(|item| ident(item.trim()))
                    .collect(),
                None => vec![ident(rest)],
            };
            for head in heads {
                if !head.is_empty() && head != "self" && head != "super" {
                    let mut path = base.clone();
                    path.push(head);
                    out.push(path);
                }
            }
        }
    }
    out
}

/// Sibling cycles in one crate, as "parent: a → b → a".
fn cycles_in(src: &Path) -> Vec<String> {
    let mut files = Vec::new();
    rust_files(src, &mut files);
    // Test modules may reach across (a test of one module uses another's helpers); only the
    // code the crate is built from counts.
    files.retain(|f| {
        let stem = f
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        stem != "tests" && !stem.ends_with("_tests") && stem != "testing"
    });
    let modules: BTreeSet<ModPath> = files.iter().map(|f| module_path(src, f)).collect();
    // Edges between siblings, grouped by their parent.
    let mut edges: BTreeMap<ModPath, BTreeMap<String, BTreeSet<String>>> = BTreeMap::new();
    for file in &files {
        let from = module_path(src, file);
        let Ok(text) = std::fs::read_to_string(file) else {
            continue;
        };
        let text = match text.find("#[cfg(test)]\nmod tests {") {
            Some(at) => text[..at].to_owned(),
            None => text,
        };
        for target in references(&from, &text) {
            // The module part of the target: its longest prefix that is a module.
            let Some(target) = (1..=target.len())
                .rev()
                .map(|n| target[..n].to_vec())
                .find(|p| modules.contains(p))
            else {
                continue;
            };
            let common = from.iter().zip(&target).take_while(|(a, b)| a == b).count();
            if common == from.len() || common == target.len() {
                continue; // An ancestor or a descendant, not a sibling.
            }
            edges
                .entry(from[..common].to_vec())
                .or_default()
                .entry(from[common].clone())
                .or_default()
                .insert(target[common].clone());
        }
    }
    let mut found = Vec::new();
    for (parent, graph) in &edges {
        for start in graph.keys() {
            // A path from `start` back to itself.
            let mut stack = vec![(start.clone(), vec![start.clone()])];
            let mut seen = BTreeSet::new();
            while let Some((node, path)) = stack.pop() {
                for next in graph.get(&node).into_iter().flatten() {
                    if next == start {
                        let mut cycle = path.clone();
                        cycle.push(start.clone());
                        found.push(format!("{}: {}", parent.join("::"), cycle.join(" → ")));
                    } else if seen.insert(next.clone()) {
                        let mut longer = path.clone();
                        longer.push(next.clone());
                        stack.push((next.clone(), longer));
                    }
                }
            }
        }
    }
    found
}

#[test]
fn no_crate_has_a_module_cycle() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let mut crates = vec![root.join("src")];
    for name in ["packfs", "rules", "play", "content", "records"] {
        crates.push(root.join("crates").join(name).join("src"));
    }
    let mut all = Vec::new();
    for src in &crates {
        for cycle in cycles_in(src) {
            all.push(format!("{}: {cycle}", src.display()));
        }
    }
    assert!(all.is_empty(), "module cycles:\n{}", all.join("\n"));
}

#[test]
fn the_checker_finds_a_cycle() {
    let dir = std::env::temp_dir().join(format!("madoguchi-cycles-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("a")).unwrap();
    std::fs::write(dir.join("lib.rs"), "mod a; mod b;").unwrap();
    std::fs::write(dir.join("a/mod.rs"), "use crate::b::B; pub mod inner;").unwrap();
    std::fs::write(dir.join("a/inner.rs"), "use super::X; use crate::{a, b};").unwrap();
    std::fs::write(dir.join("b.rs"), "pub struct B; fn f() { crate::a::g(); }").unwrap();
    let cycles = cycles_in(&dir);
    assert!(cycles.iter().any(|c| c.contains("a → b → a")), "{cycles:?}");
    std::fs::write(dir.join("b.rs"), "pub struct B;").unwrap();
    assert!(cycles_in(&dir).is_empty());
    let _ = std::fs::remove_dir_all(&dir);
}

/// Every message id written literally in the code (`t("…")`, `get_args(lang, "…", …)`, …)
/// exists in both languages: a typo in an id would show the trainee the raw id.
#[test]
fn every_literal_message_id_exists_in_both_languages() {
    use madoguchi_content::i18n::{Lang, Texts};
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    rust_files(&root.join("src"), &mut files);
    for name in ["rules", "play", "content", "records"] {
        rust_files(&root.join("crates").join(name).join("src"), &mut files);
    }
    let texts = Texts::shipped();
    let mut missing = Vec::new();
    let mut seen = 0;
    for file in files {
        let Ok(text) = std::fs::read_to_string(&file) else {
            continue;
        };
        for call in [
            "t(\"",
            "get(lang, \"",
            "get_args(\n",
            "get_args(lang, \"",
            "t_args(\"",
            "t_args(\n",
        ] {
            let mut rest = text.as_str();
            while let Some(at) = rest.find(call) {
                let boundary = !rest[..at]
                    .chars()
                    .next_back()
                    .is_some_and(|c| c.is_alphanumeric() || c == '_');
                rest = &rest[at + call.len()..];
                if !boundary {
                    continue;
                }
                // The id is the first string literal of the call.
                let literal = if call.ends_with('"') {
                    Some(rest)
                } else {
                    rest.split_once('"').map(|(_, after)| after)
                };
                let Some(literal) = literal else { continue };
                let id: String = literal.chars().take_while(|c| *c != '"').collect();
                let is_id = id.contains('-')
                    && !id.ends_with('-')
                    && id.starts_with(|c: char| c.is_ascii_lowercase())
                    && id.chars().all(|c| {
                        c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_'
                    });
                if !is_id {
                    continue;
                }
                seen += 1;
                for lang in Lang::ALL {
                    if !texts.has(lang, &id) {
                        missing.push(format!("{}: {lang} {id}", file.display()));
                    }
                }
            }
        }
    }
    assert!(seen > 200, "only {seen} ids found: the scan is broken");
    assert!(
        missing.is_empty(),
        "missing messages:\n{}",
        missing.join("\n")
    );
}
