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
app-font-credit = Display fonts: BIZ UDPGothic and Noto Sans CJK JP (SIL Open Font License 1.1)

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
home-trainer = Trainer: studio and pack findings
home-trainer-hint = The studio to write and fix scenarios, and the check of each pack (file:line); packs reload when their files are saved
home-records-error = The records cannot be opened: { $detail }
home-records-unavailable = The records are unavailable, so the name cannot be saved
home-settings-aside = The settings file could not be read; it was kept as { $path } and the defaults are used

## Library

library-title = Scenario library
library-search = Search
library-any = All
library-filter-competency = Competency
library-filter-difficulty = Difficulty
library-list-sep = {", "}
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
play-to-debrief = To the debrief (Enter)
play-close = Close
play-terminal-updated = [Eligibility terminal] a result is shown
companion-parent = with a parent
companion-family = with family
companion-carer = with a care-facility worker
companion-none = alone
play-patient-away = The patient is not at the counter yet
play-patient-absent = The patient is not at the counter

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
settings-pack-this-run = (opened with --pack for this run only)
settings-pack-keep = Keep in the settings
settings-not-a-folder = { $path } is not a folder
settings-not-saved = The settings could not be saved: { $detail }
settings-data-dir = Records and settings are kept in: { $path }

## Trainer

trainer-title = Trainer: studio and pack findings
trainer-pack = Pack: { $folder }
trainer-reload = Saving a file reloads the pack automatically
trainer-summary = { $files ->
    [one] 1 file
   *[other] { $files } files
}, { $valid ->
    [one] 1 playable scenario
   *[other] { $valid } playable scenarios
}, { $findings ->
    [one] 1 finding
   *[other] { $findings } findings
}

## Errors

app-error-no-scenario = That scenario cannot be found or played
app-error-resume = The saved play-through could not be resumed (the scenario may have changed)
app-error-no-display = Cannot open a window: no display (X11 DISPLAY or Wayland) is available. In a terminal, play with madoguchi play --text
debrief-none = No scenario has finished yet

## Assessment and records (manager)

