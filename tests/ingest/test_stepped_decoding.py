"""The entity recognizer and parser stepped from Python (extract/decoding.py)
decide exactly as spaCy's own decoding loops."""

from __future__ import annotations

from test_spacy_ops import _annotations, _texts


def test_stepped_decoding_gives_the_same_entities_and_parses():
    from briefing_tui.extract import nlp as nlp_loader

    stepped = nlp_loader.load()
    assert {"briefing_ner", "briefing_parser"} <= set(stepped.pipe_names)
    assert {"ner", "parser"} <= set(stepped.disabled)
    stock = nlp_loader.build(stepped=False)
    assert "ner" in stock.pipe_names and "briefing_ner" not in stock.component_names
    texts = _texts() + ["", "\n\n", "Apple"]
    tokens = ents = 0
    # Several batch sizes: spaCy cuts its batches into length-sorted quarters.
    for batch_size in (1, 3, 16, 1000):
        for text, a, b in zip(texts, stepped.pipe(texts, batch_size=batch_size), stock.pipe(texts, batch_size=batch_size)):
            assert _annotations(a) == _annotations(b), (batch_size, text[:60])
            tokens += len(a)
            ents += len(a.ents)
    for text in texts[:3] + texts[-4:]:
        assert _annotations(stepped(text)) == _annotations(stock(text))
    assert tokens > 20000 and ents > 500
