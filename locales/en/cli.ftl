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
