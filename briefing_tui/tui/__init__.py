"""The Textual browser. Imports the store's read API, never SQL, spaCy or dateparser."""
