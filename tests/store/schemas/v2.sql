-- briefing database schema: the documented contract.
--
-- A new database is created from this file; older databases are brought to it by
-- the numbered files in db/migrations (NNNN_name.sql, each ending by setting
-- PRAGMA user_version to NNNN). PRAGMA user_version below is the schema version a
-- briefing build writes; a database with a higher version is refused unmodified.
--
-- Every extracted item keeps its character span [start, end) into reports.body,
-- so the article pane can highlight it. Dates are ISO text at their precision:
-- 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD', with precision 'year' | 'month' | 'day';
-- NULL value means the expression was found but could not be resolved.

PRAGMA user_version = 2;

CREATE TABLE reports (
    id            INTEGER PRIMARY KEY,
    title         TEXT NOT NULL,
    published     TEXT,                 -- report date, ISO YYYY-MM-DD, NULL if unknown
    source        TEXT,
    url           TEXT,
    body          TEXT NOT NULL,
    content_hash  TEXT NOT NULL UNIQUE, -- sha256 of the normalized body: re-ingest is a no-op
    path          TEXT,                 -- file the report was read from
    ingested_at   TEXT NOT NULL         -- UTC ISO timestamp
);
-- Newest first, the order of the report list.
CREATE INDEX reports_by_published ON reports (published DESC, id DESC);
CREATE INDEX reports_by_source ON reports (source);

-- One row per real-world thing, across all reports. `key` is the canonical
-- identity chosen by extraction (e.g. 'country:KP', 'person:cho tae-yul').
CREATE TABLE entities (
    id            INTEGER PRIMARY KEY,
    key           TEXT NOT NULL UNIQUE,
    name          TEXT NOT NULL,
    kind          TEXT NOT NULL CHECK (kind IN
                    ('person', 'country', 'organization', 'place', 'group', 'weapon', 'other')),
    report_count  INTEGER NOT NULL DEFAULT 0  -- reports it takes part in (kept by the writer)
);
CREATE INDEX entities_by_name ON entities (name COLLATE NOCASE);

-- Surface forms seen for an entity: "Seoul", "South Korea's", "ROK" -> South Korea.
CREATE TABLE aliases (
    entity_id     INTEGER NOT NULL REFERENCES entities (id),
    alias         TEXT NOT NULL,
    PRIMARY KEY (entity_id, alias)
) WITHOUT ROWID;
CREATE INDEX aliases_by_alias ON aliases (alias COLLATE NOCASE);

-- Who took part in a report, in what role, for whom; mentions is a JSON list of
-- [start, end] spans. `published` copies reports.published so an entity's
-- reports come newest first from the index alone.
CREATE TABLE participants (
    report_id      INTEGER NOT NULL REFERENCES reports (id),
    entity_id      INTEGER NOT NULL REFERENCES entities (id),
    role           TEXT,
    affiliation_id INTEGER REFERENCES entities (id),
    mentions       TEXT NOT NULL DEFAULT '[]',
    published      TEXT,
    PRIMARY KEY (report_id, entity_id)
) WITHOUT ROWID;
CREATE INDEX participants_by_entity ON participants (entity_id, published DESC, report_id DESC);

-- Who said, condemned or called for what.
CREATE TABLE claims (
    id            INTEGER PRIMARY KEY,
    report_id     INTEGER NOT NULL REFERENCES reports (id),
    claimant_id   INTEGER REFERENCES entities (id),
    claimant      TEXT NOT NULL,        -- display text of the claimant as resolved
    cue           TEXT NOT NULL,        -- the reporting verb or phrase: said, condemned, according to
    text          TEXT NOT NULL,        -- the reported content
    start         INTEGER NOT NULL,
    end           INTEGER NOT NULL
);
CREATE INDEX claims_by_report ON claims (report_id);
CREATE INDEX claims_by_claimant ON claims (claimant_id);

