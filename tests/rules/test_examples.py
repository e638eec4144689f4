"""Every example of every rule file runs here (Duckling's corpus tests, for our YAML rules).

A positive example must yield exactly its marked spans from the rule (with the marked
attribute values); a negative example must yield none. File-level examples check the spans
of all the file's rules together. Test ids name the rule that broke.
"""

import pytest

from pipeline.resources import all_rule_examples, load_rule_file
from pipeline.testing import attr_text, doc_for_example, spans_of

CASES = all_rule_examples()


def test_every_rule_has_examples():
    from pipeline.resources import iter_rule_files

    missing = []
    for name in iter_rule_files():
        data = load_rule_file(name)
        for rule in data.get("rules") or []:
            ex = rule.get("examples") or {}
            if not ex.get("positive") or not ex.get("negative"):
                missing.append(rule["id"])
    assert not missing, f"rules without positive and negative examples: {missing}"


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_rule_example(nlp, case):
    doc = doc_for_example(nlp, case)
    file_level = case.rule_id == load_rule_file(case.file)["id"]
    spans = spans_of(doc, case.rule_id, prefix=file_level)
    got = {(s.start_char, s.end_char) for s in spans}
    if not case.positive:
        assert not got, f"{case.text!r} should yield nothing from {case.rule_id}, got {[s.text for s in spans]}"
        return
    want = {(g.start, g.end) for g in case.gold}
    assert got == want, f"{case.text!r}: want {[case.text[s:e] for s, e in sorted(want)]}, got {[s.text for s in spans]}"
    by_offsets = {(s.start_char, s.end_char): s for s in spans}
    for g in case.gold:
        span = by_offsets[(g.start, g.end)]
        for key, expected in g.attrs.items():
            assert attr_text(getattr(span._, key)) == expected, f"{span.text!r}: {key}={getattr(span._, key)!r}, want {expected!r}"


def test_a_key_written_twice_in_a_rule_file_is_refused(tmp_path, monkeypatch):
    import yaml

    from pipeline import resources

    (tmp_path / "x.yaml").write_text("id: x\nlists:\n  host_cues: [với]\n  host_cues: [làm việc với]\n", encoding="utf-8")
    monkeypatch.setattr(resources, "rules_dir", lambda: tmp_path)
    resources.load_rule_file.cache_clear()
    try:
        with pytest.raises(yaml.constructor.ConstructorError, match="host_cues"):
            resources.load_rule_file("x")
    finally:
        resources.load_rule_file.cache_clear()
