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

PRAGMA user_version = 6;

CREATE TABLE reports (
    id            INTEGER PRIMARY KEY,
    title         TEXT NOT NULL,
    published     TEXT,                 -- report date, ISO YYYY-MM-DD, NULL if unknown
    source        TEXT,
    url           TEXT,
    body          TEXT NOT NULL,
    content_hash  TEXT NOT NULL UNIQUE, -- sha256 of the normalized body: re-ingest is a no-op
    path          TEXT,                 -- file the report was read from
    ingested_at   TEXT NOT NULL,        -- UTC ISO timestamp
    -- The order of the report list as one integer, ascending = newest first:
    -- -(YYYYMMDD << 32 | id), the day 0 when undated. Sorting by it is sorting by
    -- (published, id) descending. The FTS tables use it as their rowid, so a
    -- search walks matches newest first and stops early, and a date filter is a
    -- rowid range. It is negative because FTS5 seeks to a lower rowid bound but
    -- reads every row above an upper bound when walking down. Ids stay below 2^32.
    sort_key      INTEGER GENERATED ALWAYS AS (
                    -((coalesce(CAST(substr(published || '-00-00', 1, 4)
                                     || substr(published || '-00-00', 6, 2)
                                     || substr(published || '-00-00', 9, 2) AS INTEGER), 0) << 32)
                      | id)) VIRTUAL
);
-- Newest first (ORDER BY sort_key), the order of the report list.
CREATE UNIQUE INDEX reports_by_sort_key ON reports (sort_key);
CREATE INDEX reports_by_source ON reports (source COLLATE NOCASE, sort_key);

-- How many reports fall in each run of 65,536 consecutive sort keys (kept by the
-- triggers below), so the report list finds the page at any offset without
-- stepping over every report before it: a million-row OFFSET costs ~40 ms, a
-- bucket walk plus an OFFSET inside one bucket a few.
CREATE TABLE report_buckets (
    bucket        INTEGER PRIMARY KEY,  -- sort_key >> 16
    reports       INTEGER NOT NULL
);

-- One row per real-world thing, across all reports. `key` is the canonical
-- identity chosen by extraction, stored folded so spellings that vary between
-- reports meet (briefing_tui/store/entity_keys.py: no accents or hyphens, e.g.
-- 'country:KP', 'person:cho tae yul', 'person:recep tayyip erdogan').
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

-- How many of an entity's reports give it each role, kept by the triggers below
-- (whatever writes participants), so the entity page shows every role seen
-- from a few rows instead of reading its participant rows.
CREATE TABLE entity_roles (
    entity_id     INTEGER NOT NULL REFERENCES entities (id),
    role          TEXT NOT NULL,
    reports       INTEGER NOT NULL,
    PRIMARY KEY (entity_id, role)
) WITHOUT ROWID;
CREATE TRIGGER participants_roles_insert AFTER INSERT ON participants WHEN new.role IS NOT NULL BEGIN
    INSERT INTO entity_roles (entity_id, role, reports) VALUES (new.entity_id, new.role, 1)
        ON CONFLICT (entity_id, role) DO UPDATE SET reports = reports + 1;
END;
CREATE TRIGGER participants_roles_delete AFTER DELETE ON participants WHEN old.role IS NOT NULL BEGIN
    UPDATE entity_roles SET reports = reports - 1 WHERE entity_id = old.entity_id AND role = old.role;
    DELETE FROM entity_roles WHERE entity_id = old.entity_id AND role = old.role AND reports <= 0;
END;
CREATE TRIGGER participants_roles_update AFTER UPDATE OF entity_id, role ON participants BEGIN
    UPDATE entity_roles SET reports = reports - 1
        WHERE old.role IS NOT NULL AND entity_id = old.entity_id AND role = old.role;
    DELETE FROM entity_roles WHERE old.role IS NOT NULL AND entity_id = old.entity_id
        AND role = old.role AND reports <= 0;
    INSERT INTO entity_roles (entity_id, role, reports) SELECT new.entity_id, new.role, 1
        WHERE new.role IS NOT NULL
        ON CONFLICT (entity_id, role) DO UPDATE SET reports = reports + 1;
