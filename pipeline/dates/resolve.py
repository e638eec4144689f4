"""From the words of a date to its ISO 8601 value, resolved against the publication date (DCT).

A value never claims more precision than the text gives: '27/8' is a day, 'tháng 8' a month,
'quý III' a quarter. A missing year comes from the DCT: the nearest such date, or the next one
when the sentence looks ahead (an instruction, a deadline, 'sẽ'), or the last one when it looks
back ('đã', 'vừa'). Without a DCT the year stays unknown ('--09-02'), never guessed, and the
note says so.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Optional

from pipeline.dates.grammar import Lexicon
from pipeline.figures.numerals import number_words, read_roman

FUTURE, PAST, NEAREST = "future", "past", "nearest"
UNKNOWN_DAY = "XXXX-XX-XX"
# how far a day may lie on the 'wrong' side of the publication date and keep its year
GRACE_DAYS = 7


class Unresolvable(ValueError):
    """The words matched a pattern but name no real date (31/2, 'ngày 26-25/8')."""


@dataclass
class Resolved:
    value: str
    granularity: str
    label: str = "DATE"
    calendar: str = "gregorian"
    notes: tuple[str, ...] = ()
    # the day the mention points at, when it has one (anchors a later clock time)
    day: Optional[dt.date] = None
    # the year was written in the text
    explicit_year: bool = False
    # a lunar date's Gregorian equivalent (the value keeps the lunar date as written)
    gregorian: Optional[str] = None

    @property
    def note(self) -> Optional[str]:
        return "; ".join(self.notes) if self.notes else None


def parse_dct(published: Optional[str]) -> Optional[dt.datetime]:
    """The publication date-time from an ISO string (date only is fine); None if unreadable."""
    if not published:
        return None
    try:
        moment = dt.datetime.fromisoformat(published.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment


class Resolver:
    def __init__(self, lexicon: Lexicon):
        self.lex = lexicon
        self.words = number_words()

    # -- small readers ---------------------------------------------------------------------
    def year(self, text: Optional[str], dct: Optional[dt.datetime]) -> Optional[int]:
        if not text:
            return None
        year = int(text)
        if len(text) == 2:  # '3/9/91': the century closest to the DCT's, not in its future
            now = dct.year if dct else 2000
            year += (now // 100) * 100
            if year > now + 10:
                year -= 100
        return year

    def year_in_words(self, words: Optional[str]) -> Optional[int]:
        """'hai nghìn linh chín' → 2009; 'hai không hai ba', read digit by digit → 2023."""
        if not words:
            return None
        parts = words.lower().split()
        if len(parts) == 4 and all(p in self.words.digits for p in parts):
            return int("".join(str(self.words.digits[p]) for p in parts))
        if len(parts) > 2 and parts[0] in self.words.digits and parts[1] in self.words.digits:
            rest = self.words.read(parts[2:])  # 'hai không mười ba': 20 then 13
            if rest is not None and rest == int(rest) and rest < 100:
                return int(f"{self.words.digits[parts[0]]}{self.words.digits[parts[1]]}{int(rest):02d}")
        value = self.words.read(parts)
        if value is None or not 1000 <= value <= 2200 or value != int(value):
            raise Unresolvable("not a year")
        return int(value)

    def number(self, digits: Optional[str], words: Optional[str]) -> Optional[float]:
        if digits:
            return float(digits.replace(",", "."))
        if words:
            return self.words.read(words.split())
        return None

    def month(self, g: dict) -> Optional[int]:
        if g.get("month"):
            return int(g["month"])
        if g.get("month_w"):
            return self.lex.month_words[Lexicon.key(g["month_w"])]
        return None

    def day(self, g: dict) -> Optional[int]:
        if g.get("full_moon"):
            return 15
        if g.get("day"):
            return int(g["day"])
        if g.get("day_w"):
            return self.lex.day_words[Lexicon.key(g["day_w"])]
        return None

    def quarter(self, text: str) -> int:
        key = Lexicon.key(text)
        if key.isdigit():
            return int(key)
        roman = read_roman(text.upper())
        if roman:
            return roman
        return int(self.words.read([key]))

    # -- choosing a year ------------------------------------------------------------------
    @staticmethod
    def pick_year(build, dct: dt.date, direction: str) -> tuple[int, str]:
        """The year among DCT-1..DCT+1 whose `build(year)` (a comparable point) fits the
        direction; returns it with a note."""
        options = []
        for year in (dct.year - 1, dct.year, dct.year + 1):
            try:
                options.append((year, build(year)))
            except (ValueError, Unresolvable):
                continue
        if not options:
            raise Unresolvable("no such date near the publication date")
        ref = build.reference(dct) if hasattr(build, "reference") else dct
        # a day a few days back is still 'this' one, even in a sentence that looks ahead
        grace = dt.timedelta(days=GRACE_DAYS) if isinstance(ref, dt.date) else 0
        if direction == FUTURE:
            ahead = [(y, p) for y, p in options if p >= ref - grace]
            if ahead:
                return min(ahead, key=lambda yp: yp[1])[0], "year from the publication date (next after it)"
        elif direction == PAST:
            behind = [(y, p) for y, p in options if p <= ref + grace]
            if behind:
                return max(behind, key=lambda yp: yp[1])[0], "year from the publication date (last before it)"
        best = min(options, key=lambda yp: (abs(_distance(yp[1], ref)), yp[0] != dct.year))
        return best[0], "year from the publication date (nearest)"

    # -- the readers, one per `read:` of the rule files -------------------------------------
    def resolve(self, read: str, g: dict, dct: Optional[dt.datetime], direction: str,
                anchor: Optional[dt.date] = None, year: Optional[int] = None) -> Resolved:
        reader = getattr(self, "read_" + read)
        return reader(g, dct, direction, anchor=anchor, forced_year=year)

    def read_date(self, g, dct, direction, anchor=None, forced_year=None) -> Resolved:
        notes: list[str] = []
        lunar = bool(g.get("lunar") or g.get("full_moon")) or (
            g.get("month_w") and Lexicon.key(g["month_w"]) in self.lex.lunar_month_words)
        day, month = self.day(g), self.month(g)
        year = forced_year or self.year(g.get("year"), dct) or self.year_in_words(g.get("year_w"))
        explicit = year is not None
        today = dct.date() if dct else None
        target: Optional[dt.date] = None

        if g.get("same_day"):
            if anchor is not None:
                target = anchor
                notes.append("the day of the date mentioned before it")
            elif today is not None:
                target = today
                notes.append("no date before it: the publication date")
            else:
                return Resolved(UNKNOWN_DAY, "day", notes=("relative to an unknown date",))
        if g.get("rel_day"):
            offset = self._relative_day(g["rel_day"])
            if today is not None:
                target = today + dt.timedelta(days=offset)
                if day is not None and (target.day, target.month) != (day, month):
                    notes.append(f"'{g['rel_day']}' is {target.isoformat()} by the publication date; the written date is kept")
                    target = None
            elif day is None:
                return self._with_time(Resolved(UNKNOWN_DAY, "day", notes=("relative to an unknown publication date",)), g)
        if target is None and day is None and g.get("weekday"):
            return self._weekday(g, dct, direction, notes)
        if target is None and day is not None and month is None:
            return self._with_time(self._day_of_month(day, today, direction, notes), g)
        if target is None:
            if day is None or month is None:
                raise Unresolvable("no day or month")
            if lunar:
                return self._lunar_day(day, month, year, dct, direction, g, notes)
            if year is None:
                if today is None:
                    _check(2000, month, day)  # 29/2 is a real day in some year
                    notes.append("year unknown: no publication date")
                    return self._with_time(Resolved(f"--{month:02d}-{day:02d}", "day", notes=tuple(notes)), g)
                year, note = self.pick_year(_DayPoint(month, day), today, direction)
                notes.append(note)
            target = _check(year, month, day)
        if g.get("weekday"):
            weekday = self.lex.weekdays[Lexicon.key(g["weekday"])]
            if target.isoweekday() != weekday:
                notes.append(f"the weekday written ({g['weekday']}) is not that of {target.isoformat()}")
        if g.get("pod"):
            notes.append(self.lex.parts_of_day[Lexicon.key(g["pod"])])
        resolved = Resolved(target.isoformat(), "day", notes=tuple(notes), day=target, explicit_year=explicit)
        return self._with_time(resolved, g)

    def read_time(self, g, dct, direction, anchor=None, forced_year=None) -> Resolved:
        clock, notes = self._clock(g)
        if anchor is not None:
            return Resolved(f"{anchor.isoformat()}T{clock}", "time", "TIME", notes=tuple(notes) + ("day from the date before it",), day=anchor)
        return Resolved(f"T{clock}", "time", "TIME", notes=tuple(notes) + ("day not stated",))

    def read_day_range(self, g, dct, direction, anchor=None, forced_year=None) -> Resolved:
        first = self.read_date({**g, "day2": None}, dct, direction, forced_year=forced_year)
        day2 = int(g["day2"])
        if first.day is None:  # year unknown
            month = int(g["month"])
            if day2 <= int(g["day"]):
                raise Unresolvable("a day range must go forward")
            return Resolved(f"{first.value}/--{month:02d}-{day2:02d}", "interval", notes=first.notes)
        last = _check(first.day.year, first.day.month, day2)
        if last <= first.day:
            raise Unresolvable("a day range must go forward")
        return Resolved(f"{first.value}/{last.isoformat()}", "interval", notes=first.notes, day=first.day,
                        explicit_year=first.explicit_year)

    def read_month(self, g, dct, direction, anchor=None, forced_year=None) -> Resolved:
        month = self.month(g)
        notes = []
        year = forced_year or self.year(g.get("year"), dct) or self.year_in_words(g.get("year_w"))
        explicit = year is not None
        if g.get("lunar"):
            return self._lunar_month(month, year, dct, direction, notes)
        if year is None and g.get("rel"):
            if dct is None:
                return Resolved(f"--{month:02d}", "month", notes=("year unknown: no publication date",))
            step = self._relative(g["rel"])
            if "năm" in g["_text"].lower():
                year = dct.year + step
            else:  # 'tháng 3 tới': the coming March; 'tháng 7 vừa qua': the last July
                direction = FUTURE if step > 0 else PAST if step < 0 else NEAREST
                year, _ = self.pick_year(_MonthPoint(month), dct.date(), direction)
        if year is None:
            if dct is None:
                notes.append("year unknown: no publication date")
                return Resolved(f"--{month:02d}" + "", "month", notes=tuple(self._edge(g, "month") + notes))
            year, note = self.pick_year(_MonthPoint(month), dct.date(), direction)
            notes.append(note)
        return Resolved(f"{year:04d}-{month:02d}", "month", notes=tuple(self._edge(g, "month") + notes), explicit_year=explicit)

    def read_quarter(self, g, dct, direction, anchor=None, forced_year=None) -> Resolved:
        year = forced_year or self.year(g.get("year"), dct)
        explicit = year is not None
        notes: list[str] = []
        if not g.get("quarter"):  # quý tới, quý này
            if dct is None:
                return Resolved("XXXX-QX", "quarter", notes=("relative to an unknown publication date",))
            index = dct.year * 4 + (dct.month - 1) // 3 + self._relative(g["rel"])
            return Resolved(f"{index // 4:04d}-Q{index % 4 + 1}", "quarter")
        quarter = self.quarter(g["quarter"])
        if year is None and g.get("rel"):
            if dct is not None:
                year = dct.year + self._relative(g["rel"])
        if year is None:
            if dct is None:
                return Resolved(f"--Q{quarter}", "quarter", notes=("year unknown: no publication date",))
            year, note = self.pick_year(_QuarterPoint(quarter), dct.date(), direction)
            notes.append(note)
        return Resolved(f"{year:04d}-Q{quarter}", "quarter", notes=tuple(notes), explicit_year=explicit)

    def read_months_of_year(self, g, dct, direction, anchor=None, forced_year=None) -> Resolved:
        if g.get("half"):
            count = 6
        else:
            count = self.number(g.get("nmonths"), g.get("nmonths_w"))
        if not count or count != int(count) or not 1 <= count <= 12:
            raise Unresolvable("not a number of months")
        count = int(count)
        year, notes = self._year_of(g, dct, forced_year)
        at_end = (g.get("edge") or "").lower() == "cuối"
        first, last = (13 - count, 12) if at_end else (1, count)
        prefix = f"{year:04d}" if year is not None else "-"
        if count == 6:
            value, granularity = f"{prefix}-H{2 if at_end else 1}", "half-year"
        elif count == 3:
            value, granularity = f"{prefix}-Q{4 if at_end else 1}", "quarter"
        elif count == 12:
            value, granularity = prefix if year is not None else "XXXX", "year"
        elif year is not None:
            value, granularity = f"{year:04d}-{first:02d}/{year:04d}-{last:02d}", "interval"
        else:
            value, granularity = f"--{first:02d}/--{last:02d}", "interval"
        return Resolved(value, granularity, notes=tuple(notes), explicit_year=bool(g.get("year")))

    def read_year_range(self, g, dct, direction, anchor=None, forced_year=None) -> Resolved:
        first = int(g["year"])
        last_text = g["year2"]
        last = int(last_text) if len(last_text) == 4 else (first // 100) * 100 + int(last_text)
        if not first < last <= first + 100:
            raise Unresolvable("a year range must go forward")
        return Resolved(f"{first}/{last}", "interval", explicit_year=True)

    def read_season_years(self, g, dct, direction, anchor=None, forced_year=None) -> Resolved:
        years = self.read_year_range(g, dct, direction, anchor, forced_year)
        return Resolved(years.value, "season", explicit_year=True)

    def read_year(self, g, dct, direction, anchor=None, forced_year=None) -> Resolved:
        year, notes = self._year_of(g, dct, forced_year, nearest_past_for_qua=True)
        notes = self._edge(g, "year") + notes
        if year is None:
            return Resolved("XXXX", "year", notes=tuple(notes))
        return Resolved(f"{year:04d}", "year", notes=tuple(notes), explicit_year=bool(g.get("year")))

    def read_season(self, g, dct, direction, anchor=None, forced_year=None) -> Resolved:
        # spring … winter keep TIMEX's season code (2021-SU); the dry and rainy seasons have none,
        # so their value is the year they fall in (corpora/GUIDELINES.md) and the note names them
        year, notes = self._year_of(g, dct, forced_year)
        code = self.lex.seasons.get(Lexicon.key(g["season"]))
        if code is not None:
            return Resolved(f"{year:04d}-{code}" if year is not None else f"XXXX-{code}", "season", notes=tuple(notes))
        notes = [f"season: mùa {Lexicon.key(g['season'])}"] + notes
        return Resolved(f"{year:04d}" if year is not None else "XXXX", "season", notes=tuple(notes))

    def read_weekday(self, g, dct, direction, anchor=None, forced_year=None) -> Resolved:
        return self._weekday(g, dct, direction, [])

    def read_relative_unit(self, g, dct, direction, anchor=None, forced_year=None) -> Resolved:
        unit = Lexicon.key(g["unit"])
        offset = self._relative(g["rel"])
        notes = self._edge(g, "week" if unit == "tuần" else "month")
        if dct is None:
            return Resolved(UNKNOWN_DAY, "interval" if unit == "tuần" else "month",
                            notes=tuple(notes) + ("relative to an unknown publication date",))
        today = dct.date()
        if unit == "tuần":
            monday = today - dt.timedelta(days=today.weekday()) + dt.timedelta(weeks=offset)
            return Resolved(f"{monday.isoformat()}/{(monday + dt.timedelta(days=6)).isoformat()}", "interval", notes=tuple(notes))
        index = today.year * 12 + today.month - 1 + offset
        return Resolved(f"{index // 12:04d}-{index % 12 + 1:02d}", "month", notes=tuple(notes))

    def read_tet(self, g, dct, direction, anchor=None, forced_year=None) -> Resolved:
        day = self.day(g) or 1  # a bare 'Tết' is the new year's day
        year = forced_year or self.year(g.get("year"), dct)
        if year is None and g.get("canchi") and dct is not None:
            year = _canchi_year(g["canchi"], dct.year)
        return self._lunar_day(day, 1, year, dct, direction, g, [])

    def read_since_year_start(self, g, dct, direction, anchor=None, forced_year=None) -> Resolved:
        if dct is None:
            raise Unresolvable("'từ đầu năm đến nay' needs the publication date")
        year = forced_year or self.year(g.get("year"), dct) or dct.year
        return Resolved(f"{year:04d}-01-01/{dct.date().isoformat()}", "interval", notes=("to the publication date",))

    def read_last_half_year(self, g, dct, direction, anchor=None, forced_year=None) -> Resolved:
        """'6 tháng qua': the half-year that ends at (or just before) the publication date; '9 tháng
        qua' in October, the year's first nine months."""
        count = self.number(g.get("nmonths"), g.get("nmonths_w"))
        if count != 6:
            # (reported just after they end; earlier in the year, or two months, they are the past N months)
            if dct is None or not count or count != int(count) or count < 3 or dct.month not in (count, count + 1):
                raise Unresolvable("not the months of the year so far")
            return self.read_months_of_year(g, dct, direction, forced_year=dct.year)
        if dct is None:
            return Resolved("XXXX-H1", "half-year", notes=("relative to an unknown publication date",))
        if dct.month >= 6:
            return Resolved(f"{dct.year:04d}-H1", "half-year", notes=("the first half of the publication year",))
        return Resolved(f"{dct.year - 1:04d}-H2", "half-year", notes=("the second half of the year before",))

    def read_duration(self, g, dct, direction, anchor=None, forced_year=None) -> Resolved:
        amount = self.number(g.get("dur_n"), g.get("dur_n_w"))
        if amount is None or amount <= 0:
            raise Unresolvable("not an amount")
        unit = self.lex.duration_units[Lexicon.key(g["dur_unit"])] if Lexicon.key(g["dur_unit"]) != "h" else "TH"
        if unit[:-1].isdigit():  # a decade is ten years
            amount, unit = amount * int(unit[:-1]), unit[-1]
        parts = [(amount, unit)]
        if g.get("dur_n2"):
            parts.append((float(g["dur_n2"]), self.lex.duration_units[Lexicon.key(g["dur_unit2"])]))
        date_part = "".join(f"{_num(a)}{u}" for a, u in parts if not u.startswith("T"))
        time_part = "".join(f"{_num(a)}{u[1:]}" for a, u in parts if u.startswith("T"))
        value = "P" + date_part + ("T" + time_part if time_part else "")
        notes = ()
        tail = Lexicon.key(g.get("dur_tail") or "")
        if tail:
            ahead = self.lex.relative_words.get(tail, 1 if tail == "nữa" else -1) > 0
            notes = ("starting at the publication date" if ahead else "ending at the publication date",)
        return Resolved(value, "duration", notes=notes)

    # -- pieces ------------------------------------------------------------------------------
    def _relative(self, word: str) -> int:
        return self.lex.relative_words[Lexicon.key(word)]

    def _relative_day(self, word: str) -> int:
        key = Lexicon.key(word)
        if key in self.lex.relative_days:
            return self.lex.relative_days[key]
        return self.lex.part_of_day_relatives[key]

    def _edge(self, g, unit: str) -> list[str]:
        if not g.get("edge"):
            return []
        return [f"{self.lex.period_edges[Lexicon.key(g['edge'])]} of the {unit}"]

    def _year_of(self, g, dct, forced_year, nearest_past_for_qua=False) -> tuple[Optional[int], list[str]]:
        year = forced_year or self.year(g.get("year"), dct)
        if year is not None:
            return year, []
        if dct is None:
            return None, ["year unknown: no publication date"]
        if g.get("rel"):
            rel = Lexicon.key(g["rel"])
            offset = self._relative(rel)
            if nearest_past_for_qua and rel in ("qua", "vừa qua") and dct.month >= 11:
                # 'năm qua' in a year-end report is the year that is ending
                return dct.year, ["'năm qua' read as the year ending at the publication date"]
            return dct.year + offset, []
        return dct.year, ["year from the publication date"]

    @staticmethod
    def _day_of_month(day: int, today: Optional[dt.date], direction: str, notes: list[str]) -> Resolved:
        """'mồng 3' alone: the 3rd of the month before, of or after the publication date."""
        if today is None:
            return Resolved(f"---{day:02d}", "day", notes=tuple(notes) + ("month and year unknown: no publication date",))
        options = []
        for step in (-1, 0, 1):
            index = today.year * 12 + today.month - 1 + step
            try:
                options.append(dt.date(index // 12, index % 12 + 1, day))
            except ValueError:
                continue
        if not options:
            raise Unresolvable("no such day near the publication date")
        grace = dt.timedelta(days=GRACE_DAYS)
        ahead = [d for d in options if d >= today - grace]
        behind = [d for d in options if d <= today + grace]
        if direction == FUTURE and ahead:
            target, how = min(ahead), "next after it"
        elif direction == PAST and behind:
            target, how = max(behind), "last before it"
        else:
            target, how = min(options, key=lambda d: (abs((d - today).days), d != today)), "nearest"
        note = f"month and year from the publication date ({how})"
        return Resolved(target.isoformat(), "day", notes=tuple(notes) + (note,), day=target)

    def _weekday(self, g, dct, direction, notes) -> Resolved:
        weekday = self.lex.weekdays[Lexicon.key(g["weekday"])]
        if g.get("pod"):
            notes = notes + [self.lex.parts_of_day[Lexicon.key(g["pod"])]]
        if dct is None:
            return Resolved(UNKNOWN_DAY, "day", notes=tuple(notes) + ("relative to an unknown publication date",))
        today = dct.date()
        rel = Lexicon.key(g.get("rel") or "")
        text = g.get("_text", "").lower()
        if rel and "tuần" in text:
            monday = today - dt.timedelta(days=today.weekday()) + dt.timedelta(weeks=self._relative(rel))
            target = monday + dt.timedelta(days=weekday - 1)
        elif rel:
            step = self._relative(rel)
            if step == 0:
                target = today - dt.timedelta(days=today.weekday()) + dt.timedelta(days=weekday - 1)
            elif step > 0:
                target = today + dt.timedelta(days=(weekday - today.isoweekday()) % 7 or 7)
            else:
                target = today - dt.timedelta(days=(today.isoweekday() - weekday) % 7 or 7)
        elif direction == FUTURE:
            target = today + dt.timedelta(days=(weekday - today.isoweekday()) % 7)
            notes = notes + ["the next such weekday after the publication date"]
        else:
            target = today - dt.timedelta(days=(today.isoweekday() - weekday) % 7)
            notes = notes + ["the last such weekday before the publication date"]
        return Resolved(target.isoformat(), "day", notes=tuple(notes), day=target)

    def _clock(self, g) -> tuple[str, list[str]]:
        hour = int(g["hour"]) if g.get("hour") else int(self.words.read(g["hour_w"].lower().split()))
        minute = 30 if g.get("half_hour") else int(g.get("minute") or 0)
        if g.get("minus"):  # '11 giờ kém 15' is 10:45
            hour, minute = (hour - 1) % 24, 60 - int(g["minus"])
        second = g.get("second")
        notes = []
        pod = Lexicon.key(g.get("pod") or "")
        ampm = (g.get("ampm") or "").upper()
        if ampm in ("PM", "CH") and hour < 12:
            hour += 12
        elif pod:
            part = self.lex.parts_of_day[pod]
            if part in ("afternoon", "late afternoon", "evening") and hour < 12:
                hour += 12
            elif part == "noon" and hour < 6:
                hour += 12
            elif part in ("night",) and 6 <= hour < 12:
                hour += 12
        text = f"{hour:02d}:{minute:02d}"
        if second is not None:
            text += f":{int(second):02d}"
        return text, notes

    def _with_time(self, resolved: Resolved, g) -> Resolved:
        if not (g.get("hour") or g.get("hour_w")):
            return resolved
        clock, _ = self._clock(g)
        if g.get("zone_all"):
            if len(clock) == 5:
                clock += ":00"
            clock += _offset(g.get("zone"))
        notes = tuple(n for n in resolved.notes if n not in self.lex.parts_of_day.values())
        gregorian = f"{resolved.gregorian}T{clock}" if resolved.gregorian else None
        return Resolved(f"{resolved.value}T{clock}", "time", "TIME", resolved.calendar, notes, resolved.day, resolved.explicit_year, gregorian)

    def _lunar_day(self, day, month, year, dct, direction, g, notes) -> Resolved:
        from lunar_vn import convert_lunar_to_solar, convert_solar_to_lunar

        notes = list(notes)
        if year is None:
            if dct is None:
                notes.append("lunar date, year unknown: not converted")
                return Resolved(f"--{month:02d}-{day:02d}", "day", calendar="lunar", notes=tuple(notes))
            today = dct.date()
            lunar_today = convert_solar_to_lunar(today.day, today.month, today.year)

            def build(lunar_year):
                if not 1 <= day <= 30:
                    raise Unresolvable("no such lunar day")
                return convert_lunar_to_solar(day, month, lunar_year)
            options = []
            for lunar_year in (lunar_today.year - 1, lunar_today.year, lunar_today.year + 1):
                try:
                    options.append((lunar_year, build(lunar_year)))
                except ValueError:
                    continue
            if direction == FUTURE and any(d >= today for _, d in options):
                year = min((yd for yd in options if yd[1] >= today), key=lambda yd: yd[1])[0]
            elif direction == PAST and any(d <= today for _, d in options):
                year = max((yd for yd in options if yd[1] <= today), key=lambda yd: yd[1])[0]
            else:
                year = min(options, key=lambda yd: abs((yd[1] - today).days))[0]
            notes.append("lunar year from the publication date")
        try:
            solar = convert_lunar_to_solar(day, month, year)
        except ValueError as err:
            raise Unresolvable(str(err)) from err
        notes.insert(0, f"lunar {day}/{month}/{year}, {solar.isoformat()} in the Gregorian calendar")
        return self._with_time(Resolved(f"{year:04d}-{month:02d}-{day:02d}", "day", calendar="lunar", notes=tuple(notes),
                                        day=solar, gregorian=solar.isoformat()), g)

    def _lunar_month(self, month, year, dct, direction, notes) -> Resolved:
        from lunar_vn import convert_lunar_to_solar, convert_solar_to_lunar

        if year is None:
            if dct is None:
                return Resolved(f"--{month:02d}", "month", calendar="lunar", notes=("lunar month, year unknown: not converted",))
            year = convert_solar_to_lunar(dct.day, dct.month, dct.year).year
            notes = notes + ["lunar year from the publication date"]
        try:
            first = convert_lunar_to_solar(1, month, year)
            following = convert_lunar_to_solar(1, month % 12 + 1, year + (month == 12))
        except ValueError as err:
            raise Unresolvable(str(err)) from err
        last = following - dt.timedelta(days=1)
        return Resolved(f"{year:04d}-{month:02d}", "month", calendar="lunar",
                        notes=(f"lunar month {month}/{year}",) + tuple(notes), gregorian=f"{first.isoformat()}/{last.isoformat()}")


class _DayPoint:
    def __init__(self, month: int, day: int):
        self.month, self.day = month, day

    def __call__(self, year: int) -> dt.date:
        return _check(year, self.month, self.day)


class _MonthPoint:
    def __init__(self, month: int):
        self.month = month

    def __call__(self, year: int) -> int:
        return year * 12 + self.month - 1

    @staticmethod
    def reference(today: dt.date) -> int:
        return today.year * 12 + today.month - 1


class _QuarterPoint:
    def __init__(self, quarter: int):
        self.quarter = quarter

    def __call__(self, year: int) -> int:
        return year * 4 + self.quarter - 1

    @staticmethod
    def reference(today: dt.date) -> int:
        return today.year * 4 + (today.month - 1) // 3


def _distance(a, b) -> float:
    if isinstance(a, dt.date):
        return (a - b).days
    return a - b


def _check(year: int, month: int, day: int) -> dt.date:
    try:
        return dt.date(year, month, day)
    except ValueError as err:
        raise Unresolvable(str(err)) from err


def _num(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


def _offset(zone: Optional[str]) -> str:
    """'+7' → '+07:00', '+0700' → '+07:00'; 'GMT' alone → '+00:00'."""
    if not zone:
        return "+00:00"
    zone = zone.replace(" ", "")
    sign, digits = zone[0], zone[1:].replace(":", "")
    hours, minutes = (digits[:-2], digits[-2:]) if len(digits) > 2 else (digits, "00")
    return f"{sign}{int(hours):02d}:{minutes}"


_STEMS = ["canh", "tân", "nhâm", "quý", "giáp", "ất", "bính", "đinh", "mậu", "kỷ"]  # year % 10
_BRANCHES = ["thân", "dậu", "tuất", "hợi", "tý", "sửu", "dần", "mão", "thìn", "tỵ", "ngọ", "mùi"]  # year % 12
_BRANCH_SPELLINGS = {"mẹo": "mão", "tị": "tỵ"}


def _canchi_year(name: str, near: int) -> Optional[int]:
    """The year named 'Ất Tỵ' (2025) nearest `near`."""
    stem, branch = Lexicon.key(name).split()
    branch = _BRANCH_SPELLINGS.get(branch, branch)
    for year in sorted(range(near - 30, near + 31), key=lambda y: abs(y - near)):
        if _STEMS[year % 10] == stem and _BRANCHES[year % 12] == branch:
            return year
    return None
