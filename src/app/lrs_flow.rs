//! The clinic group's learning record store from the app: the manager sets the address and
//! user (the password stays in memory for this run, or comes from `MADOGUCHI_LRS_PASSWORD`),
//! every stored record is sent in the background as it is made, and the Records screen shows
//! how the outbox stands and, on request, the whole group's readiness read back from the store.
//! The network never runs on the frame: a worker thread with its own connection to the records
//! does the posting and reading, and this flow only starts it and keeps the view it answers.

use std::path::PathBuf;
use std::sync::Mutex;
use std::sync::mpsc::{Receiver, TryRecvError, channel};

use bevy::prelude::*;
use madoguchi_content::i18n::{Lang, Texts};
use madoguchi_records::lrs::{
    self, CONFIG_ENDPOINT as ENDPOINT, CONFIG_USER as USER, GroupMember, Lrs, LrsError,
    PASSWORD_VAR, SyncError, SyncReport,
};
use madoguchi_records::outbox::OutboxStatus;
use madoguchi_records::{Access, Records, RecordsError};

use super::records_flow::Note;
use super::staff::RecordsStore;
use super::state::Screen;
use super::text::UiText;
use crate::library;

/// Something asked of the store.
#[derive(Message, Clone, Debug, PartialEq)]
pub enum LrsRequest {
    /// Read the settings and the outbox again.
    Refresh,
    /// Keep an address and user (and this run's password), then send what waits.
    Connect {
        /// The xAPI endpoint.
        endpoint: String,
        /// The basic-authentication user (empty for none).
        user: String,
        /// The password, kept in memory only (empty to keep the one known).
        password: String,
    },
    /// Send what waits now, even inside a pause after a failure.
    SyncNow,
    /// Read every installation's latest assessments back from the store.
    LoadGroup,
}

/// What the Records screen shows of the store.
#[derive(Resource, Clone, Debug, Default, PartialEq)]
pub struct LrsView {
    /// The address kept in the records.
    pub endpoint: Option<String>,
    /// The user kept in the records.
    pub user: Option<String>,
    /// Whether a password is known for this run.
    pub has_password: bool,
    /// How the outbox stands.
    pub status: Option<OutboxStatus>,
    /// Whether the worker is busy.
    pub busy: bool,
    /// The outcome of the last request.
    pub note: Note,
    /// The group's readiness, once read.
    pub group: Option<Vec<GroupMember>>,
}

/// What the worker answers.
enum Reply {
    Synced(Result<SyncReport, SyncFailure>),
    Group(Result<Vec<GroupMember>, LrsError>),
}

/// Why a background sync did not finish.
enum SyncFailure {
    Records(RecordsError),
    Store(SyncError),
}

/// The worker and this run's password (never stored).
#[derive(Resource, Default)]
struct LrsWorker {
    password: Option<String>,
    reply: Option<Mutex<Receiver<Reply>>>,
    /// The store's commit count the last automatic sync saw.
    seen_commits: u64,
}

pub(super) fn plugin(app: &mut App) {
    app.add_message::<LrsRequest>()
        .init_resource::<LrsView>()
        .insert_resource(LrsWorker {
            password: std::env::var(PASSWORD_VAR).ok().filter(|p| !p.is_empty()),
            ..default()
        });
    app.add_systems(Startup, |mut requests: MessageWriter<LrsRequest>| {
        requests.write(LrsRequest::Refresh);
    });
    app.add_systems(
        OnEnter(Screen::Records),
        |mut r: MessageWriter<LrsRequest>| {
            r.write(LrsRequest::Refresh);
        },
    );
    app.add_systems(
        Update,
        (answer_requests, sync_new_records, collect_replies).chain(),
    );
}

/// The records file the worker opens, when the records are a file that can be written.
fn records_path(store: &RecordsStore) -> Option<PathBuf> {
    store
        .with(|r| (r.access() == Access::ReadWrite).then(|| r.path().to_owned()))
        .flatten()
        .filter(|path| !path.as_os_str().is_empty() && path.exists())
}

fn refresh(store: &RecordsStore, worker: &LrsWorker, view: &mut LrsView, text: &UiText) {
    let read = store.with(|r| {
        Ok::<_, RecordsError>((r.config(ENDPOINT)?, r.config(USER)?, r.outbox_status()?))
    });
    match read {
        Some(Ok((endpoint, user, status))) => {
            view.endpoint = endpoint;
            view.user = user;
            view.status = Some(status);
        }
        Some(Err(error)) => view.note = Some((true, text.records_error(&error))),
        None => {}
    }
    view.has_password = worker.password.is_some();
}

fn answer_requests(
    mut requests: MessageReader<LrsRequest>,
    store: Res<RecordsStore>,
    text: Res<UiText>,
    mut worker: ResMut<LrsWorker>,
    mut view: ResMut<LrsView>,
) {
    for request in requests.read() {
        match request {
            LrsRequest::Refresh => refresh(&store, &worker, &mut view, &text),
            LrsRequest::Connect {
                endpoint,
                user,
                password,
            } => {
                // Checked before it is kept: an http(s) address without credentials in it.
                if let Err(error) = Lrs::new(endpoint, None, None) {
                    view.note = Some((true, error.describe(text.texts(), text.lang)));
                    continue;
                }
                let user = user.trim();
                let kept = store.with(|r| {
                    r.set_config(ENDPOINT, endpoint.trim())?;
                    if user.is_empty() {
                        r.remove_config(USER)
                    } else {
                        r.set_config(USER, user)
                    }
                });
                match kept {
                    Some(Ok(())) => {
                        if !password.is_empty() {
                            worker.password = Some(password.clone());
                        }
                        refresh(&store, &worker, &mut view, &text);
                        start_sync(&store, &mut worker, &mut view, &text, true);
                    }
                    Some(Err(error)) => view.note = Some((true, text.records_error(&error))),
                    None => view.note = Some((true, text.t("home-records-unavailable"))),
                }
            }
            LrsRequest::SyncNow => start_sync(&store, &mut worker, &mut view, &text, true),
            LrsRequest::LoadGroup => start_group(&store, &mut worker, &mut view, &text),
        }
    }
}

