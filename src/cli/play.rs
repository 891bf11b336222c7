//! `madoguchi play`: plays a scenario in the terminal (`--text`, choices from stdin) or in the
//! window (`--screenshot PATH` with `--choose 1,2,…` makes the choices and saves a picture).

use std::path::PathBuf;
use std::process::ExitCode;

use madoguchi_content::i18n::{Lang, Texts};
use madoguchi_content::pack::CheckOptions;
use madoguchi_content::present::Presenter;
use madoguchi_play::session::{Mode, Session};

use super::EXIT_BAD_INPUT;
use super::terminal::{self, Choices, Played};
use crate::library::{self, FindError};

/// Practice (feedback per decision) or assessment (feedback at the end).
#[derive(Clone, Copy, Debug, Default, clap::ValueEnum)]
pub enum PlayMode {
    /// Feedback after each decision.
    #[default]
    Practice,
    /// No feedback until the end.
    Assessment,
}

/// Arguments of `play`.
#[derive(Debug, clap::Args)]
pub struct PlayArgs {
    /// A shipped scenario id or the path of a scenario file.
    #[arg(value_name = "SCENARIO")]
    positional: Option<String>,
    #[arg(long)]
    scenario: Option<String>,
    #[arg(long)]
    text: bool,
    #[arg(long)]
    seed: Option<u64>,
    #[arg(long, value_enum, default_value_t)]
    mode: PlayMode,
    #[arg(long)]
    pack: Vec<PathBuf>,
    #[arg(long)]
    screenshot: Option<PathBuf>,
    #[arg(long, value_delimiter = ',')]
    choose: Vec<usize>,
    #[arg(long, value_enum, default_value_t)]
    show: ShowScreen,
    #[arg(long)]
    free: bool,
    #[arg(long)]
    shift: Option<usize>,
    #[arg(long = "act", value_delimiter = ',')]
    acts: Vec<String>,
    #[arg(long, value_parser = parse_size)]
    size: Option<(u32, u32)>,
    #[arg(long, value_parser = parse_text_scale)]
    text_scale: Option<f32>,
    #[arg(long)]
    check_layout: bool,
}

/// `WxH`, each side from 640 to 7680 pixels.
fn parse_size(value: &str) -> Result<(u32, u32), String> {
    let lang = super::cli_lang();
    let wrong =
        || Texts::shipped().get_args(lang, "cli-error-size", &[("value", value.to_owned())]);
    let (w, h) = value.split_once(['x', 'X', '×']).ok_or_else(wrong)?;
    let side = |s: &str| {
        s.trim()
            .parse::<u32>()
            .ok()
            .filter(|n| (640..=7680).contains(n))
    };
    Ok((side(w).ok_or_else(wrong)?, side(h).ok_or_else(wrong)?))
}

/// A text size from 0.8 to 1.6 (as the settings offer).
fn parse_text_scale(value: &str) -> Result<f32, String> {
    value
        .trim()
        .parse::<f32>()
        .ok()
        .filter(|n| (0.8..=1.6).contains(n))
        .ok_or_else(|| {
            Texts::shipped().get_args(
                super::cli_lang(),
                "cli-error-text-scale",
                &[("value", value.to_owned())],
            )
        })
}

/// The screen a picture shows.
#[derive(Clone, Copy, Debug, Default, clap::ValueEnum)]
pub enum ShowScreen {
    /// The scenario in play.
    #[default]
    Play,
    /// The debrief (after the last choice ends the scenario).
    Debrief,
    /// Home.
    Home,
    /// The library.
    Library,
    /// Settings.
    Settings,
    /// The shipped pack's findings.
    Trainer,
    /// The assessment's introduction.
    Assessment,
    /// The manager's records (locked until the passcode is given).
    Records,
    /// The trainer studio with the scenario open (a shipped one as its copy).
    Studio,
    /// The studio with its map of the beats open.
    StudioMap,
}

impl ShowScreen {
    fn screen(self) -> crate::app::Screen {
        use crate::app::Screen;
        match self {
            ShowScreen::Play => Screen::Play,
            ShowScreen::Debrief => Screen::Debrief,
            ShowScreen::Home => Screen::Home,
            ShowScreen::Library => Screen::Library,
            ShowScreen::Settings => Screen::Settings,
            ShowScreen::Trainer => Screen::Trainer,
            ShowScreen::Assessment => Screen::Assessment,
            ShowScreen::Records => Screen::Records,
            ShowScreen::Studio | ShowScreen::StudioMap => Screen::Studio,
        }
    }
}

impl ShowScreen {
    /// The screen a picture shows in free play (the window, or its debrief).
    fn window_screen(self) -> crate::app::Screen {
        use crate::app::Screen;
        match self {
            ShowScreen::Debrief => Screen::WindowDebrief,
            ShowScreen::Play => Screen::Window,
            other => other.screen(),
        }
    }
}

impl PlayArgs {
    fn spec(&self) -> Option<&str> {
        self.scenario.as_deref().or(self.positional.as_deref())
    }

