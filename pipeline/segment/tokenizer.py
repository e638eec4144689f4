"""A tokenizer that keeps every character of the article.

Tokens are syllables, digit runs and single punctuation marks, so that any span found by a
pattern on the text (a date inside '27/8/2021', a title inside 'Chủ tịch UBND tỉnh') falls on
token boundaries. Words of several syllables are recorded by the segment component.
`doc.text` is always the input text, character for character.
"""

from __future__ import annotations

import regex
from spacy.attrs import NORM
from spacy.tokens import Doc
from spacy.util import registry
from spacy.vocab import Vocab

from pipeline.extensions import remember_text
from pipeline.segment.orthography import fold

# URLs and e-mail addresses stay whole; letters may carry an inner apostrophe (H'Mông).
_TOKEN = regex.compile(
    r"""
      (?:https?://|www\.)[^\s<>"'”’)\]]+[^\s<>"'”’)\].,;:!?]
    | [\w.+-]+@[\w-]+(?:\.[\w-]+)+
    | \p{L}[\p{L}\p{M}]*(?:['’]\p{L}[\p{L}\p{M}]*)?
    | \d+
    | \S
    """,
    regex.VERBOSE | regex.V1,
)


class VietnameseTokenizer:
    def __init__(self, vocab: Vocab):
        self.vocab = vocab
        vocab.lex_attr_getters[NORM] = fold

    def __call__(self, text: str) -> Doc:
        words: list[str] = []
        spaces: list[bool] = []
        cursor = 0
        for match in _TOKEN.finditer(text):
            start = match.start()
            if start > cursor:
                self._add_gap(text[cursor:start], words, spaces)
            words.append(match.group(0))
            spaces.append(False)
            cursor = match.end()
        if cursor < len(text):
            self._add_gap(text[cursor:], words, spaces)
        # (the tokens join back to `text` character for character, so the text is kept as given)
        return remember_text(Doc(self.vocab, words=words, spaces=spaces), text)

    @staticmethod
    def _add_gap(gap: str, words: list[str], spaces: list[bool]) -> None:
        # spaCy's convention: one plain space after a token is a flag; other whitespace is a token.
        if words and gap[0] == " ":
            spaces[-1] = True
            gap = gap[1:]
        if gap:
            words.append(gap)
            spaces.append(False)

    # spaCy calls these when saving or loading a pipeline; nothing to store.
    def to_bytes(self, **kwargs) -> bytes:
        return b""

    def from_bytes(self, data: bytes, **kwargs) -> "VietnameseTokenizer":
        return self

    def to_disk(self, path, **kwargs) -> None:
        pass

    def from_disk(self, path, **kwargs) -> "VietnameseTokenizer":
        return self


@registry.tokenizers("vnie.tokenizer")
def create_tokenizer():
    def make(nlp):
        return VietnameseTokenizer(nlp.vocab)

    return make
