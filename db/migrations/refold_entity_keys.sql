-- Included by the migrations that change how entity keys are stored (0005, 0006;
-- resources.migrations expands "-- include: refold_entity_keys.sql"). Every key is
-- folded again with fold_entity_key(), this build's store/entity_keys.fold_key,
-- which migrate() registers. Entities whose keys fold to one key are merged into
-- the oldest (lowest id): its reports, aliases, roles (kept by the participants
-- triggers), claims, claim subjects, events and timeline rows (kept by the
-- event_participants triggers). A report that named both spellings keeps one
-- participant row, the oldest entity's. The structure is unchanged.
CREATE TEMP TABLE entity_folded AS
    SELECT id, key AS old_key, fold_entity_key(key) AS key FROM entities;
CREATE INDEX temp.entity_folded_by_key ON entity_folded (key, id);
CREATE TEMP TABLE entity_merge (old_id INTEGER PRIMARY KEY, new_id INTEGER NOT NULL);
INSERT INTO entity_merge (old_id, new_id)
    SELECT f.id, (SELECT min(g.id) FROM entity_folded g WHERE g.key = f.key) FROM entity_folded f
    WHERE f.key IN (SELECT key FROM entity_folded GROUP BY key HAVING count(*) > 1);
DELETE FROM entity_merge WHERE old_id = new_id;

INSERT OR IGNORE INTO aliases (entity_id, alias)
    SELECT m.new_id, a.alias FROM aliases a JOIN entity_merge m ON m.old_id = a.entity_id;
DELETE FROM aliases WHERE entity_id IN (SELECT old_id FROM entity_merge);

UPDATE OR IGNORE participants SET entity_id = (SELECT new_id FROM entity_merge WHERE old_id = entity_id)
    WHERE entity_id IN (SELECT old_id FROM entity_merge);
DELETE FROM participants WHERE entity_id IN (SELECT old_id FROM entity_merge);
UPDATE participants SET affiliation_id = (SELECT new_id FROM entity_merge WHERE old_id = affiliation_id)
    WHERE affiliation_id IN (SELECT old_id FROM entity_merge);
DELETE FROM entity_roles WHERE entity_id IN (SELECT old_id FROM entity_merge);

UPDATE claims SET claimant_id = (SELECT new_id FROM entity_merge WHERE old_id = claimant_id)
    WHERE claimant_id IN (SELECT old_id FROM entity_merge);
UPDATE OR IGNORE claim_claimants SET entity_id = (SELECT new_id FROM entity_merge WHERE old_id = entity_id)
    WHERE entity_id IN (SELECT old_id FROM entity_merge);
DELETE FROM claim_claimants WHERE entity_id IN (SELECT old_id FROM entity_merge);
UPDATE OR IGNORE claim_subjects SET entity_id = (SELECT new_id FROM entity_merge WHERE old_id = entity_id)
    WHERE entity_id IN (SELECT old_id FROM entity_merge);
DELETE FROM claim_subjects WHERE entity_id IN (SELECT old_id FROM entity_merge);
-- A claim is not about its own claimant: one spelling made it, the other was named in it.
DELETE FROM claim_subjects WHERE entity_id IN (SELECT new_id FROM entity_merge) AND EXISTS
    (SELECT 1 FROM claim_claimants cc WHERE cc.claim_id = claim_subjects.claim_id AND cc.entity_id = claim_subjects.entity_id);

UPDATE events SET place_id = (SELECT new_id FROM entity_merge WHERE old_id = place_id)
    WHERE place_id IN (SELECT old_id FROM entity_merge);
-- Inserted and deleted rather than updated: the triggers that keep entity_timeline
-- fire on insert and delete.
INSERT OR IGNORE INTO event_participants (event_id, entity_id)
    SELECT ep.event_id, m.new_id FROM event_participants ep JOIN entity_merge m ON m.old_id = ep.entity_id;
DELETE FROM event_participants WHERE entity_id IN (SELECT old_id FROM entity_merge);

DELETE FROM entities_fts WHERE rowid IN (SELECT old_id FROM entity_merge UNION SELECT new_id FROM entity_merge);
DELETE FROM entities WHERE id IN (SELECT old_id FROM entity_merge);
UPDATE entities SET report_count = (SELECT count(*) FROM participants WHERE entity_id = entities.id)
    WHERE id IN (SELECT new_id FROM entity_merge);
INSERT INTO entities_fts (rowid, name, aliases)
    SELECT e.id, e.name, coalesce((SELECT group_concat(alias, ' ') FROM
        (SELECT alias FROM aliases WHERE entity_id = e.id AND alias != e.name ORDER BY alias)), '')
    FROM entities e WHERE e.id IN (SELECT new_id FROM entity_merge);
UPDATE entities SET key = (SELECT key FROM entity_folded f WHERE f.id = entities.id)
    WHERE id IN (SELECT id FROM entity_folded WHERE key != old_key);

DROP TABLE temp.entity_merge;
DROP TABLE temp.entity_folded;
