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
