//! Builds the shipped scenario library into the binary: every file of `scenarios/` (the `.ron`
//! scenarios and `locales/<lang>/*.ftl`), found with the same pack walker the app uses, so the
//! trainer finds it wherever it runs.

use std::path::PathBuf;

fn main() {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap_or_default());
    let root = manifest.join("scenarios");
    println!("cargo:rerun-if-changed=scenarios");
    let listing = match madoguchi_packfs::list(
        &root,
        madoguchi_packfs::is_pack_file,
        madoguchi_packfs::Limits::DEFAULT,
    ) {
        Ok(listing) => listing,
        Err(error) => {
            println!("cargo:warning=cannot read {}: {error}", root.display());
            madoguchi_packfs::Listing::default()
        }
    };
    for problem in &listing.problems {
        println!("cargo:warning=scenarios/{problem}");
    }
    let mut code = String::from(
        "/// The shipped scenario library: (path inside the pack, contents).\npub const SHIPPED_PACK: &[(&str, &str)] = &[\n",
    );
    for found in &listing.files {
        code.push_str(&format!(
            "    ({:?}, include_str!({:?})),\n",
            found.path,
            found.on_disk.display().to_string()
        ));
    }
    code.push_str("];\n");
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap_or_default()).join("shipped_pack.rs");
    if let Err(error) = std::fs::write(&out, code) {
        println!("cargo:warning=cannot write {}: {error}", out.display());
    }
}
