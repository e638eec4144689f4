"""The yardstick: score extracted records against the gold corpus, field by field.

    vnie eval corpora/gold/test.jsonl                      # run the pipeline on each gold article
    vnie eval corpora/gold/test.jsonl --pred records.jsonl # or score records made elsewhere

Every figure is **micro-averaged**: true positives (TP), false positives (FP) and false negatives
(FN) are summed over all articles first, then P = TP/(TP+FP), R = TP/(TP+FN),
F1 = 2·TP/(2·TP+FP+FN). P is undefined (–) when nothing was predicted, R when the gold has
nothing, F1 when neither has anything. Agreement figures ("rates") count, over pairs that
already matched, how often a property is equal: correct/matched.

Matching rules
--------------
All matching is one-to-one: a gold item is matched by at most one prediction and a prediction
matches at most one gold item, so a duplicated prediction is a false positive and two equal
gold items need two predictions.

*Folded* means: NFC; whitespace runs collapsed to one space and stripped; lower case; the
tone mark of a syllable-final oa/oe/uy moved to the first vowel ('uỷ' → 'ủy', 'hoà' → 'hòa',
but not after 'q'), by `pipeline.segment.orthography.fold`. *Squashed* is the same without
the lower case and tone folds.

*Overlap* means the half-open spans [start, end) share at least one character. Where several
pairings are possible, candidate pairs are taken greedily: the most agreeing slots first
(meetings only), then the largest overlap, the closest start, the earliest gold item, the
earliest prediction.

entities.<LABEL>.exact     an entity with the same label and the same start and end.
entities.<LABEL>.partial   an entity with the same label whose span overlaps.
entities.all.*             the sum over the nine labels (label must still agree).
                           Gold has no entity for an ORG nested in a TITLE (GUIDELINES), so a
                           prediction of one is a false positive.
officials.name             an official whose folded `name` equals the gold official's.
officials.title            a (folded official name, squashed title string) pair, one per entry
                           of `Official.titles`: the title must be written exactly, and belong
                           to the right person.
agencies.full_name         an agency whose folded `full_name` equals the gold one's.
agencies.name              the same on the short `name`.
locations.name             a location whose folded `name` equals the gold one's.
dates.span                 a date with the same start and end.
dates.span+value           the same start, end and `value` string (both must be right).
dates.value / granularity / role
                           rate: on span-matched dates, the property is equal.
figures.span               a figure with the same start and end.
figures.value              an overlapping figure whose `value` is equal (relative 1e-9).
figures.value+unit         and whose folded `unit` is equal (no unit on both sides is equal).
directives.detection       directives (top-level and those under agenda items together)
                           match when their spans overlap.
directives.assignee        on matched directives, the folded `assignees` as multisets; every
                           assignee of an unmatched directive is a miss or a false positive.
directives.assignee_role   rate: on matched directives, of the gold assignees also predicted
                           (folded name), those with the same role (lead, cooperate, assigned).
directives.deadline        TP: a matched pair with the same non-null deadline; every other
                           non-null deadline, gold or predicted, is a miss or a false positive.
directives.deadline_exact  rate: on matched directives, the deadlines are equal (null = null
                           counts as equal).
decisions.detection        decisions (top-level and under agenda items) with overlapping spans.
meetings.detection         meetings with overlapping spans (a gold meeting without a `span:`
                           covers the whole text); a meeting predicted on an article whose gold
                           has none is a false positive.
meetings.no_invented       rate: of the articles whose gold has no meeting, those for which
                           none was predicted.
meetings.body / body_full_name / kind
                           rate: on matched meetings, the folded values are equal.
meetings.date              rate: on matched meetings, the ISO dates are equal.
meetings.chair             on matched meetings, the folded `chair` names as multisets (like
                           assignees).
meetings.agenda_count      rate: on matched meetings, the agenda has as many items as gold's.
meetings.agenda_items      F1 of the items of matched meetings, matched in order by title (folded: one
                           title holds the other, or 60 % of the shorter one's words are the other's).
meetings.act_item          rate: on matched meetings, of the directives and decisions found on both sides
                           (overlapping spans), those listed under the same item (the predicted item
                           matched to the gold one by title), or under no item on both sides.

Running the pipeline on a gold article gives it what a real input would carry
(`run.article_from_gold`): the text as is; `title_in_text` when the gold title is the text's
first line, else the title as a field; `published` only when the text has no date line (no
gold date with role 'published'); the id, url and path. An article whose prediction fails,
is missing from `--pred`, or has a different text is scored as an empty prediction and
listed as an error.

The baseline (`baseline.py`): underthesea's `ner` on the same texts, scored with the same
entity rules for PER, ORG and LOC.
"""

from pipeline.evaluate.run import Evaluation, EvalError, evaluate

__all__ = ["Evaluation", "EvalError", "evaluate"]
