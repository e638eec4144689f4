"""The evaluation run: gold in, predictions from a function, a records file or the pipeline."""

from pathlib import Path

import pytest

from pipeline.evaluate.run import EvalError, article_from_gold, evaluate, read_records
from pipeline.gold.build import build_record

ROOT = Path(__file__).resolve().parents[2]
DEV = ROOT / "corpora" / "gold" / "dev.jsonl"


def write_jsonl(path: Path, records) -> Path:
    path.write_text("".join(r.model_dump_json(exclude_none=True) + "\n" for r in records), encoding="utf-8")
    return path


@pytest.fixture
def two_articles(tmp_path):
    a = build_record({"id": "a", "text": "Ông {{PER id=x|Lò Văn Phương}} phát biểu."})
    b = build_record({"id": "b", "text": "{{PER id=y|Vừ A Bằng}} và {{PER id=z|Giàng A Dình}} dự họp."})
    return write_jsonl(tmp_path / "gold.jsonl", [a, b]), {"a": a, "b": b}


def test_figures_are_micro_averaged_over_articles(two_articles):
    path, gold = two_articles
    # article a perfect, article b empty: micro recall is 1/3, not the mean of 1 and 0
    result = evaluate(path, predict=lambda g: gold["a"] if g.id == "a" else build_record({"id": "b", "text": g.text}))
    per = result.fields["entities.PER.exact"]
    assert (per.tp, per.fp, per.fn) == (1, 0, 2)
    assert per.recall == pytest.approx(1 / 3)
    assert [r.id for r in result.articles] == ["a", "b"]
    assert result.as_dict()["per_article"][1]["fields"]["entities.PER.exact"]["missed"] == [
        "PER 0:9 'Vừ A Bằng'", "PER 13:25 'Giàng A Dình'"]


def test_a_failing_article_is_scored_empty_and_the_run_goes_on(two_articles):
    path, gold = two_articles

    def predict(g):
        if g.id == "a":
            raise RuntimeError("boom")
        return gold["b"]

    result = evaluate(path, predict=predict)
    assert [(r.id, r.error) for r in result.errors] == [("a", "RuntimeError: boom")]
    per = result.fields["entities.PER.exact"]
    assert (per.tp, per.fn) == (2, 1)


def test_predictions_from_a_records_file_are_matched_by_id(two_articles, tmp_path):
    path, gold = two_articles
    other_text = build_record({"id": "a", "text": "Một văn bản khác."})
    pred = write_jsonl(tmp_path / "pred.jsonl", [gold["b"], other_text])
    with pred.open("a", encoding="utf-8") as fh:  # an error record from `vnie extract` has no id
        fh.write('{"source": {"path": "x.txt"}, "error_type": "InputError", "message": "empty"}\n')
    result = evaluate(path, pred_path=pred)
    assert result.predictions == str(pred)
    assert len(result.errors) == 1 and "differs from the gold text" in result.errors[0].error
    assert result.fields["entities.PER.exact"].tp == 2

    missing = write_jsonl(tmp_path / "only-b.jsonl", [gold["b"]])
    assert "no record with id a" in evaluate(path, pred_path=missing).errors[0].error


def test_unusable_files_are_clear_errors(tmp_path):
    with pytest.raises(EvalError, match="cannot read"):
        read_records(tmp_path / "absent.jsonl", "gold")
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x"}\n', encoding="utf-8")
    with pytest.raises(EvalError, match="bad.jsonl:1: not a record"):
        read_records(bad, "gold")
    bad.write_text("not json\n", encoding="utf-8")
    with pytest.raises(EvalError, match="not JSON"):
        read_records(bad, "gold")


def test_the_input_carries_what_a_real_source_would():
    with_dateline = build_record({
        "id": "d", "title": "Họp thường kỳ", "published": "2021-08-27T20:35:00+07:00",
        "text": "Họp thường kỳ\n\n{{TIME value=2021-08-27T20:35:00+07:00 gran=time role=published|27/08/2021 20:35}}\n\nNội dung.",
    })
    article = article_from_gold(with_dateline)
    assert article.title_in_text and article.title is None
    assert article.published is None  # the pipeline must read it from the date line
    assert article.id == "d"

    without = build_record({"id": "e", "title": "Một tiêu đề khác", "published": "2021-08-27", "text": "Nội dung bài."})
    article = article_from_gold(without)
    assert not article.title_in_text and article.title == "Một tiêu đề khác"
    assert article.published == "2021-08-27"


def test_the_pipeline_runs_on_the_dev_gold(nlp):
    result = evaluate(DEV, nlp=nlp)
    assert result.predictions == "pipeline"
    assert not result.errors
    golds = read_records(DEV, "gold")
    assert [r.id for r in result.articles] == [g.id for g in golds]
    for item, gold in zip(result.articles, golds):
        assert item.metrics["entities.all.exact"].gold == len(gold.entities)
        assert item.metrics["meetings.detection"].gold == len(gold.meetings)


def test_gold_scored_against_itself_is_perfect():
    result = evaluate(DEV, pred_path=DEV)
    assert not result.errors
    figures = result.figures()
    assert figures and set(figures.values()) == {1.0}
