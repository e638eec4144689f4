"""Stage 4 — dates: Vietnamese dates, times and durations, resolved against the publication date.

    from pipeline.dates import tag_dates
    tag_dates("Giao Sở Tài chính báo cáo trước ngày 2/9.", dct="2021-08-27")
"""

from pipeline.dates.component import DATES_KEY, DateRecognizer, make_dates
from pipeline.dates.tagger import DateMention, DateTagger, Region, tag_dates

__all__ = ["DATES_KEY", "DateMention", "DateRecognizer", "DateTagger", "Region", "make_dates", "tag_dates"]
