"""spaCy's attribute_ruler, applied with arrays instead of one Span per match.

The English pipeline maps each fine tag to its universal POS and morphology,
and sets word-specific exceptions (POS, MORPH, LEMMA), with an AttributeRuler
of 179 token patterns: its Matcher and the Span it builds for every token cost
about 14 ms of a 92 ms parse per report. Those patterns are all of a few
simple kinds (TAG, LOWER, ORTH, DEP, IS_SPACE tests, with IN/NOT_IN/REGEX), so
here they are indexed by tag and word, tested on the token arrays, applied in
the ruler's own order (later rules win) and written back with one
Doc.from_array. The patterns are read from the loaded pipeline itself, never
copied by hand; if one is of a kind this does not know, `ok` is false and the
pipeline keeps spaCy's ruler. A test proves both set the same attributes.
"""

from __future__ import annotations

import re
from collections import defaultdict

import numpy

_KEYS = ("TAG", "LOWER", "ORTH", "DEP", "IS_SPACE")
_OPERATORS = frozenset(("IN", "NOT_IN", "REGEX"))


class FastAttributes:
    """A drop-in for an AttributeRuler whose patterns are token tests of known kinds."""

    def __init__(self, ruler) -> None:
        from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
        from spacy.tokens._retokenize import set_token_attrs

        self._set = set_token_attrs
        self._strings = ruler.vocab.strings
        self._columns = {"TAG": 0, "LOWER": 1, "ORTH": 2, "DEP": 3, "IS_SPACE": 4}
        self._read = [TAG, LOWER, ORTH, DEP, IS_SPACE]
        self._write = [POS, MORPH, LEMMA]
        self._out_col = {POS: 0, MORPH: 1, LEMMA: 2}
        self.rules: list[tuple[list, int, dict, bool]] = []  # (token tests, index, attrs, array-writable)
        self.by_tag: dict[int, list[int]] = defaultdict(list)
        self.by_word: dict[int, list[int]] = defaultdict(list)
        self.by_pair: dict[tuple[int, int], list[int]] = defaultdict(list)
        self.by_dep: dict[int, list[int]] = defaultdict(list)
        self.by_space: dict[int, list[int]] = defaultdict(list)
        self.anywhere: list[int] = []
        # (tag, lower, orth, dep, is_space) -> _candidates: the rules a token's own
        # attributes decide are the same for every token with those attributes.
        self._memo: dict[tuple, tuple[list[int], list[int]]] = {}
        self._writes: list | None = None
        self.ok = True
        for attr_id, attrs in enumerate(ruler.attrs):
            for pattern in ruler.matcher.get(str(attr_id))[1]:
                try:
                    tests = [self._token_tests(tok) for tok in pattern]
                except (ValueError, re.error):
                    self.ok = False
                    continue
                if not tests:
                    self.ok = False
                    continue
                n = len(self.rules)
                self.rules.append((tests, ruler.indices[attr_id], attrs, set(attrs) <= set(self._out_col)))
                first = pattern[0]
                tags, words = self._values(first.get("TAG")), self._values(first.get("LOWER"))
                if tags and words:
                    for tag in tags:
                        for word in words:
                            self.by_pair[(self._id(tag), self._id(word))].append(n)
                elif tags:
                    for tag in tags:
                        self.by_tag[self._id(tag)].append(n)
                elif words:
                    for word in words:
                        self.by_word[self._id(word)].append(n)
                elif self._values(first.get("DEP")):
                    for dep in self._values(first.get("DEP")):
                        self.by_dep[self._id(dep)].append(n)
                elif isinstance(first.get("IS_SPACE"), bool):
                    self.by_space[int(first["IS_SPACE"])].append(n)
                else:
                    self.anywhere.append(n)

    @staticmethod
    def _values(spec) -> list[str]:
        """The values a test can accept, when it lists them (a constant or IN)."""
        if isinstance(spec, str):
            return [spec]
        if isinstance(spec, dict) and set(spec) == {"IN"}:
            return [v for v in spec["IN"] if isinstance(v, str)]
        return []

    def _id(self, text: str) -> int:
        return self._strings.add(text)

    def _token_tests(self, tok: dict) -> list:
        if set(tok) - set(_KEYS):
            raise ValueError(tok)
        tests = []
        for key, spec in tok.items():
            col = self._columns[key]
            if key == "IS_SPACE":
                if isinstance(spec, dict):
                    raise ValueError(spec)
                tests.append((col, "eq", int(bool(spec))))
            elif not isinstance(spec, dict):
                tests.append((col, "eq", self._id(spec)))
            else:
                if not spec or set(spec) - _OPERATORS:
                    raise ValueError(spec)
                if "IN" in spec:
                    tests.append((col, "in", frozenset(self._id(v) for v in spec["IN"])))
                if "NOT_IN" in spec:
                    tests.append((col, "not_in", frozenset(self._id(v) for v in spec["NOT_IN"])))
                if "REGEX" in spec:
                    tests.append((col, "regex", re.compile(spec["REGEX"])))
        return tests

    def _passes(self, tests, row) -> bool:
        for col, op, want in tests:
            got = int(row[col])
            if op == "eq":
                if got != want:
                    return False
            elif op == "in":
                if got not in want:
                    return False
            elif op == "not_in":
                if got in want:
                    return False
            elif want.search(self._strings[got]) is None:
                return False
        return True

    def _candidates(self, row: tuple) -> tuple[list[int], list[int]]:
        """For a token with these attributes: the one-token rules it passes (their
        attributes go to the token itself) and the longer rules whose first token
        test it passes (the tokens after it decide the rest)."""
        single, longer = [], []
        for r in (
            *self.by_tag.get(row[0], ()), *self.by_pair.get((row[0], row[1]), ()), *self.by_word.get(row[1], ()),
            *self.by_dep.get(row[3], ()), *self.by_space.get(row[4], ()), *self.anywhere,
        ):
            tests = self.rules[r][0]
            if self._passes(tests[0], row):
                (longer if len(tests) > 1 else single).append(r)
        return single, longer

    def __call__(self, doc):
        n = len(doc)
        if not n:
            return doc
        rows = [tuple(row) for row in doc.to_array(self._read).tolist()]
        matches: list[tuple[int, int]] = []  # (rule, token the attrs go to)
        rules, memo = self.rules, self._memo
        if self._writes is None:
            # Each array-writable rule's attributes as (column, value) cells.
            self._writes = [
                [(self._out_col[a], v) for a, v in attrs.items()] if plain else None for _t, _i, attrs, plain in rules
            ]
        if len(memo) > 100_000:
            memo.clear()  # bounded memory over a million reports
        for i, row in enumerate(rows):
            found = memo.get(row)
            if found is None:
                found = memo[row] = self._candidates(row)
            for r in found[0]:
                matches.append((r, i))
            for r in found[1]:
                tests, index, _attrs, _plain = rules[r]
                if i + len(tests) > n:
                    continue
                if all(self._passes(tests[k], rows[i + k]) for k in range(1, len(tests))):
                    matches.append((r, i + (index if index >= 0 else len(tests) + index)))
        matches.sort()
        current = doc.to_array(self._write)
        out = current.tolist()
        odd = []
        writes = self._writes
        for r, target in matches:
            cells = writes[r]
            if cells is not None:
                row = out[target]
                for col, value in cells:
                    row[col] = value
            else:
                odd.append((r, target))
        doc.from_array(self._write, numpy.array(out, dtype=current.dtype))
        for r, target in odd:  # attributes an array cannot carry here (TAG, DEP): as spaCy does
            self._set(doc[target], rules[r][2])
        return doc


