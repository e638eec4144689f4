"""The custom attributes stages use to talk to each other, declared in one place.

A stage writes only the attributes and span groups listed here; later stages read them.
Span groups (``doc.spans[...]``):

- ``zones``      structure: title, dateline, body, caption, photo_index, byline, boilerplate
- ``words``      segment: underthesea's word segmentation
- ``titles``     recognize: position titles (label TITLE)
- ``entities``   recognize: PER / ORG / LOC after rules and model are merged
- ``dates``      dates: DATE / TIME mentions with ``value``, ``granularity``, ``role``
- ``figures``    figures: NUM / MONEY / PERCENT mentions with ``value``, ``unit``, ``kind``
- ``documents``  figures: document numbers such as ``25/NQ-HĐND``
"""

from spacy.tokens import Doc, Span

DOC_EXTENSIONS = {
    "article": None,  # pipeline.read.Article the doc was made from
    "title": None,
    "published": None,  # ISO 8601 string
    "outlet": None,
    "authors": [],
    "officials": [],  # list[pipeline.officials.OfficialCluster]
    "agencies": [],  # list[pipeline.agencies.AgencyCluster]
    "places": None,  # pipeline.agencies.ArticlePlaces: the province, district, commune the article is about
    "locations": [],
    "persons": [],
    "directives": [],  # list[pipeline.acts.Act]
    "decisions": [],
    "meetings": [],  # list[pipeline.meetings.MeetingFrame]
}

SPAN_EXTENSIONS = {
    "source": None,  # "rule" | "model"
    "rule_id": None,
    # values written by the normalizing stages
    "value": None,
    "value_max": None,
    "total": None,  # denominator of a vote or ratio (37/37 → 37)
    "granularity": None,
    "role": None,
    "calendar": None,
    "gregorian": None,
    "ahead": None,  # dates: (value, gregorian) read forward, for a stage that finds the date is due
    "unit": None,
    "kind": None,
    "qualifier": None,
    "note": None,
    "number": None,
    "doc_type": None,
    "canonical": None,  # canonical name of an agency or place
    "full_name": None,
    "position": None,  # for TITLE spans: the position alone
    "agency": None,  # for TITLE spans: the agency span inside the title
}


def _span_property(name: str, default):
    """spaCy keys span attributes by offsets alone, so a byline zone and the author name that
    fills it would share them. Ours are keyed by offsets *and* label."""

    def key(span: Span) -> tuple:
        return ("vnie", name, span.start_char, span.end_char, span.label)

    def getter(span: Span):
        return span.doc.user_data.get(key(span), default)

    def setter(span: Span, value) -> None:
        span.doc.user_data[key(span)] = value

    return getter, setter


def register() -> None:
    """Declare every extension once; safe to call repeatedly."""
    for name, default in DOC_EXTENSIONS.items():
        if not Doc.has_extension(name):
            # lists are per-doc: a getter default would be shared between docs
            Doc.set_extension(name, default=None if isinstance(default, list) else default)
    for name, default in SPAN_EXTENSIONS.items():
        if not Span.has_extension(name):
            getter, setter = _span_property(name, default)
            Span.set_extension(name, getter=getter, setter=setter)


def doc_list(doc: Doc, name: str) -> list:
    """Read a list-valued doc extension, treating 'never set' as empty."""
    value = getattr(doc._, name)
    return value if value is not None else []


register()


_TEXT_KEY = ("vnie", "text")


def text_of(doc: Doc) -> str:
    """The doc's text, built once: spaCy's `Doc.text` joins every token anew on each access."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text


def remember_text(doc: Doc, text: str) -> Doc:
    """Record the text a tokenizer built `doc` from, when its tokens join back to it exactly,
    so that `text_of` need not join them again."""
    doc.user_data[_TEXT_KEY] = text
    return doc


def span_text(span: Span) -> str:
    """A span's text, cut from the doc's text built once: `Span.text` joins its tokens anew on
    each access, which costs a paragraph's tokens every time a loop looks at it."""
    return text_of(span.doc)[span.start_char:span.end_char]
