"""Bad inputs, each → a clean record or an error record; never a crash, never a hang."""

import json
import time
import zipfile

import pytest
import spacy
from runner_helpers import read_jsonl
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.language import Language

import pipeline.resources
from pipeline.api import DEFAULT_CONFIG
from pipeline.read import InputError, normalize_text
from pipeline.runner import Job, RunOptions, run
from pipeline.schema import iter_offsets

GOOD = "Tiêu đề bài viết\n\nUBND tỉnh họp phiên thường kỳ tháng 8/2021 dưới sự chủ trì của Chủ tịch UBND tỉnh.\n"


@pytest.fixture(scope="module")
def bad_inputs(tmp_path_factory):
    folder = tmp_path_factory.mktemp("bad")
    (folder / "01-empty.txt").write_bytes(b"")
    (folder / "02-whitespace.txt").write_bytes(b" \n\t\r\n   \n")
    (folder / "03-binary.txt").write_bytes(bytes(range(256)) * 64)
    (folder / "04-nul.txt").write_bytes(GOOD.encode() + "\x00\x00\x00 thêm\x00".encode())
    (folder / "05-invalid-utf8.txt").write_bytes(GOOD.encode() + b"\xff\xfe\xc3\x28 \x80")
    (folder / "06-20mb.txt").write_bytes(GOOD.encode() * (20 * 1024 * 1024 // len(GOOD.encode())))
    (folder / "07-5000-lines.txt").write_text("Một đoạn văn\n" + "\n".join(f"dòng {i} của đoạn" for i in range(5000)),
                                              encoding="utf-8")
    (folder / "08-feed.jsonl").write_text(json.dumps({"text": GOOD}) + "\n" + json.dumps({"title": "x"})
                                          + '\n{"text": "Tiêu đề\\n\\nbị cắ', encoding="utf-8")
    with zipfile.ZipFile(folder / "09-slip.zip", "w") as z:
        z.writestr("../../escape.txt", GOOD)
        z.writestr("fine.txt", GOOD)
    with zipfile.ZipFile(folder / "10-bomb.zip", "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("bomb.txt", b"0" * (200 * 1024 * 1024))
    (folder / "11-hostile.html").write_bytes(
        b"<html><head><script>for(;;){}</script></head><body>" + b"<div><span>" * 20000
        + ("<p>" + GOOD + "</p>").encode() + b"</span></div>" * 20000 + b"<script>alert(1)</script></body></html>")
    return folder


@pytest.fixture(scope="module")
def bad_run(bad_inputs, tmp_path_factory):
    out = tmp_path_factory.mktemp("out") / "records.jsonl"
    started = time.perf_counter()
    summary = run([str(bad_inputs)], RunOptions(output=str(out), workers=1, progress=False,
                                                job=Job(article_timeout_s=20)))
    return summary, read_jsonl(out), read_jsonl(str(out).replace(".jsonl", ".errors.jsonl")), \
        time.perf_counter() - started


def outcome(bad_run, name):
    _, records, errors, _ = bad_run
    found = [("record", r) for r in records if name in (r["source"]["path"] + (r["source"].get("member") or ""))]
    found += [(e["error_type"], e) for e in errors if name in (e["source"]["path"] + (e["source"].get("member") or ""))]
    return found


def test_the_batch_finishes_and_answers_every_input(bad_run):
    summary, records, errors, seconds = bad_run
    assert summary.inputs == len(records) + len(errors) == 14
    assert seconds < 120


@pytest.mark.parametrize("name, expected", [
    ("01-empty", "InputError"), ("02-whitespace", "InputError"), ("03-binary", "InputError"),
    ("04-nul", "record"), ("05-invalid-utf8", "InputError"), ("06-20mb", "InputTooLarge"),
    ("escape.txt", "UnsafeMember"), ("fine.txt", "record"), ("10-bomb", "InputTooLarge"),
])
def test_each_bad_input_gets_its_answer(bad_run, name, expected):
    (kind, line), = outcome(bad_run, name)
    assert kind == expected, line
    if kind != "record":
        assert line["message"] and line["source"]["path"]


def test_nul_bytes_are_gone_from_the_record(bad_run):
    (_, record), = outcome(bad_run, "04-nul")
    assert "\x00" not in record["text"] and record["text"].endswith("thêm")


def test_jsonl_lines_each_answered(bad_run):
    answers = sorted((line["source"]["line"], kind) for kind, line in outcome(bad_run, "08-feed"))
    assert answers == [(1, "record"), (2, "InputError"), (3, "InputError")]


def test_long_paragraph_and_hostile_page_do_not_hang(bad_run):
    # a record, or the wall-clock guard's error record: never a hung batch
    for name in ("07-5000-lines", "11-hostile"):
        (kind, line), = outcome(bad_run, name)
        assert kind in ("record", "ArticleTimeout", "InputError"), line
        if kind == "record":
            assert "alert(" not in line["text"]


# ---------------------------------------------------------------------------
# Regex timeouts and the per-article wall-clock guard, through a stage that misbehaves


@Language.factory("vnie_test_trap")
def make_trap(nlp, name):
    rule = pipeline.resources.CompiledRule("test.trap", pipeline.resources.compile_pattern(r"(?:a|aa)+$"), {})

    def trap(doc):
        if "CATASTROPHIC" in doc.text:
            rule.search("a" * 40 + "!")
        if "SLOW" in doc.text:
            time.sleep(30)
        return doc

    return trap


@pytest.fixture
def trap_config(tmp_path, monkeypatch):
    monkeypatch.setattr(pipeline.resources, "REGEX_TIMEOUT_S", 0.2)
    cfg = spacy.util.load_config(DEFAULT_CONFIG, interpolate=False)
    cfg["nlp"]["pipeline"] = list(cfg["nlp"]["pipeline"]) + ["trap"]
    cfg["components"]["trap"] = {"factory": "vnie_test_trap"}
    path = tmp_path / "trap.cfg"
    cfg.to_disk(path)
    return str(path)


def test_regex_timeout_and_slow_article_become_error_records(trap_config, tmp_path):
    for name, extra in (("1.txt", ""), ("2.txt", "CATASTROPHIC"), ("3.txt", "SLOW"), ("4.txt", "")):
        (tmp_path / name).write_text(GOOD + extra, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    started = time.perf_counter()
    summary = run([str(tmp_path / "*.txt")], RunOptions(output=str(out), workers=1, progress=False,
                                                        job=Job(config=trap_config, article_timeout_s=2)))
    assert time.perf_counter() - started < 25
    errors = read_jsonl(tmp_path / "out.errors.jsonl")
    assert [(e["source"]["path"][-5:], e["error_type"]) for e in errors] == [("2.txt", "TimeoutError"),
                                                                            ("3.txt", "ArticleTimeout")]
    assert [r["source"]["path"][-5:] for r in read_jsonl(out)] == ["1.txt", "4.txt"]
    assert summary.records == 2


# ---------------------------------------------------------------------------
# Arbitrary text


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=400) | st.lists(st.sampled_from(["UBND", "tỉnh", "ngày 27/8", "\n", " ", "ủy", "Ủy",
                                                          "\u0301", "\u200b", "Lê Thành Đô", ",", ".", "1.277",
                                                          "\r\n", "\x00", "🙂"]), max_size=60).map("".join))
def test_any_text_gives_a_valid_record_or_a_clear_refusal(nlp, text):
    from pipeline.api import extract

    try:
        record = extract(text, nlp=nlp)
    except InputError:
        assert not normalize_text(text).strip()
        return
    for where, start, end, quoted in iter_offsets(record):
        assert 0 <= start <= end <= len(record.text), where
        if quoted is not None:
            assert record.text[start:end] == quoted, where
    type(record).model_validate_json(record.model_dump_json())
