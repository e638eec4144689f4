"""Rule files: where they live, how they are read, and the examples each one carries.

Every lexicon and pattern is a YAML file under ``rules/<stage>/``. A file looks like::

    id: structure.boilerplate          # file id; rule ids start with it
    description: Page furniture that is not part of the article.
    defs:                              # named sub-patterns, usable as {name} in patterns
      weekday: '(?:Thứ\\s+(?:Hai|Ba|Tư|Năm|Sáu|Bảy)|Chủ\\s+nhật)'
    rules:
      - id: structure.boilerplate.schedule
        pattern: '^Xem lịch phát sóng$'
        examples:
          positive: ["<e>Xem lịch phát sóng</e>"]
          negative: ["Xem lịch phát sóng mới của VTV1 tại đây và bình luận"]
    examples:                          # examples for the file as a whole
      positive: [...]
      negative: [...]
    context: {published: "2021-08-27T20:35:00+07:00"}   # article metadata for the examples

Positive examples mark the expected spans inline: ``<e>…</e>``, optionally with expected
attribute values, ``<e value="2021-08-27" role="deadline">27/8</e>``. Negative examples must
yield no span of the rule. ``tests/rules/test_examples.py`` runs them all.
"""

from __future__ import annotations

import functools
import html
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator

import regex
import yaml

# Patterns run with a timeout so that a pathological article cannot hang a worker.
REGEX_TIMEOUT_S = 2.0


def rules_dir() -> Path:
    """The rules folder: ``rules/`` in a source checkout, ``pipeline/_rules`` in a wheel."""
    here = Path(__file__).resolve().parent
    for candidate in (here.parent / "rules", here / "_rules"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("cannot find the rules folder (rules/ or pipeline/_rules)")


# libyaml's loader reads the rule files ten times faster than the pure-Python one (cold start).
class _RuleLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
    """A key written twice in a mapping is an error: YAML would keep the last one silently, and
    a list added under a name another part of the file already uses would replace it."""


def _mapping_without_duplicates(loader, node, deep=False):
    seen = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=True)
        if key in seen:
            raise yaml.constructor.ConstructorError(None, None, f"the key {key!r} is written twice", key_node.start_mark)
        seen.add(key)
    return loader.construct_mapping(node, deep=deep)


_RuleLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping_without_duplicates)
_SAFE_LOADER = _RuleLoader


@functools.lru_cache(maxsize=None)
def load_rule_file(name: str) -> dict:
    """Read ``rules/<name>.yaml`` (name like ``structure/boilerplate``)."""
    path = rules_dir() / f"{name}.yaml"
    with path.open(encoding="utf-8") as fh:
        data = yaml.load(fh, Loader=_SAFE_LOADER)
    if not isinstance(data, dict) or "id" not in data:
        raise ValueError(f"{path}: a rule file is a mapping with an 'id'")
    data["_path"] = str(path)
    return data


def expand_defs(pattern: str, defs: dict[str, str]) -> str:
    """Replace ``{name}`` by its definition (definitions may use earlier ones)."""
    def sub(match: regex.Match) -> str:
        key = match.group(1)
        if key not in defs:
            return match.group(0)  # a regex quantifier such as {2} or {1,4}
        return "(?:" + expand_defs(defs[key], defs) + ")"

    return regex.sub(r"\{([A-Za-z_][A-Za-z0-9_]*)\}", sub, pattern)


def compile_pattern(pattern: str, defs: dict[str, str] | None = None, flags: int = 0) -> regex.Pattern:
    # V1 turns on full case folding (ß ~ ss) for case-blind parts; Vietnamese letters fold one to
    # one, and full folding made compiling the rule files a third slower at every start.
    return regex.compile("(?-f)" + expand_defs(pattern, defs or {}), flags | regex.V1 | regex.MULTILINE)


@dataclass
class CompiledRule:
    id: str
    pattern: regex.Pattern
    data: dict

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None):
        return self.pattern.finditer(
            text, pos, len(text) if endpos is None else endpos, timeout=REGEX_TIMEOUT_S
        )

    def match(self, text: str):
        return self.pattern.match(text, timeout=REGEX_TIMEOUT_S)

    def search(self, text: str):
        return self.pattern.search(text, timeout=REGEX_TIMEOUT_S)


# Tone-mark placement varies ('uỷ'/'ủy', 'hoà'/'hòa'); lexicon words match either spelling.
@functools.lru_cache(maxsize=1)
def _spelling_variants() -> dict[str, tuple[str, str]]:
    """'uỷ' → ('uỷ', 'ủy') and 'ủy' → ('uỷ', 'ủy'), and the same with a capital first letter."""
    pairs: dict[str, tuple[str, str]] = {}
    for variant, canonical in load_rule_file("segment/orthography")["fold"].items():
        for a, b in ((variant, canonical), (variant[0].upper() + variant[1:], canonical[0].upper() + canonical[1:])):
            pairs[a] = pairs[b] = (a, b)
    return pairs


