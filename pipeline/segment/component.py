"""Stage 3 — segment: sentence boundaries and words, from underthesea, aligned to our tokens.

Sentences never cross a line: a paragraph, a caption or a title line always starts one.
Within a line underthesea's Punkt-style splitter decides. Words (``doc.spans["words"]``)
come from underthesea's CRF segmenter run on our own syllable tokens, so no offset is lost
and spelling is not rewritten.
"""

from __future__ import annotations

import bisect

from typing import Iterable

import numpy
import regex
from spacy.attrs import IDX, IS_SPACE, SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Span

from pipeline.extensions import text_of
from pipeline.structure.zones import ZONES_KEY

WORDS_KEY = "words"
# a list line's number or letter ('2. ', 'a) ', 'IV. '), which the splitter takes for a sentence
_LIST_NUMBER = regex.compile(r"[ \t\u00a0]*(?:\d{1,2}|[IVX]{1,4}|\p{Ll})[.)][ \t\u00a0]+")


def _sent_tokenize():
    from underthesea import sent_tokenize

    return sent_tokenize


class WordSegmenter:
    """underthesea's word segmentation model, fed with tokens we already have."""

    def __init__(self):
        from os.path import dirname, join

        import underthesea.pipeline.word_tokenize as wt
        from underthesea.models.fast_crf_sequence_tagger import FastCRFSequenceTagger

        self._tagger = FastCRFSequenceTagger()
        self._tagger.load(join(dirname(wt.__file__), "models", "ws_crf_vlsp2013_20230727"))

    def word_starts(self, tokens: list[str]) -> list[bool]:
        if not tokens:
            return []
        tags = self._tagger.predict([[t] for t in tokens])
        return [i == 0 or tag != "I-W" for i, tag in enumerate(tags)]


class Segmenter:
    def __init__(self, nlp: Language, name: str, words: bool):
        self.name = name
        self.sent_tokenize = _sent_tokenize()
        self.words = WordSegmenter() if words else None

    def __call__(self, doc: Doc) -> Doc:
        starts = self._sentence_starts(doc)
        # one array write: setting token.is_sent_start one token at a time is quadratic in spaCy
        flags = numpy.full((len(doc), 1), -1, dtype="int64")
        for i in starts:
            if i < len(doc):
                flags[i, 0] = 1
        if len(doc):
            doc.from_array([SENT_START], flags.astype("uint64"))
        if self.words is not None:
            doc.spans[WORDS_KEY] = list(self._words(doc))
        return doc

    def _sentence_starts(self, doc: Doc) -> set[int]:
        """Token indices that open a sentence."""
        text = text_of(doc)
        starts: set[int] = {0}
        # token index by start offset, read from arrays: building Token objects costs more
        idx, space = doc.to_array([IDX, IS_SPACE]).T.tolist() if len(doc) else ([], [])
        by_char = {start: i for i, (start, is_space) in enumerate(zip(idx, space)) if not is_space}
        pos = 0
        for line in text.split("\n"):
            line_start = pos
            pos += len(line) + 1
            if not line.strip():
                continue
            cursor = 0
            for sentence in self.sent_tokenize(line):
                found = line.find(sentence, cursor)
                if found < 0:  # the splitter changed the text: keep the line whole from here
                    break
                first = found + (len(sentence) - len(sentence.lstrip()))
                # no sentence starts right after a dot with no space: 'UBND TP.Vũng Tàu, TX.Phú Mỹ',
                # nor after the number of a list line: '2. Nghị quyết phê duyệt …' is one sentence
                glued = first > 0 and not line[first - 1].isspace()
                numbered = bool(_LIST_NUMBER.fullmatch(line, 0, first))
                if line_start + first in by_char and not glued and not numbered:
                    starts.add(by_char[line_start + first])
                cursor = found + len(sentence)
            # the line's first token starts a sentence even if the splitter disagrees
            first_char = line_start + (len(line) - len(line.lstrip()))
            if first_char in by_char:
                starts.add(by_char[first_char])
        # zone starts (e.g. the body after an outlet lead) open sentences too
        if ZONES_KEY in doc.spans:
            for zone in doc.spans[ZONES_KEY]:
                starts.add(zone.start)
        return starts

    def _words(self, doc: Doc) -> Iterable[Span]:
        for sent in doc.sents:
            tokens = [t for t in sent if not t.is_space]
            flags = self.words.word_starts([t.text for t in tokens])
            begin = None
            for token, is_start in zip(tokens, flags):
                if is_start or (begin is not None and token.i != prev + 1):
                    if begin is not None:
                        yield Span(doc, begin, prev + 1, label="W")
                    begin = token.i
                prev = token.i
            if begin is not None:
                yield Span(doc, begin, prev + 1, label="W")


@Language.factory(
    "vnie_segment",
    assigns=["token.is_sent_start", "doc.spans"],
    default_config={"words": True},
)
def make_segment(nlp: Language, name: str, words: bool):
    """`words: false` skips word segmentation (the slowest part of the stage) when no later
    component reads ``doc.spans["words"]``."""
    return Segmenter(nlp, name, words)


def sentences(doc: Doc) -> list[Span]:
    """Every sentence of the doc, computed once per doc (spaCy's Span.sents rescans the doc
    on every call, which made sentence loops quadratic)."""
    cached = doc.user_data.get(("vnie", "sentences"))
    if cached is None:
        if not len(doc) or not doc.has_annotation("SENT_START"):
            cached = [doc[:]]
        else:
            flags = doc.to_array(SENT_START).tolist()
            starts = [i for i, f in enumerate(flags) if f == 1 or i == 0] + [len(doc)]
            text = text_of(doc)
            cached = [Span(doc, a, b) for a, b in zip(starts, starts[1:])]
            cached = [s for s in cached if text[s.start_char:s.end_char].strip()]
        doc.user_data[("vnie", "sentences")] = cached
    return cached


def sentences_in(doc: Doc, zone: Span) -> list[Span]:
    """The sentences that start inside `zone`."""
    all_sents = sentences(doc)
    starts = [s.start for s in all_sents]
    lo = bisect.bisect_left(starts, zone.start)
    hi = bisect.bisect_left(starts, zone.end)
    return all_sents[lo:hi]
