"""Property tests: random numbers written the Vietnamese way (digits and words), read back."""

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.figures import tag_figures
from pipeline.figures.numerals import number_words

DIGITS = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"]


def vietnamese_thousands(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def three(n: int, full: bool, four: str) -> list[str]:
    """A group below 1000 in words; `full` spells a zero hundred ('không trăm')."""
    hundreds, tens, units = n // 100, n // 10 % 10, n % 10
    out = []
    if hundreds or full:
        out += [DIGITS[hundreds], "trăm"]
    if tens == 0:
        if units:
            out += (["linh"] if out else []) + [DIGITS[units]]
    elif tens == 1:
        out += ["mười"] + ([] if not units else ["lăm" if units == 5 else DIGITS[units]])
    else:
        out += [DIGITS[tens], "mươi"]
        if units:
            out.append({1: "mốt", 4: four, 5: "lăm"}.get(units, DIGITS[units]))
    return out


def to_words(n: int, four: str = "tư") -> str:
    """The standard reading of 0 < n < 10**12 (independent of the reader under test)."""
    words, started = [], False
    for scale, name in ((10**9, "tỷ"), (10**6, "triệu"), (10**3, "nghìn"), (1, "")):
        group = n // scale % 1000
        if group:
            words += three(group, started, four) + ([name] if name else [])
            started = True
    return " ".join(words)


@settings(max_examples=200, deadline=None)
@given(st.integers(1, 10**12 - 1), st.sampled_from(["tư", "bốn"]))
def test_words_read_back(n, four):
    assert number_words().read(to_words(n, four).split()) == n


@settings(max_examples=60, deadline=None)
@given(st.integers(10, 999_999))
def test_words_in_a_sentence(n):
    text = f"Có {to_words(n)} người tham dự."
    [figure] = tag_figures(text)
    assert (figure.value, figure.unit, figure.text) == (n, "người", to_words(n))


@settings(max_examples=100, deadline=None)
@given(st.integers(1000, 10**12))
def test_thousands_dots(n):
    written = vietnamese_thousands(n)
    [figure] = tag_figures(f"Tổng cộng {written} hộ dân được hỗ trợ.")
    assert (figure.text, figure.value, figure.unit) == (written, n, "hộ dân")


@settings(max_examples=100, deadline=None)
@given(st.integers(1, 9999), st.integers(1, 99), st.sampled_from([("triệu", 10**6), ("tỷ", 10**9)]))
def test_money_with_decimal_comma(whole, cents, multiplier):
    word, scale = multiplier
    written = f"{vietnamese_thousands(whole)},{cents} {word} đồng"
    [figure] = tag_figures(f"Tổng vốn đầu tư {written}.")
    assert figure.text == written and figure.unit == "VND" and figure.kind == "money"
    assert abs(figure.value - float(f"{whole}.{cents}") * scale) < 1e-3 * scale


@settings(max_examples=60, deadline=None)
@given(st.integers(0, 100), st.integers(0, 9))
def test_percent(whole, tenth):
    written = f"{whole},{tenth}%"
    [figure] = tag_figures(f"Tỷ lệ đạt {written} so với cùng kỳ.")
    assert (figure.value, figure.kind) == (float(f"{whole}.{tenth}"), "percent")


@settings(max_examples=60, deadline=None)
@given(st.integers(2, 500), st.integers(0, 500))
def test_votes(total, missing):
    agree = max(0, total - missing)
    [figure] = tag_figures(f"Nghị quyết được thông qua với {agree}/{total} đại biểu tán thành.")
    assert (figure.value, figure.total, figure.kind) == (agree, total, "vote")
