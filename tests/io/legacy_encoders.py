"""Encoders into the legacy Vietnamese encodings, to make test inputs the way old archives hold them.

Built by inverting the decoding tables, except for Windows-1258, which Python encodes itself once
the tone marks are split off."""

from __future__ import annotations

import unicodedata

from pipeline.io.encodings import _CP1252, _TONES, _tcvn3_table, _vni_pattern

TONE_MARKS = "".join(_TONES.values())


def encode_cp1258(text: str) -> bytes:
    out = []
    for ch in text:
        parts = unicodedata.normalize("NFD", ch)
        tones = "".join(c for c in parts if c in TONE_MARKS)
        out.append(unicodedata.normalize("NFC", "".join(c for c in parts if c not in TONE_MARKS)) + tones)
    return "".join(out).encode("cp1258")


def representable_in_tcvn3(text: str) -> str:
    """TCVN3 has no upper-case toned letters: the text as an ABC font could type it."""
    table = set(_tcvn3_table().values())
    return "".join(ch if ch in table or ch.isascii() else ch.lower() for ch in text)


def encode_tcvn3(text: str) -> bytes:
    inverse = {}
    for byte, ch in _tcvn3_table().items():
        inverse.setdefault(ch, byte)
    for byte, ch in _tcvn3_table().items():
        if 0xA1 <= byte:  # the Vietnamese letters win over Windows-1252 positions
            inverse[ch] = byte
    return bytes(inverse[ch] for ch in text)


def encode_vni(text: str) -> bytes:
    _, table = _vni_pattern()
    inverse: dict[str, str] = {}
    for source, target in sorted(table.items(), key=lambda kv: (len(kv[0]), kv[0] != kv[0].lower())):
        inverse.setdefault(target, source)
    cp1252 = {ch: b for b, ch in enumerate(_CP1252)}
    return bytes(cp1252[c] for ch in text for c in inverse.get(ch, ch))
