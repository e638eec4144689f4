"""Stage 6 — acts: directives and decisions in the sentences of a report.

A directive is a verb from rules/acts/acts.yaml followed by the bodies or persons it assigns
('Giao Sở Tài chính chủ trì, phối hợp với Sở KH&ĐT …'), then the action, a deadline (a date the
date tagger marked as one) and a purpose ('để trình HĐND tỉnh'). Its issuer is the official who
speaks in the sentence, else the one who leads the paragraph ('Kết luận nội dung này, đồng chí X
…'); the meetings stage falls back to the chair. A decision is what the chair or the body agreed.
Acts voiced by delegates are discussion, not directives or decisions.

Writes ``doc._.directives`` and ``doc._.decisions`` (lists of `Act`) and the span groups
``directives``, ``decisions`` and ``assignees``.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from typing import Optional

import regex
from spacy.language import Language
from spacy.tokens import Doc, Span

from pipeline.extensions import doc_list, span_text, text_of
from pipeline.segment.lexicon import is_word
from pipeline.resources import REGEX_TIMEOUT_S, compile_pattern, compile_rules, file_defs, list_pattern, load_rule_file
from pipeline.segment.component import sentences_in
from pipeline.segment.orthography import fold
from pipeline.structure.zones import char_span, zones

_SPACE = regex.compile(r"[ \t\u00a0]*")
_SEMICOLON = regex.compile(";")
_SEMICOLON_GAP = regex.compile(r"[ \t\u00a0]*;[ \t\u00a0]*")
_NEXT_SYLLABLE = regex.compile(r"[ \t\u00a0]+([\p{L}\p{M}]+)")
_PREVIOUS_SYLLABLE = regex.compile(r"(?<![\p{L}\p{M}])([\p{L}\p{M}]+)[ \t\u00a0]+$")


@dataclass
class Assignment:
    span: Span
    name: str
    role: str  # lead, cooperate, assigned


@dataclass
class Act:
    kind: str  # directive | decision
    verb: str
    span: Span  # the clause, from the verb to its end
    issuer: Optional[str] = None
    assignees: list[Assignment] = field(default_factory=list)
    action: Optional[str] = None
    deadline: Optional[str] = None
    purpose: Optional[str] = None
    figures: list[float] = field(default_factory=list)
    dates: list[str] = field(default_factory=list)
    agenda_index: Optional[int] = None
    rule_id: str = "acts.directive"
    # where the action is written (character offsets), to trim a deadline phrase off it
    action_range: Optional[tuple[int, int]] = None


class ActFinder:
    def __init__(self, nlp: Language, name: str):
        self.name = name
        rules = {r.id: r for r in compile_rules("acts/acts")}
        self.directive = rules["acts.directive"]
        self.directive_subject = rules["acts.directive_subject"]
        self.decision = rules["acts.decision"]
        defs = file_defs("acts/acts")
        self.discussion_subject = compile_pattern(r"{B}(?i:{discussion_subjects}){E}", defs)
        self.agreement = compile_pattern(r"^(?i:{agreement_verbs})$", defs)
        self.discussion_framing = compile_pattern(r"^[ \t\u00a0]*(?i:{discussion_framings}){E}", defs)
        self.discussion_goes_on = compile_pattern(r"{B}(?i:{discussion_goes_on}){E}", defs)
        self.agreement_hedge = compile_pattern(r"{B}(?i:{agreement_hedges})[ \t\u00a0]+$", defs)
        self.hedging_members = compile_pattern(r"{B}(?i:{hedging_members}){E}", defs)
        self.hedged_view_goes_on = compile_pattern(r";|{B}(?i:{hedged_view_goes_on}){E}", defs)
        self.hedged_need_only = compile_pattern(r"\G[ \t\u00a0]*(?:\p{L}+[ \t\u00a0]+)?(?i:{hedged_need_only}){E}", defs)
        self.body_decides = compile_pattern(
            r"\G\s*(?i:{adopting_bodies}){E}[^.;\n]{0,40}?(?i:{agreement_verbs}|{adoption_verbs}){E}", defs)
        self.vote_tally = compile_pattern(r"{vote_tally}", defs)
        self.tallied_clause = compile_pattern(r"{vote_tally}[^,;.]*(?i:{agreement_verbs})[ \t\u00a0]*,", defs)
        self.name_after_delegate = compile_pattern(r"[ \t\u00a0]+(?=\p{Lu})", defs)
        self.caption_line = compile_pattern(r"{caption_line}", defs)
        self.reported_decider = compile_pattern(r"{B}(?:{reported_deciders}){E}", defs)
        self.done_before = compile_pattern(r"(?<![\p{L}\p{M}])(?i:{past_markers})[ \t\u00a0]+$", defs)
        self.relaying = compile_pattern(r"{B}(?i:{reporting_verbs}|{more_reporting_verbs}),", defs)
        self.deputies_before = compile_pattern(r"(?<![\p{L}\p{M}])(?i:{deputies_words})[ \t\u00a0]+$", defs)
        self.members_of_before = compile_pattern(r"(?<![\p{L}\p{M}])(?i:{members_of_words})[ \t\u00a0]+$", defs)
        self.progress_opening = compile_pattern(r"\G[ \t\u00a0]*(?i:{progress_openings}){E}", defs)
        # the longest reading wins: 'UBND các xã, phường' is one group, not 'UBND các xã' and 'phường'
        self.generic = compile_pattern(r"\G(?:(?i:{generic_assignees})|{collective}|(?:{bare_units})(?={S}\p{Ll})){E}", defs, regex.POSIX)
        self.lead = compile_pattern(r"\G[ \t\u00a0]*,?[ \t\u00a0]*(?i:{lead_cues}){E}", defs)
        self.cooperate = compile_pattern(r"\G[ \t\u00a0]*,?[ \t\u00a0]*(?:(?i:{cooperate_adverbs})[ \t\u00a0]+)?(?i:{cooperate_cues}){E}[ \t\u00a0]*:?", defs)
        # a clause that opens in lower case with a verb, not a body, a group or a speaker
        self.continued_task = compile_pattern(r"\G[ \t\u00a0]*(?!(?i:{discussion_subjects}|{not_task_openings}|{official_honorifics}){E})\p{Ll}", defs)
        self.partner_noun = compile_pattern(r"\G[ \t\u00a0]*(?i:{partner_nouns}){E}", defs)
        # partners named after the first task, by the same subject: 'giao Sở KH&ĐT tiếp thu ý kiến,
        # phối hợp với Sở Tài chính rà soát …'
        self.nested_order = compile_pattern(r"{B}(?i:{directing_verbs}|{lead_cues}){E}", defs)
        self.later_partners = compile_pattern(r"[,;][ \t\u00a0]*(?:(?i:{later_joints})[ \t\u00a0]+)?(?:(?i:{later_leads})[ \t\u00a0]*,?[ \t\u00a0]*)?(?:(?i:{cooperate_adverbs})[ \t\u00a0]+)?(?i:{partnering_cues}){E}[ \t\u00a0]*", defs)
        self.directing = compile_pattern(r"^(?i:{directing_verbs})$", defs)
        self.honorific = compile_pattern(r"{B}(?i:{official_honorifics}){E}", defs)
        self.pronoun_subject = compile_pattern(r"{B}(?i:{official_honorifics}){E}(?![ \t\u00a0]+\p{Lu})", defs)
        self.issuing_level = compile_pattern(r"^(?:{issuing_levels})$", defs)
        self.issuing_body = compile_pattern(r"^(?:{issuing_bodies}){E}", defs)
        self.subject_gap = compile_pattern(r"[ \t\u00a0]+(?:(?i:{subject_adverbs})[ \t\u00a0]+)?", defs)
        self.meeting_subject = compile_pattern(r"\G[ \t\u00a0]*(?:{meeting_subjects}){E}", defs)
        self.document_subject = compile_pattern(
            r"[ \t\u00a0]*(?:{issuing_documents})(?:{numbered_document}[^ \t\u00a0,;.]*)?[ \t\u00a0]+(?:(?i:{subject_adverbs})[ \t\u00a0]+)?", defs)
        self.ministry = compile_pattern(r"^(?:{central_body_heads})[ \t\u00a0]", defs)
        self.of_body = compile_pattern(r"(?i:{of_words})[ \t\u00a0]+", defs)
        self.upward = compile_pattern(r"^(?i:{upward_addressees})(?![\p{L}\p{M}])", defs)
        self.central_title = compile_pattern(r"(?i:{central_titles})", defs)
        self.group_of_parts = compile_pattern(r"^(?i:{group_of_parts})$", defs)
        self.subordinate = compile_pattern(r"(?<![\p{L}\p{M}])(?i:{subordinate_links})$", defs)
        self.unit_with_place = compile_pattern(r"\G(?:{bare_units})[ \t\u00a0]+(?=\p{Lu})", defs)
        self.bare_unit = compile_pattern(r"(?:{bare_units})", defs)
        self.plural_units = compile_pattern(r"(?i:các){S}(?:{bare_units})$", defs)
        self.any_act_verb = compile_pattern(r"{B}(?i:{directive_verbs}|{decision_verbs}|{discussion_cues}){E}", defs)
        # (an item of a numbered or dashed list opens with its mark: '2. UBND các huyện rà soát …')
        self.list_item_topic = compile_pattern(r"\G{list_item_topic}", defs)
        self.passive_decision = compile_pattern("{passive_decision}", defs)
        self.hedge_at = compile_pattern(r"\G(?i:{agreement_hedges})[ \t\u00a0]+", defs)
        self.clause_opening = compile_pattern(r"\G[ \t\u00a0]*(?:(?:\d{1,2}[.)]|[-–+•*])[ \t\u00a0]+)?(?:(?i:{chained_openings}),?[ \t\u00a0]+)?", defs)
        self.task_head = compile_pattern(r"\G(?i:{qualified_group_tasks}|{duty_phrases}){E}", defs)
        self.list_item = compile_pattern(r"\A[ \t\u00a0]*(?:\d{1,2}[.)]|[-–+•*])[ \t\u00a0]+", defs)
        # ('… yêu cầu trong quý II tập trung một số nhiệm vụ trọng tâm:': what the list is about may come first)
        self.announced_list = compile_pattern(r"{B}(?P<verb>(?i:{directive_verbs})){E}[^.:;\n]{0,80}?:[ \t\u00a0]*$", defs)
        # what a chained clause goes on with: an action in lower case, not a report ('cho biết')
        # where a continued order's action has its verb, past a modal or an adverb ('phải', 'khẩn trương')
        self.second_decision = compile_pattern("{second_decision_joint}", defs)
        self.action_head = compile_pattern(r"\G[ \t\u00a0,]*(?:(?i:{chained_modals})[ \t\u00a0]+)*", defs)
        self.promise = compile_pattern(r"\G[ \t\u00a0,]*(?i:{chained_promises}){E}", defs)
        self.task_verbs = {fold(v) for v in load_rule_file("acts/acts")["lists"]["task_verbs"]}
        # what a body is, said between its name and its task: 'Sở NN&PTNT (cơ quan thường trực Ban Chỉ
        # huy PCTT tỉnh) chủ trì …', 'Sở NN&PTNT - cơ quan thường trực Ban Chỉ huy … theo dõi …'
        self.apposition_brackets = compile_pattern(r"\G[ \t\u00a0]*\([^()\n]{1,100}\)", defs)
        self.apposition_dash = compile_pattern(r"\G[ \t\u00a0]*[-–][ \t\u00a0]+(?=(?i:{apposition_heads}){E})", defs)
        self.apposition_is = compile_pattern(r"\G[ \t\u00a0]+(?i:{copulas})[ \t\u00a0]+(?i:{apposition_heads}){E}[^,;.\n]{0,60},", defs)
        self.closing_dash = compile_pattern(r"[ \t\u00a0][-–](?=[ \t\u00a0])", defs)
        self.due_report = compile_pattern(r"[ \t\u00a0]*,?[ \t\u00a0]*(?i:{due_reports}){E}", defs)
        # (a modal first: 'có trách nhiệm' is a task, though 'có' alone describes)
        self.chained_action = compile_pattern(
            r"[ \t\u00a0]*,?[ \t\u00a0]*(?:(?i:{chained_modals})[ \t\u00a0]+|(?!(?:{chained_not_actions})(?![\p{L}\p{M}])))\p{Ll}", defs)
        self.joiner_before = compile_pattern(r"[ \t\u00a0]*(?:,|(?i:và))[ \t\u00a0]*$", defs)
        self.joiner = compile_pattern(r"\G[ \t\u00a0]*(?:,|(?i:và|cùng với|cùng))[ \t\u00a0]*", defs)
        self.recurring = compile_pattern(r"\G[ \t\u00a0]+(?i:{recurrence_words})(?![\p{L}\p{M}])", defs)
        self.scheduled = compile_pattern(r"(?<![\p{L}\p{M}])(?i:{recurrence_words})(?![\p{L}\p{M}])", defs)
        self.former = compile_pattern(r"\G[ \t\u00a0]+(?i:{former_markers})(?![\p{L}\p{M}])", defs)
        # (an order may be quoted: 'yêu cầu: “Các sở, ngành …')
        self.opener = compile_pattern(r"\G[ \t\u00a0]*(?:(?i:nhiệm vụ cho|nhiệm vụ|cho)[ \t\u00a0]+)?:?[ \t\u00a0]*[“\"«]?", defs)
        self.deadline_cue = compile_pattern("{deadline_cue}", defs)
        self.season_deadline_cue = compile_pattern("{season_deadline_cue}", defs)
        self.half_year_deadline_cue = compile_pattern("{half_year_deadline_cue}", defs)
        self.purpose = compile_pattern(r"[ \t\u00a0,]+(?i:{purpose_cues})[ \t\u00a0]+", defs)
        self.nominal = compile_pattern(r"(?<![\p{L}\p{M}])(?<!(?:{nominal_guards})[ \t\u00a0]+)(?i:{nominal_before})[ \t\u00a0]+$", defs)
        self.co_task = compile_pattern(r"(?<![\p{L}\p{M}])(?i:{co_task_verbs})[ \t\u00a0]*,[ \t\u00a0]+$", defs)
        self.co_task_second = compile_pattern(r"^(?i:{co_task_second_verbs})$", defs)
        self.passive_agent = compile_pattern(
            r"(?<![\p{L}\p{M}])(?i:{passive_markers})[ \t\u00a0]+\p{Lu}[\p{L}\p{M}&]*(?:[ \t\u00a0]+[\p{L}\p{M}&]+){0,5}[ \t\u00a0]+$", defs)
        self.planned = compile_pattern(r"[ \t\u00a0]*(?:{planned_framings}){E}", defs)
        self.planned_meeting = compile_pattern("{planned_meeting}", defs)
        self.purpose_before = compile_pattern(r"(?<![\p{L}\p{M}])(?i:{purpose_cues})(?:[ \t\u00a0,]+[\p{L}\p{M}]+){0,4}[ \t\u00a0,]+$", defs)
        # (no comma between: 'Đối với kiến nghị của huyện, đồng chí thống nhất …' answers the request)
        self.request_cue = compile_pattern(r"(?<![\p{L}\p{M}])(?i:{row_request_cues})(?![\p{L}\p{M}])", defs)
        self.row_joint = compile_pattern(r"(?:{row_joints})(?![\p{L}\p{M}])", defs)
        # (the verb, not the noun: 'các kiến nghị còn lại giao …', 'thống nhất theo đề xuất và giao …')
        self.recommended_before = compile_pattern(
            r"(?<![\p{L}\p{M}])(?<!(?i:{request_noun_markers})[ \t\u00a0]+)(?i:{row_request_cues})"
            r"(?:[ \t\u00a0]+(?!(?i:{recommendation_breaks})(?![\p{L}\p{M}]))[\p{L}\p{M}&]+){1,8}[ \t\u00a0]+$", defs)
        self.requested_before = compile_pattern(r"(?<![\p{L}\p{M}])(?i:{request_cues})(?:[ \t\u00a0]+[\p{L}\p{M}&]+){0,8}[ \t\u00a0]+$", defs)
        self.adoption = compile_pattern(r"^(?i:{adoption_verbs})$", defs)
        self.not_decision = compile_pattern(r"\G[ \t\u00a0]+(?i:{not_decisions_after}){E}", defs)
        self.numbered_document = compile_pattern(r"\G{numbered_document}", defs)
        self.negated_decision = compile_pattern("{negated_decision}", defs)
        self.allotted_amount = compile_pattern("{allotted_amount}", defs)

    # ------------------------------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        officials = doc_list(doc, "officials")
        official_spans = sorted(
            [(m, c.name) for c in officials for m in c.mentions] + [(t, c.name) for c in officials for t in c.titles],
            key=lambda x: x[0].start_char,
        )
        entities = [e for e in (doc.spans["entities"] if "entities" in doc.spans else []) if e.label_ in ("ORG", "PER")]
        agency_names = {
            (m.start_char, m.end_char): c.full_name for c in doc_list(doc, "agencies") for m in c.mentions
        }
        directives: list[Act] = []
        decisions: list[Act] = []
        # captions repeat the body under a photo; acts are read from the body alone
        last_speaker = None
        announced_by = None
        carrier = None
        skipped = False  # whether the carrier was kept over a sentence with no act
        for zone in zones(doc, "body"):
            zone_text = span_text(zone)
            if self.caption_line.fullmatch(zone_text) and not self.list_item.match(zone_text):
                continue  # ('Các đại biểu biểu quyết thông qua các nội dung tại hội nghị', no stop: a caption)
            context_issuer = None
            # an order's paragraph may be followed by more of them, each opening with its bodies
            # ('Bộ Chỉ huy Quân sự tỉnh, Công an tỉnh bố trí lực lượng …'); the rest start afresh
            carried = carrier
            carrier = None
            if not (self.list_item.match(zone_text) or self.list_item_topic.match(zone_text)):
                # a list item goes on with the order its list was announced by, and so does a paragraph
                # naming its subject first ('Đồng chí yêu cầu:', then 'Về đầu tư công, huyện rà soát …')
                announced_by = None
            for i, sent in enumerate(_sentences(doc, zone)):
                subject = _speaker(sent, official_spans)
                if i == 0:
                    context_issuer = subject
                    if subject is None and self.pronoun_subject.search(span_text(sent)):
                        context_issuer = last_speaker
                    if subject is None and carried is not None:
                        context_issuer, carrier = carried.issuer, carried
                last_speaker = subject or last_speaker
                acts = self._acts_in(doc, sent, entities, agency_names, official_spans, context_issuer)
                # (a paragraph naming its subject first and acting itself is no item of the list: 'Về chương trình
                # hành động, Ban Chấp hành thống nhất thông qua …; giao …')
                # (one whose bodies direct others still is: 'Về quản lý khoáng sản, UBND tỉnh chỉ đạo Sở TN&MT …')
                listed = announced_by is not None and (self.list_item.match(zone_text) or all(
                    a.kind == "directive" and fold(a.verb) in self.task_verbs for a in acts))
                item = self._list_item_directive(doc, sent, announced_by, entities, agency_names) if listed else None
                if item is not None:
                    # '2. UBND các huyện rà soát …' under 'đồng chí X yêu cầu:': the list's order,
                    # addressed to the item's bodies ('Sở X chỉ đạo Chi cục Y …' is what Sở X must do)
                    acts = [a for a in acts if a.span.start_char < item.span.start_char or a.kind != "directive"] + [item]
                if any(a.kind == "directive" for a in acts):
                    # (its opening may go on with the order before: 'UBND các huyện chỉ đạo UBND cấp xã …')
                    acts = self._with_chained(doc, sent, acts, entities, agency_names, carrier=carrier, after_gap=skipped)
                elif carrier is not None:
                    # 'Giao Sở X … . Công an tỉnh tăng cường tuần tra …': the conclusion goes on
                    # naming bodies and what they must do, sentence after sentence (their task may
                    # hold an approval: 'Sở TN&MT khẩn trương thẩm định, trình phê duyệt giá đất …')
                    decided = min((a.span.start_char for a in acts), default=None)
                    acts = self._with_chained(doc, sent, acts, entities, agency_names, carrier=carrier, after_gap=skipped)
                    if decided is not None:
                        # ('hội nghị thống nhất chọn xã X làm điểm; các đảng bộ cơ sở hoàn thành đại hội …'):
                        # what follows a decision of the meeting's own is what it decided
                        acts = [a for a in acts if a.kind != "directive" or a.span.start_char < decided]
                # ('… Sở Xây dựng phối hợp thẩm định hồ sơ, trình phê duyệt …': a continued order's task)
                acts = [a for a in acts if not (a.kind == "decision" and any(
                    d.kind == "directive" and d.action_range and d.action_range[0] <= a.span.start_char < d.action_range[1]
                    for d in acts))]
                if self.list_item.fullmatch(span_text(sent).strip() + " "):
                    continue  # a list mark alone ('1.'): the order goes on past it
                found = next((a for a in reversed(acts) if a.kind == "directive"), None)
                # ('… Vườn quốc gia Cát Tiên bố trí người canh gác …. Công an tỉnh chỉ đạo …': a sentence
                # whose bodies were not recognized does not end the run of orders; a second one does)
                carrier, skipped = (carrier, True) if found is None and not acts and carrier is not None and not skipped \
                    else (found, False)
                announced = self.announced_list.search(span_text(sent).rstrip())
                if carrier is None and announced is not None:
                    # 'Kết luận hội nghị, đồng chí X yêu cầu:' and a list of bodies and their tasks
                    speaker = _speaker_before(sent.end_char, sent, official_spans) or context_issuer
                    if speaker is not None or not announced.group("verb").lower().startswith("đề nghị"):
                        announced_by = Act("directive", announced.group("verb"), sent, issuer=speaker)
                for act in acts:
                    if act.issuer is None:
                        act.issuer = _speaker_before(act.span.start_char, sent, official_spans) or context_issuer
                    (directives if act.kind == "directive" else decisions).append(act)
        self._fill_values(doc, directives + decisions)
        doc._.directives = directives
        doc._.decisions = decisions
        for act in directives + decisions:
            act.span._.rule_id = f"acts.{act.kind}.clause" if act.kind == "directive" else "acts.decision"
        doc.spans["directives"] = [a.span for a in directives]
        doc.spans["decisions"] = [a.span for a in decisions]
        doc.spans["assignees"] = [self._assignee_span(doc, x, a.rule_id) for a in directives for x in a.assignees]
        return doc

    @staticmethod
    def _assignee_span(doc: Doc, assignment: Assignment, rule_id: str) -> Span:
        # a span of its own label: the entity at the same offsets keeps its own attributes
        span = Span(doc, assignment.span.start, assignment.span.end, label="ASSIGNEE")
        span._.rule_id = rule_id
        span._.value = assignment.name
        span._.role = assignment.role
        return span

    def _acts_in(self, doc, sent: Span, entities, agency_names, official_spans, context_speaker=None) -> list[Act]:
        text = text_of(doc)
        lo, hi = sent.start_char, sent.end_char
        found: list[tuple[int, str, regex.Match]] = []
        for kind, rule in (("directive", self.directive), ("decision", self.decision), ("subject", self.directive_subject)):
            for m in rule.finditer(text, lo, hi):
                found.append((m.start("verb"), kind, m))
        for at in [lo] + [s.end() for s in _SEMICOLON.finditer(text, lo, hi)]:  # (clause starts)
            m = self.passive_decision.match(text, at, hi)
            if m is not None:
                found.append((m.start("subject"), "passive", m))
        found.sort(key=lambda x: x[0])
        acts: list[Act] = []
        for start, kind, m in found:
            joint = None
            if acts and start < acts[-1].span.end_char and kind == acts[-1].kind == "decision":
                joint = self.second_decision.fullmatch(text, acts[-1].span.start_char + len(acts[-1].verb), start)
                if joint is None:
                    continue
            if acts and acts[-1].kind == "directive" and acts[-1].action_range and (
                    start == acts[-1].action_range[0]
                    or (acts[-1].action_range[0] <= start < acts[-1].action_range[1] and self.directing.match(m.group("verb")))):
                continue  # 'yêu cầu UBND tỉnh (trực tiếp) chỉ đạo Sở Tài chính …': the second verb is the action
            if kind == "passive":
                # ('Nghị quyết về A được thông qua với 49/49 …'): the decision reads from its document
                if not (acts and acts[-1].span.end_char > start):
                    end = _clause_end(text, m.end(), hi)
                    acts.append(Act("decision", " ".join(m.group("verb").split()), char_span(doc, start, end, "DECISION")))
                continue
            if kind == "subject":
                act = self._subject_directive(doc, m, _clause_end(text, m.end(), hi), entities, agency_names)
                if act is not None:
                    if acts and acts[-1].span.end_char > act.span.start_char:
                        continue
                    acts.append(act)
                continue
            clause_start = _clause_start(text, lo, start)
            before = text[clause_start:start]
            adoption = kind == "decision" and self.adoption.match(" ".join(m.group("verb").split()))
            said = None
            for said in self.discussion_subject.finditer(text, clause_start, start):
                pass  # (the last one, unless a body speaks after it: 'sau khi nghe … tiếp thu ý kiến …, Ban Thường vụ
                # Tỉnh ủy thống nhất …', 'Về kế hoạch bầu cử đại biểu Quốc hội, Ban Thường vụ nhất trí …')
            delegates_say = said is not None and not self._body_before(text, entities, said.end(), start)
            if kind == "decision" and not adoption and self.agreement.match(" ".join(m.group("verb").split())):
                if self.agreement_hedge.search(text, max(lo, start - 12), start) and (
                        delegates_say or (self.hedging_members.search(before) and not self._hedged_view_decides(text, m.end(), hi))):
                    continue  # 'các thành viên cơ bản thống nhất với dự thảo, đồng thời đề nghị …': the members' view, not the body's decision
                if self.vote_tally.match(before) and not self.tallied_clause.match(before):
                    continue  # 'Với 34/34 đại biểu có mặt tán thành, kỳ họp đã thông qua …': the vote of the decision after
                    # (not the body agreeing after it: '…, HĐND tỉnh thống nhất mục tiêu tăng trưởng …')
                # the delegates' agreement stated as the meeting's, not a turn of their discussion
                adoption = not (self.discussion_framing.match(text, lo) or self.discussion_goes_on.search(text, m.end(), hi))
            if delegates_say and not adoption and not self._official_answers(before) \
                    and (self._names_a_delegate(text, clause_start, start) or not _speaker_in(clause_start, start, official_spans)):
                continue  # delegates propose: discussion
            if kind == "decision" and (self.not_decision.match(text, m.end(), hi) or self.numbered_document.match(text, m.end(), hi)):
                continue
            if kind == "decision" and acts and acts[-1].kind == "directive" and acts[-1].action_range and (
                    acts[-1].action_range[0] <= start < acts[-1].action_range[1]):
                continue  # 'giao Sở X hoàn thiện hồ sơ, trình UBND tỉnh phê duyệt': the order's task
            if kind == "decision" and (self.requested_before.search(text, max(clause_start, start - 60), start)
                                       or self._in_requests(text, lo, start)):
                continue  # 'kiến nghị tỉnh sớm phê duyệt …': asked for, not decided
            if kind == "decision" and (self.passive_agent.search(text, max(clause_start, start - 60), start)
                                       or self.planned.match(text, lo) or self.planned_meeting.match(text, lo)):
                continue  # 'đã được Thủ tướng phê duyệt', 'Theo chương trình, kỳ họp … thông qua …': not this meeting's decision
            if kind == "decision" and self.purpose_before.search(text, max(lo, start - 35), start):
                continue  # 'tổ chức kỳ họp để xem xét, quyết định …': what the meeting is for
            if kind == "decision" and self.done_before.search(text, max(lo, start - 6), start) \
                    and (self.relaying.search(text, lo, start) or self.progress_opening.match(text, lo)):
                continue  # '… thông tin thêm, tỉnh đã chấp thuận chủ trương …': approved before, as told
            if kind == "decision" and self._reported_decision(text, clause_start, start):
                continue  # 'Quốc hội đã thông qua 10 dự án luật': passed on, not decided here
            if self.nominal.search(before) or (kind == "decision" and self.negated_decision.search(before)):
                continue  # 'sự thống nhất', 'được thông qua' describe, they do not decide; 'chưa xem xét thông qua' denies
            end = _clause_end(text, m.end(), hi)
            written_before = text[clause_start:start].rstrip()
            if kind == "directive" and self.co_task_second.match(" ".join(m.group("verb").split())) \
                    and self.co_task.search(text, max(clause_start, start - 20), start):
                continue  # 'tăng cường kiểm tra, đôn đốc các huyện …': the task's second verb, not an order
            if m.group("verb")[:1].isupper() and written_before and written_before[-1] not in ".…!?:;-–(“\"«‘'":
                continue  # 'Ban Chỉ đạo các huyện', 'xã Thống Nhất': a name, not an act (a quote may open with one: 'nêu rõ: “Yêu cầu …')
            if kind == "directive" and self.recommended_before.search(text, max(clause_start, start - 60), start):
                continue  # 'Thanh tra tỉnh kiến nghị Chủ tịch UBND tỉnh chỉ đạo Sở X …': recommended, not ordered
            if kind == "directive":
                act = self._directive(doc, m, end, entities, agency_names)
                if act is None or (act.action_range and self.allotted_amount.match(text, act.action_range[0], end)):
                    continue
                speaker = _speaker_before(start, sent, official_spans)
                if speaker is None and not any(e.label_ == "ORG" and clause_start <= e.start_char and e.end_char <= start
                                               and not text[e.end_char:start].strip() for e in entities):
                    speaker = context_speaker  # ('Lãnh đạo Sở KH&ĐT đề nghị …' is the department's word, not the chair's)
                body = None if speaker else self._issuing_body(doc, clause_start, start)
                if body is None and not speaker and clause_start > lo and not text[clause_start:start].strip() \
                        and acts and acts[-1].span.start_char >= lo:
                    # 'Ban Thường vụ Tỉnh ủy nhất trí chủ trương …; đề nghị Đảng ủy UBND tỉnh chỉ đạo …': the
                    # body that acted in the clause before goes on as the subject
                    body = self._issuing_body(doc, _clause_start(text, lo, acts[-1].span.start_char), acts[-1].span.start_char)
                if m.group("verb").lower().startswith("đề nghị") and not (
                        speaker or body or self.meeting_subject.match(text, lo)
                        or self.document_subject.fullmatch(text, clause_start, start)):
                    continue  # 'đề nghị' directs only when an official, a province's authority, the meeting or a written order says it
                if body is not None and (self.upward.match(act.assignees[0].name) or self.ministry.match(act.assignees[0].name)):
                    continue  # 'UBND tỉnh đề nghị Bộ GTVT …': a request up
                act.issuer = act.issuer or body
                if (m.group("verb").lower().startswith("đề nghị") and self.upward.match(act.assignees[0].name)
                        and not self._central(doc, speaker)):
                    continue  # 'đề nghị tỉnh hỗ trợ …' from a district: a request up, not an order
            else:
                act = Act("decision", m.group("verb"), char_span(doc, start, end, "DECISION"))
            # a new act inside an earlier clause ends it
            if acts and acts[-1].span.end_char > start:
                prev = acts[-1]
                cut = joint.start("joint") if joint is not None else start  # (the first decision ends before 'và')
                prev.span = char_span(doc, prev.span.start_char, _trim_end(text, prev.span.start_char, cut), prev.span.label_)
            acts.append(act)
        return acts

    def _directive(self, doc, m: regex.Match, end: int, entities, agency_names) -> Optional[Act]:
        text = text_of(doc)
        pos = self.opener.match(text, m.end(), end, timeout=REGEX_TIMEOUT_S).end()
        assignees: list[Assignment] = []
        role = "assigned"
        while True:
            if pos >= end:
                more = self._addressees_go_on(doc, end, entities, agency_names) if assignees else None
                if more is None:
                    break
                pos, end = more
            got = self._assignee_at(doc, pos, end, entities, agency_names, first=not assignees)
            if got is None and (role == "cooperate" or not assignees or self._is_partner(text, assignees[-1])):
                # ('yêu cầu chủ đầu tư và nhà thầu tăng ca …': parties named by a common noun)
                got = self._partner_at(doc, pos, end)
            if got is None:
                break
            span, name = got
            assignees.append(Assignment(span, name, role))
            pos = self._past_description(doc, span.end_char, end, entities)
            lead = self.lead.match(text, pos, end, timeout=REGEX_TIMEOUT_S)
            if lead:
                for a in assignees:
                    if a.role == "assigned":
                        a.role = "lead"
                pos = lead.end()
            coop = self.cooperate.match(text, pos, end, timeout=REGEX_TIMEOUT_S)
            if coop:
                role, pos, coop_at, bare = "cooperate", coop.end(), pos, self._bare_cooperation(coop)
                continue
            join = self.joiner.match(text, pos, end, timeout=REGEX_TIMEOUT_S)
            if join and (self._assignee_at(doc, join.end(), end, entities, agency_names)
                         or (self._is_partner(text, assignees[-1]) and self._partner_at(doc, join.end(), end))):
                pos = join.end()
                continue
            if pos < end:
                break
        if not assignees:
            return None
        if role == "cooperate" and bare and all(a.role != "cooperate" for a in assignees):
            # 'đề nghị Ủy ban MTTQ tỉnh, Hội Nghề cá tỉnh phối hợp tuyên truyền …': no lead is
            # named, so the bodies told to cooperate cooperate, and their task begins there
            for a in assignees:
                a.role = "cooperate"
            pos = coop_at
        if len([a for a in assignees if a.role != "cooperate"]) == 1:
            for a in assignees:
                if a.role == "assigned" and not self._is_group(text, a):
                    a.role = "lead"
        action_start = pos + len(_SPACE.match(text, pos).group(0))
        if action_start < end and text[action_start] == ",":
            action_start += 1
        act = Act("directive", m.group("verb"), char_span(doc, m.start(), end, "DIRECTIVE"), assignees=assignees)
        self._add_later_partners(doc, act, action_start, end, entities, agency_names)
        return self._with_action(act, text, action_start, end)

    def _addressees_go_on(self, doc, end: int, entities, agency_names) -> Optional[tuple[int, int]]:
        """'yêu cầu Giám đốc các sở, Thủ trưởng các ban, ngành cấp tỉnh; Chủ tịch UBND các huyện …
        tập trung chỉ đạo …': addressees that run up to a semicolon with no task go on after it.
        Returns where the next clause's addressees start and where that clause ends."""
        text = text_of(doc)
        semi = _SEMICOLON_GAP.match(text, end)
        if semi is None:
            return None
        line_end = text.find("\n", semi.end())
        next_end = _clause_end(text, semi.end(), len(text) if line_end < 0 else line_end)
        if self._assignee_at(doc, semi.end(), next_end, entities, agency_names) is None:
            return None
        return semi.end(), next_end

    def _add_later_partners(self, doc, act: Act, pos: int, end: int, entities, agency_names) -> None:
        """'giao Sở KH&ĐT tiếp thu ý kiến, phối hợp với Sở Tài chính rà soát …': the bodies the
        assignee is told to work with after its first task cooperate, and it leads."""
        if any(a.role == "cooperate" for a in act.assignees) or len(act.assignees) != 1:
            return
        cue = self.later_partners.search(text_of(doc), pos, end, timeout=REGEX_TIMEOUT_S)
        if cue is None or self.nested_order.search(text_of(doc), pos, cue.start(), timeout=REGEX_TIMEOUT_S):
            return  # ('đề nghị UBND tỉnh chỉ đạo Sở TN&MT chủ trì, phối hợp với …': the partners of another's task)
        partners, _ = self._assignee_list(doc, cue.end(), end, entities, agency_names, "cooperate")
        if partners:
            if act.assignees[0].role == "assigned" and not self._is_group(text_of(doc), act.assignees[0]):
                act.assignees[0].role = "lead"
            act.assignees.extend(partners)

    def _with_chained(self, doc, sent: Span, acts: list[Act], entities, agency_names, carrier: Optional[Act] = None,
                      after_gap: bool = False) -> list[Act]:
        """'… yêu cầu Sở Tài chính rà soát nguồn vốn; Công an tỉnh tăng cường tuần tra …': after
        a directive, a clause that opens with bodies and goes on with what they must do is one
        more directive, its verb carried over from the one before. With a `carrier` from the
        sentence before (the same paragraph, nothing in between), the sentence's own opening is
        such a clause too. `after_gap`: the carrier's order was a sentence further back; only bodies
        (not a person: 'Đồng chí X chủ trì hội nghị') with a task (not their own act: 'BTV Tỉnh ủy cơ
        bản thống nhất với …') go on with it."""
        text = text_of(doc)
        out = sorted(acts, key=lambda a: a.span.start_char)
        persons = [e for e in entities if e.label_ == "PER"] if after_gap else []
        starts = [sent.start_char] + [m.end() for m in regex.finditer(r"[;:]", text[sent.start_char:sent.end_char])]
        starts = [s if i == 0 else sent.start_char + s for i, s in enumerate(starts)]
        before = carrier
        for start in starts if before is not None else starts[1:]:
            previous = [a for a in out if a.kind == "directive" and a.span.start_char < start]
            carrier = previous[-1] if previous else before
            task = self._task_clause(doc, carrier, start, out) if carrier is not None else None
            if task is not None:
                out.remove(task)
                continue
            if carrier is None or any(a.span.start_char <= start + 3 < a.span.end_char or abs(a.span.start_char - start) <= 3 for a in out):
                continue
            pos = self.clause_opening.match(text, start, sent.end_char).end()
            # ('…; Sở Xây dựng cử cán bộ … . Về giải ngân vốn, UBND huyện cần rà soát từng dự án …': the
            # order goes on past a subject named first, when what follows is a task, not the bodies' own
            # word: 'Về đề án, Ban Thường vụ Tỉnh ủy đánh giá …', 'Riêng tờ trình, UBND tỉnh chưa thông qua')
            topic = self.list_item_topic.match(text, pos, sent.end_char)
            if topic is not None:
                pos = topic.end()
            end = _clause_end(text, pos, sent.end_char)
            act = self._clause_directive(doc, pos, end, carrier, entities, agency_names, "acts.directive_chained")
            if act is not None and topic is not None and not self.task_head.match(text, act.action_range[0], end):
                continue
            if act is None:
                if self._continue_task(doc, carrier, start, end, out):
                    # ('đề nghị Ban Quản lý Khu kinh tế tăng cường …; chủ trì, phối hợp với Sở TN&MT kiểm tra …'; from
                    # the ';' itself, which the later_partners pattern takes as the joint before the cue)
                    self._add_later_partners(doc, carrier, start - 1, end, entities, agency_names)
                continue
            if self.promise.match(text, act.action_range[0], end):
                continue  # ('Thường trực HĐND tỉnh sẽ theo dõi …': the body's promise)
            head = self.action_head.match(text, act.action_range[0], end).end()
            # 'các đảng ủy xã, phường chủ động đề xuất nhu cầu …': after a modal the verb is their task
            modal = bool(text[act.action_range[0]:head].strip(" \t\u00a0,"))
            first = act.assignees[0].span
            own_act = self.any_act_verb.search(text, head, min(end, head + 25)) if after_gap and not modal else None
            if after_gap and (any(p.start_char < first.end_char and first.start_char < p.end_char for p in persons)
                              or (own_act is not None and fold(own_act.group(0)) not in self.task_verbs)):
                continue
            inner = [a for a in out if start <= a.span.start_char < end]
            if any(a.span.start_char < head for a in inner):
                continue  # an act opens the clause: read as it is
            hedge = self.hedge_at.match(text, head, end)  # ('Ban Thường vụ cơ bản nhất trí với Đề án …')
            verb = self.any_act_verb.match(text, hedge.end() if hedge else head, end, timeout=REGEX_TIMEOUT_S)
            if verb is not None and fold(verb.group(0)) not in self.task_verbs and not modal:
                continue  # the bodies' own act ('Sở Y tế đề nghị …', 'UBND huyện thống nhất …')
            # 'Sở Công Thương chỉ đạo các doanh nghiệp dự trữ …': directing others is the bodies' task,
            # not an order of its own ('… theo dõi việc giải quyết kiến nghị cử tri' names no act)
            out = [a for a in out if not (verb is not None and a.kind == "directive" and a.span.start_char == verb.start())]
            out.append(act)
        return sorted(out, key=lambda a: a.span.start_char)

    def _task_clause(self, doc, carrier: Act, start: int, acts: list[Act]) -> Optional[Act]:
        """'đề nghị UBND tỉnh khẩn trương ban hành kế hoạch …; chỉ đạo các chủ đầu tư đẩy nhanh …': a
        clause after a semicolon that opens with directing others, no bodies before it, is more of
        the task of the order just before it, not an order of its own. Returns the act read there,
        which the order before now takes in."""
        text = text_of(doc)
        pos = self.clause_opening.match(text, start).end()
        task = next((a for a in acts if a.kind == "directive" and a.span.start_char == pos and fold(a.verb) in self.task_verbs), None)
        if task is None or not _ends_at(text, carrier, start):
            return None
        _extend(doc, carrier, task.span.end_char)
        return task

    def _continue_task(self, doc, carrier: Act, start: int, end: int, acts: list[Act]) -> bool:
        """'yêu cầu các sở hoàn thành các chỉ tiêu năm 2023; phấn đấu giải ngân … trước ngày
        31/1/2024': a clause after a semicolon that opens with what to do, no bodies and no act of
        its own, goes on with the order just before it. An agreement inside that task is its content
        ('…; đồng thời làm việc với tỉnh Đồng Nai thống nhất điểm kết nối …')."""
        text = text_of(doc)
        if not _ends_at(text, carrier, start):
            return False
        opening = self.clause_opening.match(text, start, end).end()
        if any(start <= a.span.start_char < end and not (a.kind == "decision" and a.span.start_char > opening) for a in acts) \
                or not self.continued_task.match(text, start, end):
            return False
        _extend(doc, carrier, end)
        return True

    def _list_item_directive(self, doc, sent: Span, announced_by: Act, entities, agency_names) -> Optional[Act]:
        """A list item that opens with bodies and goes on with their task, under an order that
        announced the list."""
        text = text_of(doc)
        pos = self.clause_opening.match(text, sent.start_char, sent.end_char).end()
        # ('Đồng chí yêu cầu:' then 'Về đầu tư công, huyện rà soát từng dự án …'): an item may name its subject first
        topic = self.list_item_topic.match(text, pos, sent.end_char)
        if topic is not None:
            pos = topic.end()
        end = _clause_end(text, pos, sent.end_char)
        return self._clause_directive(doc, pos, end, announced_by, entities, agency_names, "acts.directive_listed")

    def _due_report(self, doc, pos: int, end: int) -> bool:
        """'… báo cáo kết quả về Sở X trong tuần tới': a report the clause gives a deadline (a date
        tagged as one, or one after a deadline cue, as the order's own deadline is read, or a day or
        month still ahead: '…; các chủ đầu tư … báo cáo, giải trình tại phiên họp UBND tỉnh tháng 4'
        in a list item, where the date tagger sees no order in the sentence), or a schedule ('vào thứ
        Sáu hằng tuần', or with no day: 'Phòng Tài chính - Kế hoạch huyện báo cáo tiến độ giải ngân hằng
        tuần về Sở KH&ĐT')."""
        text = text_of(doc)
        if not self.due_report.match(text, pos, end):
            return False
        return bool(self.scheduled.search(text, pos, end)) or any(
            pos <= d.start_char < end and (
                d._.role == "deadline"
                or (d._.granularity != "season" and self.deadline_cue.search(text, pos, d.start_char))
                or (d._.granularity in _DUE_GRANULARITIES and _resolved(d._.value) and not _over_before(d._.value, doc._.published)))
            for d in (doc.spans["dates"] if "dates" in doc.spans else []))

    def _clause_directive(self, doc, pos: int, end: int, carrier: Act, entities, agency_names, rule_id: str) -> Optional[Act]:
        """A clause text[pos:end] that opens with bodies and goes on with their task: a directive
        with the verb and issuer of the order it continues (`carrier`). A 'chủ trì' after the
        bodies makes them all lead, and the bodies after its 'phối hợp với' cooperate."""
        text = text_of(doc)
        assignees, pos = self._assignee_list(doc, pos, end, entities, agency_names, "assigned")
        if assignees:
            pos = self._past_apposition(doc, pos, end, entities)
        if not assignees or not (self.chained_action.match(text, pos, end) or self._due_report(doc, pos, end)):
            return None
        if carrier.issuer is not None and all(a.name == carrier.issuer for a in assignees):
            return None  # ('… giao Sở X …. Đồng chí Y lưu ý, …': the one who gave the order speaks on)
        if len(assignees) == 1 and not self._is_group(text, assignees[0]):
            assignees[0].role = "lead"
        act = Act("directive", carrier.verb, char_span(doc, assignees[0].span.start_char, end, "DIRECTIVE"),
                  assignees=assignees, rule_id=rule_id, issuer=carrier.issuer)
        lead = self.lead.match(text, pos, end, timeout=REGEX_TIMEOUT_S)
        if lead:
            pos = lead.end()
        # '… Ban Tổ chức Huyện ủy (chủ trì,) phối hợp với Văn phòng Huyện ủy tham mưu …': the bodies
        # named first lead, their partners cooperate
        coop = self.cooperate.match(text, pos, end, timeout=REGEX_TIMEOUT_S)
        partners, after = self._assignee_list(doc, coop.end(), end, entities, agency_names, "cooperate") if coop else ([], pos)
        if lead or partners:
            for a in assignees:
                a.role = "lead"
        elif coop and self._bare_cooperation(coop):
            for a in assignees:  # ('Sở Xây dựng phối hợp thẩm định …': no lead named)
                a.role = "cooperate"
        if partners:
            act.assignees.extend(partners)
            pos = after
        return self._with_action(act, text, pos + len(_SPACE.match(text, pos).group(0)), end)

    def _is_group(self, text: str, assignee: Assignment) -> bool:
        """'các địa phương, đơn vị', 'UBND các xã': a plural group stands for several equal
        assignees, so it stays 'assigned' when it is the only one (corpora/GUIDELINES.md)."""
        return self.generic.match(text, assignee.span.start_char, assignee.span.end_char) is not None or self._is_partner(text, assignee)

    def _is_partner(self, text: str, assignee: Assignment) -> bool:
        """A party named by a common noun ('chủ đầu tư', 'nhà thầu'): one of a kind, never a lead."""
        partner = self.partner_noun.match(text, assignee.span.start_char, assignee.span.end_char)
        return partner is not None and partner.end() == assignee.span.end_char

    def _issuing_body(self, doc: Doc, lo: int, verb_at: int) -> Optional[str]:
        """'UBND tỉnh đề nghị Ủy ban MTTQ …' in a written order: a province's authority as the
        clause's subject, right before the verb, issues it (its full name)."""
        text = text_of(doc)
        for cluster in doc_list(doc, "agencies"):
            if not (cluster.level and self.issuing_level.match(cluster.level) and self.issuing_body.match(fold(cluster.full_name))):
                continue
            for mention in cluster.mentions:
                if lo <= mention.start_char and self.subject_gap.fullmatch(text, mention.end_char, verb_at):
                    return cluster.full_name
        return None

    def _central(self, doc: Doc, name: Optional[str]) -> bool:
        """Whether an official holds a post above a province (a minister, a central body's)."""
        official = next((o for o in doc_list(doc, "officials") if o.name == name), None)
        return official is not None and any(self.central_title.search(t.text) for t in official.titles)

    def _has_act_verb(self, text: str, lo: int, hi: int) -> bool:
        """A directive, decision or discussion verb in text[lo:hi], not the first syllable of
        another word ('giao' of 'giao thông') or the last of one ('giao' of 'bàn giao')."""
        for m in self.any_act_verb.finditer(text, lo, hi):
            verb = m.group(0)
            if " " not in verb.strip():
                nxt = _NEXT_SYLLABLE.match(text, m.end())
                prev = _PREVIOUS_SYLLABLE.search(text, max(lo, m.start() - 12), m.start())
                if (nxt is not None and is_word(verb, nxt.group(1))) or (prev is not None and is_word(prev.group(1), verb)):
                    continue  # ('bàn giao mặt bằng' hands over, it gives no order)
            return True
        return False

    def _with_action(self, act: Act, text: str, action_start: int, end: int) -> Act:
        """The action runs from after the assignees to the clause end, less a purpose ('để …')."""
        action_end = end
        purpose = self.purpose.search(text, action_start, end, timeout=REGEX_TIMEOUT_S)
        if purpose:
            act.purpose = _strip(text[purpose.start():end]).lstrip(", ")
            action_end = purpose.start()
        act.action = _strip(text[action_start:action_end]) or None
        act.action_range = (action_start, action_end)
        return act

    def _subject_directive(self, doc, m: regex.Match, end: int, entities, agency_names) -> Optional[Act]:
        """'Sở GTVT chủ trì, phối hợp với UBND huyện …': the assignee is the entity just before."""
        text = text_of(doc)
        subject = next((e for e in entities if e.end_char == m.start() and e.label_ == "ORG"), None)
        if subject is None:
            # ('Sở NN&PTNT (cơ quan thường trực …) chủ trì, phối hợp với …')
            subject = next((e for e in entities if e.label_ == "ORG" and m.start() - 120 <= e.end_char < m.start()
                            and self._past_apposition(doc, e.end_char, m.start(), entities) == m.start()), None)
        if subject is None:
            return None
        verb = " ".join(m.group("verb").split())
        cooperating = "phối hợp" in verb
        assignees = [Assignment(subject, agency_names.get((subject.start_char, subject.end_char), subject.text), "lead")]
        if not cooperating:
            # 'Bộ CHQS tỉnh, Công an tỉnh được giao …': every body of the list before the verb
            first = subject
            while True:
                join = self.joiner_before.search(text, max(0, first.start_char - 8), first.start_char)
                before = next((e for e in entities if join is not None and e.end_char == join.start() and e.label_ == "ORG"), None)
                if before is None:
                    break
                assignees.insert(0, Assignment(before, agency_names.get((before.start_char, before.end_char), before.text), "assigned"))
                first = before
            if len(assignees) > 1:
                for a in assignees:
                    a.role = "assigned"
                subject = first
        pos = m.end()
        if not cooperating and len(assignees) == 1:
            # ('Ban Tổ chức Tỉnh ủy được giao chủ trì, phối hợp với Văn phòng Tỉnh ủy …': the body
            # told to lead, and its partners)
            lead = self.lead.match(text, pos, end, timeout=REGEX_TIMEOUT_S)
            coop = self.cooperate.match(text, lead.end(), end, timeout=REGEX_TIMEOUT_S) if lead else None
            if coop is not None and not self._bare_cooperation(coop):
                partners, past = self._assignee_list(doc, coop.end(), end, entities, agency_names, "cooperate")
                if partners:
                    assignees += partners
                    pos = past
        if cooperating:
            partners, pos = self._assignee_list(doc, pos, end, entities, agency_names, "cooperate")
            assignees += partners
        act = Act("directive", verb, char_span(doc, subject.start_char, end, "DIRECTIVE"), assignees=assignees,
                  rule_id="acts.directive_subject")
        return self._with_action(act, text, pos + len(_SPACE.match(text, pos).group(0)), end)

    def _hedged_view_decides(self, text: str, verb_end: int, sentence_end: int) -> bool:
        """Whether the members' hedged agreement ending its verb at `verb_end` closes the sentence as its
        decision: no views go on after it, it is not about the need alone, and no body decides next."""
        return not (self.hedged_view_goes_on.search(text, verb_end, sentence_end)
                    or self.hedged_need_only.match(text, verb_end, sentence_end)
                    or self.body_decides.match(text, sentence_end, min(len(text), sentence_end + 120)))

    def _body_before(self, text: str, entities, lo: int, verb_at: int) -> bool:
        """A body named in text[lo:verb_at] with at most a few words ('cơ bản') before the verb: its
        subject (not one whose members' view it is: 'Ý kiến của Sở Tài chính …', 'Các ý kiến trong Ban
        Thường vụ cơ bản tán thành …')."""
        return any(e.label_ == "ORG" and lo <= e.start_char and e.end_char <= verb_at
                   and len(text[e.end_char:verb_at].split()) <= 3
                   and not self.members_of_before.search(text, max(lo, e.start_char - 8), e.start_char) for e in entities)

    def _reported_decision(self, text: str, lo: int, verb_at: int) -> bool:
        """'Quốc hội đã thông qua 10 dự án luật', 'Quốc hội dự kiến xem xét, thông qua …': the decider a
        report passes on (not its deputies: 'Về kế hoạch bầu cử đại biểu Quốc hội, Ban Thường vụ nhất trí …')."""
        return any(not self.deputies_before.search(text, max(lo, m.start() - 12), m.start())
                   for m in self.reported_decider.finditer(text, lo, verb_at))

    def _names_a_delegate(self, text: str, lo: int, hi: int) -> bool:
        """'Đại biểu Chẻo Thị Mây, Trưởng Ban Dân tộc HĐND tỉnh đề nghị …': the speaker is named as a
        delegate, whatever office she holds."""
        return any(self.name_after_delegate.match(text, m.end(), hi) for m in self.discussion_subject.finditer(text, lo, hi))

    def _official_answers(self, before: str) -> bool:
        """'Đối với các vấn đề đại biểu nêu, đồng chí đề nghị …': an official referred back to speaks
        after the delegates are named, answering them."""
        delegates = list(self.discussion_subject.finditer(before))
        return bool(delegates) and bool(self.pronoun_subject.search(before, delegates[-1].end()))

    def _in_requests(self, text: str, lo: int, at: int) -> bool:
        """'Huyện kiến nghị tỉnh hỗ trợ 35 tỷ đồng …; sớm phê duyệt …': a verb in a row of requests
        after the request verb, with no act of another between."""
        cues = list(self.request_cue.finditer(text, lo, at))
        return bool(cues) and bool(self.row_joint.search(text, cues[-1].end(), at)) and not self._has_act_verb(text, cues[-1].end(), at)

    @staticmethod
    def _bare_cooperation(coop: regex.Match) -> bool:
        """'phối hợp' with no partner named after it ('… phối hợp thẩm định'), not 'phối hợp với'."""
        return fold(coop.group(0)).strip(" \t\u00a0,:").endswith("phối hợp")

    def _past_apposition(self, doc, pos: int, end: int, entities) -> int:
        """Where a body's task begins once what it is has been said (`pos` if nothing is)."""
        text = text_of(doc)
        brackets = self.apposition_brackets.match(text, pos, end)
        if brackets is not None:
            return brackets.end()
        said = self.apposition_is.match(text, pos, end)
        if said is not None:
            return said.end()
        dash = self.apposition_dash.match(text, pos, end)
        if dash is None:
            return pos
        # the description runs to a closing dash, or to the end of the body it names
        closing = self.closing_dash.search(text, dash.end(), min(end, dash.end() + 100))
        if closing is not None:
            return closing.end()
        named = next((e for e in entities if e.label_ == "ORG" and dash.end() <= e.start_char < dash.end() + 60
                      and e.end_char <= end), None)
        return named.end_char if named is not None else pos

    def _past_description(self, doc, pos: int, end: int, entities) -> int:
        """'giao Sở NN&PTNT (NN&PTNT) - cơ quan thường trực Ban Chỉ huy … chủ trì, phối hợp với …':
        where an addressee's role is given once what it is has been said. Only before a 'chủ trì'
        or 'phối hợp', so that a bracket of the order's own ('(chủ trì)') is not passed over."""
        text = text_of(doc)
        past = pos
        for _ in range(2):  # an abbreviation in brackets, then a description
            past = self._past_apposition(doc, past, end, entities)
        if past == pos or self.lead.match(text, pos, end, timeout=REGEX_TIMEOUT_S):
            return pos
        if self.lead.match(text, past, end, timeout=REGEX_TIMEOUT_S) or self.cooperate.match(text, past, end, timeout=REGEX_TIMEOUT_S):
            return past
        return pos

    def _assignee_list(self, doc, pos: int, end: int, entities, agency_names, role: str) -> tuple[list[Assignment], int]:
        """The assignees listed from `pos` ('Sở A, Sở B và UBND huyện C'), and where the list ends."""
        text = text_of(doc)
        found: list[Assignment] = []
        while pos < end:
            got = self._assignee_at(doc, pos, end, entities, agency_names)
            if got is None and role == "cooperate":
                got = self._partner_at(doc, pos, end)
            if got is None:
                break
            found.append(Assignment(got[0], got[1], role))
            pos = got[0].end_char
            join = self.joiner.match(text, pos, end, timeout=REGEX_TIMEOUT_S)
            if not (join and self._assignee_at(doc, join.end(), end, entities, agency_names)):
                break
            pos = join.end()
        return found, pos

    def _places_listed(self, text: str, at: int, end: int, entities) -> Optional[int]:
        """The end of the places named one after another from `at` ('Vĩnh Tường, Yên Lạc và Sông
        Lô'), or None where no place starts there."""
        reach = None
        while True:
            place = next((e for e in entities if e.start_char == at and e.end_char <= end and e.label_ == "LOC"), None)
            if place is None:
                return reach
            reach = place.end_char
            join = self.joiner.match(text, reach, end, timeout=REGEX_TIMEOUT_S)
            if join is None:
                return reach
            at = join.end()

    def _partner_at(self, doc, pos: int, end: int):
        """A partner named by a common noun, after 'phối hợp với' only ('chủ đầu tư', 'chính quyền
        địa phương')."""
        text = text_of(doc)
        partner = self.partner_noun.match(text, pos, end)
        if partner is None:
            return None
        start = pos + len(_SPACE.match(text, pos).group(0))
        return char_span(doc, start, partner.end(), "ASSIGNEE"), " ".join(text[start:partner.end()].split())

    def _assignee_at(self, doc, pos: int, end: int, entities, agency_names, first: bool = False):
        text = text_of(doc)
        pos += len(_SPACE.match(text, pos).group(0))
        g = self.generic.match(text, pos, end, timeout=REGEX_TIMEOUT_S)
        entity = next((e for e in entities if e.start_char == pos and e.end_char <= end), None)
        if entity is not None and (g is None or entity.end_char >= g.end()):
            name = agency_names.get((entity.start_char, entity.end_char), entity.text)
            return entity, name
        if g is not None:
            name = " ".join(g.group(0).split())
            after = _SPACE.match(text, g.end()).end()
            if text[after:after + 1] == ":":  # ('UBND các huyện: Bảo Lâm, Di Linh')
                after = _SPACE.match(text, after + 1).end()
            of = self.of_body.match(text, after)  # ('các Ban của HĐND tỉnh')
            listed = next((e for e in entities if e.start_char == after and e.label_ == "ORG"), None)
            if listed is None and of is not None and self.group_of_parts.match(" ".join(g.group(0).split())):
                listed = next((e for e in entities if e.start_char == of.end() and e.label_ == "ORG"), None)
            if listed is not None and listed._.rule_id == "recognize.agencies.list_continuation":
                # 'UBND các huyện Hướng Hóa, Đakrông': the bodies the group names, one by one
                return listed, agency_names.get((listed.start_char, listed.end_char), listed.text)
            places_named = self._places_listed(text, after, end, doc.spans["entities"]) if self.plural_units.match(name) else None
            if places_named:
                # 'các huyện Vĩnh Tường, Yên Lạc, Sông Lô': the group of the units it names
                return char_span(doc, pos, places_named, "ASSIGNEE"), " ".join(text[pos:places_named].split())
            if listed is not None and listed.end_char <= end and (self.group_of_parts.match(name) or self.subordinate.search(name)):
                # 'các ban HĐND tỉnh', 'các Ban của HĐND tỉnh': the group is parts of the body after
                # it, spelled out; so is 'các huyện ủy, … và đảng ủy trực thuộc Tỉnh ủy', the group under it
                full = agency_names.get((listed.start_char, listed.end_char), listed.text)
                joint = " của " if listed.start_char != after else " "
                return char_span(doc, pos, listed.end_char, "ASSIGNEE"), f"{name}{joint}{full}"
            places = doc._.places
            bare = bool(self.bare_unit.fullmatch(name))  # ('huyện', 'thành phố'; not 'các huyện')
            place = self._unit_place(doc, pos, name) if bare else None
            if place is None and places is not None and bare:
                place = places.resolve(fold(name))  # a bare 'huyện' is the district the article is about
            return char_span(doc, pos, g.end(), "ASSIGNEE"), (f"{name} {place}" if place else name)
        person = self._person_at(doc, pos, end, entities)
        if person is not None:
            return person
        post = self._post_at(doc, pos, end, entities, agency_names)
        if post is not None:
            return post
        unit = self.unit_with_place.match(text, pos, end, timeout=REGEX_TIMEOUT_S) if first else None
        if unit is not None:  # (later in a list, ', tỉnh Lai Châu' places the body before it)
            # 'đề nghị tỉnh Quảng Trị tiếp tục …': a unit word standing for its authorities
            place = next((e for e in doc.spans["entities"] if e.start_char == unit.end() and e.label_ == "LOC"), None)
            if place is not None:
                return char_span(doc, pos, place.end_char, "ASSIGNEE"), " ".join(text[pos:place.end_char].split())
        return None

    def _person_at(self, doc, pos: int, end: int, entities):
        """'giao đồng chí Phó Chủ tịch UBND tỉnh Tô Hoàng Phúc trực tiếp chỉ đạo …', 'giao đồng chí
        Nông Thị Lan, Phó Chủ tịch UBND tỉnh, …': an official told to act, named with the titles
        around the name (which belong to the assignee, not to the action)."""
        text = text_of(doc)
        titles = sorted(doc.spans["titles"] if "titles" in doc.spans else [], key=lambda t: t.start_char)

        def past_titles(at: int, comma: bool) -> int:
            while True:
                gap = _SPACE.match(text, at).end()
                lead = gap + 1 + len(_SPACE.match(text, gap + 1).group(0)) if comma and text[gap:gap + 1] == "," else gap
                title = next((t for t in titles if t.start_char == lead and t.end_char <= end), None)
                if title is None:
                    return at
                at = title.end_char

        honorific = self.honorific.match(text, pos, end)
        at = past_titles(honorific.end() if honorific else pos, comma=False)
        at = _SPACE.match(text, at).end()
        person = next((e for e in entities if e.label_ == "PER" and e.start_char == at and e.end_char <= end), None)
        if person is None or (honorific is None and at == pos and not any(t.end_char <= at for t in titles if t.start_char >= pos)):
            return None  # a bare name with no honorific or title before it is no one told to act
        official = next((o for o in doc_list(doc, "officials") if any(m.start_char == person.start_char for m in o.mentions)), None)
        stop = past_titles(person.end_char, comma=True)
        return char_span(doc, pos, stop, "ASSIGNEE"), (official.name if official is not None else person.text)

    @staticmethod
    def _post_at(doc, pos: int, end: int, entities, agency_names):
        """'yêu cầu Chủ tịch UBND huyện Gio Linh chỉ đạo …': a post named with its body and no holder
        is told to act (whoever holds it), named with its body spelled out."""
        # (the officials stage keeps only titles it gave a holder)
        title = next((t for t in (doc.spans["title_candidates"] if "title_candidates" in doc.spans else [])
                      if t.start_char == pos and t.end_char <= end), None)
        if title is None:
            return None
        body = next((e for e in entities if e.label_ == "ORG" and title.start_char < e.start_char and e.end_char == title.end_char), None)
        if body is None:
            return None
        text = text_of(doc)
        head = " ".join(text[title.start_char:body.start_char].split())
        return char_span(doc, pos, title.end_char, "ASSIGNEE"), f"{head} {agency_names.get((body.start_char, body.end_char), body.text)}"

    def _unit_place(self, doc, pos: int, unit: str) -> Optional[str]:
        """'… làm việc với UBND huyện Than Uyên. … đề nghị huyện rà soát': the place of the last
        agency of that level its paragraph named (not a former one: 'UBND xã Phước Lâm cũ')."""
        text = text_of(doc)
        lo = text.rfind("\n", 0, pos) + 1
        best = None
        for cluster in doc_list(doc, "agencies"):
            if cluster.place is None or cluster.level != fold(unit):
                continue
            for mention in cluster.mentions:
                if lo <= mention.start_char < pos and (best is None or mention.start_char > best[0]) \
                        and not self.former.match(text, mention.end_char):
                    best = (mention.start_char, cluster.place)
        return best[1] if best else None

    def _fill_values(self, doc: Doc, acts: list[Act]) -> None:
        dates = list(doc.spans["dates"]) if "dates" in doc.spans else []
        figures = list(doc.spans["figures"]) if "figures" in doc.spans else []
        text = text_of(doc)
        for act in acts:
            lo, hi = act.span.start_char, act.span.end_char
            inside = [d for d in dates if lo <= d.start_char and d.end_char <= hi]
            act.dates = [d._.value for d in inside if d._.value]
            act.figures = [f._.value for f in figures if lo <= f.start_char and f.end_char <= hi and f._.value is not None]
            if act.kind != "directive":
                continue
            # (not a day that recurs: 'vào thứ Sáu hằng tuần', which may resolve to no date at all)
            inside = [d for d in inside if _resolved(d._.value) and not self.recurring.match(text, d.end_char)]
            deadline = next((d for d in inside if d._.role == "deadline"), None)
            if deadline is None:
                # 'trong mùa mưa bão' says when the task applies, not by when it is due ('trước mùa mưa' does)
                cued = [d for d in inside if self.deadline_cue.search(text[lo:d.start_char]) and (
                    d._.granularity != "season" or self.season_deadline_cue.search(text[lo:d.start_char])) and (
                    d._.granularity != "half-year" or self.half_year_deadline_cue.search(text[lo:d.start_char]))]
                if not cued and act.action_range and self._due_report(doc, act.action_range[0], hi):
                    # (an order to report whose date has no cue: '… báo cáo tại phiên họp UBND tỉnh tháng 4')
                    cued = [d for d in inside if d.start_char >= act.action_range[0] and d._.granularity in _DUE_GRANULARITIES]
                # ('rà soát các công trình thanh toán trong giai đoạn 2021-2022, báo cáo trong quý I/2024'):
                # a time already past when the article was written is what the task covers
                deadline = next((d for d in cued if not _over_before(d._.value, doc._.published)), cued[0] if cued else None)
                if deadline is not None:
                    deadline._.role = "deadline"  # (the date's record says what the order says of it)
                    if deadline._.ahead:  # read in a sentence of the past, it is due after the article
                        deadline._.value, deadline._.gregorian = deadline._.ahead
                        deadline._.note = "; ".join(x for x in (deadline._.note, "read forward: an order's deadline") if x)
            if deadline is not None and deadline._.value:
                act.deadline = deadline._.gregorian or deadline._.value  # a lunar deadline as a Gregorian day
                if "/" in act.deadline:
                    act.deadline = act.deadline.rsplit("/", 1)[1]  # 'trong tuần tới': due by the interval's last day
                # the action stops before 'trước ngày 2/9'
                a_start, a_end = act.action_range or (None, None)
                if a_start is not None and a_start < deadline.start_char <= a_end:
                    cue = self.deadline_cue.search(text[a_start:deadline.start_char])
                    cut = a_start + cue.start() if cue else deadline.start_char
                    act.action = _strip(text[a_start:cut]) or act.action


