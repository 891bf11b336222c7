//! The trainee's settings (language, text size, contrast, trainer pack folders, last staff),
//! kept as JSON in the data folder. A file that cannot be read is set aside, never overwritten.

use std::path::{Path, PathBuf};

use bevy::prelude::*;
use madoguchi_content::i18n::Lang;
use serde::{Deserialize, Serialize};

pub use crate::paths::DataDir;

/// The data folder, as the app holds it.
#[derive(Resource, Clone, Debug, PartialEq, Eq, Deref)]
pub struct DataFolder(pub DataDir);

/// The settings.
#[derive(Resource, Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// The language.
    pub lang: Lang,
    /// Text size, 1.0 being normal.
    pub text_scale: f32,
    /// High-contrast colours.
    pub high_contrast: bool,
    /// Trainers' pack folders.
    pub packs: Vec<PathBuf>,
    /// The staff member chosen last.
    pub last_staff: Option<String>,
}

impl Default for Settings {
    fn default() -> Settings {
        Settings {
            lang: Lang::Ja,
            text_scale: 1.0,
            high_contrast: false,
            packs: Vec::new(),
            last_staff: None,
        }
    }
}

/// What happened when the settings were read, for the Home screen to mention.
#[derive(Resource, Clone, Debug, Default, PartialEq, Eq)]
pub struct SettingsNotice(pub Option<String>);

const FILE: &str = "settings.json";

impl Settings {
    /// Reads the settings; a broken file is moved aside (its new name is returned) and the
    /// defaults are used.
    pub fn load(dir: &DataDir) -> (Settings, Option<PathBuf>) {
        let path = dir.file(FILE);
        let Ok(text) = std::fs::read_to_string(&path) else {
            return (Settings::default(), None);
        };
        match serde_json::from_str(&text) {
            Ok(settings) => (settings, None),
            Err(_) => {
                let aside = aside_name(&path);
                let _ = std::fs::rename(&path, &aside);
                (Settings::default(), Some(aside))
            }
        }
    }

    /// Writes the settings atomically (a temporary file, then a rename).
    pub fn save(&self, dir: &DataDir) -> std::io::Result<()> {
        std::fs::create_dir_all(&dir.0)?;
        let path = dir.file(FILE);
        let temporary = dir.file("settings.json.tmp");
        let text = serde_json::to_string_pretty(self).map_err(std::io::Error::other)?;
        std::fs::write(&temporary, text)?;
        std::fs::rename(&temporary, &path)
    }
}

/// A free name beside `path` for a file that could not be read.
pub fn aside_name(path: &Path) -> PathBuf {
    let stamp = jiff::Timestamp::now().as_second();
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    path.with_file_name(format!("{name}.unreadable-{stamp}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn temp_dir(tag: &str) -> DataDir {
        let dir =
            std::env::temp_dir().join(format!("madoguchi-settings-{tag}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        DataDir(dir)
    }

    #[test]
    fn settings_round_trip() {
        let dir = temp_dir("round");
        let settings = Settings {
            lang: Lang::En,
            text_scale: 1.3,
            high_contrast: true,
            packs: vec![PathBuf::from("/packs/ours")],
            last_staff: Some("山田".to_owned()),
        };
        settings.save(&dir).unwrap();
        assert_eq!(Settings::load(&dir), (settings, None));
        std::fs::remove_dir_all(&dir.0).unwrap();
    }

    #[test]
    fn a_broken_file_is_kept_aside_not_overwritten() {
        let dir = temp_dir("broken");
        std::fs::write(dir.file(FILE), "{ not json").unwrap();
        let (settings, aside) = Settings::load(&dir);
        assert_eq!(settings, Settings::default());
        let aside = aside.expect("the broken file was moved");
        assert_eq!(std::fs::read_to_string(&aside).unwrap(), "{ not json");
        std::fs::remove_dir_all(&dir.0).unwrap();
    }
}