-- Every entity that made a claim: two rows for "South Korea and Canada", one
-- for a single claimant (the same entity as claims.claimant_id), none when the
-- claimant is no entity ("officials"). An entity's claims are read from here.
CREATE TABLE claim_claimants (
    claim_id      INTEGER NOT NULL REFERENCES claims (id),
    entity_id     INTEGER NOT NULL REFERENCES entities (id),
    PRIMARY KEY (claim_id, entity_id)
) WITHOUT ROWID;
CREATE INDEX claim_claimants_by_entity ON claim_claimants (entity_id, claim_id);

-- What happened (or is planned), when, where.
CREATE TABLE events (
    id            INTEGER PRIMARY KEY,
    report_id     INTEGER NOT NULL REFERENCES reports (id),
    kind          TEXT NOT NULL,        -- meeting, summit, test, launch, deployment, ...
    summary       TEXT NOT NULL,
    date_text     TEXT,                 -- the expression as written, kept when unresolved
    date_value    TEXT,                 -- ISO at its precision, NULL when unresolved
    precision     TEXT CHECK (precision IN ('year', 'month', 'day')),
    planned       INTEGER NOT NULL DEFAULT 0,
    place_id      INTEGER REFERENCES entities (id),
    start         INTEGER NOT NULL,
    end           INTEGER NOT NULL
);
CREATE INDEX events_by_report ON events (report_id);
CREATE INDEX events_by_date ON events (date_value);

CREATE TABLE event_participants (
    event_id      INTEGER NOT NULL REFERENCES events (id),
    entity_id     INTEGER NOT NULL REFERENCES entities (id),
    PRIMARY KEY (event_id, entity_id)
) WITHOUT ROWID;
CREATE INDEX event_participants_by_entity ON event_participants (entity_id, event_id);

-- Every date expression found in a report, resolved against its date.
CREATE TABLE dates (
    id            INTEGER PRIMARY KEY,
    report_id     INTEGER NOT NULL REFERENCES reports (id),
    text          TEXT NOT NULL,
    start         INTEGER NOT NULL,
    end           INTEGER NOT NULL,
    value         TEXT,
    precision     TEXT CHECK (precision IN ('year', 'month', 'day'))
);
CREATE INDEX dates_by_report ON dates (report_id);

-- Full-text search. Reports, claims and events index their own tables
-- (external content, kept by triggers); entities index name and aliases, kept by
-- the writer. rowid is the id of the indexed row.
CREATE VIRTUAL TABLE reports_fts USING fts5 (
    title, body, content = 'reports', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
);
CREATE TRIGGER reports_fts_insert AFTER INSERT ON reports BEGIN
    INSERT INTO reports_fts (rowid, title, body) VALUES (new.id, new.title, new.body);
END;
CREATE TRIGGER reports_fts_delete AFTER DELETE ON reports BEGIN
    INSERT INTO reports_fts (reports_fts, rowid, title, body)
    VALUES ('delete', old.id, old.title, old.body);
END;

CREATE VIRTUAL TABLE claims_fts USING fts5 (
    claimant, text, content = 'claims', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
);
CREATE TRIGGER claims_fts_insert AFTER INSERT ON claims BEGIN
    INSERT INTO claims_fts (rowid, claimant, text) VALUES (new.id, new.claimant, new.text);
END;
CREATE TRIGGER claims_fts_delete AFTER DELETE ON claims BEGIN
    INSERT INTO claims_fts (claims_fts, rowid, claimant, text)
    VALUES ('delete', old.id, old.claimant, old.text);
END;

CREATE VIRTUAL TABLE events_fts USING fts5 (
    summary, date_text, content = 'events', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
);
CREATE TRIGGER events_fts_insert AFTER INSERT ON events BEGIN
    INSERT INTO events_fts (rowid, summary, date_text) VALUES (new.id, new.summary, new.date_text);
END;
CREATE TRIGGER events_fts_delete AFTER DELETE ON events BEGIN
    INSERT INTO events_fts (events_fts, rowid, summary, date_text)
    VALUES ('delete', old.id, old.summary, old.date_text);
END;

CREATE VIRTUAL TABLE entities_fts USING fts5 (
    name, aliases,
    tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
);