_DUE_GRANULARITIES = ("day", "time", "month", "quarter", "interval")


def _resolved(value: Optional[str]) -> bool:
    """Whether a date's value names a time, not a recurring one left unresolved ('XXXX-XX-XX')."""
    return bool(value) and value[:1].isdigit()


def _over_before(value: Optional[str], published: Optional[str]) -> bool:
    """Whether an ISO date, period or interval ends before the publication day."""
    if not value or not published:
        return False
    last = value.rsplit("/", 1)[-1]
    return last < published[:len(last)] if regex.fullmatch(r"\d{4}(?:-\d{2}){0,2}", last) else False


def _ends_at(text: str, carrier: Act, start: int) -> bool:
    """Whether an order ends right at the semicolon before `start`, its action known: a clause
    there may go on with it."""
    return carrier.action_range is not None and carrier.span.end_char <= start \
        and not text[carrier.span.end_char:start].strip(" \t\u00a0;")


def _extend(doc: Doc, carrier: Act, end: int) -> None:
    """An order goes on to `end`: its span, and its action unless a purpose closes it."""
    carrier.span = char_span(doc, carrier.span.start_char, end, carrier.span.label_)
    if carrier.purpose is None:
        carrier.action = _strip(text_of(doc)[carrier.action_range[0]:end]) or carrier.action
        carrier.action_range = (carrier.action_range[0], end)


