"""Other projects' Vietnamese number and money expectations (../shared/external/norm-cases).

Duckling's numeral and amount-of-money corpora, NeMo's inverse normalization of spoken
cardinals and its normalization of written numbers, money and measures. Where we deliberately
read less (negative numbers, cents, suffix multipliers such as '3M'), the case says why.
"""

import re
from pathlib import Path

import pytest

from pipeline.figures import tag_figures
from pipeline.figures.numerals import number_words

NORM = Path(__file__).resolve().parents[3] / "shared" / "external" / "norm-cases"
pytestmark = pytest.mark.skipif(not NORM.is_dir(), reason="../shared/external/norm-cases is absent")


def rows(relative: str, sep: str):
    path = NORM / relative
    if not path.is_file():
        return []
    lines = path.read_text(encoding="utf-8").splitlines()
    if sep == "\t":
        lines = lines[1:]
    return [tuple(line.split(sep, 1)) for line in lines if sep in line and line.split(sep, 1)[0].strip()]


NUMERAL_NOT_READ = {
    "không": "'không' is mostly 'not'; zero in words is not a figure",
    "một": "one small number word alone is not a figure ('một số ý kiến')",
    "hai": "as above",
    ",77": "a decimal without its leading digit",
    "100K": "suffix multipliers (K, M, G) are read only before a currency",
    "100k": "as above", "3M": "as above", "3000K": "as above", "1,2M": "as above", "1200K": "as above",
    ",0012G": "as above",
}


@pytest.mark.parametrize("text, expected", rows("duckling-vi/numeral_vi.tsv", "\t"))
def test_duckling_numerals(text, expected):
    value = float(re.search(r"-?[\d.]+", expected).group())
    found = tag_figures(text)
    if text in NUMERAL_NOT_READ:
        assert not found
        return
    if value < 0:
        pytest.skip("negative numbers are not read: news writes 'giảm' (down) instead")
    assert [f.value for f in found] == [value]


CURRENCIES = {"Dollar": "USD", "USD": "USD", "VND": "VND", "EUR": "EUR", "Pound": "GBP", "GBP": "GBP"}
MONEY_NOT_READ = {
    "mười xen": "cents alone", "mười xu": "cents alone", "VN$1000": "'VN$' is not a Vietnamese way of writing đồng",
    "chín pounds": "English currency words", "2 chấm 23 đô la": "spoken decimals",
    "hai phẩy 23 đô": "spoken decimals", "từ 1 phẩy 1 đến một chấm ba đô la": "spoken decimals",
    "xấp xỉ VND1000-VND2000": "a range with the currency written twice before the numbers",
    "giữa 1000 và 2000 đồng": "'giữa … và …' (between) is read as one amount, the second",
    "giữa 1,1 và 1,3 đô la": "as above",
}


@pytest.mark.parametrize("text, expected", rows("duckling-vi/amountofmoney_vi.tsv", "\t"))
def test_duckling_money(text, expected):
    kind, currency, *numbers = re.findall(r"[\w.]+", expected)
    if currency not in CURRENCIES or text in MONEY_NOT_READ:
        pytest.skip(MONEY_NOT_READ.get(text, f"{currency} is not in the currency lexicon"))
    money = [f for f in tag_figures(text) if f.kind == "money"]
    assert money, text
    first = money[0]
    assert first.unit == CURRENCIES[currency]
    values = [float(n) for n in numbers]
    if kind == "between":
        # one range span, or two amounts ('từ 1000 đồng đến 2000 đồng'); cents ('và 23 xen') are not added
        got = [first.value, first.value_max] if first.value_max else [m.value for m in money[:2]]
        assert got == values
    else:
        # 'hai đô la và 23 xen': the dollars are read, the cents are not added (we keep what is written)
        assert first.value in (values[0], int(values[0]))
        if kind == "under":
            assert first.qualifier in ("less-than", "up-to") or text.startswith(("từ", "không tới", "không cao", "không hơn", "kém"))
        if kind == "above":
            assert first.qualifier in ("more-than", "at-least") or text.startswith(("từ", "cao hơn", "không ít", "trên"))


@pytest.mark.parametrize("written, spoken", rows("nemo-vi/tn/test_cases_cardinal.txt", "~"))
def test_nemo_spoken_cardinals_read_back(written, spoken):
    """NeMo writes each number in words; our number-word grammar reads them back."""
    value = int(written)
    if value < 0:
        pytest.skip("negative numbers ('âm') are not read")
    assert number_words().read(spoken.split()) == value


@pytest.mark.parametrize("spoken, written", rows("nemo-vi/itn/test_cases_cardinal.txt", "~"))
def test_nemo_inverse_cardinals(spoken, written):
    if not re.fullmatch(r"\d+", written.strip()):
        pytest.skip("NeMo keeps these as words or with a magnitude word ('1 triệu', 'năm năm')")
    words = spoken.split()
    assert number_words().read(words) == int(written)


def _written_value(number: str) -> float:
    """A test-local reading of Vietnamese digits: '.' groups thousands, ',' is the decimal mark."""
    return float(number.replace(".", "").replace(",", "."))


@pytest.mark.parametrize("written, spoken", rows("nemo-vi/tn/test_cases_decimal.txt", "~"))
def test_nemo_written_decimals(written, spoken):
    m = re.fullmatch(r"(\d[\d.,]*)(?: (triệu|tỷ|tỉ|vạn))?", written)
    if m is None:
        pytest.skip("negative, or shorthand like '1tr2', '10k' without a currency")
    scale = {"triệu": 1e6, "tỷ": 1e9, "tỉ": 1e9, "vạn": 1e4, None: 1}[m.group(2)]
    [figure] = tag_figures(written)
    assert figure.value == pytest.approx(_written_value(m.group(1)) * scale)


@pytest.mark.parametrize("written, spoken", rows("nemo-vi/tn/test_cases_money.txt", "~"))
def test_nemo_written_money(written, spoken):
    m = re.fullmatch(r"(\d[\d.,]*) ?(đồng|₫|đ|\$|€|usd|USD|VND)", written)
    if m is None:
        pytest.skip("rates (/ngày), ranges written twice, English cents, or currencies we do not list")
    money = [f for f in tag_figures(written) if f.kind == "money"]
    assert [f.value for f in money] == [pytest.approx(_written_value(m.group(1)))]


MEASURES = {"m": "m", "km": "km", "kg": "kg", "ha": "ha", "m²": "m2", "m2": "m2", "km2": "km2", "km²": "km2", "%": "%"}


@pytest.mark.parametrize("written, spoken", rows("nemo-vi/tn/test_cases_measure.txt", "~"))
def test_nemo_written_measures(written, spoken):
    m = re.fullmatch(r"(\d[\d.,]*) ?(m|km|kg|ha|m²|m2|km2|km²|%)", written)
    if m is None:
        pytest.skip("a unit outside the lexicon (cm³, GHz …) or a sentence around it")
    [figure] = tag_figures(written)
    assert (figure.value, figure.unit) == (pytest.approx(_written_value(m.group(1))), MEASURES[m.group(2)])
