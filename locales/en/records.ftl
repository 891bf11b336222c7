### Messages about the records database.

records-error-not-sqlite = { $path }: not a Madoguchi records database (not an SQLite file). The file was left untouched
records-error-foreign = { $path }: an SQLite database of another program (application id { $id }). The file was left untouched
records-error-corrupt = { $path }: the records database is damaged ({ $detail }). The file was left untouched; restore it from a backup or give another --data-dir
records-error-newer = { $path }: written by a newer Madoguchi (schema { $version }; this build reads up to { $supported }). The file was left untouched
records-error-duplicate = A staff member named “{ $name }” already exists
records-error-passcode = The manager passcode could not be stored: { $detail }
records-error-sqlite = Records database error: { $detail }
records-error-io = Records folder error: { $detail }
privacy-name-empty = Enter a name
privacy-name-too-long = Keep the name to 40 characters
privacy-name-number = A name cannot hold a 12-digit number: Madoguchi never handles a My Number
