"""The trained tagger (vnie_ner): loading, its place in the pipeline, and what it adds to the rules
on real text."""

import json
import shutil
from pathlib import Path

import pytest

from pipeline.api import analyse, load
from pipeline.read import Article
from pipeline.recognize.model import crf
from pipeline.recognize.model.crf import SHIPPED, ModelError, Tagger, decode
from pipeline.recognize.model.data import read_dantri
from pipeline.recognize.model.features import FEATURES_VERSION, Featurizer, shape
from pipeline.recognize.model.train import TrainConfig

ROOT = Path(__file__).resolve().parents[2]
DANTRI = ROOT.parent / "shared" / "external" / "dantri-unc"
needs_dantri = pytest.mark.skipif(not DANTRI.is_dir(), reason="../shared/external/dantri-unc is not here")


def entities(doc, source=None):
    return {(e.text, e.label_) for e in doc.spans["entities"] if source is None or e._.source == source}


# -- the shipped model -----------------------------------------------------------------------
def test_the_shipped_model_is_small_and_made_by_the_checked_in_training_config():
    meta = json.loads(SHIPPED.with_suffix(".json").read_text(encoding="utf-8"))
    assert SHIPPED.with_suffix(".crf").stat().st_size < 2_000_000
    assert meta["features_version"] == FEATURES_VERSION
    assert set(meta["labels"]) == {"O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC"}
    # `vnie train` with train.yaml reproduces it: the config it was trained with is that one
    assert meta["config"] == TrainConfig.from_file().as_dict()
    assert "corpora/gold/test.jsonl" not in meta["config"]["gold"]


def test_the_tagger_sits_between_the_rules_and_the_merge(nlp):
    names = nlp.pipe_names
    assert names.index("vnie_entity_rules") < names.index("vnie_ner") < names.index("vnie_entities")


def test_a_missing_or_outdated_model_is_a_clear_error(tmp_path):
    with pytest.raises(ModelError, match="no NER model"):
        Tagger(tmp_path / "absent")
    shutil.copy(SHIPPED.with_suffix(".crf"), tmp_path / "old.crf")
    meta = json.loads(SHIPPED.with_suffix(".json").read_text(encoding="utf-8"))
    meta["features_version"] = FEATURES_VERSION - 1
    (tmp_path / "old.json").write_text(json.dumps(meta), encoding="utf-8")
    with pytest.raises(ModelError, match="retrain"):
        Tagger(tmp_path / "old")


def test_the_model_tags_only_analysed_zones_and_marks_its_spans(nlp):
    text = ("Rét đậm ở vùng cao\n\nNhiều trường học ở các huyện Mường Nhé, Tủa Chùa, Điện Biên Đông "
            "cho học sinh nghỉ học.\n\nXem lịch phát sóng")
    doc = analyse(nlp, Article.from_raw(text, title_in_text=True))
    spans = list(doc.spans["entity_model"])
    assert spans and {s.label_ for s in spans} <= {"PER", "ORG", "LOC"}
    body = next(z for z in doc.spans["zones"] if z.label_ == "body")
    assert all(body.start <= s.start and s.end <= body.end for s in spans)
    assert all(s._.source in ("model", "rule") for s in spans)


# -- what it adds ----------------------------------------------------------------------------
def test_places_and_agencies_no_rule_knows_are_found(nlp):
    """Villages after 'các bản du lịch' (no place-type word right before them) and a weather
    office the agency lists lack. A dev article: the model was trained on it, so this checks the
    wiring and the merge; the next test checks text the model never saw."""
    text = (ROOT / "corpora" / "articles" / "baolaocai-2021-12-08-hdnd-ky-hop-thu-4-ngay-thu-hai.txt").read_text(encoding="utf-8")
    doc = analyse(nlp, Article.from_raw(text, title_in_text=True))
    rule_only = {(e.text, e.label_) for e in doc.spans["entity_rules"]}
    assert not {("Cát Cát", "LOC"), ("Tả Van", "LOC")} & rule_only
    assert {("Cát Cát", "LOC"), ("Tả Van", "LOC")} <= entities(doc, "model")


@needs_dantri
@pytest.mark.parametrize("name, expected", [
    # communes listed after 'các xã:' (the colon keeps the list rule away), a provincial CDC
    ("news_health_118", {("Bắc Lý", "LOC"), ("Chân Lý", "LOC"), ("Đức Lý", "LOC"), ("CDC Hà Nam", "ORG")}),
    # a foreign name after 'TS.' (abbreviated honorific with a period)
    ("news_education_126", {("Ernest Wong", "PER")}),
    # a university, which no agency list holds
    ("news_education_073", {("Đại học Quốc gia Hà Nội", "ORG")}),
])
def test_names_the_rules_miss_on_unseen_news(nlp, name, expected):
    """Real articles outside the gold corpus; the silver data never holds a sentence with a
    name the rules miss, so these were not seen in training."""
    doc = analyse(nlp, read_dantri(DANTRI / f"{name}.txt"))
    rule_only = {(e.text, e.label_) for e in doc.spans["entity_rules"]}
    assert not expected & rule_only
    assert expected <= entities(doc, "model")


