"""Other projects' Vietnamese date expectations (../shared/external/norm-cases), read from there.

Duckling's time corpus (reference time 2017-02-02 03:55, a Thursday) and NeMo's inverse text
normalization of dates. Where our value deliberately differs, the case says why; the rest
must agree with Duckling once its (datetime, grain) is written at our precision.
"""

import datetime as dt
import re
from pathlib import Path

import pytest

from pipeline.dates import tag_dates

NORM = Path(__file__).resolve().parents[3] / "shared" / "external" / "norm-cases"
pytestmark = pytest.mark.skipif(not NORM.is_dir(), reason="../shared/external/norm-cases is absent")
REF = "2017-02-02T03:55:00"

# Not read at all (outside what news reports need, or another project's convention).
UNSUPPORTED = {
    "bây giờ": "'now' is no date of the report",
    "ngay bây giờ": "'now' is no date of the report",
    "ngay lúc này": "'now' is no date of the report",
    "ngày đầu tiên của tháng ba": "ordinal days of a month are not read (we read 'tháng ba')",
    "ngày đầu tiên của tháng 3": "ordinal days of a month are not read (we read 'tháng 3')",
    "tuần đầu tiên của tháng 9 năm 2017": "ordinal weeks are not read (we read the month)",
    "4pm CET": "English clock and zone names",
    "3 s tiếp theo": "'s' for seconds is not read",
    "sau bữa trưa": "meal times are not read",
    "giáng sinh": "holidays are not read",
    "ngày giáng sinh": "holidays are not read",
    "thứ 2": "a bare weekday with no cue is too often an ordinal in news ('lần thứ 2')",
    "thứ hai": "a bare weekday with no cue is too often an ordinal in news ('kỳ họp thứ hai')",
    "thứ 3": "as above",
    "thứ ba": "as above",
    "chủ nhật": "as above (lower case, no cue)",
    "chúa nhật": "as above (lower case, no cue)",
}

# Read, with a value that differs from Duckling's on purpose.
DIFFERENT = {
    "ngày 12/10": ("2016-10-12", "no tense cue: the nearest 12/10 to the reference date, not the next"),
    "sáng chủ nhật": ("2017-01-29", "no tense cue: a news report's weekday is the last one"),
    "sáng chúa nhật": ("2017-01-29", "as above"),
    "mùa đông này": ("2017-WI", "a season is written as TIMEX's YYYY-SS, not as an interval of days"),
    "2:30": ("T02:30", "a clock time is not moved to the afternoon without 'chiều'"),
    "hai giờ rưỡi": ("T02:30", "as above"),
    "lúc 3 giờ tối": ("T15:00", "no day is invented for a time whose day the text does not give"),
    "vào lúc 7:30 chiều ngày 20 tháng 4 năm 2017": ("2017-04-20T19:30", "same value; our span leaves 'vào lúc' out"),
    "hôm nay lúc 2 giờ chiều": ("2017-02-02T14:00", "two mentions: 'hôm nay' and the time, which takes its day"),
}

_DATETIME = re.compile(r"datetime \((\d+), (\d+), (\d+), (\d+), (\d+), (\d+)\) (\w+)")
_INTERVAL = re.compile(r"datetimeInterval \(\((\d+), (\d+), (\d+), (\d+), (\d+), (\d+)\), .*\) (\w+)")


def duckling_cases():
    path = NORM / "duckling-vi" / "time_vi.tsv"
    if not path.is_file():
        return []
    rows = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()[1:] if line.strip()]
    return [(text, expected) for text, expected in rows]


def our_precision(text: str, expected: str) -> str:
    """Duckling's answer at the precision we give it."""
    m = _DATETIME.match(expected)
    if m:
        y, mo, d, h, mi, s = map(int, m.groups()[:6])
        grain = m.group(7)
        day = dt.date(y, mo, d)
        if grain == "Day":
            return day.isoformat()
        if grain == "Month":
            return f"{y}-{mo:02d}"
        if grain == "Year":
            return str(y)
        if grain == "Quarter":
            return f"{y}-Q{(mo - 1) // 3 + 1}"
        if grain == "Week":
            return f"{day.isoformat()}/{(day + dt.timedelta(days=6)).isoformat()}"
        clock = f"{h:02d}:{mi:02d}" + (f":{s:02d}" if grain == "Second" else "")
        # a day the text names (ngày 23/4, tối nay, ngày mai) is kept; otherwise none is invented
        names_a_day = re.search(r"ngày|nay|mai|qua|/\d", text)
        return f"{day.isoformat()}T{clock}" if names_a_day else f"T{clock}"
    m = _INTERVAL.match(expected)
    y, mo, d = map(int, m.groups()[:3])
    start = dt.date(y, mo, d)
    amount = re.match(r"(\d+|một|ba) (giây|phút|tiếng|giờ|ngày|tháng|năm)", text)
    if amount:  # '3 ngày tới': we give the duration, Duckling the stretch of days
        n = {"một": 1, "ba": 3}.get(amount.group(1)) or int(amount.group(1))
        unit = {"giây": "TS", "phút": "TM", "tiếng": "TH", "giờ": "TH", "ngày": "D", "tháng": "M", "năm": "Y"}[amount.group(2)]
        return f"PT{n}{unit[1]}" if unit.startswith("T") else f"P{n}{unit}"
    if text.startswith("mùa"):
        return f"{y}-SU"
    return start.isoformat()  # 'tối nay': the day, with the part of the day in the note


@pytest.mark.parametrize("text, expected", duckling_cases(), ids=[c[0] for c in duckling_cases()])
def test_duckling_time(text, expected):
    found = tag_dates(text, REF)
    if text in UNSUPPORTED:
        assert not any(d.text == text for d in found), f"now read: drop it from UNSUPPORTED ({UNSUPPORTED[text]})"
        return
    if text in DIFFERENT:
        value, _why = DIFFERENT[text]
        assert value in [d.value for d in found]
        return
    assert [d.value for d in found] == [our_precision(text, expected)], [(d.text, d.value) for d in found]


def nemo_date_cases():
    path = NORM / "nemo-vi" / "itn" / "test_cases_date.txt"
    if not path.is_file():
        return []
    return [line.split("~") for line in path.read_text(encoding="utf-8").splitlines() if "~" in line]


_WRITTEN = re.compile(r"(?:ngày |mùng |mồng )*(?:(\d+) tháng (\d+)|tháng (\d+))(?: năm (\d+))?")


@pytest.mark.parametrize("spoken, written", nemo_date_cases(), ids=[c[0] for c in nemo_date_cases()])
def test_nemo_spoken_dates(spoken, written):
    """NeMo turns spoken dates into digits; we read both forms to the same value. Years spoken
    in words and 'năm' alone (NeMo: 'năm 1852') are left to NeMo: our year needs digits."""
    m = _WRITTEN.search(written)
    if m is None or (m.group(4) and int(m.group(4)) < 1800) or "tháng năm" in written:
        pytest.skip("a year alone, a year before 1800 or 'tháng năm' (May or 'months and years')")
    day, month = m.group(1), m.group(2) or m.group(3)
    digits = tag_dates(written, REF)
    assert digits, written
    spoken_found = tag_dates(spoken, REF)
    if m.group(4):  # spoken years ('hai nghìn mười ba') are not read: compare day and month
        want = f"-{int(month):02d}" + (f"-{int(day):02d}" if day else "")
        assert any(d.value.endswith(want) or want in d.value for d in spoken_found), [(d.text, d.value) for d in spoken_found]
    else:
        assert [d.value for d in spoken_found] == [d.value for d in digits]
