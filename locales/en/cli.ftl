### Text of the command line.

cli-rules-header = Decision rules ({ $count })
cli-rules-in-force = In force
cli-rules-from = from { $date }
cli-rules-until = until { $date }
cli-rules-always = no dates
cli-rules-sources = Sources
cli-rules-evidence = Evidence
cli-error-read = cannot read { $path }: { $reason }
cli-error-extension = { $path }: the file must end in .json or .ron (use - for standard input)

## Help

cli-help = Madoguchi: reception-window training for the マイナ保険証 era. Without a subcommand it opens the practice app.
cli-help-lang = Language of the text (ja or en)
cli-help-judge = Judge one situation (JSON or RON) and print the right handling as JSON
cli-help-judge-file = The situation file (.json or .ron); - reads JSON from standard input
cli-help-judge-explain = Add the explanation of every applied rule in the chosen language
cli-help-rules = List every decision rule with its title, dates, sources and evidence
cli-help-rules-format = Output format (table or json)
cli-help-check = Validate scenario packs and report every finding with file:line:column (the shipped library by default)
cli-help-check-paths = Pack folders, or scenario files, to check
cli-help-check-format = Output format (text or json)
cli-help-check-coverage = Show which rules the library exercises and which it does not
cli-help-check-seeds = How many seeds to try for scenarios with variants
cli-help-play = Play a scenario: --text in the terminal; otherwise in the window, and with --screenshot save a picture and exit
cli-help-play-positional = A shipped scenario id or the path of a scenario file
cli-help-play-scenario = A scenario id or file path (instead of the positional argument)
cli-help-play-text = Play in the terminal (choice numbers are read from standard input)
cli-help-play-seed = The variant's seed (the same seed gives the same case)
cli-help-play-mode = practice (feedback after each decision) or assessment (at the end)
cli-help-play-pack = More pack folders to load
cli-help-play-screenshot = Open the window, make the choices, save a PNG and exit
cli-help-play-choose = Choice numbers to make in order (for example 1,2,1)

## check and play

cli-check-summary = { $packs } pack(s), { $files } file(s), { $findings } finding(s)
cli-check-coverage = Rule coverage: { $covered } of { $total }. Rules not exercised:
cli-error-not-a-pack = { $path } is not a folder (give a pack folder or a scenario file)
cli-error-not-a-scenario-file = { $path } is neither a scenario file (.ron) nor a pack folder
cli-error-no-pack-root = { $path } is not inside a pack (no folder above it has locales/)
cli-error-unknown-scenario = no scenario "{ $scenario }"
cli-error-no-pack = no pack folder (one with locales/) above { $path }
cli-error-invalid-scenario = { $path } has findings and cannot be played (see madoguchi check)
cli-error-no-scenario = name a scenario (an id or a file path)
cli-play-when = Visit: { $date } { $time }
cli-play-patient = Patient: { $name } ({ $kana }), { $age }
cli-play-counter = On the counter:
cli-play-nothing-shown = (nothing yet)
cli-play-prompt = Enter a number:
cli-play-invalid = There is no choice with that number; enter one of the numbers shown
cli-play-eof = End of input: stopping here
cli-play-debrief = Debrief
cli-help-data_dir = Folder for records and settings (or the MADOGUCHI_DATA_DIR environment variable)
cli-help-pack = Pack folders for the app to load (may be repeated)
cli-help-play-show = The screen the picture shows after the choices (play, debrief, home, library, settings, trainer, assessment, records)

## Records reports

report-header = Records: { $staff ->
    [one] 1 staff member
   *[other] { $staff } staff members
}, { $attempts ->
    [one] 1 attempt
   *[other] { $attempts } attempts
}, { $assessments ->
    [one] 1 assessment
   *[other] { $assessments } assessments
}
report-section-assessments = ■ Assessments
report-section-attempts = ■ Attempts (each scenario, practice and assessment)
report-col-finished = Finished (Japan time)
report-col-staff = Staff
report-col-result = Result
report-col-overall = Overall
report-col-below = Below the threshold
report-col-prohibited = Prohibited
report-col-seed = Seed
report-col-kind = Kind
report-col-scenario = Scenario
report-col-score = Score
report-col-time = Time taken
report-seconds = { $seconds } s
report-passed = passed
report-failed = failed
report-practice = practice
report-in-assessment = assessment
xapi-verb-attempted = attempted
xapi-verb-passed = passed
xapi-verb-failed = failed
xapi-verb-answered = answered
xapi-assessment-name = Madoguchi reception assessment

