"""Inline markup for gold annotations: ``{{LABEL key=value key="two words"|surface text}}``.

Marks nest (an agency inside a title: ``{{TITLE id=do|Chủ tịch {{ORG full="…"|UBND tỉnh}}}}``).
Parsing removes every mark and returns the plain text with each mark's offsets into it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import regex

_ATTR = regex.compile(r'([a-z_]+)=(?:"([^"]*)"|(\S+))')
_LABEL = regex.compile(r"[A-Z]+")


class MarkupError(ValueError):
    pass


@dataclass
class Mark:
    label: str
    start: int
    end: int
    text: str
    attrs: dict[str, str] = field(default_factory=dict)
    depth: int = 0
    parent: "Mark | None" = None


def _parse_header(header: str, where: int) -> tuple[str, dict[str, str]]:
    header = header.strip()
    m = _LABEL.match(header)
    if not m:
        raise MarkupError(f"mark at {where}: expected a LABEL in {header!r}")
    attrs = {}
    rest = header[m.end():]
    consumed = 0
    for a in _ATTR.finditer(rest):
        if rest[consumed:a.start()].strip():
            raise MarkupError(f"mark at {where}: cannot read {rest[consumed:a.start()]!r} in {header!r}")
        attrs[a.group(1)] = a.group(2) if a.group(2) is not None else a.group(3)
        consumed = a.end()
    if rest[consumed:].strip():
        raise MarkupError(f"mark at {where}: cannot read {rest[consumed:]!r} in {header!r}")
    return m.group(0), attrs


def parse(marked: str) -> tuple[str, list[Mark]]:
    out: list[str] = []
    length = 0
    stack: list[tuple[str, dict, int, int]] = []  # label, attrs, plain start, source position
    marks: list[Mark] = []
    i = 0
    n = len(marked)
    while i < n:
        if marked.startswith("{{", i):
            bar = marked.find("|", i + 2)
            close = marked.find("}}", i + 2)
            if bar < 0 or (0 <= close < bar):
                raise MarkupError(f"mark at {i}: '{{{{' without a '|' before its end")
            label, attrs = _parse_header(marked[i + 2:bar], i)
            stack.append((label, attrs, length, i))
            i = bar + 1
        elif marked.startswith("}}", i) and stack:
            label, attrs, start, src = stack.pop()
            plain = "".join(out)
            marks.append(Mark(label, start, length, plain[start:length], attrs, depth=len(stack)))
            i += 2
        else:
            out.append(marked[i])
            length += 1
            i += 1
    if stack:
        label, _, _, src = stack[-1]
        raise MarkupError(f"mark {label} opened at {src} is never closed")
    marks.sort(key=lambda m: (m.start, -m.end))
    # parents: the innermost enclosing mark
    for mark in marks:
        enclosing = [o for o in marks if o is not mark and o.start <= mark.start and mark.end <= o.end and o.depth < mark.depth]
        mark.parent = max(enclosing, key=lambda o: o.depth) if enclosing else None
    return "".join(out), marks
