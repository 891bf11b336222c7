//! The records database as the app holds it, and the staff member who is practising.

use std::sync::Mutex;

use bevy::prelude::*;
use madoguchi_records::{Records, RecordsError, Staff};

use super::settings::DataDir;

/// The records, or why they could not be opened (the file is then left untouched).
#[derive(Resource)]
pub struct RecordsStore {
    /// The open database.
    pub records: Option<Mutex<Records>>,
    /// Why it is not open.
    pub error: Option<RecordsError>,
}

impl RecordsStore {
    /// Opens `records.sqlite` in the data folder.
    pub fn open(dir: &DataDir) -> RecordsStore {
        match Records::open(&dir.file("records.sqlite")) {
            Ok(records) => RecordsStore {
                records: Some(Mutex::new(records)),
                error: None,
            },
            Err(error) => RecordsStore {
                records: None,
                error: Some(error),
            },
        }
    }

    /// Records held in memory (headless tests).
    pub fn in_memory() -> RecordsStore {
        match Records::in_memory() {
            Ok(records) => RecordsStore {
                records: Some(Mutex::new(records)),
                error: None,
            },
            Err(error) => RecordsStore {
                records: None,
                error: Some(error),
            },
        }
    }

    /// Runs `f` on the records, if they are open.
    pub fn with<T>(&self, f: impl FnOnce(&mut Records) -> T) -> Option<T> {
        let records = self.records.as_ref()?;
        let mut guard = records.lock().ok()?;
        Some(f(&mut guard))
    }
}

/// The staff member practising now.
#[derive(Resource, Clone, Debug, Default, PartialEq, Eq)]
pub struct CurrentStaff(pub Option<Staff>);

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<CurrentStaff>();
}

/// The current time as ISO 8601 (UTC), for records.
pub fn now_iso() -> String {
    jiff::Timestamp::now().to_string()
}
