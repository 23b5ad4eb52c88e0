-- Schema 3 -> 4: entity_timeline, an entity's events in timeline order (see
-- db/schema.sql), so the timeline of an entity in most reports is a page of an
-- index walk, not a grouping of all its events. Filled here from events and
-- event_participants in the one upgrade transaction (interrupted, nothing of it
-- stays); written to run again safely (emptied and refilled, not added to).
-- On the synthetic 1M-report benchmark database (5.0 million event participants)
-- it took 31.5 s on 2 shared cores (load 4.5) and added 161 MB (32 bytes a row,
-- 1.6% of the file).
CREATE TABLE IF NOT EXISTS entity_timeline (
    entity_id     INTEGER NOT NULL,     -- entities.id
    section       INTEGER NOT NULL,
    day           TEXT NOT NULL,
    kind          TEXT NOT NULL,
    seq           INTEGER NOT NULL,
    event_id      INTEGER NOT NULL,     -- events.id
    PRIMARY KEY (entity_id, section, day, kind, seq, event_id)
) WITHOUT ROWID;
-- Where an event sorts in its participants' timelines (the key above without the entity).
DROP VIEW IF EXISTS event_timeline_keys;
CREATE VIEW event_timeline_keys (event_id, section, day, kind, seq) AS
    SELECT id,
        CASE WHEN date_value IS NOT NULL THEN (planned != 0) WHEN planned != 0 THEN 2 ELSE 3 END,
        coalesce(date_value, ''),
        CASE WHEN date_value IS NOT NULL THEN kind ELSE '' END,
        CASE WHEN date_value IS NOT NULL THEN 0
             WHEN planned != 0 THEN (((-coalesce(sort_key, 0)) >> 32) << 32) | report_id
             ELSE -((((-coalesce(sort_key, 0)) >> 32) << 32) | report_id) END
    FROM events;
-- Every (event, participant) pair, in key order (appending is much faster than
-- inserting at random into a big table).
DELETE FROM entity_timeline;
INSERT INTO entity_timeline (entity_id, section, day, kind, seq, event_id)
    SELECT ep.entity_id, k.section, k.day, k.kind, k.seq, k.event_id
    FROM event_participants ep JOIN event_timeline_keys k ON k.event_id = ep.event_id
    ORDER BY 1, 2, 3, 4, 5, 6;
DROP TRIGGER IF EXISTS event_participants_timeline_insert;
CREATE TRIGGER event_participants_timeline_insert AFTER INSERT ON event_participants BEGIN
    INSERT OR IGNORE INTO entity_timeline (entity_id, section, day, kind, seq, event_id)
        SELECT new.entity_id, section, day, kind, seq, event_id FROM event_timeline_keys
        WHERE event_id = new.event_id;
END;
DROP TRIGGER IF EXISTS event_participants_timeline_delete;
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
DROP TRIGGER IF EXISTS events_timeline_move;
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
DROP TRIGGER IF EXISTS events_timeline_delete;
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
PRAGMA user_version = 4;
