"""spaCy's layers on numpy's matrix products parse exactly as on thinc's BLIS."""

from __future__ import annotations

from pathlib import Path

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def _texts() -> list[str]:
    texts = [(FIXTURES / "seed-report.txt").read_text(encoding="utf-8")]
    for folder in (FIXTURES / "wikinews-apple", FIXTURES / "unseen-news" / "dev", FIXTURES / "unseen-news" / "test"):
        for path in sorted(folder.glob("*.md"))[:5]:
            texts.append(path.read_text(encoding="utf-8").split("---", 2)[2])
    texts.append("  \n\n I'd say nothin' 's wrong, but that's it -- whether or not.\n\n\tOK?  ")
    texts.append("x")
    return texts


def _annotations(doc) -> list[tuple]:
    return [
        (t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i, t.ent_iob_, t.ent_type_, t.is_sent_start)
        for t in doc
    ]


def test_numpy_products_give_the_same_tags_parses_and_entities(monkeypatch):
    from briefing_tui.extract import nlp as nlp_loader

    fast = nlp_loader.load()
    assert not fast.get_pipe("tok2vec").model.ops.use_blis
    assert not fast.get_pipe("ner").model.get_ref("lower").ops.use_blis
    monkeypatch.setenv(nlp_loader.BLIS_VAR, "1")
    stock = nlp_loader.load.__wrapped__()  # a fresh pipeline, spaCy's BLIS products
    assert stock.get_pipe("tok2vec").model.ops.use_blis
    texts = _texts()
    tokens = 0
    for text, a, b in zip(texts, fast.pipe(texts), stock.pipe(texts)):
        assert _annotations(a) == _annotations(b), text[:60]
        tokens += len(a)
    assert tokens > 5000