class FastLemmas:
    """spaCy's rule lemmatizer, fed from arrays: the same lemma for each token.

    The rule lemmatizer's answer depends only on a token's form, POS and
    morphology (it keys its own cache so, but skips the cache for base forms,
    most tokens), so each answer is kept here by that key, computed by the
    lemmatizer itself the first time, and the lemmas are written in one
    Doc.from_array (about 4 ms of a parse per report before)."""

    def __init__(self, lemmatizer) -> None:
        from spacy.attrs import LEMMA, MORPH, ORTH, POS

        self._lemmatizer = lemmatizer
        self._read = [ORTH, POS, MORPH, LEMMA]
        self._write = [LEMMA]
        self.ok = getattr(lemmatizer, "mode", None) == "rule" and not getattr(lemmatizer, "overwrite", True)
        self._memo: dict[tuple[int, int, int], int] = {}  # (orth, pos, morph) -> lemma hash

    def __call__(self, doc):
        if not len(doc):
            return doc
        lem = self._lemmatizer
        if not getattr(lem, "_validated", True):
            lem._validate_tables()
        strings = doc.vocab.strings
        memo = self._memo
        if len(memo) > 200_000:
            memo.clear()  # bounded memory over a million reports
        rows = doc.to_array(self._read)
        out = rows[:, 3:4].copy()
        for i, (orth, pos, morph, lemma) in enumerate(rows.tolist()):
            if lemma:
                continue  # set by the attribute ruler, as spaCy's lemmatizer leaves it
            key = (orth, pos, morph)
            found = memo.get(key)
            if found is None:
                found = memo[key] = strings.add(lem.lemmatize(doc[i])[0])
            out[i, 0] = found
        doc.from_array(self._write, out)
        return doc
