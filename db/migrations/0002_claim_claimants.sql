-- Schema 1 -> 2: claims by several entities ("South Korea and Canada") get a row
-- per entity, so each entity's page lists them. Existing single claimants carry over.
CREATE TABLE claim_claimants (
    claim_id      INTEGER NOT NULL REFERENCES claims (id),
    entity_id     INTEGER NOT NULL REFERENCES entities (id),
    PRIMARY KEY (claim_id, entity_id)
) WITHOUT ROWID;
CREATE INDEX claim_claimants_by_entity ON claim_claimants (entity_id, claim_id);
INSERT INTO claim_claimants (claim_id, entity_id)
    SELECT id, claimant_id FROM claims WHERE claimant_id IS NOT NULL;
PRAGMA user_version = 2;
