"""The entity recognizer's greedy decoding, stepped from Python with the GIL held.

In the spaCy 3.8 wheel installed here (CPython 3.11), spaCy's own decoding loop
runs with the GIL released, and the state accessors its validity checks call
(StateC.B_ under ner.Begin/Unit/Last.is_valid) take and drop the GIL on every
call; most likely Cython's profiling hooks, which spaCy's build turns on below
Python 3.12. The entity recognizer checks each of its 74 moves at every step:
about a third of the whole pipeline's CPU went to that GIL traffic (perf:
take_gil, drop_gil, pthread mutexes). With the GIL held, taking it again is a
counter increment.

So this component runs the same steps itself: spaCy's own precomputed features
(ParserStepModel, precompute_hiddens with spaCy's sum_state_features), the
output layer with the same BLIS sgemm spaCy's loop calls, the same masking of
unseen classes, and spaCy's own `transition_states` (validity, argmax,
transition). Batches are cut as spaCy's Parser.pipe cuts them (sorted by
length, sub-batches of a quarter), so every matrix product sees the same rows
and the entities come out bit for bit the same (tests/ingest/test_spacy_ops.py).
If the component is not of the kind this knows (beam search, no output
layer), `ok` is false and the pipeline keeps spaCy's own.
"""

from __future__ import annotations


class SteppedParser:
    """A drop-in for a greedy transition-based component (spaCy's `ner`)."""

    def __init__(self, parser) -> None:
        self.parser = parser
        self.ok = False
        try:
            import blis.py  # noqa: F401  # the sgemm spaCy's own loop calls (thinc's CBlas)
            from thinc.backends.numpy_ops import NumpyOps

            self.ok = (
                all(hasattr(parser, a) for a in ("transition_states", "_ensure_labels_are_added", "set_annotations"))
                and parser.cfg.get("beam_width", 1) == 1
                and isinstance(parser.model.ops, NumpyOps)
                and parser.model.has_ref("upper")
                and parser.model.get_ref("lower").get_dim("nP") == 2
            )
        except Exception:  # noqa: BLE001 - any surprise: keep spaCy's component
            self.ok = False

    def __call__(self, doc):
        states = self.predict([doc])
        self.parser.set_annotations([doc], states)
        return doc

    def pipe(self, docs, *, batch_size: int = 256):
        from spacy import util

        parser = self.parser
        for batch in util.minibatch(docs, size=batch_size):
            batch_in_order = list(batch)
            by_length = sorted(batch_in_order, key=len)
            for sub in util.minibatch(by_length, size=max(batch_size // 4, 2)):
                sub = list(sub)
                parser.set_annotations(sub, self.predict(sub))
            yield from batch_in_order

    def predict(self, docs):
        import numpy
        from blis.py import gemm

        parser = self.parser
        if not any(len(doc) for doc in docs):
            return parser.moves.init_batch(docs)
        parser._ensure_labels_are_added(docs)
        batch = parser.moves.init_batch(docs)
        model = parser.model.predict(docs)  # tok2vec and the precomputed features, as greedy_parse
        try:
            upper = model.vec2scores
            weights, bias = upper.get_param("W"), upper.get_param("b")
            unseen = numpy.flatnonzero(model._class_mask == 0)
            state2vec = model.state2vec
            states = [s for s in batch if not s.is_final()]
            while states:
                hidden = state2vec.predict(model.get_token_ids(states))
                scores = gemm(hidden, weights, trans2=True, beta=0.0)
                scores += bias
                if len(unseen):
                    scores[:, unseen] = scores.min()
                states = parser.transition_states(states, scores)
        finally:
            model.clear_memory()
        return batch