home-assessment = Take an assessment
home-assessment-hint = Scenarios drawn across the competencies, played one after another with no feedback; the result and the debriefs come at the end, and it is recorded
home-records = Records (manager)
home-records-hint = Each staff member's readiness, history and the pass thresholds. Needs the manager passcode
play-leave-assessment = × Leave the assessment
play-leave-assessment-hint = Back to Home. An unfinished assessment is not recorded and cannot be resumed
play-assessment-progress = Assessment { $number } / { $total } (debrief at the end)
play-next-assessment = Next scenario ▶ (Enter)
competency-short-authentication = Identity
competency-short-certificate_expiry = Cert. expiry
competency-short-invalid_eligibility = Invalid
competency-short-missing_documents = No papers
competency-short-system_failure = Outages
competency-short-copay_by_age = Copay
competency-short-privacy_and_conduct = Privacy
competency-short-home_visit = Home visits
competency-short-public_funding = Public funding
competency-short-old_cards_and_dates = Old cards
assessment-title = Assessment
assessment-for = Assessment of { $name }
assessment-choose-staff = Choose or add your name on Home first
assessment-what = { $count } scenarios are drawn so that all { $competencies } competencies appear.
assessment-variants = The details (dates, ages…) and the order of the choices change every time, so memorised answers do not pass. The draw's seed is recorded, so the same assessment can be replayed later.
assessment-no-feedback = No right or wrong and no explanation is shown during the assessment. The time taken on each scenario is recorded.
assessment-leave = Leaving before the end records nothing.
assessment-pass-when = To pass
assessment-rule-competency = • at least { $percent }% in every competency
assessment-rule-overall = • at least { $percent }% overall
assessment-rule-prohibited = • no prohibited action at all (keeping the card, copying its back, asking for or entering the PIN…); one fails the assessment whatever the score
assessment-start = Start the assessment
assessment-passed = { $name }: passed
assessment-failed = { $name }: not passed
assessment-summary = Overall { $percent }%   { $count } scenarios   seed { $seed }
assessment-stored = Recorded (assessment #{ $id })
assessment-by-competency = By competency
assessment-below = × below the threshold of { $percent }%
assessment-met = ○ at or above the threshold
assessment-debriefs = Each scenario's debrief (the explanations withheld during the assessment)
records-title = Records (manager)
records-lock = Lock
records-lock-hint = Close the manager's area; opening it again needs the passcode
records-enter-passcode = Enter the manager passcode
records-unlock = Open
records-wrong-passcode = That passcode is not right
records-first-passcode = There is no manager passcode yet. Set one first, to protect the records and the thresholds
records-passcode-privacy = Only a hash (Argon2) of the passcode is stored. Do not use a number you use elsewhere, such as a My Number card PIN
records-new-passcode = New passcode
records-confirm-passcode = Again
records-set-passcode = Set the passcode
records-passcode-short = Use at least { $count } characters
records-passcode-mismatch = The two entries differ
records-passcode-set = The passcode is saved
records-readiness = Staff readiness (by competency, latest assessment)
records-no-staff = No staff records yet
records-col-staff = Staff
records-col-latest = Latest assessment
records-col-practice = Practice runs
records-no-assessment = none yet
records-practice-average = No assessment yet: the practice average is shown
records-legend = Green: at or above { $percent }%   Amber: within 15 points   Red: further below   (brackets, italics): practice average, no assessment   —: no record
records-counts = { $practice } practice runs, { $assessments } assessments
records-plot-x = Attempts (oldest first)
records-plot-y = Score (%)
records-plot-all = Trend
records-plot-practice = Practice
records-plot-assessment = Assessment
records-plot-threshold = Threshold
records-attempts = Attempts (newest first)
records-no-attempts = No attempts yet
records-prohibited = { $count } prohibited
records-open-attempt = Details
records-delete = Delete this staff member
records-delete-confirm = This deletes { $name } and every practice and assessment record of theirs. It cannot be undone. Delete?
records-delete-yes = Delete
records-delete-no = Cancel
records-deleted = { $name } and their records were deleted
records-attempt-heading = { $when }   score { $percent }%
records-attempt-facts = Seed { $seed }   { $seconds } s   rules version { $version }
records-not-replayable = This scenario has changed since, so it cannot be replayed; the recorded decisions are shown
records-close = Close
records-thresholds = Pass thresholds
records-threshold-competency = Every competency
records-threshold-overall = Overall
records-threshold-prohibited = One prohibited action fails
records-save-thresholds = Save
records-thresholds-saved = The thresholds are saved
records-default-thresholds = Back to the defaults
records-thresholds-note = New thresholds apply to assessments from now on; past assessments keep the result of the thresholds they were taken under
records-change-passcode = Change the passcode
records-other-version = This attempt was judged under another version of the rules or the scenarios. Its recorded score stands; the debrief below replays the same choices under today's version
home-records-caught-up = Recorded { $count } result(s) that could not be recorded last time
home-records-waiting = { $path } cannot be recorded yet ({ $reason })
app-record-pending = This result is not in the records yet ({ $reason }). It is kept safely in { $path } and will be recorded at the next start
app-record-lost = This result could not be recorded ({ $reason })

## The clinic group's learning record store (Records screen).
lrs-title = The group's learning record store (LRS)
lrs-not-set-up = No learning record store is set up: records stay on this PC. A clinic group can share them through its LRS (address and user below).
lrs-status = { $url }: { $waiting } statements waiting, { $sent } sent (last confirmed { $last })
lrs-status-error = . Last try failed: { $reason }
lrs-never = never
lrs-sync-now = Send now
lrs-load-group = Show the group's readiness
lrs-busy = Talking to the store…
lrs-settings = Store settings
lrs-endpoint = xAPI address
lrs-user = User
lrs-password = Password
lrs-password-known = A password is known for this run.
lrs-password-note = The password is kept in memory until the app closes (or comes from MADOGUCHI_LRS_PASSWORD); it is never written to disk.
lrs-connect = Save and send
lrs-no-password = The store needs the password: type it under Store settings (it is kept until the app closes).
lrs-records-not-writable = The records file cannot be written, so nothing can be marked as sent.
lrs-worker-lost = The background sending stopped without an answer; nothing was marked as sent. Try again.
lrs-synced = Sent { $sent } statements; { $waiting } waiting.
lrs-sync-failed = Sending stopped: { $reason } ({ $sent } sent before; the rest go with the next try)
lrs-group-title = The group's latest assessments ({ $count } people, read from the store)
lrs-col-installation = PC
lrs-col-assessments = Assessments
lrs-col-when = When

## Window mode
home-window = Window mode (a new patient)
home-window-hint = Check in a generated patient: act freely on the reader, the terminal, the documents and the rest; judged on the whole handling at the end
home-shift = Today's shift ({ $count } patients)
home-shift-hint = Generated patients one after another, scored together
library-window = At the window
library-window-hint = Check in this scenario's situation in window mode (no choices; judged on the whole handling)
window-patient-of = Patient { $number } of { $count }
window-clock = Window clock { $minutes }:{ $seconds }
window-objects = What do you act on? (Tab to switch)
window-counter-empty = Nothing on the counter yet
window-document-hint = Click to select, double-click to enlarge
window-charged = Charged: { $share }
window-next-patient = Call the next patient
window-debrief-title = Window mode debrief
window-new-patient = A new patient
window-shift-total = Today's shift: { $count } patients, { $points }/{ $max } points ({ $percent }%), { $minutes } minutes at the window
window-patient-tab = Patient { $number } ({ $percent }%)
window-col-part = Part
window-col-did = What you did
window-col-points = Points
window-act-on = ▶ Act on the { $object }
assessment-start-hint = An assessment in window mode: no choices; act freely on the reader, terminal and documents; each patient is scored on the whole handling
assessment-start-guided = Assess with choices (guided)
assessment-start-guided-hint = An assessment by choosing among the scenarios' options (like practice). The records keep it apart from window-mode assessments
records-unknown-scenario = (a scenario no longer in the library)

## Before leaving

leave-title = Leave now?
leave-home-practice = You leave this patient and go back to Home. A scenario with options can be resumed from Home; a window-mode patient starts over.
leave-home-assessment = You leave the assessment and go back to Home. An unfinished assessment is not recorded and cannot be resumed.
leave-quit-practice = You leave this patient and quit. A scenario with options resumes where you left off next time.
leave-quit-assessment = An assessment is under way. If you quit, it is not recorded and cannot be resumed.
leave-cancel = Continue
leave-confirm-home = Back to Home
leave-confirm-quit = Quit
leave-quit-unsaved = The trainer studio has changes that are not saved. If you quit, they are lost.

## The trainer studio
app-error-draft = This draft cannot be played yet. Fix its findings, then try it.
nav-trainer = ← Trainer
studio-none = No scenario is open in the studio. Open one on the trainer screen, or make a new one.
studio-title = Trainer studio: { $title }
studio-file = { $path } in { $folder }
studio-save = Save
studio-undo = Undo
studio-play-start = Play from the start
studio-play-here = Play from this beat
studio-play-free = Try at the window
studio-play-free-hint = Handle this situation (its facts) with the window's tools instead of the choices. Not recorded
studio-unsaved = Changes not saved
studio-all-saved = Saved
studio-lang-ja = Japanese
studio-lang-en = English
studio-scenario = Scenario
studio-field-title = Title
studio-field-summary = One-line summary for the library
studio-field-difficulty = Difficulty
studio-beats = Beats
studio-beat-start-mark = (first)
studio-end-short-served = served
studio-end-short-patient_left = patient left
studio-end-short-escalated = handed over
studio-end-short-resolved = resolved
studio-beat-findings = { $count ->
    [one] 1 finding
   *[other] { $count } findings
}
studio-beat-new-id = New beat's id (lower-case letters, digits, _)
studio-beat-add = + Add a beat
studio-beat = Beat “{ $beat }”
studio-beat-start = This is the first beat
studio-beat-make-start = Make it the first beat
studio-beat-remove = Remove this beat
studio-lines = What the patient (or companion) says
studio-line-add = + Add a line
studio-remove = Remove
studio-end = At this beat
studio-end-none = Goes on (to the choices)
studio-choices = The receptionist's choices
studio-choice = Choice { $n }
studio-choice-up = ↑ Up
studio-choice-add = + Add a choice
studio-action = What the receptionist does (the engine judges it)
studio-next = Next beat
studio-next-none = (choose one)
studio-expect = Author's expectation
studio-expect-none = No expectation
studio-engine = The engine's verdict in this situation:
studio-engine-varies = (changes with the scenario's variants)
studio-engine-none = The engine cannot judge this situation. See the findings.
studio-findings = { $count ->
    [one] 1 finding
   *[other] { $count } findings
}
studio-findings-none = No findings. Save it, and it can be played from the library.
studio-findings-zero = No findings
studio-finding-at-choice = Beat “{ $beat }”, choice { $n }
studio-finding-at-beat = Beat “{ $beat }”
studio-finding-at-scenario = The whole scenario
studio-fix-beat = Create beat “{ $beat }”
studio-fix-expect = Set the expectation to “{ $verdict }”
studio-fix-write = Write the { $lang }
studio-free-line = Window-mode line “{ $key }”
studio-situation = Situation
studio-situation-hint = The facts the engine judges, written as in docs/reference.md. Text that cannot be read is shown in red; the previous value is kept until it is fixed.
studio-field-cast = Cast (RON)
studio-field-cast-hint = Name, kana, sex, check-in time, insurer.
studio-field-facts = Facts (RON)
studio-field-facts-hint = Visit date, patient, what is shown, the clinic.
studio-field-variants = Variants (RON)
studio-field-variants-hint = What changes each play.
studio-field-assert = Asserts (RON)
studio-field-assert-hint = What holds for every variant.
studio-field-error = Cannot be read: { $error }
studio-saved = Saved { $files } files in { $folder } and reloaded the pack.
studio-save-failed = Could not save in { $folder } ({ $reason }). The changes are still in the studio.
studio-open-failed = Could not open { $path }: { $reason }
studio-open-shipped = Shipped scenarios cannot be edited directly. Use “Copy and edit” to copy one into your own pack.
studio-new-started = Made “{ $id }”. Nothing is written to disk until you save.
studio-new-bad-id = “{ $id }” cannot be an id. Use lower-case letters, digits and _ only.
studio-new-taken = The id “{ $id }” is taken. Choose another.
studio-new-no-template = The scenario to start from was not found.
studio-refused-bad_beat_id = A beat's id uses lower-case letters, digits and _ only.
studio-refused-beat_exists = A beat with that id exists.
studio-refused-gone = That beat or choice is gone.
studio-refused-limit = The limit of beats or choices is reached.
studio-refused-field_syntax = This cannot be read. The previous value is kept until it is fixed.
studio-back = ← Back to the studio
studio-trying = Trying a studio draft (not recorded)
trainer-back-to-studio = Back to the studio
trainer-packs = Packs:
trainer-scenarios = This pack's scenarios
trainer-open = Open in the studio
trainer-copy = Copy and edit
trainer-copy-hint = Copies this scenario into your own pack (my-pack in the data folder) and opens it in the studio
trainer-new = Make a new scenario
trainer-new-id = Id
trainer-new-id-hint = e.g. my_first_case
trainer-new-from = Start from
trainer-new-example = The guide's example (an expired certificate)
trainer-new-folder = Pack to save in
trainer-new-folder-hint = Without a pack of your own it is saved in my-pack in the data folder. Once saved, it joins the packs in Settings.
trainer-new-start = Make it in the studio
studio-changed-on-disk = This scenario's file was changed outside the studio.
studio-reopen = Read the file again (the studio's changes are dropped)
play-file-changed = This scenario's file was changed. You are playing the previous version.
play-file-restart = Start again with the new version
studio-action-filter = Type part of the name to narrow the list
studio-findings-none-saved = No findings. It is saved: play it from the library.
studio-facts-date = Visit date
studio-facts-birth = Birth date
studio-facts-age = { $age } on the visit date
studio-facts-insurance = Insurance
studio-facts-visited = Has come before (returning patient)
studio-facts-unchanged = Nothing changed since last time (insurance, address)
studio-facts-presented = What is shown at the window (in order)
studio-facts-presented-none = (nothing is shown)
studio-facts-add = + Add something shown
studio-map = Map of the beats
studio-map-hint = From the first beat to the right. Arrows in the engine's verdict (green right, amber acceptable, red wrong, purple prohibited, grey depends on the draw); a red outline marks findings. Click a beat to open it, drag a box to move it. Drag from the ● on a box's right to another beat to add a choice that leads there.
studio-map-link-hint = Drag from here to another beat to add a choice that leads there
records-plot-threshold-label = pass line { $percent }%
app-error-resume-other = The scenario in progress belongs to another staff member; choose their name to resume it.
play-draft-findings = Studio draft: { $count ->
    [one] 1 finding
   *[other] { $count } findings
} (open for the list)
studio-variants = Variants (what changes each play)
studio-variants-add = + Add a variant
studio-vary-visit_days = Visit date moves (days)
studio-vary-cert_expires_months_before = Certificate expires this many months before the visit (negative: after)
studio-vary-age_years = Age on the visit date (years)
studio-vary-birth_between = Birth date between
studio-vary-pin = PIN state
studio-vary-online_record = Online record
studio-vary-late_elderly_share = 後期高齢者 share
studio-vary-returning = Returning with nothing changed, or a first visit
studio-vary-from = from
studio-vary-to = to
studio-vary-in-ron = (change the range in the Variants field below)
studio-vary-returning-yes = returning, nothing changed
studio-vary-returning-no = first visit
studio-cast = Cast
studio-cast-name = Name (kanji, as printed on the card)
studio-cast-kana = Name in katakana
studio-cast-time = Check-in time (HH:MM)
studio-cast-insurer = Insurer's name
studio-sex-female = Female
studio-sex-male = Male
studio-free-lines = The patient's lines in window mode
studio-cast-companion-sex = The companion's sex
studio-cast-companion-sex-default = not given (a parent or carer a woman, family the other sex)
studio-cast-away-until = The patient comes to the counter
studio-cast-away-none = at the start
studio-cast-away-never = never (stays away)
studio-cast-away-beat = at beat “{ $beat }”
studio-mood-calm = Calm
studio-mood-worried = Worried
studio-mood-annoyed = Annoyed
studio-mood-hurried = In a hurry
folder-picker-title = Choose a folder
folder-picker-up = ↑ Folder above
folder-picker-home = Home folder
folder-picker-unreadable = This folder cannot be read ({ $reason })
folder-picker-empty = (no folders in it)
folder-picker-left-out = { $count } more folders not listed
folder-picker-choose = Use this folder
folder-picker-cancel = Cancel
settings-choose-folder = Choose a folder…
trainer-new-other-folder = Choose another folder…
studio-date-format = Write it as year-month-day (e.g. 2026-12-10)