END;

-- Who said, condemned or called for what.
CREATE TABLE claims (
    id            INTEGER PRIMARY KEY,
    report_id     INTEGER NOT NULL REFERENCES reports (id),
    claimant_id   INTEGER REFERENCES entities (id),
    claimant      TEXT NOT NULL,        -- display text of the claimant as resolved
    cue           TEXT NOT NULL,        -- the reporting verb or phrase: said, condemned, according to
    text          TEXT NOT NULL,        -- the reported content
    start         INTEGER NOT NULL,
    end           INTEGER NOT NULL,
    sort_key      INTEGER               -- -(report's day << 32 | id), set by claims_fts_insert
);
CREATE INDEX claims_by_report ON claims (report_id, sort_key);
CREATE INDEX claims_by_claimant ON claims (claimant_id, sort_key);
-- (sort_key, report_id): a claim found in claims_fts reaches its report from the index alone
CREATE INDEX claims_by_sort_key ON claims (sort_key, report_id);

-- Every entity that made a claim: two rows for "South Korea and Canada", one
-- for a single claimant (the same entity as claims.claimant_id), none when the
-- claimant is no entity ("officials"). An entity's claims are read from here.
CREATE TABLE claim_claimants (
    claim_id      INTEGER NOT NULL REFERENCES claims (id),
    entity_id     INTEGER NOT NULL REFERENCES entities (id),
    PRIMARY KEY (claim_id, entity_id)
) WITHOUT ROWID;
CREATE INDEX claim_claimants_by_entity ON claim_claimants (entity_id, claim_id);

-- What a claim is about: the report's participants (other than its claimants)
-- with a mention inside the claim's span. Written with the claims (Writer,
-- store.write.CLAIM_SUBJECTS_SQL), so an entity's claims about it are an index
-- walk, newest first by the claim's sort_key (moved with it by a trigger),
-- however many reports the entity is in.
CREATE TABLE claim_subjects (
    entity_id     INTEGER NOT NULL REFERENCES entities (id),
    claim_id      INTEGER NOT NULL REFERENCES claims (id),
    sort_key      INTEGER,              -- the claim's sort_key
    PRIMARY KEY (entity_id, claim_id)
) WITHOUT ROWID;
CREATE INDEX claim_subjects_by_entity ON claim_subjects (entity_id, sort_key);
CREATE INDEX claim_subjects_by_claim ON claim_subjects (claim_id);

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
    end           INTEGER NOT NULL,
    sort_key      INTEGER               -- -(report's day << 32 | id), set by events_fts_insert
);
CREATE INDEX events_by_report ON events (report_id, sort_key);
CREATE INDEX events_by_sort_key ON events (sort_key, report_id);
CREATE INDEX events_by_kind ON events (kind, sort_key);
CREATE INDEX events_by_date ON events (date_value);

CREATE TABLE event_participants (
    event_id      INTEGER NOT NULL REFERENCES events (id),
    entity_id     INTEGER NOT NULL REFERENCES entities (id),
    PRIMARY KEY (event_id, entity_id)
) WITHOUT ROWID;
CREATE INDEX event_participants_by_entity ON event_participants (entity_id, event_id);

