//! The files of a scenario pack folder, found and read safely: nothing outside the pack is
//! read (a link that leads out of it is refused), links to folders are never followed (so a
//! link loop cannot hang the walk), and the number and size of files are bounded. A UTF-8
//! byte-order mark, as Windows editors write one, is dropped.
//!
//! It has no dependencies, so the build script that embeds the shipped library walks the
//! folder with the same code the app and `madoguchi check` use.

#![forbid(unsafe_code)]

use std::fmt;
use std::path::{Path, PathBuf};

/// How much a pack may hold. A pack is a trainer's folder of text files; these bounds are far
/// above any real pack and far below what would exhaust a clinic PC.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limits {
    /// Files read at most (scenarios and texts together).
    pub max_files: usize,
    /// Bytes in one file at most.
    pub max_file_bytes: u64,
    /// Folder depth below the pack at most.
    pub max_depth: usize,
}

impl Limits {
    /// The documented limits: 5,000 files, 1 MiB per file, folders 16 deep.
    pub const DEFAULT: Limits = Limits {
        max_files: 5_000,
        max_file_bytes: 1024 * 1024,
        max_depth: 16,
    };
}

impl Default for Limits {
    fn default() -> Limits {
        Limits::DEFAULT
    }
}

/// A file of the pack, found but not read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Found {
    /// The path inside the pack, with `/` separators.
    pub path: String,
    /// Where it is on disk.
    pub on_disk: PathBuf,
}

/// A file of the pack with its text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Read {
    /// The path inside the pack, with `/` separators.
    pub path: String,
    /// The text, without a byte-order mark.
    pub text: String,
}

/// What kept a file or folder out of the pack.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// The file or folder could not be read.
    Io {
        /// The path inside the pack.
        path: String,
        /// The operating system's reason.
        detail: String,
    },
    /// A link that points outside the pack, or to a folder (links to folders are not followed).
    Link {
        /// The path inside the pack.
        path: String,
        /// Whether it pointed to a folder (else: outside the pack or broken).
        to_folder: bool,
    },
    /// A file larger than [`Limits::max_file_bytes`].
    TooLarge {
        /// The path inside the pack.
        path: String,
        /// Its size.
        bytes: u64,
        /// The limit.
        limit: u64,
    },
    /// More files than [`Limits::max_files`]; the rest were not read.
    TooManyFiles {
        /// The limit.
        limit: usize,
    },
    /// Folders nested deeper than [`Limits::max_depth`].
    TooDeep {
        /// The folder inside the pack.
        path: String,
        /// The limit.
        limit: usize,
    },
    /// A file that is not UTF-8 text.
    NotText {
        /// The path inside the pack.
        path: String,
    },
}

impl Problem {
    /// The path inside the pack the problem concerns (empty for the pack as a whole).
    pub fn path(&self) -> &str {
        match self {
            Problem::Io { path, .. }
            | Problem::Link { path, .. }
            | Problem::TooLarge { path, .. }
            | Problem::TooDeep { path, .. }
            | Problem::NotText { path } => path,
            Problem::TooManyFiles { .. } => "",
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Problem::Io { path, detail } => write!(f, "{path}: {detail}"),
            Problem::Link {
                path,
                to_folder: true,
            } => write!(f, "{path}: a link to a folder is not followed"),
            Problem::Link { path, .. } => {
                write!(f, "{path}: a link that leads outside the pack is not read")
            }
            Problem::TooLarge { path, bytes, limit } => {
                write!(f, "{path}: {bytes} bytes, more than the limit of {limit}")
            }
            Problem::TooManyFiles { limit } => {
                write!(f, "more than {limit} files; the rest were not read")
            }
            Problem::TooDeep { path, limit } => {
                write!(f, "{path}: folders nested more than {limit} deep")
            }
            Problem::NotText { path } => write!(f, "{path}: not UTF-8 text"),
        }
    }
}

/// The files found under a pack folder.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Listing {
    /// The files, sorted by path.
    pub files: Vec<Found>,
    /// What was left out, and why.
    pub problems: Vec<Problem>,
}

