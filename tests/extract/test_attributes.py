"""The array-based attribute ruler and lemmatizer set exactly what spaCy's own do."""

from __future__ import annotations

from pathlib import Path

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def _texts() -> list[str]:
    texts = [(FIXTURES / "seed-report.txt").read_text(encoding="utf-8")]
    for folder in (FIXTURES / "wikinews-apple", FIXTURES / "unseen-news" / "dev"):
        for path in sorted(folder.glob("*.md"))[:4]:
            texts.append(path.read_text(encoding="utf-8").split("---", 2)[2])
    # contractions, words the ruler treats specially, spaces and odd tokens
    texts.append("  \n\n I'd say nothin' 's wrong, but that's it -- whether or not.\n\n\tOK?  ")
    texts.append("x")
    return texts


def test_fast_attributes_and_lemmas_match_spacys_components():
    from briefing_tui.extract import nlp as nlp_loader

    nlp = nlp_loader.load()
    assert nlp_loader.ATTRIBUTES in nlp.pipe_names and "attribute_ruler" in nlp.disabled
    assert nlp_loader.LEMMAS in nlp.pipe_names and "lemmatizer" in nlp.disabled
    ours, stock = (nlp_loader.ATTRIBUTES, nlp_loader.LEMMAS), ("attribute_ruler", "lemmatizer")
    texts = _texts()
    ours_all = [nlp(text) for text in texts]
    for a, b in zip(ours, stock):
        nlp.disable_pipe(a)
        nlp.enable_pipe(b)
    try:
        theirs_all = [nlp(text) for text in texts]
    finally:
        for a, b in zip(ours, stock):
            nlp.disable_pipe(b)
            nlp.enable_pipe(a)
    compared = 0
    for text, ours, theirs in zip(texts, ours_all, theirs_all):
        assert len(ours) == len(theirs)
        for a, b in zip(ours, theirs):
            assert (a.pos_, str(a.morph), a.lemma_, a.tag_, a.dep_) == (b.pos_, str(b.morph), b.lemma_, b.tag_, b.dep_), (
                text[:40], a.i, a.text,
            )
            compared += 1
    assert compared > 3000


def test_unknown_pattern_kinds_keep_spacys_ruler():
    """A ruler with a pattern of a kind the fast path does not know is not replaced."""
    import spacy

    from briefing_tui.extract.attributes import FastAttributes

    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"TAG": "NN"}]], {"POS": "NOUN"})
    assert FastAttributes(ruler).ok
    ruler.add([[{"LENGTH": 3}]], {"POS": "X"})
    assert not FastAttributes(ruler).ok