-- An entity's timeline as one index walk: a row per (entity, event it takes part
-- in), in the order the timeline screen shows them, kept by the triggers below
-- from event_participants and events (whatever writes them). Opening the
-- timeline of a country in 60% of a million reports reads a page of rows here
-- instead of grouping its million events (0.7 s). Sections:
--   0 dated: day = date_value, kind = kind; the tellings of one event (same kind
--     and date) are adjacent, so a page of grouped rows is one range;
--   1 planned with a date: as 0;
--   2 planned without a date: seq = report day << 32 | report id (oldest first);
--   3 date not resolved: seq = -(report day << 32 | report id), newest report
--     first as in the report list (the report day is read from events.sort_key).
-- Unused key parts are '' or 0 (a WITHOUT ROWID key cannot hold NULL). No
-- foreign keys: deleting an event would scan this table to check them.
CREATE TABLE entity_timeline (
    entity_id     INTEGER NOT NULL,     -- entities.id
    section       INTEGER NOT NULL,
    day           TEXT NOT NULL,
    kind          TEXT NOT NULL,
    seq           INTEGER NOT NULL,
    event_id      INTEGER NOT NULL,     -- events.id
    PRIMARY KEY (entity_id, section, day, kind, seq, event_id)
) WITHOUT ROWID;
-- Where an event sorts in its participants' timelines (the key above without the entity).
CREATE VIEW event_timeline_keys (event_id, section, day, kind, seq) AS
    SELECT id,
        CASE WHEN date_value IS NOT NULL THEN (planned != 0) WHEN planned != 0 THEN 2 ELSE 3 END,
        coalesce(date_value, ''),
        CASE WHEN date_value IS NOT NULL THEN kind ELSE '' END,
        CASE WHEN date_value IS NOT NULL THEN 0
             WHEN planned != 0 THEN (((-coalesce(sort_key, 0)) >> 32) << 32) | report_id
             ELSE -((((-coalesce(sort_key, 0)) >> 32) << 32) | report_id) END
    FROM events;
CREATE TRIGGER event_participants_timeline_insert AFTER INSERT ON event_participants BEGIN
    INSERT OR IGNORE INTO entity_timeline (entity_id, section, day, kind, seq, event_id)
        SELECT new.entity_id, section, day, kind, seq, event_id FROM event_timeline_keys
        WHERE event_id = new.event_id;
