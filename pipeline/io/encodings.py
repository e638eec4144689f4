"""Bytes → text: UTF-8 (± BOM), UTF-16/32, and the legacy Vietnamese encodings of old archives.

Order of decisions: a BOM; UTF-16 without BOM (NUL bytes at every other position); strict UTF-8;
then the legacy candidates — Windows-1258, TCVN3 (ABC) and VNI — each decoded and scored by how
many of its words are Vietnamese syllables (`rules/io/encodings.yaml`). A file that is binary,
or that no candidate reads as Vietnamese, is refused with an `InputError` naming it.
"""

from __future__ import annotations

import codecs
import functools
import unicodedata
from dataclasses import dataclass

import regex

from pipeline.read import InputError
from pipeline.resources import load_rule_file

# More than this share of control characters (other than tab and line ends) means binary data.
BINARY_CONTROL_SHARE = 0.05
# A legacy candidate must read at least this share of its non-ASCII words as Vietnamese syllables.
MIN_VIETNAMESE_SHARE = 0.8

_TONES = {"grave": "\u0300", "acute": "\u0301", "hook": "\u0309", "tilde": "\u0303", "dot": "\u0323"}
_CIRCUMFLEX, _BREVE = "\u0302", "\u0306"
_CONTROL = regex.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_WORD = regex.compile(r"\p{L}[\p{L}\p{M}]*")


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str  # utf-8, utf-8-sig, utf-16, utf-32, cp1258, tcvn3 or vni


