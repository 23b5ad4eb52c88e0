-- Schema 2 -> 3: counts and links the entity page reads instead of scanning an
-- entity's reports. entity_roles counts each role an entity was given (kept by
-- triggers on participants); claim_subjects links a claim to the participants
-- its text mentions (written with the claims; moved and deleted with them).
-- Both are computed here from what the database already holds: on a million
-- reports this reads every participant and claim once (145 s on the synthetic
-- 1M-report benchmark database, 2 shared cores). Written to run again safely on a
-- database that already has some of it (recomputed, not added to).
CREATE TABLE IF NOT EXISTS entity_roles (
    entity_id     INTEGER NOT NULL REFERENCES entities (id),
    role          TEXT NOT NULL,
    reports       INTEGER NOT NULL,
    PRIMARY KEY (entity_id, role)
) WITHOUT ROWID;
DELETE FROM entity_roles;
INSERT INTO entity_roles (entity_id, role, reports)
    SELECT entity_id, role, count(*) FROM participants WHERE role IS NOT NULL GROUP BY entity_id, role;
DROP TRIGGER IF EXISTS participants_roles_insert;
CREATE TRIGGER participants_roles_insert AFTER INSERT ON participants WHEN new.role IS NOT NULL BEGIN
    INSERT INTO entity_roles (entity_id, role, reports) VALUES (new.entity_id, new.role, 1)
        ON CONFLICT (entity_id, role) DO UPDATE SET reports = reports + 1;
END;
DROP TRIGGER IF EXISTS participants_roles_delete;
CREATE TRIGGER participants_roles_delete AFTER DELETE ON participants WHEN old.role IS NOT NULL BEGIN
    UPDATE entity_roles SET reports = reports - 1 WHERE entity_id = old.entity_id AND role = old.role;
    DELETE FROM entity_roles WHERE entity_id = old.entity_id AND role = old.role AND reports <= 0;
END;
DROP TRIGGER IF EXISTS participants_roles_update;
CREATE TRIGGER participants_roles_update AFTER UPDATE OF entity_id, role ON participants BEGIN
    UPDATE entity_roles SET reports = reports - 1
        WHERE old.role IS NOT NULL AND entity_id = old.entity_id AND role = old.role;
    DELETE FROM entity_roles WHERE old.role IS NOT NULL AND entity_id = old.entity_id
        AND role = old.role AND reports <= 0;
    INSERT INTO entity_roles (entity_id, role, reports) SELECT new.entity_id, new.role, 1
        WHERE new.role IS NOT NULL
        ON CONFLICT (entity_id, role) DO UPDATE SET reports = reports + 1;
END;

CREATE TABLE IF NOT EXISTS claim_subjects (
    entity_id     INTEGER NOT NULL REFERENCES entities (id),
    claim_id      INTEGER NOT NULL REFERENCES claims (id),
    sort_key      INTEGER,              -- the claim's sort_key
    PRIMARY KEY (entity_id, claim_id)
) WITHOUT ROWID;
-- the same statement as briefing_tui.store.write.CLAIM_SUBJECTS_SQL, for every report
DELETE FROM claim_subjects;
INSERT OR IGNORE INTO claim_subjects (entity_id, claim_id, sort_key)
    SELECT p.entity_id, c.id, c.sort_key FROM claims c JOIN participants p ON p.report_id = c.report_id
    WHERE NOT EXISTS (SELECT 1 FROM claim_claimants cc WHERE cc.claim_id = c.id AND cc.entity_id = p.entity_id)
    AND EXISTS (SELECT 1 FROM json_each(p.mentions) m
                WHERE json_extract(m.value, '$[0]') >= c.start AND json_extract(m.value, '$[1]') <= c.end);
CREATE INDEX IF NOT EXISTS claim_subjects_by_entity ON claim_subjects (entity_id, sort_key);
CREATE INDEX IF NOT EXISTS claim_subjects_by_claim ON claim_subjects (claim_id);
DROP TRIGGER IF EXISTS claims_fts_delete;
CREATE TRIGGER claims_fts_delete AFTER DELETE ON claims BEGIN
    INSERT INTO claims_fts (claims_fts, rowid, claimant, text)
        SELECT 'delete', old.sort_key, old.claimant, old.text WHERE old.sort_key IS NOT NULL;
    DELETE FROM claim_subjects WHERE claim_id = old.id;
END;
DROP TRIGGER IF EXISTS claims_subjects_move;
CREATE TRIGGER claims_subjects_move AFTER UPDATE OF sort_key ON claims BEGIN
    UPDATE claim_subjects SET sort_key = new.sort_key WHERE claim_id = new.id;
END;
PRAGMA user_version = 3;