def test_rules_win_where_they_are_sure(nlp):
    text = "Hội nghị tỉnh\n\nĐồng chí Lò Văn Phương, Chủ tịch UBND tỉnh Điện Biên phát biểu tại huyện Mường Chà."
    doc = analyse(nlp, Article.from_raw(text, title_in_text=True))
    by_text = {e.text: e for e in doc.spans["entities"]}
    assert by_text["Lò Văn Phương"]._.source == "rule"
    assert by_text["Mường Chà"]._.source == "rule"


def test_a_model_organization_that_took_the_word_before_a_place_is_dropped(nlp):
    text = ("Chủ tịch UBND tỉnh làm việc tại Tân Uyên\n\nNgày 13/8, Chủ tịch UBND tỉnh Võ Văn Minh làm việc với "
            "TP.Tân Uyên về tình hình phát triển kinh tế - xã hội.")
    doc = analyse(nlp, Article.from_raw(text, title_in_text=True))
    assert not [e.text for e in doc.spans["entities"] if e.label_ == "ORG" and e.text[:1].islower()]


# -- pieces ----------------------------------------------------------------------------------
def test_bio_decoding_is_lenient():
    assert decode(["B-PER", "I-PER", "O", "B-LOC"]) == [(0, 2, "PER"), (3, 4, "LOC")]
    assert decode(["O", "I-ORG", "I-ORG"]) == [(1, 3, "ORG")]
    assert decode(["B-ORG", "I-LOC", "O"]) == [(0, 1, "ORG"), (1, 2, "LOC")]
    assert decode([]) == []


def test_shapes():
    assert [shape(w) for w in ["Đô", "UBND", "A", "iPhone", "McKinsey", "tỉnh", "2021", ",", "H'Mông"]] == [
        "Xx", "XX", "X", "xX", "XxX", "x", "d", "p", "XxX"]


def test_attributes_see_lexicons_gazetteer_and_neighbours():
    featurizer = Featurizer()
    texts = "Bà Lò Thị Hà về huyện Mường Chà".split()
    attrs = featurizer.attributes(texts)
    assert "B-hon" in attrs[0] and "first" in attrs[0]
    assert "sur" in attrs[1] and "-1B-hon" in attrs[1]
    assert "B-typ" in attrs[5]
    assert "g=B-district" in attrs[6] and "g=I-district" in attrs[7] and "g-1=B-district" in attrs[7]
    assert "w-1=huyện" in attrs[6] and "w+1=chà" in attrs[6] and "w-1|0=huyện|mường" in attrs[6]


def test_a_known_attribute_set_keeps_only_what_a_model_weighs():
    texts = "Bà Lò Thị Hà về huyện Mường Chà".split()
    full = Featurizer().attributes(texts)
    known = frozenset({"w=huyện", "g=B-district", "first"})
    slim = Featurizer(known=known).attributes(texts)
    assert slim == [[a for a in token if a in known] for token in full]


def test_training_fits_the_gold_it_is_given(tmp_path):
    sentences = [["Ông", "Lò", "Văn", "Phương", "thăm", "huyện", "Mường", "Chà", "."]] * 3
    tags = [["O", "B-PER", "I-PER", "I-PER", "O", "O", "B-LOC", "I-LOC", "O"]] * 3
    trained = crf.train(sentences, tags, crf.CrfParams(c1=0.0, c2=0.01, max_iterations=50))
    crf.save(trained, tmp_path / "m", {"note": "test"})
    tagger = Tagger(tmp_path / "m")
    assert tagger.spans(sentences[0]) == [(1, 4, "PER"), (6, 8, "LOC")]
    assert json.loads((tmp_path / "m.json").read_text())["note"] == "test"


def test_a_confidence_floor_only_removes_spans():
    tagger = Tagger(SHIPPED)
    texts = "Đồng chí Lò Văn Phương thăm các bản Cát Cát , Tả Van và xã Mường Phăng .".split()
    best = tagger.spans(texts)
    assert best and tagger.spans(texts, min_confidence=0.0) == best
    assert set(tagger.spans(texts, min_confidence=0.9)) <= set(best)
    assert tagger.spans(texts, min_confidence=1.01) == []


def test_the_component_loads_a_model_from_the_config(tmp_path):
    shutil.copy(SHIPPED.with_suffix(".crf"), tmp_path / "copy.crf")
    shutil.copy(SHIPPED.with_suffix(".json"), tmp_path / "copy.json")
    nlp = load(overrides={"components.vnie_ner.model": str(tmp_path / "copy")})
    assert nlp.get_pipe("vnie_ner").tagger.meta == Tagger(SHIPPED).meta