def spellings(phrase: str) -> set[str]:
    """Every spelling of a phrase under the tone-placement variants."""
    pairs = _spelling_variants()
    out = {""}
    i = 0
    while i < len(phrase):
        two = phrase[i:i + 2]
        if two in pairs and (i + 2 == len(phrase) or not phrase[i + 2].isalpha()):
            out = {prefix + alt for prefix in out for alt in pairs[two]}
            i += 2
        else:
            out = {prefix + phrase[i] for prefix in out}
            i += 1
    return out


_SPACE = "[ \\t\\u00a0]+"


def literal_pattern(phrase: str) -> str:
    """A lexicon phrase as a pattern: any spelling variant, any run of spaces for a space
    (case is left to the flags of the rule)."""
    return list_pattern([phrase])


def list_pattern(phrases: list) -> str:
    """An alternation of lexicon phrases compiled as a trie, so a list of hundreds of phrases
    costs little more than one: 'Phó Chủ tịch|Phó Bí thư' → 'Phó[ ]+(?:Chủ tịch|Bí thư)'.
    Longer phrases win: a phrase's end is an optional group, tried greedily."""
    trie: dict = {}
    for phrase in {str(p) for p in phrases}:
        for spelling in spellings(phrase):
            node = trie
            for ch in regex.sub(r"\s+", " ", spelling.strip()):
                node = node.setdefault(ch, {})
            node[""] = {}
    return _trie_pattern(trie)


def _trie_pattern(node: dict) -> str:
    ends_here = "" in node
    branches = []
    for ch in sorted(k for k in node if k):
        atom = _SPACE if ch == " " else regex.escape(ch)
        branches.append(atom + _trie_pattern(node[ch]))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends_here:
        return f"(?:{body})?"
    return body


def file_defs(name: str) -> dict[str, str]:
    """A file's ``defs`` plus its ``lists`` as alternations, with the defs of the files it
    ``include``s (later definitions win)."""
    data = load_rule_file(name)
    defs: dict[str, str] = {}
    for other in data.get("include") or []:
        defs.update(file_defs(other))
    for key, phrases in (data.get("lists") or {}).items():
        defs[key] = list_pattern(phrases)
    for key, value in (data.get("defs") or {}).items():
        # a def written as a list is an alternation of patterns, one per line for readability
        defs[key] = "|".join(f"(?:{v})" for v in value) if isinstance(value, list) else value
    return defs


def compile_rules(name: str, flags: int = 0) -> list[CompiledRule]:
    """The regex rules of a file, compiled with the file's ``defs`` and ``lists``."""
    data = load_rule_file(name)
    defs = file_defs(name)
    out = []
    for rule in data.get("rules") or []:
        if "pattern" in rule:
            rule_flags = flags | (regex.IGNORECASE if rule.get("ignore_case") else 0)
            out.append(CompiledRule(rule["id"], compile_pattern(rule["pattern"], defs, rule_flags), rule))
    return out


# ---------------------------------------------------------------------------
# Examples

_MARK = regex.compile(r"<e((?:\s+[a-z_]+=\"[^\"]*\")*)>(.*?)</e>", regex.DOTALL)
_ATTR = regex.compile(r"([a-z_]+)=\"([^\"]*)\"")


@dataclass
class GoldSpan:
    start: int
    end: int
    attrs: dict[str, str] = field(default_factory=dict)


@dataclass
class RuleExample:
    id: str  # e.g. structure.boilerplate.schedule-pos-0
    rule_id: str  # the rule (or file) whose spans are checked
    file: str  # rules/<file>.yaml, without suffix
    positive: bool
    text: str  # with the markup removed
    gold: list[GoldSpan]
    context: dict[str, Any]


def parse_marked(marked: str) -> tuple[str, list[GoldSpan]]:
    """Strip ``<e …>…</e>`` marks and return the plain text and the marked spans."""
    out, gold, last = [], [], 0
    length = 0
    for m in _MARK.finditer(marked):
        before = marked[last:m.start()]
        out.append(before)
        length += len(before)
        inner = m.group(2)
        attrs = {k: html.unescape(v) for k, v in _ATTR.findall(m.group(1))}
        gold.append(GoldSpan(length, length + len(inner), attrs))
        out.append(inner)
        length += len(inner)
        last = m.end()
    out.append(marked[last:])
    return "".join(out), gold


def iter_rule_files() -> Iterator[str]:
    root = rules_dir()
    for path in sorted(root.rglob("*.yaml")):
        yield str(path.relative_to(root).with_suffix(""))


def all_rule_examples() -> list[RuleExample]:
    cases: list[RuleExample] = []
    for name in iter_rule_files():
        data = load_rule_file(name)
        file_context = data.get("context") or {}
        owners = [(data["id"], data.get("examples") or {}, {})]
        for rule in data.get("rules") or []:
            owners.append((rule["id"], rule.get("examples") or {}, rule.get("context") or {}))
        for owner_id, examples, context in owners:
            for polarity in ("positive", "negative"):
                for i, marked in enumerate(examples.get(polarity) or []):
                    text, gold = parse_marked(marked)
                    cases.append(
                        RuleExample(
                            id=f"{owner_id}-{polarity[:3]}-{i}",
                            rule_id=owner_id,
                            file=name,
                            positive=polarity == "positive",
                            text=text,
                            gold=gold,
                            context={**file_context, **context},
                        )
                    )
    return cases