    fn session_mode(&self) -> Mode {
        match self.mode {
            PlayMode::Practice => Mode::Practice,
            PlayMode::Assessment => Mode::Assessment,
        }
    }
}

/// The message for a scenario that could not be found.
pub fn find_error_text(error: &FindError, lang: Lang) -> String {
    let texts = Texts::shipped();
    match error {
        FindError::Unknown(spec) => texts.get_args(
            lang,
            "cli-error-unknown-scenario",
            &[("scenario", spec.clone())],
        ),
        FindError::NoPack(spec) => {
            texts.get_args(lang, "cli-error-no-pack", &[("path", spec.clone())])
        }
        FindError::Invalid(spec) => texts.get_args(
            lang,
            "cli-error-invalid-scenario",
            &[("path", spec.clone())],
        ),
        FindError::Io(path, reason) => texts.get_args(
            lang,
            "cli-error-read",
            &[("path", path.clone()), ("reason", reason.clone())],
        ),
    }
}

/// `play --free --text`: a scenario's facts, a generated patient (`generated`, or
/// `generated_<seed>`), or with `--shift N` a run of generated patients.
fn run_free_text(args: &PlayArgs, lang: Lang) -> ExitCode {
    let generated_seed = args.spec().and_then(|spec| {
        if spec == "generated" {
            Some(args.seed.unwrap_or(0))
        } else {
            spec.strip_prefix(madoguchi_play::free::generate::PREFIX)
                .and_then(|seed| seed.parse().ok())
        }
    });
    let found = match (args.spec(), generated_seed, args.shift) {
        (_, _, Some(_)) | (None, _, _) | (_, Some(_), _) => None,
        (Some(spec), None, None) => {
            match library::find_scenario(spec, &args.pack, CheckOptions::default()) {
                Ok(found) => Some(found),
                Err(error) => {
                    super::say(&find_error_text(&error, lang));
                    return ExitCode::from(EXIT_BAD_INPUT);
                }
            }
        }
    };
    let seed = generated_seed.or(args.seed);
    super::free::run(
        found,
        seed,
        args.shift,
        args.session_mode(),
        lang,
        args.choose.clone(),
    )
}

/// Runs `play`.
pub fn run(args: &PlayArgs, lang: Lang, data_dir: Option<PathBuf>) -> ExitCode {
    let texts = Texts::shipped();
    if args.free && args.text {
        return run_free_text(args, lang);
    }
    let Some(spec) = args.spec() else {
        super::say(&texts.get(lang, "cli-error-no-scenario"));
        return ExitCode::from(EXIT_BAD_INPUT);
    };
    if !args.text {
        // The window: a picture and exit with --screenshot, or stay open on the scenario.
        return crate::app::run_screenshot(crate::app::ScreenshotRun {
            lang,
            scenario: spec.to_owned(),
            seed: args.seed,
            mode: args.session_mode(),
            packs: args.pack.clone(),
            choose: args.choose.clone(),
            path: args.screenshot.clone().unwrap_or_default(),
            data_dir,
            show: if args.free {
                args.show.window_screen()
            } else {
                args.show.screen()
            },
            capture: args.screenshot.is_some(),
            free: args.free,
            acts: args.acts.clone(),
            size: args.size,
            text_scale: args.text_scale,
            check_layout: args.check_layout,
            studio_map: matches!(args.show, ShowScreen::StudioMap),
        });
    }
    let (scenario, report) = match library::find_scenario(spec, &args.pack, CheckOptions::default())
    {
        Ok(found) => found,
        Err(error) => {
            super::say(&find_error_text(&error, lang));
            return ExitCode::from(EXIT_BAD_INPUT);
        }
    };
    let (mut session, opening) = match Session::start(
        library::policy(),
        scenario.clone(),
        args.seed,
        args.session_mode(),
    ) {
        Ok(started) => started,
        Err(error) => {
            super::say(&error.to_string());
            return ExitCode::from(EXIT_BAD_INPUT);
        }
    };
    let situation = session.situation().clone();
    let policy = library::policy();
    let presenter = Presenter {
        texts: &report.pack.texts,
        lang,
        policy: &policy,
        scenario: &scenario,
        situation: &situation,
    };
    let mut out = super::out::Out::new();
    terminal::print_intro(&mut out, &presenter);
    let mut choices = Choices::new(args.choose.clone());
    match terminal::play_through(&mut out, &presenter, &mut session, &opening, &mut choices) {
        Played::InputEnded => {
            out.line(presenter.t("cli-play-eof"));
            return out.finish(ExitCode::SUCCESS, lang);
        }
        Played::OutputClosed => return out.finish(ExitCode::SUCCESS, lang),
        Played::Finished => {}
    }
    out.line("");
    out.line(format!("== {} ==", presenter.t("cli-play-debrief")));
    for line in presenter.debrief(&session.debrief()) {
        out.line(line);
    }
    out.finish(ExitCode::SUCCESS, lang)
}
