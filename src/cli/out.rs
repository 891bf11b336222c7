//! Standard output for the commands, never a panic: a closed pipe (`madoguchi rules | head -1`)
//! ends the command quietly; any other write error (a full disk) is said once on standard error
//! and ends it with [`super::EXIT_OUTPUT`]. Nothing is reported as written that was not.

use std::io::Write;
use std::process::ExitCode;

use madoguchi_content::i18n::{Lang, Texts};

/// Lines to standard output; after the first failed write the rest are dropped.
pub struct Out {
    failed: Option<std::io::Error>,
}

impl Default for Out {
    fn default() -> Out {
        Out::new()
    }
}

impl Out {
    /// Standard output.
    pub fn new() -> Out {
        Out { failed: None }
    }

    /// Writes text as it is.
    pub fn text(&mut self, text: &str) {
        if self.failed.is_some() {
            return;
        }
        let mut stdout = std::io::stdout().lock();
        if let Err(error) = stdout
            .write_all(text.as_bytes())
            .and_then(|()| stdout.flush())
        {
            self.failed = Some(error);
        }
    }

    /// Writes a line.
    pub fn line(&mut self, text: impl AsRef<str>) {
        let mut text = text.as_ref().to_owned();
        text.push('\n');
        self.text(&text);
    }

    /// Whether everything so far was written.
    pub fn ok(&self) -> bool {
        self.failed.is_none()
    }

    /// The command's exit: `done` if everything was written; quietly the same after a closed
    /// pipe; otherwise the write error on standard error and [`super::EXIT_OUTPUT`].
    pub fn finish(&mut self, done: ExitCode, lang: Lang) -> ExitCode {
        match &self.failed {
            None => done,
            Some(error) if error.kind() == std::io::ErrorKind::BrokenPipe => done,
            Some(error) => {
                eprintln!(
                    "{}",
                    Texts::shipped().get_args(
                        lang,
                        "cli-error-output",
                        &[("reason", error.to_string())]
                    )
                );
                ExitCode::from(super::EXIT_OUTPUT)
            }
        }
    }
}
