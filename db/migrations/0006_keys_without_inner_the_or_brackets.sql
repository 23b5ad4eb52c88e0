-- Schema 5 -> 6: a body's key of three words or more is stored without an inner
-- "the", and no key keeps an editor's square bracket (store/entity_keys.py), so
-- "Department of the Interior" in one report and "Department of Interior" in
-- another, or "[Minister Ahmed] Karimov" in a quotation and "Ahmed Karimov", in
-- reports ingested before and after this build, are one entity. Structure
-- unchanged; readable from schema 4 on.
-- include: refold_entity_keys.sql
PRAGMA user_version = 6;
