//! The records' schema, one migration per version; `PRAGMA user_version` counts those applied.
//! Migrations only ever add: a file written by any earlier version opens with its records
//! intact (tested from version 1).

/// Marks the file as Madoguchi's (`PRAGMA application_id`, "MADO").
pub const APPLICATION_ID: i32 = 0x4D41_444F;

/// The migrations, in order.
pub(crate) const MIGRATIONS: &[&str] = &[
    // Version 1.
    r#"
    CREATE TABLE staff (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        created_at TEXT NOT NULL
    );
    CREATE TABLE assessments (
        id INTEGER PRIMARY KEY,
        staff_id INTEGER NOT NULL REFERENCES staff(id) ON DELETE CASCADE,
        seed INTEGER NOT NULL,
        scenario_count INTEGER NOT NULL,
        started_at TEXT NOT NULL,
        finished_at TEXT NOT NULL,
        passed INTEGER NOT NULL,
        overall REAL NOT NULL,
        prohibited INTEGER NOT NULL,
        thresholds TEXT NOT NULL,
        competencies TEXT NOT NULL,
        rules_version TEXT NOT NULL
    );
    CREATE TABLE attempts (
        id INTEGER PRIMARY KEY,
        staff_id INTEGER NOT NULL REFERENCES staff(id) ON DELETE CASCADE,
        assessment_id INTEGER REFERENCES assessments(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('practice', 'assessment')),
        scenario TEXT NOT NULL,
        pack TEXT NOT NULL,
        seed INTEGER,
        started_at TEXT NOT NULL,
        finished_at TEXT NOT NULL,
        duration_ms INTEGER NOT NULL,
        ending TEXT,
        points INTEGER NOT NULL,
        max_points INTEGER NOT NULL,
        prohibited INTEGER NOT NULL,
        competencies TEXT NOT NULL,
        drawn TEXT NOT NULL,
        rules_version TEXT NOT NULL
    );
    CREATE INDEX attempts_by_staff ON attempts(staff_id, finished_at);
    CREATE TABLE decisions (
        id INTEGER PRIMARY KEY,
        attempt_id INTEGER NOT NULL REFERENCES attempts(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        beat TEXT NOT NULL,
        choice_text TEXT NOT NULL,
        action TEXT NOT NULL,
        verdict TEXT NOT NULL,
        rules TEXT NOT NULL,
        expected TEXT,
        at_ms INTEGER NOT NULL,
        took_ms INTEGER NOT NULL,
        UNIQUE (attempt_id, seq)
    );
    CREATE TABLE config (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    );
    "#,
    // Version 2: whether a decision counts in the score (a beat with one choice is a step of
    // the story, not a decision). Decisions recorded before were all scored.
    r#"
    ALTER TABLE decisions ADD COLUMN scored INTEGER NOT NULL DEFAULT 1;
    "#,
    // Version 3: never-lost records and the learning record store.
    // - every staff member, attempt and assessment gets a random id of its own: a pending record
    //   is committed at most once (its id is unique), and the xAPI agent and statement ids come
    //   from it and the installation, never from a row number that a deleted row can hand on;
    // - timestamps are rewritten in one fixed form (milliseconds, UTC), so they sort as text;
    // - the outbox keeps every xAPI statement as it was first written, until the learning
    //   record store confirms it.
    r#"
    ALTER TABLE staff ADD COLUMN uid TEXT;
    UPDATE staff SET uid = lower(hex(randomblob(16))) WHERE uid IS NULL;
    CREATE UNIQUE INDEX staff_by_uid ON staff(uid);
    ALTER TABLE attempts ADD COLUMN uid TEXT;
    UPDATE attempts SET uid = lower(hex(randomblob(16))) WHERE uid IS NULL;
    CREATE UNIQUE INDEX attempts_by_uid ON attempts(uid);
    ALTER TABLE assessments ADD COLUMN uid TEXT;
    UPDATE assessments SET uid = lower(hex(randomblob(16))) WHERE uid IS NULL;
    CREATE UNIQUE INDEX assessments_by_uid ON assessments(uid);
    UPDATE staff SET created_at = strftime('%Y-%m-%dT%H:%M:%fZ', created_at)
        WHERE strftime('%Y-%m-%dT%H:%M:%fZ', created_at) IS NOT NULL;
    UPDATE attempts SET started_at = strftime('%Y-%m-%dT%H:%M:%fZ', started_at)
        WHERE strftime('%Y-%m-%dT%H:%M:%fZ', started_at) IS NOT NULL;
    UPDATE attempts SET finished_at = strftime('%Y-%m-%dT%H:%M:%fZ', finished_at)
        WHERE strftime('%Y-%m-%dT%H:%M:%fZ', finished_at) IS NOT NULL;
    UPDATE assessments SET started_at = strftime('%Y-%m-%dT%H:%M:%fZ', started_at)
        WHERE strftime('%Y-%m-%dT%H:%M:%fZ', started_at) IS NOT NULL;
    UPDATE assessments SET finished_at = strftime('%Y-%m-%dT%H:%M:%fZ', finished_at)
        WHERE strftime('%Y-%m-%dT%H:%M:%fZ', finished_at) IS NOT NULL;
    CREATE TABLE outbox (
        statement_id TEXT PRIMARY KEY,
        source_uid TEXT NOT NULL,
        seq INTEGER NOT NULL,
        body TEXT NOT NULL,
        created_at TEXT NOT NULL,
        tries INTEGER NOT NULL DEFAULT 0,
        next_try_at TEXT,
        last_error TEXT,
        sent_at TEXT
    );
    CREATE INDEX outbox_by_source ON outbox(source_uid);
    CREATE INDEX outbox_unsent ON outbox(sent_at, created_at, seq);
    "#,
    // Version 4: free play (窓口モード) attempts beside the guided ones.
    r#"
    ALTER TABLE attempts ADD COLUMN style TEXT NOT NULL DEFAULT 'guided';
    "#,
];

/// The schema version this build writes.
pub const SCHEMA_VERSION: i32 = MIGRATIONS.len() as i32;