def decode_bytes(data: bytes, name: str) -> Decoded:
    """Decode one input; `name` is only used in error messages."""
    for bom, codec in ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                       (codecs.BOM_UTF8, "utf-8-sig"),
                       (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return _checked(Decoded(data.decode(codec), codec), name)
            except UnicodeDecodeError as exc:
                raise InputError(f"{name}: starts with a {codec} byte-order mark but is not valid {codec} "
                                 f"(byte {exc.start})") from exc
    utf16 = _utf16_without_bom(data)
    if utf16:
        try:
            return _checked(Decoded(data.decode(utf16), "utf-16"), name)
        except UnicodeDecodeError:
            pass
    try:
        return _checked(Decoded(data.decode("utf-8"), "utf-8"), name)
    except UnicodeDecodeError as exc:
        utf8_error = exc
    _refuse_binary(data.decode("latin-1"), name)
    scored = []
    for encoding, decode in (("cp1258", _decode_cp1258), ("tcvn3", decode_tcvn3), ("vni", decode_vni)):
        text = decode(data)
        if text is not None:
            valid, words = vietnamese_words(text)
            scored.append((valid, -len(scored), words, encoding, text))
    valid, _, words, encoding, text = max(scored)
    if words and valid >= MIN_VIETNAMESE_SHARE * words:
        return Decoded(text, encoding)
    where = utf8_error.start
    raise InputError(
        f"{name}: not UTF-8 (byte {where}: {data[where:where + 4]!r}) and not readable as Windows-1258, "
        f"TCVN3 or VNI Vietnamese; convert it to UTF-8"
    )


def _checked(decoded: Decoded, name: str) -> Decoded:
    _refuse_binary(decoded.text, name)
    return decoded


def _refuse_binary(text: str, name: str) -> None:
    sample = text[:65536]
    controls = len(_CONTROL.findall(sample))
    if sample and controls > BINARY_CONTROL_SHARE * len(sample):
        raise InputError(f"{name}: looks like binary data ({controls} control characters in the first "
                         f"{len(sample)}), not a text article")


def _utf16_without_bom(data: bytes) -> str | None:
    """Mostly-Latin text in UTF-16 has a NUL in every other byte."""
    sample = data[:4096]
    if len(sample) < 4 or len(sample) % 2:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    half = len(sample) // 2
    if odd > 0.3 * half and even < 0.05 * half:
        return "utf-16-le"
    if even > 0.3 * half and odd < 0.05 * half:
        return "utf-16-be"
    return None


# ---------------------------------------------------------------------------
# Legacy encodings


def _cp1252_table() -> str:
    """Byte → character in Windows-1252, the code page of the legacy fonts; the five bytes it
    leaves undefined read as Latin-1 so that no byte is lost."""
    out = []
    for b in range(256):
        try:
            out.append(bytes([b]).decode("cp1252"))
        except UnicodeDecodeError:
            out.append(bytes([b]).decode("latin-1"))
    return "".join(out)


_CP1252 = _cp1252_table()


def _decode_cp1258(data: bytes) -> str | None:
    try:
        return unicodedata.normalize("NFC", data.decode("cp1258"))
    except UnicodeDecodeError:
        return None


@functools.lru_cache(maxsize=1)
def _tcvn3_table() -> dict[int, str]:
    table = {b: ch for b, ch in enumerate(_CP1252)}
    table.update({int(b): ch for b, ch in load_rule_file("io/encodings")["tcvn3"].items()})
    return table


@functools.lru_cache(maxsize=1)
def _tcvn3_charmap() -> str:
    table = _tcvn3_table()
    return "".join(table[b] for b in range(256))


def decode_tcvn3(data: bytes) -> str:
    return codecs.charmap_decode(data, "strict", _tcvn3_charmap())[0]


@functools.lru_cache(maxsize=1)
def _vni_pattern() -> tuple[regex.Pattern, dict[str, str]]:
    """One alternation of every base+mark pair and stand-alone letter, longest first."""
    vni = load_rule_file("io/encodings")["vni"]
    table: dict[str, str] = {}

    def add(source: str, target: str) -> None:
        for src, tgt in ((source, target), (source.upper(), target.upper()),
                         (source[0].upper() + source[1:], target[0].upper() + target[1:])):
            table.setdefault(src, unicodedata.normalize("NFC", tgt))

    for mark, tone in vni["tone"].items():
        for base in "aeouy":
            add(base + mark, base + _TONES[tone])
        for letter, vowel in (("ô", "ơ"), ("ö", "ư")):
            add(letter + mark, vowel + _TONES[tone])
    for mark, tone in vni["circumflex"].items():
        for base in "aeo":
            add(base + mark, base + _CIRCUMFLEX + (_TONES[tone] if tone else ""))
    for mark, tone in vni["breve"].items():
        add("a" + mark, "a" + _BREVE + (_TONES[tone] if tone else ""))
    for letter, target in vni["letters"].items():
        add(letter, target)
    alternatives = "|".join(regex.escape(k) for k in sorted(table, key=len, reverse=True))
    return regex.compile(alternatives), table


def decode_vni(data: bytes) -> str:
    pattern, table = _vni_pattern()
    return pattern.sub(lambda m: table[m.group(0)], codecs.charmap_decode(data, "strict", _CP1252)[0])


# ---------------------------------------------------------------------------
# Scoring


@functools.lru_cache(maxsize=1)
def _syllable_pattern() -> regex.Pattern:
    parts = load_rule_file("io/encodings")["syllable"]

    def alt(items):
        return "|".join(regex.escape(i) for i in sorted(items, key=len, reverse=True))

    return regex.compile(rf"(?:{alt(parts['onsets'])})?(?:{alt(parts['vowels'])})(?:{alt(parts['codas'])})?")


_TONE_MARKS = frozenset(_TONES.values())


@functools.lru_cache(maxsize=65536)
def is_vietnamese_syllable(word: str) -> bool:
    """'Việt' yes; 'ViÖt', 'Vieät', 'Viờũt' (two tones) no. Case-insensitive."""
    decomposed = unicodedata.normalize("NFD", word.lower())
    tones = sum(1 for ch in decomposed if ch in _TONE_MARKS)
    if tones > 1:
        return False
    base = unicodedata.normalize("NFC", "".join(ch for ch in decomposed if ch not in _TONE_MARKS))
    return _syllable_pattern().fullmatch(base) is not None


def vietnamese_words(text: str) -> tuple[int, int]:
    """(Vietnamese syllables, words) among the words that have a non-ASCII letter: plain ASCII
    words read the same in every candidate and decide nothing."""
    valid = words = 0
    for m in _WORD.finditer(text[:200_000]):
        word = m.group(0)
        if word.isascii():
            continue
        words += 1
        valid += is_vietnamese_syllable(word)
    return valid, words