END;
CREATE TRIGGER event_participants_timeline_delete AFTER DELETE ON event_participants BEGIN
    DELETE FROM entity_timeline WHERE entity_id = old.entity_id AND event_id = old.event_id
        AND section = (SELECT section FROM event_timeline_keys WHERE event_id = old.event_id)
        AND day = (SELECT day FROM event_timeline_keys WHERE event_id = old.event_id)
        AND kind = (SELECT kind FROM event_timeline_keys WHERE event_id = old.event_id)
        AND seq = (SELECT seq FROM event_timeline_keys WHERE event_id = old.event_id);
    -- (its event already gone: found by a walk of the entity's rows)
    DELETE FROM entity_timeline WHERE entity_id = old.entity_id AND event_id = old.event_id
        AND NOT EXISTS (SELECT 1 FROM events WHERE id = old.event_id);
END;
-- An event whose date, kind, plan or report day changes moves in every timeline it is in.
CREATE TRIGGER events_timeline_move AFTER UPDATE OF date_value, planned, kind, sort_key, report_id ON events BEGIN
    DELETE FROM entity_timeline
        WHERE entity_id IN (SELECT entity_id FROM event_participants WHERE event_id = old.id)
        AND section = CASE WHEN old.date_value IS NOT NULL THEN (old.planned != 0)
                           WHEN old.planned != 0 THEN 2 ELSE 3 END
        AND day = coalesce(old.date_value, '')
        AND kind = CASE WHEN old.date_value IS NOT NULL THEN old.kind ELSE '' END
        AND seq = CASE WHEN old.date_value IS NOT NULL THEN 0
                       WHEN old.planned != 0 THEN (((-coalesce(old.sort_key, 0)) >> 32) << 32) | old.report_id
                       ELSE -((((-coalesce(old.sort_key, 0)) >> 32) << 32) | old.report_id) END
        AND event_id = old.id;
    INSERT OR IGNORE INTO entity_timeline (entity_id, section, day, kind, seq, event_id)
        SELECT ep.entity_id, k.section, k.day, k.kind, k.seq, k.event_id
        FROM event_participants ep JOIN event_timeline_keys k ON k.event_id = ep.event_id
        WHERE ep.event_id = new.id;
END;
CREATE TRIGGER events_timeline_delete AFTER DELETE ON events BEGIN
    DELETE FROM entity_timeline
        WHERE entity_id IN (SELECT entity_id FROM event_participants WHERE event_id = old.id)
        AND section = CASE WHEN old.date_value IS NOT NULL THEN (old.planned != 0)
                           WHEN old.planned != 0 THEN 2 ELSE 3 END
        AND day = coalesce(old.date_value, '')
        AND kind = CASE WHEN old.date_value IS NOT NULL THEN old.kind ELSE '' END
        AND seq = CASE WHEN old.date_value IS NOT NULL THEN 0
                       WHEN old.planned != 0 THEN (((-coalesce(old.sort_key, 0)) >> 32) << 32) | old.report_id
                       ELSE -((((-coalesce(old.sort_key, 0)) >> 32) << 32) | old.report_id) END
        AND event_id = old.id;
END;

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
-- (external content, kept by triggers) under their sort_key, so rowid order is
-- newest-first order for every kind; entities index name and aliases under
-- their id, kept by the writer. No prefix indexes on the big tables (they would
-- double them): a prefix being typed is expanded to the words that start with
-- it, found in terms_sample_fts.
CREATE VIRTUAL TABLE reports_fts USING fts5 (
    title, body, content = 'reports', content_rowid = 'sort_key',
    tokenize = 'unicode61 remove_diacritics 2'
);
-- The words of one report in sixteen (no positions, no text): a small
-- vocabulary with document counts (through fts5vocab) to expand a typed prefix
-- into its most frequent words, and to tell a rare prefix (searched as is)
-- from a common one.
CREATE VIRTUAL TABLE terms_sample_fts USING fts5 (
    text, content = '', detail = none, tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER reports_fts_insert AFTER INSERT ON reports BEGIN
    INSERT INTO reports_fts (rowid, title, body) VALUES (new.sort_key, new.title, new.body);
    INSERT INTO report_buckets (bucket, reports) VALUES (new.sort_key >> 16, 1)
        ON CONFLICT (bucket) DO UPDATE SET reports = reports + 1;
    INSERT INTO terms_sample_fts (rowid, text)
        SELECT new.sort_key, new.title || ' ' || new.body WHERE new.id % 16 = 0;
END;
-- Reports are not edited by briefing, but a change made by hand or by another
-- tool moves the row to its new key everywhere (FTS, buckets, its claims and events).
CREATE TRIGGER reports_fts_update AFTER UPDATE OF title, body, published ON reports BEGIN
    INSERT INTO reports_fts (reports_fts, rowid, title, body)
    VALUES ('delete', old.sort_key, old.title, old.body);
    INSERT INTO reports_fts (rowid, title, body) VALUES (new.sort_key, new.title, new.body);
    UPDATE report_buckets SET reports = reports - 1 WHERE bucket = old.sort_key >> 16;
    DELETE FROM report_buckets WHERE bucket = old.sort_key >> 16 AND reports <= 0;
    INSERT INTO report_buckets (bucket, reports) VALUES (new.sort_key >> 16, 1)
        ON CONFLICT (bucket) DO UPDATE SET reports = reports + 1;
    INSERT INTO terms_sample_fts (terms_sample_fts, rowid, text)
        SELECT 'delete', old.sort_key, old.title || ' ' || old.body WHERE old.id % 16 = 0;
    INSERT INTO terms_sample_fts (rowid, text)
        SELECT new.sort_key, new.title || ' ' || new.body WHERE new.id % 16 = 0;
    UPDATE claims SET sort_key = -((((-new.sort_key) >> 32) << 32) | id)
        WHERE report_id = new.id AND new.sort_key >> 32 != old.sort_key >> 32;
    UPDATE events SET sort_key = -((((-new.sort_key) >> 32) << 32) | id)
        WHERE report_id = new.id AND new.sort_key >> 32 != old.sort_key >> 32;
END;
CREATE TRIGGER reports_fts_delete AFTER DELETE ON reports BEGIN
    INSERT INTO reports_fts (reports_fts, rowid, title, body)
    VALUES ('delete', old.sort_key, old.title, old.body);
    UPDATE report_buckets SET reports = reports - 1 WHERE bucket = old.sort_key >> 16;
    DELETE FROM report_buckets WHERE bucket = old.sort_key >> 16 AND reports <= 0;
    INSERT INTO terms_sample_fts (terms_sample_fts, rowid, text)
        SELECT 'delete', old.sort_key, old.title || ' ' || old.body WHERE old.id % 16 = 0;
END;

CREATE VIRTUAL TABLE claims_fts USING fts5 (
    claimant, text, content = 'claims', content_rowid = 'sort_key',
    tokenize = 'unicode61 remove_diacritics 2'
);
-- A claim's key is set right after it is inserted; claims_fts_update indexes it
-- under that key (and moves it if the claim or its key ever changes).
CREATE TRIGGER claims_fts_insert AFTER INSERT ON claims BEGIN
    UPDATE claims SET sort_key =
        -((((SELECT -sort_key FROM reports WHERE id = new.report_id) >> 32) << 32) | new.id)
        WHERE id = new.id;
END;
CREATE TRIGGER claims_fts_update AFTER UPDATE OF claimant, text, sort_key ON claims BEGIN
    INSERT INTO claims_fts (claims_fts, rowid, claimant, text)
        SELECT 'delete', old.sort_key, old.claimant, old.text WHERE old.sort_key IS NOT NULL;
    INSERT INTO claims_fts (rowid, claimant, text)
        SELECT new.sort_key, new.claimant, new.text WHERE new.sort_key IS NOT NULL;
END;
CREATE TRIGGER claims_fts_delete AFTER DELETE ON claims BEGIN
    INSERT INTO claims_fts (claims_fts, rowid, claimant, text)
        SELECT 'delete', old.sort_key, old.claimant, old.text WHERE old.sort_key IS NOT NULL;
    DELETE FROM claim_subjects WHERE claim_id = old.id;
END;
CREATE TRIGGER claims_subjects_move AFTER UPDATE OF sort_key ON claims BEGIN
    UPDATE claim_subjects SET sort_key = new.sort_key WHERE claim_id = new.id;
END;

CREATE VIRTUAL TABLE events_fts USING fts5 (
    summary, date_text, content = 'events', content_rowid = 'sort_key',
    tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER events_fts_insert AFTER INSERT ON events BEGIN
    UPDATE events SET sort_key =
        -((((SELECT -sort_key FROM reports WHERE id = new.report_id) >> 32) << 32) | new.id)
        WHERE id = new.id;
END;
CREATE TRIGGER events_fts_update AFTER UPDATE OF summary, date_text, sort_key ON events BEGIN
    INSERT INTO events_fts (events_fts, rowid, summary, date_text)
        SELECT 'delete', old.sort_key, old.summary, old.date_text WHERE old.sort_key IS NOT NULL;
    INSERT INTO events_fts (rowid, summary, date_text)
        SELECT new.sort_key, new.summary, new.date_text WHERE new.sort_key IS NOT NULL;
END;
CREATE TRIGGER events_fts_delete AFTER DELETE ON events BEGIN
    INSERT INTO events_fts (events_fts, rowid, summary, date_text)
        SELECT 'delete', old.sort_key, old.summary, old.date_text WHERE old.sort_key IS NOT NULL;
END;

CREATE VIRTUAL TABLE entities_fts USING fts5 (
    name, aliases,
    tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
);
