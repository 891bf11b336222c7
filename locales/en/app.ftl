### Text of the app's screens.

app-title = Madoguchi
app-subtitle = Reception-window training for the マイナ保険証 era
app-window-title = Madoguchi — reception training
app-tagline = The face-recognition card reader, online eligibility checks, 資格確認書 and declarations: practise the cases of a real clinic window, judged by the rules in force on the visit date.
app-language = Language
app-language-ja = 日本語
app-language-en = English
app-quit = Quit
app-rules-version = { $count } decision rules · policy calendar from { $first } (version { $version })
app-font-credit = Display font: BIZ UDPGothic (SIL Open Font License 1.1)

## Navigation

nav-home = ← Home
nav-library = ← Library

## Home

home-who = Who is practising
home-no-staff = No names yet. Type a name and add it
home-name-hint = Name (e.g. Yamada)
home-add = Add
home-current = Now: { $name }
home-menu = Menu
home-practice = Practise
home-choose-first = Choose or add a name first
home-resume = Resume: { $scenario }
home-settings = Settings
home-records-error = The records cannot be opened: { $detail }
home-records-unavailable = The records are unavailable, so the name cannot be saved
home-settings-aside = The settings file could not be read; it was kept as { $path } and the defaults are used

## Library

library-title = Scenario library
library-search = Search
library-any = All
library-shipped = Shipped scenarios
library-count = ({ $count })
library-findings = { $count } finding(s) — show
library-pack-unreadable = The pack cannot be read: { $detail }
library-col-title = Scenario
library-col-difficulty = Difficulty
library-col-competencies = Competencies
library-col-best = Best
library-best = { $percent }% ({ $count }×)
library-not-yet = Not yet played
library-play = Start

## Play

play-pause = ‖ Pause
play-pause-hint = Back to Home; next time you can resume where you left off
play-when = Visit { $date } { $time }
play-mode-practice = Practice (feedback after each decision)
play-mode-assessment = Assessment (feedback at the end)
play-patient = { $name } ({ $age })
play-counter = On the counter (click to enlarge)
play-counter-empty = Nothing has been handed over yet
play-zoom-hint = Click to enlarge
play-your-move = What do you do? (number keys work too)
play-to-debrief = To the debrief
play-close = Close
play-terminal-updated = [Eligibility terminal] a result is shown
play-not-recorded = The attempt could not be recorded: { $detail }
companion-parent = with a parent
companion-family = with family
companion-carer = with a care-facility worker
companion-none = alone

## Debrief

debrief-title = Debrief: { $title }
debrief-replay = Replay (same case)
debrief-replay-hint = The same seed gives the same case again
debrief-next = Next scenario
debrief-whatif = What if
debrief-whatif-hint = Flip one fact and the engine recomputes the right handling
debrief-whatif-same = no change
debrief-part-confirmed_by = route
debrief-part-auth = authentication
debrief-part-copay = copay
debrief-part-claim = claim
debrief-part-prescription = prescription
debrief-part-medical_info_sharing = information sharing
debrief-part-steps = steps
debrief-col-choice = Your choice
debrief-col-verdict = Verdict
debrief-col-time = Time taken
debrief-seconds = { $seconds } s
debrief-competencies = Score by competency

## Settings

settings-title = Settings
settings-text-size = Text size
settings-contrast = Display
settings-contrast-on = High contrast
settings-packs = Trainers' scenario packs
settings-packs-hint = Add a folder and its scenarios join the library; edits are reloaded within seconds
settings-folder-hint = Folder path
settings-add = Add
settings-remove = Remove
settings-not-a-folder = { $path } is not a folder
settings-not-saved = The settings could not be saved: { $detail }
settings-data-dir = Records and settings are kept in: { $path }

## Trainer

trainer-title = Pack findings
trainer-pack = Pack: { $folder }
trainer-reload = Saving a file reloads the pack automatically
trainer-summary = { $files } file(s), { $valid } playable scenario(s), { $findings } finding(s)

## Errors

app-error-no-scenario = That scenario cannot be found or played
app-error-resume = The saved play-through could not be resumed (the scenario may have changed)
app-error-no-display = Cannot open a window: no display (X11 DISPLAY or Wayland) is available. In a terminal, play with madoguchi play --text
debrief-none = No scenario has finished yet
