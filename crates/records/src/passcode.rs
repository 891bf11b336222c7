//! The manager passcode: kept only as an Argon2id hash, with a back-off after wrong tries that
//! is kept in the file, so guessing is slow across restarts too. It gates the Records screen and
//! `report`; it is not encryption — anyone who can read the file can read the records.

use argon2::password_hash::rand_core::OsRng;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use jiff::Timestamp;

use crate::{Records, RecordsError, stamp};

const HASH: &str = "manager_passcode";
const FAILURES: &str = "manager_passcode_failures";
const LAST_FAILURE: &str = "manager_passcode_last_failure";

/// Wrong tries allowed before each further try has to wait.
pub const FREE_TRIES: u32 = 3;
/// The longest wait between tries.
pub const MAX_WAIT_SECONDS: u64 = 15 * 60;

/// The wait before the next try after `failures` wrong ones: none for the first
/// [`FREE_TRIES`], then 2, 4, 8… seconds up to [`MAX_WAIT_SECONDS`].
pub fn wait_after(failures: u32) -> u64 {
    if failures < FREE_TRIES {
        return 0;
    }
    let doublings = (failures - FREE_TRIES + 1).min(20);
    (1u64 << doublings).min(MAX_WAIT_SECONDS)
}

/// The answer to a passcode try.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PasscodeCheck {
    /// It matches.
    Right,
    /// It does not match; this many wrong tries in a row so far.
    Wrong {
        /// Wrong tries in a row.
        failures: u32,
    },
    /// Tried too soon after wrong tries: wait this many seconds (the passcode was not checked).
    Wait {
        /// Seconds left.
        seconds: u64,
    },
}

impl Records {
    /// Whether a manager passcode has been set.
    pub fn has_manager_passcode(&self) -> Result<bool, RecordsError> {
        Ok(self.config(HASH)?.is_some())
    }

    /// Sets the manager passcode, stored only as an Argon2 hash.
    pub fn set_manager_passcode(&mut self, passcode: &str) -> Result<(), RecordsError> {
        let salt = SaltString::generate(&mut OsRng);
        let hash = argon2::Argon2::default()
            .hash_password(passcode.as_bytes(), &salt)
            .map_err(|e| RecordsError::Passcode(e.to_string()))?
            .to_string();
        self.set_config(HASH, &hash)?;
        self.set_config(FAILURES, "0")
    }

    fn failures(&self) -> Result<(u32, Option<Timestamp>), RecordsError> {
        let failures = self
            .config(FAILURES)?
            .and_then(|v| v.parse().ok())
            .unwrap_or(0);
        let last = self.config(LAST_FAILURE)?.and_then(|v| v.parse().ok());
        Ok((failures, last))
    }

    /// Tries a passcode at `now`. Wrong tries are counted in the file and, after
    /// [`FREE_TRIES`], each further try must wait ([`wait_after`]). On a file opened read-only
    /// the count cannot be kept, so the try is only checked.
    pub fn check_manager_passcode(
        &mut self,
        passcode: &str,
        now: Timestamp,
    ) -> Result<PasscodeCheck, RecordsError> {
        let Some(stored) = self.config(HASH)? else {
            return Ok(PasscodeCheck::Wrong { failures: 0 });
        };
        let (failures, last) = self.failures()?;
        if let Some(last) = last {
            let waited = u64::try_from(now.duration_since(last).as_secs()).unwrap_or(0);
            let wait = wait_after(failures);
            if waited < wait {
                return Ok(PasscodeCheck::Wait {
                    seconds: wait - waited,
                });
            }
        }
        let hash = PasswordHash::new(&stored).map_err(|e| RecordsError::DamagedRow {
            path: self.path().to_path_buf(),
            table: "config",
            row: 0,
            column: HASH,
            detail: e.to_string(),
        })?;
        let right = argon2::Argon2::default()
            .verify_password(passcode.as_bytes(), &hash)
            .is_ok();
        let writable = self.access() == crate::Access::ReadWrite;
        if right {
            if writable && failures > 0 {
                self.set_config(FAILURES, "0")?;
            }
            return Ok(PasscodeCheck::Right);
        }
        let failures = failures.saturating_add(1);
        if writable {
            self.set_config(FAILURES, &failures.to_string())?;
            self.set_config(LAST_FAILURE, &stamp(now))?;
        }
        Ok(PasscodeCheck::Wrong { failures })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn waits_grow_after_the_free_tries_and_are_kept() {
        assert_eq!(
            (0..8).map(wait_after).collect::<Vec<_>>(),
            [0, 0, 0, 2, 4, 8, 16, 32]
        );
        assert_eq!(wait_after(40), MAX_WAIT_SECONDS);
        let mut records = Records::in_memory().unwrap();
        records.set_manager_passcode("kanri-2026").unwrap();
        let t0: Timestamp = "2026-12-01T09:00:00Z".parse().unwrap();
        let at = |s: i64| t0.checked_add(jiff::SignedDuration::from_secs(s)).unwrap();
        for n in 1..=3 {
            assert_eq!(
                records.check_manager_passcode("nope", at(0)).unwrap(),
                PasscodeCheck::Wrong { failures: n }
            );
        }
        // The fourth try within two seconds is not even checked, right or not.
        assert_eq!(
            records.check_manager_passcode("kanri-2026", at(1)).unwrap(),
            PasscodeCheck::Wait { seconds: 1 }
        );
        assert_eq!(
            records.check_manager_passcode("kanri-2026", at(2)).unwrap(),
            PasscodeCheck::Right
        );
        assert_eq!(
            records.check_manager_passcode("nope", at(3)).unwrap(),
            PasscodeCheck::Wrong { failures: 1 },
            "a right passcode resets the count"
        );
    }
}
