//! The app's states: which screen is shown. Logic and drawing both read it; it lives apart
//! from both so neither depends on the other for it.

use bevy::prelude::*;

/// The screen shown.
#[derive(States, Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Screen {
    /// Choose a name, start practising, settings.
    #[default]
    Home,
    /// The scenario library.
    Library,
    /// A scenario in play.
    Play,
    /// The end-of-scenario report.
    Debrief,
    /// Language, text size, contrast, pack folders.
    Settings,
    /// A trainer's pack findings.
    Trainer,
    /// The trainer studio: a scenario written without RON.
    Studio,
    /// An assessment: what it covers before, the readiness result after.
    Assessment,
    /// The manager's records, behind the passcode.
    Records,
    /// Free play at the window (窓口モード).
    Window,
    /// The whole-handling debrief of a window session.
    WindowDebrief,
}

/// The state, without any drawing (for headless use).
pub(super) fn plugin(app: &mut App) {
    app.init_state::<Screen>();
}
