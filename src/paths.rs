//! Where Madoguchi keeps its files, for the window and the command line alike (no Bevy here):
//! `--data-dir`, else `MADOGUCHI_DATA_DIR`, else the platform's data folder.

use std::path::PathBuf;

/// The data folder.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DataDir(pub PathBuf);

impl DataDir {
    /// Resolves the data folder.
    pub fn resolve(explicit: Option<PathBuf>) -> DataDir {
        if let Some(dir) = explicit {
            return DataDir(dir);
        }
        if let Some(dir) = std::env::var_os("MADOGUCHI_DATA_DIR") {
            return DataDir(PathBuf::from(dir));
        }
        let dir = directories::ProjectDirs::from("jp", "Madoguchi", "madoguchi")
            .map(|dirs| dirs.data_dir().to_path_buf())
            .unwrap_or_else(|| PathBuf::from(".madoguchi-data"));
        DataDir(dir)
    }

    /// A file in the data folder.
    pub fn file(&self, name: &str) -> PathBuf {
        self.0.join(name)
    }

    /// The records database.
    pub fn records(&self) -> PathBuf {
        self.file("records.sqlite")
    }
}

/// The current time, for records.
pub fn now() -> jiff::Timestamp {
    jiff::Timestamp::now()
}