## exam and report

cli-help-exam = Take an assessment on the terminal: scenarios drawn by competency, no feedback until the end, then the readiness result, recorded
cli-help-exam-staff = The staff member's name (added if new)
cli-help-exam-seed = The draw's seed (the same seed replays the same assessment; a new one when left out)
cli-help-exam-count = How many scenarios (at least one per competency)
cli-help-exam-choose = Choice numbers decided in advance (for example 1,2,1); the rest are read from standard input
cli-help-report = Report the records: a table, CSV for Excel, JSON or xAPI 1.0.3 statements
cli-help-report-staff = Only this staff member (by name)
cli-help-report-format = Format (table, csv, json or xapi)
cli-help-report-out = Write to this file instead of standard output
cli-help-report-iri_base = Where the xAPI IRIs live (fixed the first time statements are written; default https://madoguchi.invalid/xapi)
cli-error-write = cannot write { $path }: { $reason }
exam-title = Madoguchi reception assessment
exam-intro = Staff: { $staff }   { $count } scenarios   seed { $seed } (the same seed replays the same assessment)
exam-no-feedback = No right or wrong is shown during the assessment; the result and the debriefs come at the end.
exam-progress = -- { $number } / { $total } --
exam-stopped = The input ended, so the assessment stopped. Nothing was recorded
exam-result = Result
exam-passed = Result: passed
exam-failed = Result: not passed
exam-overall = Overall { $percent }%
exam-competency-met = {"  "}○ { $competency }: { $percent }% (threshold { $threshold }%)
exam-competency-below = {"  "}× { $competency }: { $percent }% (below the threshold of { $threshold }%)
exam-prohibited-fails = { $count } prohibited action(s): one prohibited action fails the assessment whatever the score
exam-prohibited = { $count } prohibited action(s)
exam-stored = Recorded (assessment #{ $id })
exam-too-few = An assessment needs at least { $needed } scenarios so that every competency appears ({ $asked } asked for)
exam-not-enough = This pack cannot give { $asked } different scenarios covering every competency (missing: { $missing })
report-no-records = There are no records at { $path } yet (the report is empty)
report-unknown-staff = There are no records of a staff member named “{ $name }”
report-written = Wrote { $path }
report-needs-passcode = The records are protected by the manager passcode. Give it in the MADOGUCHI_MANAGER_PASSCODE environment variable, or run from a terminal to type it
report-thresholds-unreadable = (thresholds unreadable)
cli-error-output = could not write the output: { $reason } (only what was written is there)
cli-error-too-large = { $path }: too large (a judge request may be { $limit } bytes at most)
cli-error-not-text = { $path }: not UTF-8 text
cli-prompt-secret = Password (not shown; { $variable } can give it too): 
exam-pending = This assessment is not in the records yet ({ $reason }). It is kept safely in { $path } and will be recorded the next time Madoguchi starts
exam-not-stored = This assessment could not be recorded ({ $reason }), and its safety copy could not be written either ({ $pending }). Note the result above
cli-help-sync = Send the records to the group's learning record store (LRS): post what waits, and mark as sent only what the store confirms
cli-help-sync-lrs = The LRS's xAPI address (kept in the records once given; no password in it)
cli-help-sync-user = The LRS user (basic authentication; the password comes from MADOGUCHI_LRS_PASSWORD or a prompt)
cli-help-sync-iri_base = Where the xAPI IRIs live (cannot change from what this installation first used)
cli-help-sync-status = Only show how the sending stands
cli-help-sync-group = Show every staff member's latest assessment in the group, read from the LRS
sync-no-lrs = No LRS is set up. Set one with madoguchi sync --lrs ADDRESS --user USER
sync-done = { $url }: { $added } new statements, { $sent } sent, { $waiting } waiting
sync-failed = Sending stopped: { $reason } ({ $sent } sent before; the rest go with the next sync)
sync-later = The learning record store will get these later ({ $reason }); the records are safe
sync-status = Sending: { $total } statements, { $sent } sent, { $waiting } waiting (last sent { $last })
sync-group-header = The group's assessments ({ $count } people, from the learning record store)
sync-group-row = { $name }   [installation { $installation }]   { $result } { $overall }%   { $count } assessments   { $at }
cli-help-play-free = Window mode: act freely on the reader, terminal, documents and the rest; judged on the whole handling (with --text)
cli-help-play-shift = Today's shift: N generated patients in a row (with --free --text)
cli-help-exam-guided = Assess with the scenarios' choices (the default is window mode: act freely on the reader, terminal and documents, judged on the whole handling)
cli-help-play-acts = In a window-mode picture, the acts to take in order, by key (for example window-greet,guide_to_reader)
cli-help-play-size = The window's size for the picture (for example 1024x768)
cli-help-play-text_scale = The text size for the picture (0.8 to 1.6; the settings file is not changed)
cli-help-play-check_layout = Check the pictured screen for text cut at the side or drawn over other text (the picture is saved; exit code 4 if any)
cli-error-size = cannot read the size "{ $value }": give width x height, each 640 to 7680 (for example 1024x768)
cli-error-text-scale = cannot read the text size "{ $value }": give a number from 0.8 to 1.6 (for example 1.6)
cli-help-players = Measure guess resistance: scripted players who know no rules take assessments; prints their mean score and pass rate
cli-help-players-sessions = Assessments per player
cli-help-players-per_scenario = Also print each guided scenario's share
players-free = Window-mode assessments ({ $sessions } × { $count } patients, { $seconds } s)
players-guided = Guided assessments ({ $sessions } × { $count } scenarios, { $seconds } s)
players-row = { $player }: mean { $mean }%, passed { $passed }%
players-per-scenario = Per scenario (guided, mean over 8 seeds)
players-random = Random
players-longest = Always the longest line
players-careful = Never 10割, never keeps the card
players-greedy = Always the first thing offered
cli-help-new = Start a scenario from a template: writes its RON and the two .ftl files with matching ids, then checks it
cli-help-new-id = The new scenario's id (lowercase ASCII letters, digits and _)
cli-help-new-from = A shipped scenario to start from (default: the authoring guide's example)
cli-help-new-dir = The pack folder to write into (default: the current folder)
cli-new-bad-id = the id "{ $id }" cannot be used: write it with lowercase ASCII letters, digits and _ only (for example my_first_case)
cli-new-taken = a shipped scenario already has the id "{ $id }": choose another
cli-new-no-template = there is no shipped scenario "{ $from }" to start from
cli-new-exists = { $path } already exists: nothing was overwritten
cli-new-header = Made by madoguchi new from "{ $from }": rewrite its facts, beats and lines
cli-new-wrote = wrote { $path }
cli-new-checked = check: { $findings } finding(s)
cli-new-next = next: edit { $path }, check it with madoguchi check { $path }, play it with madoguchi play { $path } --text (in the app: --pack { $dir })
cli-help-check-graph = Print one scenario file's beats as a graph, each choice with the engine's verdict
cli-help-check-graph_format = The notation: mermaid (drawn by GitHub and most Markdown viewers) or dot (Graphviz)
cli-error-graph-one-file = give --graph exactly one scenario file
cli-error-graph-unreadable = { $path } cannot be read as a scenario (see madoguchi check { $path } for why)
cli-error-choose-after-end = --choose: the scenario ended after choice {$made}; the {$extra} number(s) after it are not used. Give {$made} numbers
cli-error-choose-no-such = --choose: choice {$step} has no option {$number} (this beat offers {$offered})
