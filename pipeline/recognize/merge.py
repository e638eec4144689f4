"""Stage 4c — one flat set of PER/ORG/LOC entities from the rules and the model.

Rules win where they are sure (agencies, names in an honorific or title context, places after
a type word); the model fills the rest, and replaces a weaker rule guess (a bare surname-initial
name, a bare place name) when it finds a longer entity over it. Each span keeps ``_.source``.
"""

from __future__ import annotations

import regex
from spacy.language import Language
from spacy.tokens import Doc, Span

from pipeline.resources import load_rule_file
from pipeline.segment.orthography import fold

# rule ids whose spans the model may override; every other rule span is kept as it is.
# named_unit cuts names that go on in lower case ('Hợp tác xã Nông | nghiệp Tân Long').
WEAK_RULES = {"recognize.persons.surname_first", "recognize.places.known_name", "recognize.agencies.named_unit"}


def _overlaps(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


class EntityMerger:
    def __init__(self, nlp: Language, name: str, rules_key: str, model_key: str, output_key: str):
        self.name = name
        self.rules_key = rules_key
        self.model_key = model_key
        self.output_key = output_key
        agencies = load_rule_file("recognize/agencies")["lists"]
        self.organization_heads = {fold(w) for w in agencies["anaphoric_heads"] + agencies["organization_words"]}
        self.degrees = set(load_rule_file("recognize/persons")["lists"]["academic_degrees"])
        # the words an organization's name may open with in lower case: its level ('huyện Mộ Đức'),
        # its kind ('phòng GD&ĐT', 'công an Đà Nẵng', 'văn phòng Tokyo Gas Asia tại Hà Nội')
        heads = (load_rule_file("recognize/common")["lists"]["levels"] + agencies["anaphoric_heads"] + agencies["organization_words"]
                 + agencies["list_heads"] + agencies["lower_case_heads"])
        self.lower_openers = {fold(w.split()[0]) for w in heads}

    def __call__(self, doc: Doc) -> Doc:
        rules = list(doc.spans[self.rules_key]) if self.rules_key in doc.spans else []
        model = list(doc.spans[self.model_key]) if self.model_key in doc.spans else []
        kept = [s for s in rules if s._.rule_id not in WEAK_RULES]
        weak = [s for s in rules if s._.rule_id in WEAK_RULES]
        for span in model:
            if span.label_ == "PER" and fold(span.text.split()[0]) in self.organization_heads:
                continue  # 'Hội Xuất', 'Bộ Khoa': an organization's name cut short, no person
            if span.label_ == "ORG" and span[0].text[:1].islower() and fold(span[0].text) not in self.lower_openers:
                continue  # 'với TP.Tân Uyên', 'tri TP.Bến Cát': a place with the word before it, no organization
            if all(part in self.degrees for part in regex.split(r"[.,\s]+", span.text) if part):
                continue  # 'PGS.TS' before a name is a degree, no organization
            if any(_overlaps(span, s) for s in kept):
                continue
            rivals = [w for w in weak if _overlaps(span, w)]
            # a longer model span replaces a weak guess only by extending it to the right
            # ('Hòa Phát Trần Đình Long' must not swallow the name 'Trần Đình Long')
            if all(len(span) > len(w) and (span.start == w.start or w._.rule_id == "recognize.places.known_name") for w in rivals):
                weak = [w for w in weak if w not in rivals]
                kept.append(span)
        kept.extend(w for w in weak if not any(_overlaps(w, k) for k in kept))
        doc.spans[self.output_key] = sorted(kept, key=lambda s: s.start)
        return doc


@Language.factory(
    "vnie_entities",
    assigns=["doc.spans"],
    default_config={"rules_key": "entity_rules", "model_key": "entity_model", "output_key": "entities"},
)
def make_entity_merger(nlp: Language, name: str, rules_key: str, model_key: str, output_key: str):
    return EntityMerger(nlp, name, rules_key, model_key, output_key)
