"""Decoding real text from every encoding an archive may hold, and refusing what is not text."""

import codecs
import random
import unicodedata

import pytest
from legacy_encoders import encode_cp1258, encode_tcvn3, encode_vni, representable_in_tcvn3

from pipeline.io.encodings import decode_bytes, is_vietnamese_syllable
from pipeline.read import InputError
from pipeline.read.normalize import normalize_text

# Strings as they show up garbled in old archives and on the web when read as Windows-1252.
WILD = [
    ("tcvn3", "Céng hßa x· héi chñ nghÜa ViÖt Nam", "Cộng hòa xã hội chủ nghĩa Việt Nam"),
    ("tcvn3", "§¶ng Céng s¶n ViÖt Nam", "Đảng Cộng sản Việt Nam"),
    ("vni", "Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam", "Cộng hòa xã hội chủ nghĩa Việt Nam"),
    ("vni", "Ñaûng Coäng saûn Vieät Nam", "Đảng Cộng sản Việt Nam"),
]


@pytest.mark.parametrize("encoding, garbled, text", WILD, ids=[w[1][:12] for w in WILD])
def test_legacy_strings_from_the_wild(encoding, garbled, text):
    decoded = decode_bytes(garbled.encode("cp1252"), "old.txt")
    assert (decoded.encoding, decoded.text) == (encoding, text)


def _sample(files, n=60):
    rng = random.Random(7)
    return rng.sample(files, min(n, len(files)))


def test_real_articles_round_trip_through_every_encoding(dantri_files):
    checked = {"cp1258": 0, "tcvn3": 0, "vni": 0, "utf-16": 0, "utf-8-sig": 0}
    for path in _sample(dantri_files):
        text = normalize_text(path.read_text(encoding="utf-8"))
        cases = [
            ("utf-16", text.encode("utf-16"), text),
            ("utf-16", text.encode("utf-16-le"), text),  # no byte-order mark
            ("utf-8-sig", codecs.BOM_UTF8 + text.encode("utf-8"), text),
        ]
        try:
            cases.append(("cp1258", encode_cp1258(text), text))
        except UnicodeEncodeError:
            pass  # a character Windows-1258 lacks (≥, ⁰ …)
        for encoding, encode, expected in (("tcvn3", encode_tcvn3, representable_in_tcvn3(text)),
                                           ("vni", encode_vni, text)):
            # VNI spends ñ, ö, ô … on Vietnamese letters: foreign names with them cannot be written
            if encoding == "vni" and any(ch in "ñöäüÑÖÄÜ" for ch in text):
                continue
            try:
                cases.append((encoding, encode(expected), expected))
            except KeyError:
                pass
        for encoding, data, expected in cases:
            decoded = decode_bytes(data, path.name)
            assert decoded.encoding == encoding, path.name
            assert decoded.text.replace("\r\n", "\n") == expected, f"{path.name} in {encoding}"
            checked[encoding] += 1
    assert all(count >= 20 for count in checked.values()), checked


def test_seed_article_round_trips(seed_text):
    for encode, expected in ((encode_cp1258, seed_text), (encode_vni, seed_text),
                             (encode_tcvn3, representable_in_tcvn3(seed_text))):
        assert decode_bytes(encode(expected), "seed.txt").text == expected


def test_decomposed_text_is_composed_at_ingestion():
    nfd = unicodedata.normalize("NFD", "Phó Bí thư Tỉnh ủy")
    assert nfd != "Phó Bí thư Tỉnh ủy"
    assert normalize_text(decode_bytes(nfd.encode("utf-8"), "x").text) == "Phó Bí thư Tỉnh ủy"


def test_zero_width_and_control_characters_are_removed():
    raw = "Chủ\u200b tịch\u200d UBND\ufeff tỉnh\x00 họp\u00ad\x0cngày 27/8"
    assert normalize_text(raw) == "Chủ tịch UBND tỉnh họp\nngày 27/8"


def test_foreign_single_byte_text_is_refused_with_the_file_name():
    with pytest.raises(InputError, match=r"menu\.txt: not UTF-8 .* Windows-1258, TCVN3 or VNI"):
        decode_bytes("Crème brûlée, café au lait et œufs à la française".encode("cp1252"), "menu.txt")


def test_binary_is_refused():
    rng = random.Random(1)
    data = bytes(rng.randrange(256) for _ in range(4096))
    with pytest.raises(InputError, match=r"blob\.bin: looks like binary"):
        decode_bytes(data, "blob.bin")


def test_a_few_nul_bytes_do_not_make_text_binary():
    text = "Tiêu đề\n\nNội dung bài viết về phiên họp thường kỳ tháng 8.\x00\x00"
    assert normalize_text(decode_bytes(text.encode("utf-8"), "x").text).endswith("tháng 8.")


@pytest.mark.parametrize("word, ok", [("Việt", True), ("nghiêng", True), ("khuya", True), ("quốc", True),
                                      ("ViÖt", False), ("Vieät", False), ("Viờũt", False), ("café", False)])
def test_syllable_check(word, ok):
    assert is_vietnamese_syllable(word) is ok