/// Whether a pack file is one Madoguchi reads: `*.ron` outside `locales/`, and
/// `locales/<lang>/*.ftl`.
pub fn is_pack_file(path: &str) -> bool {
    if let Some(rest) = path.strip_prefix("locales/") {
        rest.ends_with(".ftl")
    } else {
        path.ends_with(".ron")
    }
}

fn relative(root: &Path, path: &Path) -> String {
    path.strip_prefix(root)
        .unwrap_or(path)
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect::<Vec<_>>()
        .join("/")
}

/// Lists the pack files under `root` that `wanted` accepts (given the path inside the pack).
/// Hidden files and folders (a leading `.`) are skipped. Fails only if `root` itself cannot be
/// read.
pub fn list(
    root: &Path,
    wanted: impl Fn(&str) -> bool,
    limits: Limits,
) -> std::io::Result<Listing> {
    std::fs::read_dir(root)?;
    let canonical_root = std::fs::canonicalize(root)?;
    let mut listing = Listing::default();
    let mut stack: Vec<(PathBuf, usize)> = vec![(root.to_path_buf(), 0)];
    while let Some((folder, depth)) = stack.pop() {
        let entries = match std::fs::read_dir(&folder) {
            Ok(entries) => entries,
            Err(error) => {
                listing.problems.push(Problem::Io {
                    path: relative(root, &folder),
                    detail: error.to_string(),
                });
                continue;
            }
        };
        let mut paths: Vec<PathBuf> = entries.flatten().map(|e| e.path()).collect();
        paths.sort();
        for path in paths {
            let name = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            if name.starts_with('.') {
                continue;
            }
            let rel = relative(root, &path);
            let meta = match std::fs::symlink_metadata(&path) {
                Ok(meta) => meta,
                Err(error) => {
                    listing.problems.push(Problem::Io {
                        path: rel,
                        detail: error.to_string(),
                    });
                    continue;
                }
            };
            if meta.file_type().is_symlink() {
                // A link is read only when it is a file inside the pack.
                let target = std::fs::canonicalize(&path);
                let to_folder = target.as_ref().is_ok_and(|t| t.is_dir());
                let inside = target
                    .as_ref()
                    .is_ok_and(|t| t.starts_with(&canonical_root) && t.is_file());
                if !inside {
                    if wanted(&rel) || to_folder {
                        listing.problems.push(Problem::Link {
                            path: rel,
                            to_folder,
                        });
                    }
                    continue;
                }
            } else if meta.is_dir() {
                if depth + 1 > limits.max_depth {
                    listing.problems.push(Problem::TooDeep {
                        path: rel,
                        limit: limits.max_depth,
                    });
                } else {
                    stack.push((path, depth + 1));
                }
                continue;
            }
            if !wanted(&rel) {
                continue;
            }
            if listing.files.len() >= limits.max_files {
                if !listing
                    .problems
                    .iter()
                    .any(|p| matches!(p, Problem::TooManyFiles { .. }))
                {
                    listing.problems.push(Problem::TooManyFiles {
                        limit: limits.max_files,
                    });
                }
                continue;
            }
            listing.files.push(Found {
                path: rel,
                on_disk: path,
            });
        }
    }
    listing.files.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(listing)
}

/// Text without a leading UTF-8 byte-order mark.
pub fn without_bom(text: &str) -> &str {
    text.strip_prefix('\u{feff}').unwrap_or(text)
}

/// Reads one listed file within the size limit.
pub fn read(found: &Found, limits: Limits) -> Result<Read, Problem> {
    let io = |error: std::io::Error| Problem::Io {
        path: found.path.clone(),
        detail: error.to_string(),
    };
    let bytes = std::fs::metadata(&found.on_disk).map_err(io)?.len();
    if bytes > limits.max_file_bytes {
        return Err(Problem::TooLarge {
            path: found.path.clone(),
            bytes,
            limit: limits.max_file_bytes,
        });
    }
    let raw = std::fs::read(&found.on_disk).map_err(io)?;
    let text = String::from_utf8(raw).map_err(|_| Problem::NotText {
        path: found.path.clone(),
    })?;
    Ok(Read {
        path: found.path.clone(),
        text: without_bom(&text).to_owned(),
    })
}