/// The store as configured, or why not (a note for the manager).
fn configured(view: &LrsView, worker: &LrsWorker, text: &UiText) -> Result<Lrs, String> {
    let Some(endpoint) = &view.endpoint else {
        return Err(text.t("lrs-not-set-up"));
    };
    if view.user.is_some() && worker.password.is_none() {
        return Err(text.t("lrs-no-password"));
    }
    Lrs::new(endpoint, view.user.as_deref(), worker.password.as_deref())
        .map_err(|error| error.describe(text.texts(), text.lang))
}

fn start_sync(
    store: &RecordsStore,
    worker: &mut LrsWorker,
    view: &mut LrsView,
    text: &UiText,
    ignore_pause: bool,
) {
    if view.busy {
        return;
    }
    let lrs = match configured(view, worker, text) {
        Ok(lrs) => lrs,
        Err(why) => {
            if ignore_pause {
                view.note = Some((true, why));
            }
            return;
        }
    };
    let Some(path) = records_path(store) else {
        view.note = Some((true, text.t("lrs-records-not-writable")));
        return;
    };
    let (sender, receiver) = channel();
    view.busy = true;
    worker.reply = Some(Mutex::new(receiver));
    std::thread::spawn(move || {
        let _ = sender.send(Reply::Synced(sync_in_background(&path, &lrs, ignore_pause)));
    });
}

fn sync_in_background(
    path: &std::path::Path,
    lrs: &Lrs,
    ignore_pause: bool,
) -> Result<SyncReport, SyncFailure> {
    let mut records = Records::open(path).map_err(SyncFailure::Records)?;
    let installation = records.installation(None).map_err(SyncFailure::Records)?;
    let titles = library::titles();
    let now = crate::paths::now();
    let added = records
        .fill_outbox(&installation, Texts::shipped(), &titles, now)
        .map_err(SyncFailure::Records)?;
    let mut report = lrs::sync(&mut records, lrs, now, ignore_pause).map_err(SyncFailure::Store)?;
    report.added = added;
    Ok(report)
}

fn start_group(store: &RecordsStore, worker: &mut LrsWorker, view: &mut LrsView, text: &UiText) {
    if view.busy {
        return;
    }
    let lrs = match configured(view, worker, text) {
        Ok(lrs) => lrs,
        Err(why) => {
            view.note = Some((true, why));
            return;
        }
    };
    let iri_base = match store.with(|r| r.installation(None)) {
        Some(Ok(installation)) => installation.iri_base,
        Some(Err(error)) => {
            view.note = Some((true, text.records_error(&error)));
            return;
        }
        None => return,
    };
    let (sender, receiver) = channel();
    view.busy = true;
    worker.reply = Some(Mutex::new(receiver));
    std::thread::spawn(move || {
        let _ = sender.send(Reply::Group(lrs::group_readiness(&lrs, &iri_base)));
    });
}

/// Each record stored is sent as it is made (quietly: a failure waits for the next try).
fn sync_new_records(
    store: Res<RecordsStore>,
    text: Res<UiText>,
    mut worker: ResMut<LrsWorker>,
    mut view: ResMut<LrsView>,
) {
    let commits = store.commits();
    if commits == worker.seen_commits || view.busy {
        return;
    }
    worker.seen_commits = commits;
    if view.endpoint.is_some() {
        start_sync(&store, &mut worker, &mut view, &text, false);
    }
}

fn collect_replies(
    store: Res<RecordsStore>,
    text: Res<UiText>,
    mut worker: ResMut<LrsWorker>,
    mut view: ResMut<LrsView>,
) {
    let Some(receiver) = &worker.reply else {
        return;
    };
    let received = match receiver.lock() {
        Ok(receiver) => receiver.try_recv().map_err(|e| e == TryRecvError::Empty),
        Err(_) => Err(false),
    };
    let reply = match received {
        Ok(reply) => reply,
        Err(true) => return,
        // The worker ended without a word (it cannot panic by design; say so if it did).
        Err(false) => {
            worker.reply = None;
            view.busy = false;
            view.note = Some((true, text.t("lrs-worker-lost")));
            return;
        }
    };
    worker.reply = None;
    view.busy = false;
    match reply {
        Reply::Synced(Ok(report)) => {
            view.note = Some((
                false,
                text.t_args(
                    "lrs-synced",
                    &[
                        ("sent", report.sent.to_string()),
                        ("waiting", report.waiting.to_string()),
                    ],
                ),
            ));
        }
        Reply::Synced(Err(failure)) => {
            view.note = Some((true, describe_failure(&failure, text.texts(), text.lang)));
        }
        Reply::Group(Ok(members)) => {
            view.note = None;
            view.group = Some(members);
        }
        Reply::Group(Err(error)) => {
            view.note = Some((true, error.describe(text.texts(), text.lang)));
        }
    }
    refresh(&store, &worker, &mut view, &text);
}

fn describe_failure(failure: &SyncFailure, texts: &Texts, lang: Lang) -> String {
    match failure {
        SyncFailure::Records(error) | SyncFailure::Store(SyncError::Records(error)) => {
            error.describe(texts, lang)
        }
        SyncFailure::Store(SyncError::Store { error, sent }) => texts.get_args(
            lang,
            "lrs-sync-failed",
            &[
                ("reason", error.describe(texts, lang)),
                ("sent", sent.to_string()),
            ],
        ),
    }
}
