-- Schema 4 -> 5: entity keys are stored folded (briefing_tui/store/entity_keys.py:
-- no accents, hyphens or curly apostrophes), so "Erdoğan" in one report and
-- "Erdogan" in another are one entity. A schema-4 database stays readable by this
-- build (connection.OLDEST_READABLE): the merge changes data, not what reads query.
-- include: refold_entity_keys.sql
PRAGMA user_version = 5;