/// Lists and reads every pack file under `root`; files that cannot be read become problems.
pub fn read_pack(root: &Path, limits: Limits) -> std::io::Result<(Vec<Read>, Vec<Problem>)> {
    let listing = list(root, is_pack_file, limits)?;
    let mut problems = listing.problems;
    let mut files = Vec::with_capacity(listing.files.len());
    for found in &listing.files {
        match read(found, limits) {
            Ok(file) => files.push(file),
            Err(problem) => problems.push(problem),
        }
    }
    Ok((files, problems))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scratch(name: &str) -> PathBuf {
        let dir =
            std::env::temp_dir().join(format!("madoguchi-packfs-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("locales/ja")).unwrap();
        std::fs::write(dir.join("a.ron"), "(version: 1)").unwrap();
        std::fs::write(dir.join("locales/ja/a.ftl"), "\u{feff}a = あ\n").unwrap();
        std::fs::write(dir.join("notes.txt"), "ignored").unwrap();
        dir
    }

    #[test]
    fn reads_scenarios_and_texts_and_drops_the_bom() {
        let dir = scratch("plain");
        let (files, problems) = read_pack(&dir, Limits::DEFAULT).unwrap();
        assert!(problems.is_empty(), "{problems:?}");
        let paths: Vec<&str> = files.iter().map(|f| f.path.as_str()).collect();
        assert_eq!(paths, ["a.ron", "locales/ja/a.ftl"]);
        assert_eq!(files[1].text, "a = あ\n");
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[cfg(unix)]
    #[test]
    fn link_loops_and_links_out_of_the_pack_are_not_followed() {
        let dir = scratch("links");
        std::os::unix::fs::symlink(".", dir.join("a_loop")).unwrap();
        std::os::unix::fs::symlink(".", dir.join("b_loop")).unwrap();
        let outside =
            std::env::temp_dir().join(format!("madoguchi-secret-{}.ron", std::process::id()));
        std::fs::write(&outside, "secret_token").unwrap();
        std::os::unix::fs::symlink(&outside, dir.join("leak.ron")).unwrap();
        std::os::unix::fs::symlink(dir.join("a.ron"), dir.join("same.ron")).unwrap();
        let (files, problems) = read_pack(&dir, Limits::DEFAULT).unwrap();
        let paths: Vec<&str> = files.iter().map(|f| f.path.as_str()).collect();
        assert_eq!(paths, ["a.ron", "locales/ja/a.ftl", "same.ron"]);
        assert!(files.iter().all(|f| !f.text.contains("secret_token")));
        assert!(problems.contains(&Problem::Link {
            path: "a_loop".into(),
            to_folder: true
        }));
        assert!(problems.contains(&Problem::Link {
            path: "leak.ron".into(),
            to_folder: false
        }));
        let _ = std::fs::remove_dir_all(&dir);
        let _ = std::fs::remove_file(&outside);
    }

    #[test]
    fn sizes_and_counts_are_bounded() {
        let dir = scratch("limits");
        std::fs::write(dir.join("big.ron"), "x".repeat(2048)).unwrap();
        std::fs::write(dir.join("b.ron"), "()").unwrap();
        let limits = Limits {
            max_files: 3,
            max_file_bytes: 1024,
            max_depth: 16,
        };
        let (files, problems) = read_pack(&dir, limits).unwrap();
        assert_eq!(files.len(), 2, "{files:?}");
        assert!(problems.contains(&Problem::TooLarge {
            path: "big.ron".into(),
            bytes: 2048,
            limit: 1024
        }));
        assert!(problems.contains(&Problem::TooManyFiles { limit: 3 }));
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn a_missing_folder_is_an_error() {
        assert!(list(Path::new("/no/such/pack"), is_pack_file, Limits::DEFAULT).is_err());
    }
}