def _sentences(doc: Doc, zone: Span) -> list[Span]:
    return sentences_in(doc, zone)


def _clause_start(text: str, lo: int, pos: int) -> int:
    cut = max(text.rfind(";", lo, pos), text.rfind(".", lo, pos))
    return lo if cut < 0 else cut + 1


@functools.lru_cache(maxsize=1)
def _clause_break() -> regex.Pattern:
    """';', '…', or a period before a space that ends no abbreviation ('UBND TP. Phan Thiết')."""
    abbreviations = list_pattern(load_rule_file("acts/acts")["lists"]["dotted_abbreviations"])
    return regex.compile(r"[;]|(?<!(?<![\p{L}\p{M}])(?:" + abbreviations + r"))\.(?=\s|$)|…")


def _clause_end(text: str, pos: int, hi: int) -> int:
    m = _clause_break().search(text, pos, hi)
    end = m.start() if m else hi
    return _trim_end(text, pos, end)


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;.…"):
        end -= 1
    return end


def _strip(s: str) -> str:
    return " ".join(s.split()).strip(" ,;.…")


def _speaker_in(lo: int, hi: int, official_spans) -> bool:
    return any(lo <= s.start_char and s.end_char <= hi for s, _ in official_spans)


def _speaker_before(pos: int, sent: Span, official_spans) -> Optional[str]:
    """The last official mentioned in the sentence before `pos`."""
    name = None
    for span, who in official_spans:
        if sent.start_char <= span.start_char and span.end_char <= pos:
            name = who
    return name


def _speaker(sent: Span, official_spans) -> Optional[str]:
    """The first official mentioned in a sentence: who leads the paragraph it opens."""
    for span, who in official_spans:
        if sent.start_char <= span.start_char < sent.end_char:
            return who
    return None


@Language.factory("vnie_acts", assigns=["doc._.directives", "doc._.decisions", "doc.spans"])
def make_acts(nlp: Language, name: str):
    return ActFinder(nlp, name)

