"""The sizes of the `smiths` database (conftest.py): people whose names hold "Smith"."""

SMITHS = 60  # more than ENTITY_FILTER_MATCHES
FAMOUS = 10  # the first ten Smiths are in two reports each, the rest in one
