//! Test support: scenarios read straight from a folder of RON files (the shipped library, the
//! worked example), without their texts. The content crate's pack check is the real way in;
//! these tests only need the definitions.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::scenario::{Scenario, ScenarioDef};

/// The repository's root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Every scenario definition under a folder, parsed and wrapped (panics on a broken file).
pub fn scenarios_in(dir: &Path) -> Vec<Arc<Scenario>> {
    let (files, problems) = madoguchi_packfs::read_pack(dir, madoguchi_packfs::Limits::DEFAULT)
        .expect("the folder reads");
    assert!(problems.is_empty(), "{problems:?}");
    files
        .into_iter()
        .filter(|f| !f.path.starts_with("locales/"))
        .map(|f| {
            let def: ScenarioDef = madoguchi_rules::wire::from_ron(&f.text)
                .unwrap_or_else(|e| panic!("{}: {e:?}", f.path));
            Scenario::checked(def, f.path)
        })
        .collect()
}

/// The shipped library.
pub fn library() -> Vec<Arc<Scenario>> {
    scenarios_in(&root().join("scenarios"))
}

/// The worked example of the authoring guide.
pub fn example() -> Arc<Scenario> {
    scenarios_in(&root().join("docs/example-pack"))
        .into_iter()
        .next()
        .expect("the example pack has a scenario")
}
