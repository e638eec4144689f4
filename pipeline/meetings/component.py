"""Stage 7 — meetings: one record for each meeting an article reports, with its agenda.

A meeting is reported when the title or the lead paragraph names a meeting kind
(rules/meetings/meetings.yaml) that took place, not one merely announced. A later paragraph that
opens with a new-meeting cue ('Chiều cùng ngày, …') and names a meeting starts another one.
The agenda follows the report's own structure: a paragraph opening with 'Về …', 'Đối với …',
'Riêng nội dung …' or naming a document ('tờ trình về …', 'dự thảo Nghị quyết …') starts an
item; 'Kết luận nội dung này …' continues it. Directives and decisions join the item whose
paragraphs hold them, and directives without an issuer take the chair's name.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field, replace
from typing import Callable, Optional

import regex
from spacy.language import Language
from spacy.tokens import Doc, Span

from pipeline.extensions import doc_list, span_text, text_of
from pipeline.figures.numerals import number_words, read_roman
from pipeline.resources import REGEX_TIMEOUT_S, compile_pattern, file_defs, list_pattern, load_rule_file
from pipeline.recognize.levels import levels
from pipeline.segment.component import sentences_in
from pipeline.segment.orthography import canonical_spelling, fold
from pipeline.structure.zones import zones

def ordinal_value(text: str, ordinal_words: dict[str, int]) -> Optional[int]:
    """'22' → 22, 'XV' → 15, 'thứ tư' → 4, 'mười lăm' → 15."""
    text = text.strip()
    if text.isdigit():
        return int(text)
    roman = read_roman(text)
    if roman is not None:
        return roman
    if fold(text) in ordinal_words:
        return ordinal_words[fold(text)]
    value = number_words().read(fold(text).split())
    return int(value) if value is not None else None


@dataclass
class AgendaFrame:
    title: str
    document_type: Optional[str]
    start: int
    end: int
    scope: Optional[str] = None
    stated: Optional[int] = None  # set on the first of a list whose size the text states
    from_lead: bool = False  # the lead's topic, which may join several items ('A và B')
    questioning: bool = False  # a session's questions, one item however many are asked
    heard: bool = False  # a report the lead says the meeting was called to hear, beside measures it deploys
    at: int = -1  # where its title begins, for items a sentence names together
    reach: int = -1  # … and where the clause that names it ends
    # later paragraphs that take it up again ('Về dự thảo A, …' after A was listed with others): (start, end)
    later: list[tuple[int, int]] = field(default_factory=list)
    discussion: list[Span] = field(default_factory=list)
    directives: list = field(default_factory=list)
    decisions: list = field(default_factory=list)


@dataclass
class MeetingFrame:
    kind: str
    start: int
    end: int
    body: Optional[str] = None
    body_full_name: Optional[str] = None
    sequence: Optional[int] = None
    term: Optional[str] = None
    period: Optional[str] = None
    date: Optional[str] = None
    day_number: Optional[int] = None
    location: Optional[str] = None
    chair: list[str] = field(default_factory=list)
    attendees: list[str] = field(default_factory=list)
    agenda: list[AgendaFrame] = field(default_factory=list)
    directives: list = field(default_factory=list)
    decisions: list = field(default_factory=list)
    # how many items the report says the meeting took ('cho ý kiến vào 5 nội dung: …')
    stated_items: Optional[int] = None
    # … besides the question groups read before the count (a session's questioning, then what it passed)
    stated_after: int = 0
    # … and how many the sentences reporting it say it took up, listed or not ('cho ý kiến vào 4 nội dung')
    lead_count: Optional[int] = None
    # opened by 'Chiều cùng ngày, …': a later meeting the report goes on with, not an aside
    later_same_day: bool = False
    # reported as an official's inspection ('đã kiểm tra tiến độ …')
    inspection: bool = False
    # one stop of a day's programme at several places ('Buổi sáng, đoàn … tại xã X')
    at_stop: bool = False


PERIOD_GRANULARITIES = ("year", "half-year", "quarter", "month", "interval", "season")
_CLAUSE_STOP = regex.compile(r"[.;…]")  # where a title read from running text ends
_BETWEEN_SEMICOLONS = regex.compile(r"[^;]+")


class MeetingAssembler:
    def __init__(self, nlp: Language, name: str):
        self.name = name
        data = load_rule_file("meetings/meetings")
        self.kinds = {fold(k): v for k, v in data["kinds"].items()}
        defs = {**file_defs("meetings/meetings"), "kind_surfaces": list_pattern(list(data["kinds"]))}
        rules = {r["id"]: compile_pattern(r["pattern"], defs) for r in data["rules"]}
        self.kind_rule = rules["meetings.kind"]
        # a council body's supervision named by its verb in the lead is a working visit
        self.supervision_rule = rules["meetings.supervision"]
        self.supervising_bodies = [fold(w) for w in data["lists"]["supervising_bodies"]]
        self.kinds[fold(data["supervision_kind"]["surface"])] = data["supervision_kind"]["kind"]
        self.inspection_rule = rules["meetings.inspection"]
        self.kinds[fold(data["inspection_kind"]["surface"])] = data["inspection_kind"]["kind"]
        # (between the inspecting official's name and the verb: the titles, 'đã')
        self.inspector_gap = compile_pattern(r"(?:,[^.;:\n]{0,150})?[ \t\u00a0]+(?:(?i:{past_markers})[ \t\u00a0]+)?"
                                             r"(?:{led_delegation}[ \t\u00a0]+(?:(?i:{past_markers})[ \t\u00a0]+)?)?$", defs)
        self.term_rule = rules["meetings.term"]
        self.day_rule = rules["meetings.day_number"]
        self.happened = compile_pattern(r"{B}(?i:{happened_cues}){E}", defs)
        self.future = compile_pattern(r"{B}(?i:{future_cues}){E}(?![ \t\u00a0]+(?i:{future_false_friends}){E})", defs)
        self.member_positions = tuple(fold(p) for p in data["lists"]["member_positions"])
        self.delegation = compile_pattern(r"{B}(?i:{delegation_words}){E}(?![ \t\u00a0]+\p{Lu})", defs)
        self.delegation_kinds = {fold(w) for w in data["lists"]["delegation_words"]}
        self.site_visit_verb = compile_pattern(r"{B}(?i:{site_visit_verbs}){E}", defs)
        self.delegation_of = compile_pattern(r"{B}(?i:{delegation_words})[ \t\u00a0]+(?:(?i:của)[ \t\u00a0]+)?", defs)
        self.co_chair = compile_pattern(r"^[ \t\u00a0]*(?i:{co_chair_cues}){E}", defs)
        self.preparing = compile_pattern(r"{B}(?i:{preparing_cues}){E}[^.;\n]{0,20}$", defs)
        self.submitted_to = compile_pattern("{submitted_to}", defs)
        self.needed_before = compile_pattern("{needed_before}", defs)
        self.conformed_before = compile_pattern("{conformed_before}", defs)
        self.possessed_before = compile_pattern("{possessed_before}", defs)
        self.taken_up_before = compile_pattern("{taken_up_before}", defs)
        self.put_into_before = compile_pattern("{put_into_before}", defs)
        self.planned_submission = compile_pattern("{planned_submission}", defs)
        self.will = compile_pattern(r"(?<!(?i:{document_types})(?:[ \t\u00a0]+(?i:về))?[ \t\u00a0]+){B}(?i:{will_cues}){E}"
                                    r"(?![ \t\u00a0]+(?i:{future_false_friends}){E})", defs)
        self.this_meeting = compile_pattern(r"{B}(?i:{this_meeting_cues}){E}", defs)
        # a sentence opening on a meeting as its subject, after a framing of plans ('Theo dự kiến, kỳ họp …')
        self.meeting_opening = compile_pattern(
            r"\G[ \t\u00a0]*(?:(?i:{planned_framings}),?[ \t\u00a0]+)?(?P<kind>(?i:{kind_surfaces})){E}", defs)
        self.chair = compile_pattern(
            r"{B}(?<!(?i:{chair_cue_not_after}){S})(?i:{chair_cues}){E}(?!{S}(?i:{chair_cue_not_before}){E})", defs)
        self.draft_opening = compile_pattern(r"(?i:{draft_words}){E}", defs)
        self.online = compile_pattern(r"{B}(?i:{online_cues}){E}", defs)
        self.conference_kind, self.online_conference_kind = data["online_conference"]["surface"], data["online_conference"]["kind"]
        self.leading_cue = compile_pattern(r"(?i:{leading_cues})", defs)
        self.attend = compile_pattern(r"{B}(?i:{attend_cues}){E}", defs)
        self.item_opening = compile_pattern(r"^[ \t\u00a0]*(?!(?:{not_item_openings}){E})(?:{item_openings}){E}", defs)
        self.item_opening_at = compile_pattern(r"\G[ \t\u00a0]*(?!(?:{not_item_openings}){E})(?:{item_openings}){E}", defs)  # (a sentence's)
        self.plural_title = compile_pattern(r"^(?i:{plural_words})[ \t\u00a0]", defs)
        # 'Theo tờ trình về việc điều chỉnh …, tổng số vốn …': a paragraph opening on a document's
        # content takes that document up, unless it was named before
        # ('Theo tờ trình về A, …', 'Theo dự thảo Nghị quyết quy định A, …': the title keeps 'quy định')
        self.quoting_opening = compile_pattern(r"\G[ \t\u00a0]*(?i:{quoting_before})[ \t\u00a0]+(?:(?i:dự thảo)[ \t\u00a0]+)?(?P<type>(?i:{document_types}))[ \t\u00a0]+(?:(?i:về)[ \t\u00a0]+|(?=(?i:quy định)[ \t\u00a0]))", defs)
        # 'Huyện kiến nghị tỉnh hỗ trợ …; điều chỉnh Chương trình MTQG …': what a host asks for, in a
        # sentence that opens with the request (not '… báo cáo kết quả giải quyết kiến nghị của cử tri')
        # ('đề nghị' is also the chair's: 'đồng chí đề nghị hoàn thiện dự thảo …' names an item's document)
        self.requested = compile_pattern(r"(?<!^[ \t\u00a0]*(?:{item_openings})[ \t\u00a0]+)(?<![\p{L}\p{M}])(?i:{upward_requests})(?![\p{L}\p{M}])", defs)
        # ('… Riêng dự thảo Đề án phát triển sản phẩm OCOP, đồng chí đề nghị …': a document singled out too)
        self.request_opening = compile_pattern(
            r"\G[ \t\u00a0]*(?:(?:{item_openings})[ \t\u00a0]+(?:(?i:{request_nouns})|(?:(?i:dự thảo)[ \t\u00a0]+)?(?i:{document_types}))|(?:{singling_openings})){E}", defs)
        self.continuation = compile_pattern(
            r"^[ \t\u00a0]*(?!{named_conclusion_opening})(?:{continuation_openings}|{referring_back}){E}", defs)
        self.closing = compile_pattern(r"^[ \t\u00a0]*(?i:{closing_openings}){E}", defs)
        self.early_naming_chars = data["early_naming_chars"]
        self.subject_reach_chars = data["subject_reach_chars"]
        self.paraphrase_share = data["paraphrase_share"]
        self.socio_economic_subject = fold(data["socio_economic_subject"])
        self.socio_economic_not_after = [fold(w) for w in data["socio_economic_not_after"]]
        self.conclusion = compile_pattern(r"^[ \t\u00a0]*(?:{conclusion_openings}){E}", defs)
        self.same_day = compile_pattern(r"^[ \t\u00a0]*(?:(?i:{same_day_openings}){E})", defs)
        self.new_meeting = compile_pattern(r"^[ \t\u00a0]*(?:{new_meeting_openings}){E}", defs)
        # a document named with its subject ('dự thảo Nghị quyết của HĐND phường về …'), or one not
        # merely quoted ('Báo cáo của Sở X cho thấy …' quotes one)
        self.document = compile_pattern(
            r"{B}(?:(?i:dự thảo)[ \t\u00a0]+)?(?P<type>(?i:{document_types})){E}(?!{national_programme})(?:[ \t\u00a0]+(?:{document_manner}){E})?"
            r"(?:[ \t\u00a0]+{document_owner}"
            r"|(?![ \t\u00a0]*(?i:{quoting_followers})(?:{E}|(?<=,)))(?:[ \t\u00a0]+(?i:về|số[ \t\u00a0]+\S+[ \t\u00a0]+về))?)", defs
        )
        self.enumeration = compile_pattern("{enumeration}", defs)
        self.counted_documents = compile_pattern(
            r"(?<![\d/.,-])\d{1,3}[ \t\u00a0]+(?i:{document_types}){E}(?:[ \t\u00a0]*,[ \t\u00a0]*(?i:{document_types}){E})+", defs)
        self.stated_result = compile_pattern("{stated_result}", defs)
        self.vote_count = compile_pattern("{vote_count}", defs)
        self.reported_after_comma = compile_pattern("{reported_after_comma}", defs)
        self.other_business = compile_pattern("{other_business}", defs)
        self.row_joint_before = compile_pattern(r"(?:;|{B}(?i:{joining_words}))[ \t\u00a0]*$", defs)
        self.semicolon_before = compile_pattern(r";[ \t\u00a0]*$", defs)
        self.joint_only = compile_pattern(r"(?i:{joining_words})[ \t\u00a0]+", defs)
        # 'Trưởng phòng Tài chính - Kế hoạch': a department's name, not a plan
        self.name_joint_before = compile_pattern(r"[-–&][ \t\u00a0]*$", defs)
        self.relayed = compile_pattern("{relayed_news}", defs)
        self.reported_speech = compile_pattern(r"{B}(?i:{reporting_verbs}),", defs)
        # 'Theo dự thảo nghị quyết, …' quotes a document the report already named
        self.quoted_before = compile_pattern(r"(?:(?:{B}(?i:{quoting_before}){E}|{B}(?i:{reporting_verbs}),?)[ \t\u00a0]+|(?:{opening_quotes})[ \t\u00a0]*)$", defs)
        self.business_clause = compile_pattern("{business_clause}", defs)
        self.colon_after_cue = compile_pattern(r"\G[ \t\u00a0]*(?:(?i:{vague_prepositions})[ \t\u00a0]*)?:[ \t\u00a0]*", defs)
        self.companion_report = compile_pattern(r"^(?i:{companion_reports}){E}", defs)
        self.vetting = compile_pattern(r"\G[ \t\u00a0]+(?i:{companion_reports})[ \t\u00a0]+$", defs)
        self.programme_framing = compile_pattern(r"\A[ \t\u00a0]*(?i:{planned_framings}){E}", defs)
        self.purpose_opening = compile_pattern(r"\A[ \t\u00a0]*(?-i:{purpose_openings}){E}", defs)
        self.by_presenter = compile_pattern(r"^(?:(?P<type>(?i:{document_types})){S})?(?i:{presenter_words}){S}", defs)
        self.presenter_gap = compile_pattern(r"[ \t\u00a0,]*(?:(?i:{official_honorifics})[ \t\u00a0]+)?", defs)  # ('nghe ông A, Giám đốc Sở X trình bày …')
        self.presented = compile_pattern(r"\G[ \t\u00a0]+(?:(?i:{presenting_verbs})[ \t\u00a0]+)?(?=(?:(?i:{vague_quantities})[ \t\u00a0]+)?(?i:{document_types}){E})", defs)
        self.semicolon_document = compile_pattern(r";[ \t\u00a0]*(?=(?:(?i:dự thảo)[ \t\u00a0]+)?(?i:{document_types}){E})", defs)
        # ('Các đại biểu cũng cho ý kiến vào dự thảo …'; not the chair's 'Ông cũng thống nhất chủ trương …')
        self.more_business = compile_pattern(r"[ \t\u00a0]*(?:(?i:{more_business_openings})|(?i:{business_members}){E}[^,.;:\n]{0,30}?[ \t\u00a0]+(?i:{more_business_adverbs})){E}", defs)
        self.besides = compile_pattern(r"[ \t\u00a0]*(?i:{besides_openings}){E}", defs)
        self.generic_business = compile_pattern(r"(?:\d|(?i:{generic_business}){E})", defs)
        self.considering = compile_pattern(r"{B}(?i:{taking_up_cues}|{considering_cues}){E}", defs)
        # a subject named by its head in a row of documents, and 'và' before the next such subject
        self.subject_head = compile_pattern(r"\G(?-i:{subject_heads}){E}", defs)
        # … or by a document word in lower case, which names no document elsewhere ('…: báo cáo tình
        # hình kinh tế - xã hội 9 tháng; dự thảo Nghị quyết …')
        self.piece_document = compile_pattern(r"\G(?P<type>(?-i:{document_types})){E}(?:[ \t\u00a0]+(?i:về)(?=[ \t\u00a0]))?[ \t\u00a0]*", defs)
        self.subject_joint = compile_pattern(r"[ \t\u00a0]+và[ \t\u00a0]+(?=(?-i:{subject_heads}){E})", defs)
        # what joins documents named in a row: '…, dự thảo Kế hoạch B, đồng thời thông qua tờ trình C'
        self.document_joint = compile_pattern(r"(?:[,;]|[ \t\u00a0](?i:{joining_words}){E})[^,;]{0,30}$", defs)
        self.trailing_joint = compile_pattern(r"(?:[ \t\u00a0,;]+(?i:{document_joints}){E})+[ \t\u00a0,;]*$", defs)
        self.report = compile_pattern("{report}", defs)
        self.report_opening = compile_pattern(r"\G[ \t\u00a0]*{report_opening}[ \t\u00a0]*,[ \t\u00a0]*", defs)
        self.attributed_opening = compile_pattern(r"\G[ \t\u00a0]*{attributed_opening}[ \t\u00a0]*,", defs)
        # 'Nghị quyết về A …; Nghị quyết điều chỉnh B': capitalized, a resolution names its subject
        self.resolution = compile_pattern("{resolution}", defs)
        self.bare_document_end = compile_pattern(r"[ \t\u00a0](?i:{document_types})$", defs)
        self.named_resolution = compile_pattern("{named_resolution}", defs)
        self.briefing = compile_pattern(r"{B}(?i:{briefing_cues}){E}(?:[ \t\u00a0]+(?i:với|tới|đến)[ \t\u00a0]+(?i:cử tri|đại biểu))?(?:[ \t\u00a0]+(?i:về))?[ \t\u00a0]+(?=(?i:{briefing_topics}){E}[^.;\n]{0,60}(?i:kỳ họp))", defs)
        self.activity = compile_pattern(r"{B}(?P<activity>(?i:{activity_items})){E}", defs)
        self.questioning = compile_pattern(r"{B}(?P<activity>(?i:{questioning_items})){E}", defs)
        # what may stand before the document a sentence opens with ('Trong đó có Nghị quyết về …')
        lead_in = r"[ \t\u00a0]*(?:(?i:{document_lead_ins})[ \t\u00a0]*,?[ \t\u00a0]*(?:(?i:có)[ \t\u00a0]+)?)?"
        self.document_lead_in = compile_pattern(lead_in, defs)
        self.opening_document = compile_pattern(
            r"\G" + lead_in + r"(?:(?i:dự thảo)[ \t\u00a0]+)?(?P<type>(?i:nghị quyết|tờ trình|đề án|kế hoạch|báo cáo))[ \t\u00a0]+(?i:về|quy định|phê duyệt)[ \t\u00a0]+", defs
        )
        self.adopted_document = compile_pattern(r"{adopted_document}", defs)
        # ('một số nội dung quan trọng', '4 nội dung thuộc thẩm quyền': counted, not named)
        self.vague_topic = compile_pattern(
            r"^(?:(?i:{vague_prepositions})[ \t\u00a0]+)?(?:(?i:{vague_wholes})[ \t\u00a0]+)?(?:(?i:{vague_quantities})|\d{1,3})"
            r"[ \t\u00a0]+(?:(?i:{vague_subjects})|(?:(?i:{draft_words})[ \t\u00a0]+)?(?i:{document_types})){E}", defs)
        self.report_topic = compile_pattern(r"^(?i:{report_topics}){E}", defs)
        # ('báo cáo kết quả với …', 'thông qua báo cáo sơ kết và 12 nhóm giải pháp …': no subject of its own)
        self.bare_report_topic = compile_pattern(r"^(?i:{report_topics})(?:$|[ \t\u00a0]+(?i:và)[ \t\u00a0])", defs)
        # (not the second of a pair inside a title: 'báo cáo kết quả công tác kiểm tra, giám sát 6 tháng';
        # but an evaluation of a report topic after a comma is one: 'phiên họp thường kỳ tháng 1, đánh giá
        # tình hình KT-XH …')
        self.heard_report = compile_pattern(r"{B}(?P<cue>(?i:{heard_report_cues})){E}[ \t\u00a0]+", defs)
        self.deploying = compile_pattern(r"[ \t\u00a0]+và[ \t\u00a0]+(?i:{deploying_cues}){E}[ \t\u00a0]+", defs)
        self.topic = compile_pattern(r"{B}(?:(?<!,[ \t\u00a0]*)(?P<cue>(?i:{topic_cues}))"
                                     r"|(?<=,[ \t\u00a0]*)(?P<cue>(?i:{evaluation_cues}))(?=[ \t\u00a0]+(?i:{report_topics}){E})){E}[ \t\u00a0]+", defs)
        # an inspection names its topic as its object: 'đi kiểm tra tiến độ thi công dự án …'
        self.inspected_topic = compile_pattern(r"(?P<cue>)[ \t\u00a0]+(?=(?i:{report_topics}|việc){E})", defs)
        # the kinds whose object, right after them, is the topic: inspections and progress reviews
        self.object_kinds = {fold(w) for w in data["lists"]["inspection_kinds"] + data["lists"]["object_kinds"]}
        self.inspection_verb = compile_pattern(r"{B}(?i:{inspection_kinds}){E}", defs)
        self.stop_opening = compile_pattern(r"{stop_opening}", defs)
        self.stop_kinds = set(data["lists"]["stop_kinds"])
        self.group_leader_title = compile_pattern(r"{B}(?i:{group_leader_titles}){E}", defs)
        self.evaluation_cues = {fold(c) for c in data["lists"]["evaluation_cues"]}
        self.topic_stop = compile_pattern(r"[ \t\u00a0,]+(?i:{topic_stops}){E}", defs)
        self.title_continuation = compile_pattern(
            r"\G(?:(?<={B}(?i:{shared_complement_heads})),|{paired_continuation}|,[ \t\u00a0]*(?!{clause_year})"
            r"(?!(?i:{amount_verbs})[ \t\u00a0]+\d)(?i:{title_continuations}){E}(?![ \t\u00a0]+(?i:{demonstratives}){E}))", defs)
        # the subject of the clause an opening's subject is followed by ('Về X, Y, Giám đốc Sở … cho biết')
        self.clause_subject = compile_pattern(r"\G,[ \t\u00a0]*(?i:{clause_subjects}){E}", defs)
        self.led_kinds = set(data["lists"]["led_kinds"])
        self.ordinal_words = {fold(k): v for k, v in data["ordinal_words"].items()}
        self.past = compile_pattern(r"{B}(?i:{past_cues}){E}", defs)
        self.host = compile_pattern(r"{B}(?i:{host_cues})[ \t\u00a0]+", defs)
        # an agency after these is a place or a possessor, not the subject convening the meeting
        self.named_after = compile_pattern(r"[ \t\u00a0]+(?:(?i:{named_after_links})[ \t\u00a0]+)?", defs)
        self.body_not_subject = compile_pattern(r"(?i:{body_not_subject_cues})[ \t\u00a0]+$", defs)
        self.announcer = compile_pattern(r"{B}(?i:{announcer_cues}){E}", defs)
        self.location_cue = compile_pattern(r"{B}(?i:{location_cues})[ \t\u00a0]+", defs)
        self.hazards_in_general = compile_pattern("{hazards_in_general}", defs)
        self.hazard_work = compile_pattern("{hazard_work}", defs)
        self.hazard_state = compile_pattern("{hazard_state}", defs)
        self.period_report_name = compile_pattern("{period_report_name}", defs)
        self.thematic_short_name = compile_pattern("{thematic_short_name}", defs)
        self.answer_opening = compile_pattern("{answer_opening}", defs)
        self.policy_head = compile_pattern(r"^(?i:{policy_heads})[ \t\u00a0]+", defs)
        self.request_title = compile_pattern(r"^(?i:{request_nouns}){E}", defs)
        self.next_request_opening = compile_pattern(r"\G[ \t\u00a0]*(?:{next_request_openings}){E}", defs)
        self.plural_request = compile_pattern(r"^(?i:{plural_words})[ \t\u00a0]+(?P<noun>(?i:{request_nouns})){E}", defs)
        self.subject_link = compile_pattern(r"\G[ \t\u00a0]+(?i:{subject_links}){E}", defs)
        # (also as its own name reads: 'Nghị quyết hội nghị')
        self.own_resolution = compile_pattern(
            r"^(?:(?i:{document_types}){S})?(?:(?i:{own_resolution_qualifiers}){S})?(?i:{own_resolution_openings}){E}", defs)
        self.title_not_opening = compile_pattern(r"^(?i:{title_not_openings}){E}", defs)
        self.title_stop = compile_pattern(r"(?<!(?i:{title_stop_guards}))[ ,]+(?:(?i:{title_stops})(?=[ ,])|{vote_after_title})", defs)
        self.item_prefix = compile_pattern(r"^(?i:{item_prefixes})[ ](?:(?:{document_manner})[ ](?:(?i:về)[ ])?)?", defs)
        # ('dự thảo Nghị quyết của HĐND tỉnh quy định …'): a list's piece, as the document pattern reads running text
        self.owner_before_subject = compile_pattern(r"^{document_owner}[ \t\u00a0]*", defs)
        self.clause_after_title = compile_pattern(r",[ \t\u00a0]+(?i:{clause_connectors})(?![\p{L}\p{M}])", defs)
        self.place_stop = compile_pattern(r"^[ ,]+(?i:{location_cues})$", defs)
        self.topic_after_place = compile_pattern(r"[ \t\u00a0]+và[ \t\u00a0]+(?=(?i:{topic_heads})[ \t\u00a0])", defs)
        # 'các tờ trình, dự thảo nghị quyết': documents in general, not one item
        # ('các báo cáo, tờ trình, dự thảo nghị quyết trình kỳ họp': each document of a row after it)
        self.plural_before = compile_pattern(r"(?<![\p{L}\p{M}])(?i:{plural_words})[ \t\u00a0]+(?:(?i:{document_types})[ \t\u00a0]*(?:,|và)[ \t\u00a0]*){0,4}$", defs)
        self.general_documents = compile_pattern("{general_documents}", defs)
        # ('các ý kiến, kiến nghị của cử tri' are petitions, an item as 'các kiến nghị của huyện' is)
        self.plural_documents = compile_pattern(r"^(?i:các|những)[ \t\u00a0]+(?:(?i:{document_types})|(?i:nội dung|vấn đề|ý kiến))(?![\p{L}\p{M}])(?![ \t\u00a0]*,[ \t\u00a0]*(?i:kiến nghị))", defs)
        # 'công tác giải phóng mặt bằng' names the lead's 'tiến độ giải phóng mặt bằng các dự án': the
        # head word of a piece of work does not tell two items apart
        self.work_head = compile_pattern(r"^(?:(?:{topic_heads}|{work_steps})[ \t\u00a0]+)+", defs)
        self.topic_joint = compile_pattern(
            r"(?<!(?i:{shared_complement_heads}))(?P<joint>(?:,|[ \t\u00a0]+và)[ \t\u00a0]+)(?=(?i:{topic_heads})[ \t\u00a0])"
            r"|(?<!(?i:{shared_object_verbs}))(?P<joint>[ \t\u00a0]+và[ \t\u00a0]+)(?=(?i:{work_nouns})[ \t\u00a0])"
            r"|(?P<joint>{named_document_joint}|{named_document_comma})", defs)
        self.named_document_start = compile_pattern(r"{named_document_start}", defs)
        self.joined_named_document = compile_pattern(r"{named_document_joint}", defs)
        self.own_name_document = compile_pattern(r"(?:{own_name_documents}){E}", defs)
        self.last_joint = compile_pattern(r"(?r)(?P<joint>[ \t\u00a0]+và[ \t\u00a0]+)", defs)
        self.topic_and = compile_pattern(r"[ \t\u00a0]+và[ \t\u00a0]+", defs)
        self.report_sequel = compile_pattern(r"^(?i:{report_sequels})(?![\p{L}\p{M}])", defs)
        self.upcoming_tasks = compile_pattern(
            r"^(?i:{report_sequels})(?:[ \t\u00a0]*(?:,|và)[ \t\u00a0]*(?i:{report_sequels}))*[ \t\u00a0]+(?i:{upcoming_periods})$", defs)
        self.item_number = compile_pattern(r"^\(?\d{1,2}[).][ \t\u00a0]*", defs)
        self.presenter_heard = compile_pattern(
            r"\G(?i:nghe)[ \t\u00a0]+(?:(?!(?i:{document_types}|{report_topics}){E})[^,;])*?{B}(?i:{presenting_verbs}){E}"
            r"(?![ \t\u00a0]+(?:(?i:{vague_quantities})[ \t\u00a0]+)?(?i:{document_types}|{report_topics}){E})", defs)
        self.opening_type = compile_pattern(r"^(?:(?i:dự thảo)[ \t\u00a0]+)?(?P<type>(?i:{document_types}))(?![\p{L}\p{M}])", defs)
        self.level_prefix = regex.compile(r"^(?:" + list_pattern(levels().words) + r")[ ]+", regex.IGNORECASE)
        self.question_count = compile_pattern(r"(?i:{question_nouns})", defs)
        self.party_body = compile_pattern(r"{B}(?:{party_bodies}){E}", defs)
        self.plain_meeting, self.party_meeting = data["plain_meeting_kind"], data["party_meeting_kind"]
        self.party_conference_from = set(data["party_conference_from"])
        self.session_kind = data["session_kind"]
        self.kinds_after_body = {fold(k): v for k, v in data["kinds_after_body"].items()}
        self.kind_after_body = compile_pattern(r"\G[ \t\u00a0]+(?P<qualifier>(?i:" + list_pattern(list(data["kinds_after_body"]))
                                               + r")){E}", defs)
        self.voters_kind = data["voters_kind"]
        self.visit_kind = data["visit_kind"]
        self.questioning_word = compile_pattern(r"{B}(?i:{questioning_words}){E}", defs)
        self.last_and = compile_pattern(r"(?r)(?P<joint>[ \t\u00a0]+và[ \t\u00a0]+)", defs)
        self.joined_document = compile_pattern(r"(?P<joint>[ \t\u00a0]+và[ \t\u00a0]+)(?:(?i:dự thảo)[ \t\u00a0]+)?(?i:{document_types})(?![\p{L}\p{M}])", defs)
        # (a count is a word of its own: not the 'hai' of 'triển khai Nghị quyết')
        # (a word opening the sentence has its capital: 'Bốn nội dung được đưa ra thảo luận gồm: …')
        self.stated_count = compile_pattern(r"(?<![\p{L}\p{M}\d])(?P<count>\d{1,2}|(?i:{ordinal}))[ \t\u00a0]+(?:(?i:nhóm|dự thảo)[ \t\u00a0]+)?(?i:nội dung|nghị quyết|tờ trình|vấn đề|dự án luật)", defs)
        self.counted_documents_only = compile_pattern(r"(?i:{passed_documents})$", defs)
        # ('cho ý kiến vào 4 nội dung về khoa học công nghệ, hạ tầng giao thông và công nghiệp': the
        # fields the counted contents fall in, not the contents)
        self.counted_fields = compile_pattern(r"{counted_contents}[ \t\u00a0]+$", defs)
        self.document_types = sorted((fold(t) for t in data["lists"]["document_types"]), key=len, reverse=True)
        self.agreed_change = compile_pattern(r"{B}(?i:{agreed_changes})[ \t\u00a0]+$", defs)

    def __call__(self, doc: Doc) -> Doc:
        mention_spans: list[Span] = []
        paragraphs = [z for z in zones(doc, "title", "body") if span_text(z).strip()]
        lead_index = _first_body(paragraphs)
        frames: list[MeetingFrame] = []
        current: Optional[MeetingFrame] = None
        item: Optional[AgendaFrame] = None
        stops = self._stops(doc, paragraphs, lead_index)
        lead_chair: list[str] = []
        lead_topics: list[AgendaFrame] = []
        listed_run: list[AgendaFrame] = []  # items named one to a list line, in a row
        for i, para in enumerate(paragraphs):
            is_lead = para.label_ == "title" or i == lead_index
            at_stop = i in stops and current is not None and current.kind in self.stop_kinds
            if at_stop:
                # the lead's meeting is the first stop; each later one is a meeting of its own, by
                # the same body and leader unless the stop names who chairs it, on the topics the
                # report names for the day before its first stop ('Tại các điểm tiếp xúc, ông X thông
                # báo với cử tri dự kiến nội dung …')
                if not current.at_stop:
                    lead_chair = list(current.chair)
                    lead_topics = list(current.agenda)
                else:
                    current = MeetingFrame(kind=current.kind, start=para.start_char, end=para.end_char, body=current.body,
                                           body_full_name=current.body_full_name, term=current.term, period=current.period,
                                           date=current.date, chair=list(lead_chair), later_same_day=True,
                                           agenda=[replace(a, start=para.start_char, end=para.end_char, discussion=[], directives=[],
                                                           decisions=[]) for a in lead_topics])
                    frames.append(current)
                    item = current.agenda[-1] if current.agenda else None
                current.at_stop = True
                current.location = stops[i]
                chairs = next((c for c in (self._chairs(doc, s, leading=False) for s in sentences_in(doc, para)) if c), [])
                current.chair = chairs or current.chair
            opens_new = bool(self.new_meeting.match(span_text(para))) and frames and not at_stop
            # an article reports a meeting its headline or opening paragraphs report; one named
            # only further down ('chi tiền họp …' in an inspection report) is not its subject
            opening = i <= lead_index + 1
            # (a paper's summary may open the body, the lead after it on its day: 'Làm việc với xã Măng Đen,
            # Chủ tịch UBND tỉnh yêu cầu …', then 'Sáng 14/8, … đã có buổi làm việc với … về …')
            day_lead = bool(frames) and i == lead_index + 1 and not is_lead and not opens_new and _opens_on_a_day(doc, para)
            mention = self._meeting_mention(doc, para, lead=is_lead) if (is_lead or opens_new or day_lead or (not frames and opening)) else None
            if mention is not None and day_lead:
                # (the same kind of meeting as the one the summary reported, naming no topic: the lead names them)
                lead_kind = self._kind(doc, mention[0])
                summary_start = paragraphs[lead_index].start_char
                if current is not None and current.agenda and current.date is None and current.start < summary_start \
                        and all(summary_start <= a.start < para.start_char for a in current.agenda):
                    # ('Quyết toán ngân sách …, đề án chỉnh trang đô thị … là những nội dung được … thảo luận', then
                    # 'Sáng 18/6, UBND xã tổ chức phiên họp …'): what a summary names in passing is no item of
                    # the meeting the headline names; its day's lead and the paragraphs after it name them
                    current.agenda, item = [], None
                if current is not None and current.date is None and current.kind == lead_kind and current.start >= summary_start:
                    # ('Phiên chất vấn tại Kỳ họp thứ 30 HĐND tỉnh … xoáy vào …', a summary, then 'Ngày 10/12, HĐND
                    # tỉnh … tiếp tục …': the summary opened the meeting without its day; the day's lead fills in what
                    # it left out, the body it named staying)
                    mention_spans += self._describe(doc, current, mention[1], mention[0], overwrite=False)
                if current is not None and not current.agenda and current.kind == lead_kind and current.start >= summary_start:
                    item = self._take_lead_topics(doc, current, mention, para) or item
                elif current is not None and not current.agenda and current.start < paragraphs[lead_index].start_char \
                        and (current.kind == self.plain_meeting or current.kind == lead_kind != self.voters_kind):
                    # ('Lai Châu họp khẩn ứng phó mưa lũ', a summary, then 'Chiều 22/7, UBND tỉnh tổ chức hội nghị
                    # trực tuyến … để triển khai …'): the day's lead says what the headline's bare 'họp' was, and
                    # who held the meeting the headline names, when, and on what ('Phiên họp UBND tỉnh thường kỳ
                    # tháng 9, dồn lực cho quý IV', a summary, then 'Chiều 29/9, UBND tỉnh Phú Thọ tổ chức …'; not a
                    # voters' meeting, whose day lead names the front that hosts it first)
                    mention_spans += self._describe(doc, current, mention[1], mention[0], overwrite=False, in_lead=True)
                    current.kind = lead_kind
                    item = self._take_lead_topics(doc, current, mention, para) or item
                mention = None
            if mention is not None and opens_new and not is_lead:
                # 'Chiều cùng ngày, kỳ họp đã biểu quyết …': the same session goes on, after a side
                # meeting reported in between too
                same = next((f for f in reversed(frames) if self._continues(doc, f, mention)), None)
                if same is not None:
                    if same is not current:
                        current, item = same, (same.agenda[-1] if same.agenda else None)
                    if not same.agenda:
                        # 'Chiều cùng ngày, ông X làm việc với huyện Y về A và B' after a headline
                        # naming that visit: the paragraph is its lead, and names its topics
                        item = self._take_lead_topics(doc, same, mention, para) or item
                    mention = None
            # (a paper's summary may come first: 'Đến hết tháng 9, tỉnh … mới giải ngân 51% …', then
            # 'Ngày 6/10, UBND tỉnh tổ chức phiên họp thường kỳ …' reports the meeting)
            if mention is not None and (is_lead or opens_new or (not frames and opening and _opens_on_a_day(doc, para))):
                kind_match, sentence = mention
                if frames and not opens_new:
                    # the title and the lead name the same meeting: complete it, do not duplicate it
                    mention_spans += self._describe(doc, frames[-1], sentence, kind_match, overwrite=False, in_lead=para.label_ != "title")
                    frames[-1].inspection = frames[-1].inspection or kind_match.re is self.inspection_rule
                    kind = self._kind(doc, kind_match)
                    if (len(kind) > len(frames[-1].kind) and kind.startswith(frames[-1].kind)) or (
                            frames[-1].kind == self.plain_meeting and para.label_ != "title") or (
                            kind == self.session_kind and kind_match.group("sequence") and para.label_ != "title"):
                        # 'phiên họp' in the title, 'phiên họp thường kỳ' in the lead; a title's bare
                        # 'họp' ('UBKT Thị ủy họp kỳ thứ 12') says less than the lead's 'kỳ họp thứ 12',
                        # and a title's 'HĐND tỉnh họp chuyên đề' less than the lead's 'Kỳ họp thứ 5'
                        frames[-1].kind = kind
                else:
                    current = MeetingFrame(kind=self._kind(doc, kind_match), start=sentence.start_char, end=para.end_char,
                                           inspection=kind_match.re is self.inspection_rule)
                    mention_spans += self._describe(doc, current, sentence, kind_match, overwrite=True)
                    if frames and self.same_day.match(span_text(para)):
                        current.date = frames[-1].date  # 'Chiều cùng ngày, …': the day of the meeting before
                        current.later_same_day = True
                        if current.body is None and set(current.chair) & set(frames[-1].chair):
                            # 'Chiều cùng ngày, ông X làm việc với huyện Y': the same leader, for the same body
                            current.body, current.body_full_name = frames[-1].body, frames[-1].body_full_name
                    if frames and current.kind == frames[-1].kind == self.visit_kind and self.delegation.search(span_text(sentence)):
                        # 'Trước đó, đoàn đã làm việc với UBND huyện …': the same delegation's visit,
                        # not the host's meeting
                        current.body, current.body_full_name = frames[-1].body, frames[-1].body_full_name
                        current.chair = current.chair or list(frames[-1].chair)
                    frames.append(current)
                    item = None
                count = self.stated_count.search(span_text(sentence)) if frames[-1].lead_count is None else None
                if count is not None and not self.question_count.search(count.group()) \
                        and not (self.counted_documents_only.search(count.group()) and self.questioning_word.search(span_text(sentence))):
                    # (not the questions a session counts: '… chất vấn 2 nhóm vấn đề'; nor the resolutions it
                    # passed beside its questions: 'Thông qua 3 nghị quyết, chất vấn về khai thác cát …')
                    frames[-1].lead_count = ordinal_value(count.group("count"), self.ordinal_words)
                if para.label_ == "title":
                    continue
                if not frames[-1].agenda:
                    topics = self._lead_topics(doc, sentence, kind_match)
                    if topics:
                        for t in topics:
                            t.end = para.end_char
                        frames[-1].agenda.extend(topics)
                        item = topics[-1]
            if current is None or para.label_ == "title":
                continue
            if mention is None and len(frames) > 1:
                # 'Buổi chiều, HĐND tỉnh biểu quyết …' after a side meeting: the session's body
                # opening a paragraph takes the report back to the session
                back = self._body_named(doc, para, [f for f in frames if f is not current])
                if back is not None and (back.body_full_name != current.body_full_name or not current.later_same_day):
                    # (not to a meeting of the same body when this one came later that day: 'Chủ
                    # tịch UBND tỉnh' at the afternoon's visit names its own body; after an aside
                    # opened by 'Trước đó, …' the body takes the report back)
                    current, item = back, (back.agenda[-1] if back.agenda else None)
            current.end = para.end_char
            self._attendees(doc, current, para)
            list_line = bool(_LIST_LINE.match(span_text(para)))
            if not list_line and len(listed_run) > 1 and listed_run[-1] is item:
                # ('cho ý kiến 5 nội dung:', '1. Báo cáo A', …, '5. Đề án E', then 'Theo báo cáo, …'): as with a
                # list in one sentence, the report takes its items in their order, first the first
                item = listed_run[0]
                _take_up_again(item, para.start_char)
            known = len(current.agenda)
            item = self._agenda_step(doc, current, item, para)
            if not list_line:
                listed_run = []
            elif len(current.agenda) == known + 1 and item is current.agenda[-1]:
                listed_run.append(item)
        for frame in frames:
            if frame.kind in self.party_conference_from and frame.body_full_name and self.party_body.search(frame.body_full_name):
                # 'Ban Thường vụ Tỉnh ủy đã họp', '… họp thường kỳ tháng 10': a Party committee meets in conference
                frame.kind = self.party_meeting
            lead = next((z for z in paragraphs if z.start_char <= frame.start < z.end_char), None)
            if frame.kind == self.conference_kind and lead is not None and self.online.search(span_text(lead)):
                # 'Hội nghị được kết nối trực tuyến tới 10 điểm cầu': an online conference
                frame.kind = self.online_conference_kind
            if frame.kind == self.voters_kind and len(frame.agenda) > 1:
                # a voters' meeting takes up one thing, the briefing that opens it
                frame.agenda[0].end = max(a.end for a in frame.agenda)
                frame.agenda = frame.agenda[:1]
        self._attach_acts(doc, frames)
        doc._.meetings = frames
        doc.spans["meeting_mentions"] = mention_spans
        return doc

    # -- finding and describing a meeting -----------------------------------------------
    def _meeting_mention(self, doc: Doc, para: Span, lead: bool = False):
        """The first meeting kind in a paragraph, in a sentence that reports it took place; in the
        lead, a council body that supervises ('Thường trực HĐND tỉnh giám sát việc … tại Sở X')."""
        # 'Ngay sau khi bế mạc kỳ họp, Thường trực HĐND tỉnh đã họp …': the opening names the meeting before
        opening = self.new_meeting.match(text_of(doc), para.start_char)
        skip_to = text_of(doc).find(",", para.start_char, para.end_char) if opening is not None else -1
        for sent in sentences_in(doc, para):
            # (the window below ends the cue's start, not the text a guard looks at: 'dự kiến nội dung')
            future = next((f for f in self.future.finditer(text_of(doc), sent.start_char, sent.end_char)
                           if not self.planned_submission.match(text_of(doc), f.start())), None)
            for m in self.kind_rule.finditer(text_of(doc), sent.start_char, sent.end_char, timeout=REGEX_TIMEOUT_S):
                if (m.start() < skip_to or self._in_document_title(doc, sent, m)
                        or self.submitted_to.search(text_of(doc), max(sent.start_char, m.start() - 60), m.start())):
                    continue
                # (what the meeting takes up may be planned: '… cho ý kiến vào báo cáo …, dự kiến kế hoạch năm 2025')
                ahead = ((future is not None and future.start() < m.end() + 40)
                         or self.preparing.search(text_of(doc), max(sent.start_char, m.start() - 30), m.start()))
                if ahead and not self.past.search(span_text(sent)):
                    continue  # 'kỳ họp thứ 8 sẽ khai mạc': announced, not reported
                if para.label_ == "title" or self.happened.search(span_text(sent)) or m.start() == sent.start_char:
                    return m, sent
            for m in self.supervision_rule.finditer(text_of(doc), sent.start_char, sent.end_char, timeout=REGEX_TIMEOUT_S) if lead else []:
                subject = next((e for e in doc.spans["entities"] if e.label_ == "ORG" and sent.start_char <= e.start_char
                                and 0 <= m.start("kind") - e.end_char <= 4), None)  # ('… HĐND tỉnh đã giám sát')
                if (subject is not None and any(w in fold(subject.text) for w in self.supervising_bodies)
                        and not self.future.search(span_text(sent))):
                    return m, sent
            for m in self.inspection_rule.finditer(text_of(doc), sent.start_char, sent.end_char, timeout=REGEX_TIMEOUT_S) if lead or opening else []:
                inspector = next((e for e in doc.spans["entities"] if e.label_ == "PER" and sent.start_char <= e.end_char <= m.start()
                                  and self.inspector_gap.fullmatch(text_of(doc), e.end_char, m.start())), None)
                if inspector is not None and not self.future.search(span_text(sent)):
                    return m, sent
        return None

    def _in_document_title(self, doc: Doc, sent: Span, m: regex.Match) -> bool:
        """'… thông qua dự thảo Nghị quyết quy định chính sách thu hút bác sĩ về làm việc tại trạm y tế
        xã': a meeting word in the clause of a named document is part of its title (not one in a
        body's name: 'BCĐ các Chương trình MTQG tỉnh tổ chức hội nghị')."""
        text = text_of(doc)
        clause = max(sent.start_char, *(text.rfind(c, sent.start_char, m.start()) + 1 for c in ",;:"))
        bodies = [e for e in doc.spans["entities"] if e.label_ != "PER" and e.end_char > clause and e.start_char < m.start()]
        return any(self._names_a_document(d) and not any(e.start_char <= d.start() < e.end_char for e in bodies)
                   for d in self.document.finditer(text, clause, m.start(), timeout=REGEX_TIMEOUT_S))

    def _stops(self, doc: Doc, paragraphs: list[Span], lead_index: int) -> dict[int, str]:
        """The paragraphs after the lead that each open one stop of a day's programme, with the
        place each names first: 'Buổi sáng, đoàn tiếp xúc cử tri tại xã Mỹ Hòa, huyện Tháp Mười.',
        'Buổi chiều, làm việc với UBND huyện Đồng Văn, …'. A single one is an aside, not a stop."""
        entities = doc.spans["entities"] if "entities" in doc.spans else []
        stops: dict[int, str] = {}
        for i, para in enumerate(paragraphs):
            if i <= lead_index or para.label_ != "body" or not self.stop_opening.match(span_text(para)):
                continue
            sents = sentences_in(doc, para)
            first = sents[0] if sents else para
            places = [e for e in entities if first.start_char <= e.start_char < first.end_char and e.label_ in ("LOC", "ORG")]
            place = next((e for e in places if e.label_ == "LOC"), places[0] if places else None)
            if place is not None:
                stops[i] = " ".join(place.text.split())
        return stops if len(set(stops.values())) >= 2 else {}

    @staticmethod
    def _body_named(doc: Doc, para: Span, frames: list[MeetingFrame]) -> Optional[MeetingFrame]:
        """The frame whose body the paragraph's first clause names, if one does."""
        sents = sentences_in(doc, para)
        if not sents:
            return None
        first = sents[0]
        hi = min(first.end_char, first.start_char + 60)
        for cluster in doc_list(doc, "agencies"):
            if any(first.start_char <= m.start_char < hi for m in cluster.mentions):
                return next((f for f in frames if f.body_full_name == cluster.full_name), None)
        return None

    def _continues(self, doc: Doc, previous: MeetingFrame, mention) -> bool:
        """Whether a paragraph opening like a new meeting ('Chiều cùng ngày, …') names the one
        before again: the same kind, and no other body, number or host."""
        kind_match, sentence = mention
        probe = MeetingFrame(kind=self._kind(doc, kind_match), start=sentence.start_char, end=sentence.end_char)
        self._describe(doc, probe, sentence, kind_match, overwrite=True)
        # 'Chiều cùng ngày, kỳ họp đã nghe UBND tỉnh trình …': the meeting is the subject, a body
        # after it is what it heard
        opening = self.new_meeting.match(text_of(doc), sentence.start_char)
        subject = opening is not None and not text_of(doc)[opening.end():kind_match.start()].strip(" ,\t\u00a0")
        return (probe.kind == previous.kind
                and previous.inspection == (kind_match.re is self.inspection_rule)  # (an inspection, then a visit)
                and probe.sequence in (None, previous.sequence)
                and (probe.location in (None, previous.location) or self._site_seen(doc, sentence, kind_match))
                and (subject or probe.body_full_name in (None, previous.body_full_name)))

    def _site_seen(self, doc: Doc, sentence: Span, kind_match: regex.Match) -> bool:
        """'Trước đó, đoàn công tác đã kiểm tra điểm sạt lở tại Km 312 …': the delegation seeing a site
        on its way meets no new host; the place is the site's."""
        if fold(kind_match.group("kind")) not in self.delegation_kinds or not self.site_visit_verb.search(span_text(sentence)):
            return False
        return all(fold(m.group("kind")) in self.delegation_kinds for m in self.kind_rule.finditer(
            text_of(doc), sentence.start_char, sentence.end_char, timeout=REGEX_TIMEOUT_S))

    def _take_lead_topics(self, doc: Doc, frame: MeetingFrame, mention, para: Span) -> Optional[AgendaFrame]:
        """A paragraph that reports a meeting named before, with no topic yet, names its topics: add
        them to it; the last one, if any."""
        for t in self._lead_topics(doc, mention[1], mention[0]):
            t.end = para.end_char
            frame.agenda.append(t)
        return frame.agenda[-1] if frame.agenda else None

    def _kind(self, doc: Doc, m: regex.Match) -> str:
        kind = self.kinds.get(fold(" ".join(m.group("kind").split())), fold(m.group("kind")))
        if kind == self.plain_meeting:
            body = next((e for e in doc.spans["entities"] if e.label_ == "ORG" and m.end() < e.start_char
                         and not text_of(doc)[m.end():e.start_char].strip()), None)
            qualifier = self.kind_after_body.match(text_of(doc), body.end_char) if body is not None else None
            if qualifier is not None:
                return self.kinds_after_body[fold(" ".join(qualifier.group("qualifier").split()))]
        return kind

    def _describe(self, doc: Doc, frame: MeetingFrame, sent: Span, m: regex.Match, overwrite: bool, in_lead: bool = False) -> list[Span]:
        """Fill the meeting's fields from the sentence that reports it; return the spans read."""
        def put(attr, value, force=False):
            if value is not None and (overwrite or force or getattr(frame, attr) in (None, [])):
                setattr(frame, attr, value)

        text = text_of(doc)
        rule_id = ("meetings.supervision" if m.re is self.supervision_rule
                   else "meetings.inspection" if m.re is self.inspection_rule else "meetings.kind")
        marked = [self._mark(doc, m.start("kind"), m.end(), "MEETING", rule_id)]
        if m.group("sequence"):
            put("sequence", ordinal_value(m.group("sequence"), self.ordinal_words))
        term = self.term_rule.search(text, sent.start_char, sent.end_char, timeout=REGEX_TIMEOUT_S)
        if term:
            put("term", " ".join(term.group("term").split()))
            marked.append(self._mark(doc, term.start(), term.end(), "TERM", "meetings.term"))
        day = self.day_rule.search(text, sent.start_char, sent.end_char, timeout=REGEX_TIMEOUT_S)
        if day:
            put("day_number", ordinal_value(day.group("number"), self.ordinal_words))
            marked.append(self._mark(doc, day.start(), day.end(), "DAY_NUMBER", "meetings.day_number"))
        dates = [d for d in (doc.spans["dates"] if "dates" in doc.spans else []) if sent.start_char <= d.start_char < sent.end_char]
        period = next((d for d in dates if d._.role == "period" and d.start_char >= m.end() - 1 and d._.granularity in ("month", "quarter", "half-year", "year")), None)
        put("period", period._.value if period is not None else None)
        event = next((d for d in dates if d._.role in ("event", None) and d._.granularity in ("day", "time") and d is not period), None)
        if event is not None and event._.value:
            # a lunar day is dated by the calendar everyone else uses; the lead's day wins over a
            # headline's ('Bảo đảm mọi nhà đều có Tết' above 'Chiều 4-2, … họp phiên thường kỳ')
            put("date", (event._.gregorian or event._.value)[:10], force=in_lead)
        found = self._body(doc, sent, m)
        if found is not None:
            # the body as the lead introduces the meeting ('BCH Đảng bộ tỉnh'), not as the
            # headline or the article's most frequent spelling writes it (corpora/GUIDELINES.md)
            body, written = found
            put("body", _as_written(written), force=in_lead)
            put("body_full_name", body.full_name, force=in_lead)
        chairs = self._chairs(doc, sent)
        chair_sent = sent
        if chairs and self._chairs(doc, sent, leading=False) != chairs:
            # 'Đoàn ĐBQH tỉnh do đồng chí X làm trưởng đoàn …. Đồng chí Y, Chủ tịch Ủy ban MTTQ huyện
            # chủ trì hội nghị': who chairs is said, and wins over who leads the delegation
            for other in _following_sentences(doc, sent, paragraphs=1):
                explicit = self._chairs(doc, other, leading=False)
                if explicit:
                    chairs, chair_sent = explicit, other
                    break
        if not chairs:
            # the chair is often named in a later sentence of the lead or in the next paragraph
            for other in _following_sentences(doc, sent, paragraphs=2):
                chairs = self._chairs(doc, other)
                if chairs:
                    chair_sent = other
                    break
        named = bool(chairs)  # by 'chủ trì', which the lead's reading puts before the headline's guess
        if not chairs and frame.kind in self.led_kinds:
            # 'Tổ đại biểu HĐND tỉnh … tiếp xúc cử tri …. Tham dự có ông X - …, Tổ trưởng Tổ đại biểu':
            # the group's leader leads it, wherever the lead lists him
            chairs = self._group_leader(doc, sent)
        if not chairs and frame.kind in self.led_kinds:
            # 'đồng chí X, Bí thư Tỉnh ủy làm việc với …': the visiting leader leads it; named in the
            # lead, over the headline's guess by a title ('ĐBQH tiếp xúc cử tri …' names a deputy, not
            # 'Phó Trưởng Đoàn ĐBQH tỉnh X cùng ĐBQH Y đã tiếp xúc cử tri …''s leader)
            chairs = self._officials_in(doc, sent)[:1]
            named = named or bool(chairs)
            chairs = chairs or self._official_by_title(doc, sent, m.start())
        if chairs:
            put("chair", chairs, force=in_lead and named)
            # 'Cùng chủ trì có đồng chí X … và đồng chí Y …': co-chairs in the sentences after, or
            # opening the next paragraph
            for other in _following_sentences(doc, chair_sent, paragraphs=2):
                if self.co_chair.match(other.text):
                    frame.chair += [n for n in self._officials_in(doc, other) if n not in frame.chair]
        if frame.kind == self.visit_kind and frame.chair:
            # a working visit belongs to the visiting side: the body of its leader's title, unless
            # the lead's subject is a part of it ('Thường trực Tỉnh ủy' led by the Bí thư Tỉnh ủy)
            leader = self._title_agency(doc, sent, frame.chair[0])
            leader_body, written = leader if leader is not None else (None, None)
            # ('Đoàn công tác của Ban Chỉ đạo các Chương trình MTQG tỉnh do đồng chí X, Phó Chủ tịch
            # UBND tỉnh làm Trưởng đoàn': the delegation says whose it is)
            owned = leader_body is not None and leader_body.full_name != frame.body_full_name and any(
                c.full_name == frame.body_full_name and any(x.start_char == d.end() for x in c.mentions)
                for d in self.delegation_of.finditer(text, sent.start_char, sent.end_char) for c in doc_list(doc, "agencies"))
            if leader_body is not None and not owned and not (frame.body_full_name and leader_body.full_name != frame.body_full_name
                                                              and leader_body.full_name in frame.body_full_name):
                # as the title writes it ('Thứ trưởng Bộ NN&PTNT …': 'Bộ NN&PTNT'), like any body
                frame.body, frame.body_full_name = _as_written(written), leader_body.full_name
        host = self.host.search(text[sent.start_char:sent.end_char])
        if frame.kind == self.visit_kind and host:
            # a working visit's location is its host, as written ('huyện Trùng Khánh', 'Sở NN&PTNT')
            begin = sent.start_char + host.end()
            place = next((e for e in doc.spans["entities"] if e.label_ in ("LOC", "ORG") and begin <= e.start_char <= begin + 12), None)
            if place is not None:
                put("location", text[begin:place.end_char])
        loc = self.location_cue.search(text[sent.start_char:sent.end_char])
        if loc:
            place = next((e for e in doc.spans["entities"] if e.label_ in ("LOC", "ORG") and e.start_char >= sent.start_char + loc.end() and e.start_char <= sent.start_char + loc.end() + 40), None)
            if place is not None:
                put("location", place.text)
        return marked

    @staticmethod
    def _mark(doc: Doc, start: int, end: int, label: str, rule_id: str) -> Span:
        span = doc.char_span(start, end, label=label, alignment_mode="expand")
        span._.rule_id = rule_id
        return span

    def _body(self, doc: Doc, sent: Span, m: regex.Match):
        """The convening body: an agency in the sentence that is not part of a held title,
        nearest the meeting kind."""
        held = list(doc.spans["titles"]) if "titles" in doc.spans else []
        candidates = []
        for cluster in doc_list(doc, "agencies"):
            for mention in cluster.mentions:
                if not (sent.start_char <= mention.start_char < sent.end_char):
                    continue
                if any(t.start_char <= mention.start_char and mention.end_char <= t.end_char for t in held):
                    continue
                if doc._.outlet and fold(mention.text) == fold(doc._.outlet):
                    continue  # '(Báo Sóc Trăng) - Chiều qua, phiên họp …': the paper reports it
                candidates.append((abs(mention.start_char - m.start()), cluster, mention.text, mention.start_char))
        def chairs_agency(hi: int):
            # a title-only lead ('Chủ tịch UBND tỉnh X chủ trì phiên họp'): the chair's agency, by
            # the head's post first ('Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh' chairs for the UBND)
            for t in sorted(held, key=lambda t: (self._title_rank(t), t.start_char)):
                if sent.start_char <= t.start_char < hi:
                    for cluster in doc_list(doc, "agencies"):
                        inside = [x for x in cluster.mentions if t.start_char <= x.start_char and x.end_char <= t.end_char]
                        if inside:
                            return cluster, inside[0].text
            return None

        host = self.host.match(text_of(doc), m.start("kind"))
        if host is not None:
            # 'ông X làm việc với Sở Xây dựng': the host, not the visiting side (corpora/GUIDELINES.md)
            candidates = [c for c in candidates if c[3] != host.end()]
        if not candidates:
            return chairs_agency(sent.end_char)
        # the convening body is the subject, before the kind ('Đoàn ĐBQH tỉnh … tiếp xúc cử tri
        # … trước kỳ họp của Quốc hội'); without one, the body the meeting is named after ('Đại
        # hội đại biểu MTTQ tỉnh … diễn ra'), else the nearest after it ('phiên họp … của UBND tỉnh')
        before = [c for c in candidates if c[3] < m.start() and not self.body_not_subject.search(text_of(doc), max(sent.start_char, c[3] - 20), c[3])
                  and not self.announcer.search(text_of(doc), c[3], m.start())]
        named = [c for c in candidates if c[3] >= m.end() and self.named_after.fullmatch(text_of(doc), m.end(), c[3])]
        if not before and not named:
            # 'X, Chủ tịch UBND tỉnh chủ trì phiên họp … trình kỳ họp của HĐND tỉnh': the chair's
            # agency before a body the topic names further on
            held_before = chairs_agency(m.start())
            if held_before is not None:
                return held_before
        chosen = min(before or named or candidates, key=lambda c: c[0])
        if chosen in before:
            # 'HĐND huyện Sóc Sơn và HĐND huyện Phú Xuyên tổ chức kỳ họp …': bodies that are the
            # subject together; the first named convenes the meeting reported first
            joined = True
            while joined:
                joined = False
                for c in before:
                    if c[3] < chosen[3] and _COORDINATION.fullmatch(text_of(doc), c[3] + len(c[2]), chosen[3]):
                        chosen, joined = c, True
                        break
        _, cluster, written, _ = chosen
        return cluster, written

    def _chairs(self, doc: Doc, sent: Span, leading: bool = True) -> list[str]:
        """Who chairs, by the sentence's first chair cue; with `leading` False, a cue naming who
        leads a delegation ('dẫn đầu', 'làm trưởng đoàn') does not count."""
        cue = next((c for c in self.chair.finditer(text_of(doc), sent.start_char, sent.end_char, timeout=REGEX_TIMEOUT_S)
                    if leading or not self.leading_cue.fullmatch(c.group(0))), None)
        if not cue:
            return []
        officials = doc_list(doc, "officials")
        text = text_of(doc)
        # 'dưới sự chủ trì của đồng chí X' names the chair after the cue; 'X và Y chủ trì' before it
        # ('A; B và C chủ trì' are all chairs; 'Dự hội nghị có A; B chủ trì': A attends)
        semicolon = text.rfind(";", sent.start_char, cue.start())
        attending = semicolon > 0 and self.attend.search(text, sent.start_char, semicolon, timeout=REGEX_TIMEOUT_S)
        clause_start = semicolon if attending else sent.start_char
        after = sorted((mm.start_char, o.name) for o in officials for mm in o.mentions if cue.end() <= mm.start_char < sent.end_char)
        before = sorted((mm.start_char, o.name) for o in officials for mm in o.mentions if clause_start <= mm.start_char < cue.start())
        if "của" in cue.group(0) or not before:
            picks = after[:1] if "đồng" not in cue.group(0) else after
        else:
            picks = before
        return _distinct_names(picks)

    def _group_leader(self, doc: Doc, sent: Span) -> list[str]:
        """The official the lead's paragraph, or the next one listing who took part, names with a
        group leader's title, among the posts after the name ('bà Võ Thị Kim Phượng, Phó Chủ tịch
        HĐND tỉnh, Tổ trưởng Tổ đại biểu;')."""
        para = _paragraph_of(doc, sent)
        hi = max([s.end_char for s in _following_sentences(doc, sent, paragraphs=2)] + [para.end_char])
        text = text_of(doc)
        mentions = sorted((mm.start_char, o.name) for o in doc_list(doc, "officials") for mm in o.mentions
                          if para.start_char <= mm.start_char < hi)
        for title in self.group_leader_title.finditer(text, para.start_char, hi, timeout=REGEX_TIMEOUT_S):
            clause = max(text.rfind(";", para.start_char, title.start()), text.rfind(":", para.start_char, title.start()),
                         text.rfind("\n", para.start_char, title.start()))
            named = [name for at, name in mentions if clause < at < title.start()]
            if named:
                return named[-1:]
        return []

    @staticmethod
    def _official_by_title(doc: Doc, sent: Span, hi: int) -> list[str]:
        """'Chủ tịch UBND tỉnh cùng lãnh đạo các sở đã làm việc với huyện …': a lead that names the
        leader by title alone means the official the article names with that title."""
        bodies = [e for e in doc.spans["entities"] if e.label_ == "ORG"] if "entities" in doc.spans else []
        written = [t for t in (doc.spans["title_candidates"] if "title_candidates" in doc.spans else [])
                   if sent.start_char <= t.start_char < hi
                   and not any(b.start_char <= t.start_char < b.end_char for b in bodies)]  # ('Đoàn ĐBQH tỉnh')
        for title in written:
            holders = [o.name for o in doc_list(doc, "officials") if any(fold(t.text) == fold(title.text) for t in o.titles)]
            if len(holders) == 1:
                return holders
        return []

    @staticmethod
    def _officials_in(doc: Doc, sent: Span) -> list[str]:
        """The officials a sentence mentions, in the order it first names them."""
        return _distinct_names(sorted((mm.start_char, o.name) for o in doc_list(doc, "officials") for mm in o.mentions
                                      if sent.start_char <= mm.start_char < sent.end_char))

    def _title_agency(self, doc: Doc, sent: Span, name: str):
        """The agency the named official leads, by the titles this sentence gives: the first
        head position ('Bí thư Tỉnh ủy', 'Chủ tịch UBND tỉnh'), past deputy and member titles;
        with its name as the title writes it."""
        official = next((o for o in doc_list(doc, "officials") if o.name == name), None)
        if official is None:
            return None
        titles = sorted((t for t in official.titles if sent.start_char <= t.start_char < sent.end_char), key=lambda t: t.start_char)
        for title in sorted(titles, key=self._title_rank):
            for cluster in doc_list(doc, "agencies"):
                inside = next((m for m in cluster.mentions if title.start_char <= m.start_char and m.end_char <= title.end_char), None)
                if inside is not None:
                    return cluster, inside.text
        return None

    def _title_rank(self, title: Span) -> int:
        """A head's post first, then a deputy's, then a member's ('Tỉnh ủy viên, Phó Chủ tịch
        UBND tỉnh' visits for the People's Committee)."""
        position = fold(title._.position or title.text)
        if position.startswith(self.member_positions):
            return 2
        return 1 if position.startswith("phó") else 0

    def _attendees(self, doc: Doc, frame: MeetingFrame, para: Span) -> None:
        for sent in sentences_in(doc, para):
            if not self.attend.search(span_text(sent)):
                continue
            for o in doc_list(doc, "officials"):
                if o.name in frame.chair or o.name in frame.attendees:
                    continue
                if any(sent.start_char <= mm.start_char < sent.end_char for mm in o.mentions):
                    frame.attendees.append(o.name)

    # -- agenda -------------------------------------------------------------------------
    def _agenda_step(self, doc: Doc, frame: MeetingFrame, item: Optional[AgendaFrame], para: Span) -> Optional[AgendaFrame]:
        # ('2. Về công tác bầu cử, …', '- Đối với dự thảo …'): a list line opens after its number or bullet
        text = _after_list_marker(span_text(para))
        if self.closing.match(text):
            item = None  # ('Phát biểu bế mạc kỳ họp, …'): the close speaks to all the business, no one item
        elif self.conclusion.match(text) and frame.agenda and not frame.agenda[0].questioning:
            # ('Kết luận phiên họp, đồng chí … yêu cầu các sở, ngành …'): the conclusion takes the meeting's
            # first item up again, until the paragraphs after it open others; after a report the meeting
            # was called to hear, the measures it deploys
            concluded = frame.agenda[1] if frame.agenda[0].heard and len(frame.agenda) > 1 else frame.agenda[0]
            if concluded is not item:
                item = concluded
                _take_up_again(item, para.start_char)
        if self.continuation.match(text):
            if item is not None:
                _extend(item, para.end_char)
            # ('Kết luận buổi làm việc, …. Đối với kiến nghị của huyện về X, Bí thư Tỉnh ủy giao …'):
            # a request singled out in the conclusion is the chair's answer to it, an item
            later = sentences_in(doc, para)[1:]
            asked = [self._request_item(doc, s, frame.kind) for s in later]
            asked = [a for a in asked if a is not None and not _named_before(a, frame.agenda, self.work_head)]
            for a, b in zip(asked, asked[1:] + [None]):
                a.end = b.start if b is not None else para.end_char
            if item is not None and asked:
                _extend(item, asked[0].start)
            frame.agenda.extend(asked)
            return asked[-1] if asked else self._taken_up_within(doc, frame, item, para, later)
        if text.lstrip()[:1] in "“\"«" or self.purpose_opening.match(text):
            # ('“Nghị quyết chỉ thực sự có ý nghĩa khi …” - đồng chí nhấn mạnh'): a paragraph opening
            # on a speaker's words quotes the speech, it takes up no business; nor does one opening on
            # a purpose ('Để đưa Nghị quyết chuyên đề sớm vào cuộc sống, đồng chí giao …': 0 of 132 on dev)
            if item is not None:
                _extend(item, para.end_char)
            return item
        sents = sentences_in(doc, para)
        first = sents[0] if sents else para
        listed = self._listed_items(doc, first, frame.kind)
        opened = bool(self.item_opening.match(text))
        new = None if len(listed) > 1 else self._item_in(doc, first, frame.kind, opening=opened)
        if opened and len(listed) > 1:
            # ('Riêng về công tác cán bộ, Ban Thường vụ … thống nhất chủ trương điều động …, cho ý kiến về
            # việc kiện toàn …'): what the paragraph does under a subject it opens on is that subject
            topic = self._item_in(doc, first, frame.kind, opening=True)
            comma = text_of(doc).find(",", first.start_char, first.end_char)
            starts = [it.at for it in listed if it.at >= 0]
            if topic is not None and topic.document_type is None and starts and 0 <= comma < min(starts):
                new = topic
        items = (listed if new is None else [new]) or self._quoted_document(doc, para, first)
        items = self._with_later_sentences(doc, frame, first, sents[1:], items)
        if not frame.agenda and len(items) == 1 and items[0].document_type == "báo cáo":
            items = self._split_topic(items[0], from_lead=False)
        if not items:
            if item is not None:
                _extend(item, para.end_char)
            return item
        for it in items:
            it.end = max(it.end, it.start)
        if frame.stated_items is None and not frame.agenda and len(items) >= 2 and not any(it.stated is not None for it in items) \
                and not any(it.questioning for it in items) and frame.lead_count == len(items):
            # ('… cho ý kiến vào 4 nội dung …', then 'Các nội dung được đưa ra thảo luận gồm: A; B; C; D'):
            # the list the lead counted, complete
            items[0].stated = len(items)
        stated = next((it.stated for it in items if it.stated is not None), None)
        counted = frame.stated_items is not None and len(frame.agenda) - frame.stated_after >= frame.stated_items
        passed = False  # a session's count of the resolutions it passed, listed
        if stated is not None and not counted:  # (a later count lists what one item holds, not the agenda)
            # the report counts its items ('cho ý kiến vào 5 nội dung: …'): the list is the agenda,
            # named in its own words; a lead topic was the meeting's occasion, or one of them
            frame.stated_items = stated
            # (a session's questioning stays: 'Chiều cùng ngày, kỳ họp biểu quyết thông qua 3 nghị quyết: …'
            # after the question groups counts what the session passed, another part of its business)
            keeps_questioning = not any(it.questioning for it in items)
            counted_from = next(i for i, it in enumerate(items) if it.stated is not None)
            # (and so do the reports a session heard before it counts the resolutions it passed: 'Kỳ họp cũng nghe
            # Báo cáo kết quả giám sát …', then '… biểu quyết thông qua 4 nghị quyết: …')
            passed = frame.kind == self.session_kind and all(
                it.document_type == "nghị quyết" for it in items[counted_from:counted_from + stated])
            kept, agenda = 0, []
            for a in frame.agenda:
                listed = not a.from_lead and any(_same_item(a.title, it.title) for it in items)
                if (a.questioning and keeps_questioning) or (passed and not a.from_lead and not listed):
                    kept += 1
                    agenda.append(a)
                elif listed:
                    agenda.append(a)
            frame.agenda = agenda
            frame.stated_after = kept if keeps_questioning or passed else 0
            items = items[:counted_from + stated]  # the counted list is complete: what the paragraph adds discusses it
        if sum(it.questioning for it in items) > 1:
            # the question groups the report counts replace the one questioning item read before
            frame.agenda = [a for a in frame.agenda if not a.questioning]
        # an item named again later ('lấy phiếu tín nhiệm …' in the lead and in the body) is one
        # item, and so are all of a session's questions
        unique: list[AgendaFrame] = []
        for it in items:  # ('Nghị quyết về A …. Trong đó, nghị quyết về A …': named twice in a paragraph)
            if not any(_same_item(it.title, u.title, loose=False) or _named_by_type_word(it, u) for u in unique):
                unique.append(it)
        # 'Dự thảo Nghị quyết quy định mức hỗ trợ 2 triệu đồng/ha …' after that resolution was listed:
        # a sentence opening on a draft that states amounts gives the listed one's content
        named_first = unique[0] if unique else None  # (what the paragraph takes up first, before the filters below)
        unique = [it for it in unique if not (it.document_type and self._states_amounts(doc, it)
                                              and any(a.document_type == it.document_type for a in frame.agenda))]
        if self.item_opening.match(text):
            for it in unique:
                self._split_echoed_topic(frame, it)
        for it in unique:
            again = self._item_named_again(doc, frame, it) if 0 <= it.at < it.reach else None
            old = frame.agenda[again] if again is not None else None
            if old is not None and it.reach - it.at > max(len(old.title), old.reach - old.at):
                # ('1. Báo cáo kết quả … quý I, phương hướng, nhiệm vụ quý II/2026' after the lead's 'đánh
                # giá kết quả … quý I'): the fuller naming is where the item was named, for later names to find
                old.at, old.reach = it.at, it.reach
        # (so does a paragraph opening on the count: 'Kỳ họp đã biểu quyết thông qua 12 nghị quyết …. Trong đó
        # có Nghị quyết về A; …')
        count = self.stated_count.search(text_of(doc), first.start_char, first.end_char)
        passed = passed or (frame.kind == self.session_kind and count is not None and fold(count.group()).endswith("nghị quyết"))
        items = [it for it in unique if not self._named_again_by_type(doc, frame, it, passed)
                 and not self._names_listed_policy(it, frame.agenda)
                 and not self._names_hazard_work(it, frame.agenda)
                 and not self._names_period_report(it, frame.agenda)
                 and not self._names_socio_economic_report(doc, it, frame.agenda)
                 and not self._names_thematic_document(it, frame.agenda)
                 and not self._names_listed_requests(it, frame.agenda)
                 # ('Về phiên chất vấn, …' after a list holding 'Phiên chất vấn và trả lời chất vấn')
                 and not ((it.questioning or self.questioning.match(it.title)) and any(a.questioning for a in frame.agenda))
                 and not (self.answer_opening.match(text_of(doc), it.start) and any(a.questioning for a in frame.agenda))
                 and not ((it.questioning or self.programme_framing.match(text)) and self._on_another_day(doc, it, frame))
                 and not (it.questioning and frame.kind != self.session_kind)]  # (a session's, planned elsewhere)
        if frame.stated_items is not None and len(frame.agenda) - frame.stated_after >= frame.stated_items:
            items = []  # the counted list is complete: later paragraphs discuss its items
        if sum(a.questioning for a in frame.agenda) > 1 and self.item_opening.match(text):
            # the question groups a session counts hold its questions: a later paragraph on a subject
            # ('Đối với ngành y tế, đồng chí đề nghị Sở Y tế …') concludes on one of them
            items = [it for it in items if it.document_type is not None]
        # 'tờ trình và dự thảo nghị quyết' names documents, not an item
        # ('Đối với các nội dung trên' names items already listed; 'các kiến nghị của tỉnh' is one)
        items = [it for it in items if not self.title_not_opening.match(it.title) and not self.plural_documents.match(it.title)
                 and not (it.document_type == "nghị quyết" and self.own_resolution.match(it.title))
                 and not self.bare_report_topic.match(it.title)
                 and not (self.upcoming_tasks.match(it.title) and any(a.document_type == "báo cáo" for a in frame.agenda))
                 and not self._only_a_place(doc, it) and not self.companion_report.match(it.title)
                 and not self._named_by_presenter(doc, it, frame.agenda)]
        if any(a.from_lead or a.document_type in ("báo cáo", "nghị quyết") or a.questioning for a in frame.agenda):
            # a lead naming its topics, or a report heard before, named what the period's report covers
            # (and in a session's questioning the report a delegate quotes is his figure; after the
            # resolutions a session passed, 'Theo báo cáo của UBND tỉnh, năm 2025, …' backs the year's plan)
            items = [it for it in items if not (it.document_type == "báo cáo" and self._period_report(doc, doc.char_span(it.start, it.end, alignment_mode="expand")))]
        again = self._taken_up_again(doc, frame, para, named_first, opened) if not items else None
        if again is not None and again is not item:
            # ('Về dự thảo Đề án A, …', 'Góp ý dự thảo Kế hoạch A, …' after A was listed with others): the
            # paragraph takes an item up again, and its acts are that item's
            _take_up_again(again, para.start_char, para.end_char)
            return self._taken_up_within(doc, frame, again, para, sents[1:])
        if not items:
            if item is not None:
                _extend(item, para.end_char)
            return self._taken_up_within(doc, frame, item, para, sents[1:])
        for a, b in zip(items, items[1:]):
            a.end = b.start
        items[-1].end = para.end_char
        frame.agenda.extend(items)
        if len(items) > 1 and all(first.start_char <= it.start < first.end_char for it in items):
            # ('cho ý kiến vào 4 nội dung: A; B; C; D', then 'Theo báo cáo của Sở X, …'): a report takes
            # the items it lists in their order, so what follows, until it opens another, is on the first
            _take_up_again(items[0], para.end_char)
            return items[0]
        return items[-1]

    def _named_again_by_type(self, doc: Doc, frame: MeetingFrame, new: AgendaFrame, passed: bool) -> bool:
        """Whether `new` names an item listed before. Among the resolutions a session counts as passed
        (`passed`), a resolution is never the report heard before it ('Nghị quyết về nhiệm vụ phát
        triển KT-XH năm 2026' after the report on '… năm 2025, phương hướng, nhiệm vụ năm 2026')."""
        n = self._item_named_again(doc, frame, new)
        if n is None:
            return False
        # (a submission is the resolution's draft: 'tờ trình về việc điều chỉnh kế hoạch …' and its resolution are one)
        return not (passed and new.document_type == "nghị quyết" and frame.agenda[n].document_type == "báo cáo")

    def _item_named_again(self, doc: Doc, frame: MeetingFrame, new: AgendaFrame) -> Optional[int]:
        """The index of the item listed before that `new` names, if any (both sides spelled out: 'công
        tác GPMB' twice is one item, as is 'giải phóng mặt bằng (GPMB)')."""
        text = text_of(doc)
        listed = [replace(a, title=_spelled_out(a.title, text)) for a in frame.agenda]
        n = _earlier_item(replace(new, title=_spelled_out(new.title, text)), listed, self.work_head, text)
        return n if n is not None else self._lead_topic_paraphrased(doc, frame, new)

    def _taken_up_within(self, doc: Doc, frame: MeetingFrame, current: Optional[AgendaFrame], para: Span,
                         later: list[Span]) -> Optional[AgendaFrame]:
        """A paragraph that names no new item may take listed ones up again sentence by sentence ('Kết
        luận hội nghị, đồng chí … yêu cầu …. Đối với dự thảo Đề án A, giao …'): from each such sentence on,
        its acts are that item's. The item the paragraph ends on."""
        text = text_of(doc)
        for sent in later:
            if not self.item_opening_at.match(text, _list_marker_end(text, sent.start_char)):
                continue
            named = self._item_in(doc, sent, frame.kind, opening=True)
            if named is None:
                continue
            n = self._item_named_again(doc, frame, named)
            if n is None or frame.agenda[n] is current:
                continue
            if current is not None:
                _extend(current, sent.start_char)
            current = frame.agenda[n]
            _take_up_again(current, sent.start_char, para.end_char)
        return current

    def _taken_up_again(self, doc: Doc, frame: MeetingFrame, para: Span, named: Optional[AgendaFrame],
                        opened: bool) -> Optional[AgendaFrame]:
        """The item listed before that a paragraph opens on, by an opening ('Về …', 'Riêng …') or a cue
        that takes a document up ('Góp ý dự thảo …'): the one its first item names, or the only one listed
        of that document's type."""
        text = text_of(doc)
        if named is None:
            return None
        # (or one that names it first thing: 'Với đề án phát triển nuôi trồng thủy sản, đồng chí đề nghị …')
        begins = _list_marker_end(text, para.start_char)
        early = 0 <= text.find(named.title, begins, para.end_char) - begins <= self.early_naming_chars
        # ('Cũng tại phiên họp, UBND tỉnh cho ý kiến vào Đề án A' after A was listed: more business, A again)
        if not (opened or early or self.considering.match(text, begins) or self.more_business.match(text, begins)):
            return None
        n = self._item_named_again(doc, frame, named)
        if n is None and named.document_type:
            typed = [k for k, a in enumerate(frame.agenda) if a.document_type == named.document_type]
            n = typed[0] if len(typed) == 1 else None
        return frame.agenda[n] if n is not None else None

    def _states_amounts(self, doc: Doc, item: AgendaFrame) -> bool:
        return bool(self.draft_opening.match(text_of(doc), item.start)) and any(
            f.label_ in ("MONEY", "PERCENT") and item.start <= f.start_char < item.end and f.text in item.title
            for f in (doc.spans["figures"] if "figures" in doc.spans else []))

    def _quoted_document(self, doc: Doc, para: Span, first: Span) -> list[AgendaFrame]:
        """'Theo tờ trình về việc điều chỉnh …, tổng số vốn …': a paragraph opening on a document's
        content takes that document up (unless it was named before, which the caller checks)."""
        quoting = self.quoting_opening.match(span_text(para), 0)
        if quoting is None:
            return []
        text = text_of(doc)
        end = self._title_end(text, para.start_char + quoting.end(), first.end_char)
        title = " ".join(text[para.start_char + quoting.end():end].split()).strip(" ,;:")
        if len(title.split()) < 2:
            return []
        return [AgendaFrame(title=title, document_type=self._document_type(quoting.group("type")),
                            start=para.start_char, end=para.end_char)]

    def _with_later_sentences(self, doc: Doc, frame: MeetingFrame, first: Span, later: list[Span],
                              items: list[AgendaFrame]) -> list[AgendaFrame]:
        """The items a paragraph's first sentence named, and those its later sentences add: a
        session's listed items, a request singled out ('… Riêng đề xuất X, …'), counted question
        groups (which replace a questioning item named before them)."""
        counted = self.stated_count.search(text_of(doc), first.start_char, first.end_char)
        # ('Chiều cùng ngày, kỳ họp tiến hành biểu quyết thông qua các nghị quyết. Với 52/52 đại biểu
        # tán thành, HĐND tỉnh đã thông qua Nghị quyết về A': documents in general, then one by name)
        general = self.general_documents.search(text_of(doc), first.start_char, first.end_char)
        planned = self._planned_meeting(doc, first, frame.kind)
        for sent in later:
            if planned and self._kind_opening(text_of(doc), sent) == planned:
                continue  # ('Theo dự kiến, Kỳ họp thứ ba sẽ diễn ra …. Kỳ họp xem xét 6 báo cáo, …': its business)
            if any(it.document_type == "báo cáo" for it in items) and self.report_opening.match(text_of(doc), sent.start_char):
                continue  # ('… nghe báo cáo tình hình KT-XH quý I. Theo báo cáo, quý I, …': the one just named)
            more = self._listed_items(doc, sent, frame.kind)
            if not more and not any(self.plural_title.match(it.title) for it in items):
                # ('Đối với các kiến nghị …. Riêng đề xuất …': one of them)
                request = self._request_item(doc, sent, frame.kind)
                if request is None and any(self.request_title.match(it.title) for it in items) \
                        and self.next_request_opening.match(text_of(doc), sent.start_char):
                    # ('Đối với kiến nghị hỗ trợ kinh phí …, giao Sở Tài chính …. Về đơn giá bồi thường cây
                    # trồng, giao Sở NN&MT …': the next request answered)
                    request = self._item_in(doc, sent, frame.kind, opening=True)
                more = [request] if request is not None else []
            # (or one more resolution by its vote, after one the paragraph named: 'Kỳ họp cũng biểu quyết thông
            # qua Nghị quyết về A. Với 88/89 đại biểu tán thành, HĐND thành phố thông qua Nghị quyết B')
            # (by name: 'thông qua nghị quyết về nội dung này' is the one before)
            passed = any(it.document_type == "nghị quyết" for it in items) \
                and bool(self.vote_count.search(text_of(doc), sent.start_char, sent.end_char)) \
                and bool(self.named_resolution.search(text_of(doc), sent.start_char, sent.end_char))
            # (or one more piece of business: '… Bên cạnh đó, HĐND tỉnh thông qua tờ trình về việc đặt tên …')
            besides = bool(self.more_business.match(text_of(doc), sent.start_char) or self.besides.match(text_of(doc), sent.start_char))
            if not more and (counted or general or passed or besides or (not items and not frame.agenda)):
                # ('… nghe UBND tỉnh trình bày các tờ trình. Theo đó, kỳ họp xem xét tờ trình về A'):
                # the first document a paragraph names as considered, after one naming documents in general
                # (or counting them, after other business: 'Chiều cùng ngày, HĐND tỉnh thông qua 16 nghị
                # quyết. Với 61/61 đại biểu tán thành, HĐND tỉnh thông qua Nghị quyết điều chỉnh A')
                named = self._documents_in(doc, sent, frame.kind)
                # (or opening on one with its vote: '… thông qua 3 nghị quyết. Nghị quyết điều chỉnh A
                # được thông qua với 49/49 đại biểu có mặt tán thành')
                # (after a link to the count: 'Trong đó, Nghị quyết A được thông qua với 32/32 đại biểu …')
                voted = bool(named) and (counted or general) \
                    and bool(self.document_lead_in.fullmatch(text_of(doc), sent.start_char, named[0].start())) \
                    and bool(self.vote_count.search(text_of(doc), named[0].end(), sent.end_char))
                new = self._item_in(doc, sent, frame.kind, opening=False) \
                    if named and (voted or self.considering.search(text_of(doc), sent.start_char, named[0].start())) else None
                more = [new] if new is not None else []
            if sum(it.questioning for it in more) > 1:
                # '… với phiên chất vấn. Phiên chất vấn tập trung vào 2 nhóm vấn đề: A và B': the groups
                items = [it for it in items if not it.questioning]
            elif any(it.questioning for it in items):
                # 'chất vấn 2 nhóm vấn đề: A và B. Đại biểu X chất vấn về …': one of the questions named
                more = [it for it in more if not it.questioning]
            # ('… xem xét dự thảo Nghị quyết quy định chính sách hỗ trợ xây dựng nhà văn hóa thôn, bản
            # …. Nghị quyết về chính sách hỗ trợ nhà văn hóa được thông qua …': the same one again)
            more = [it for it in more if not any(_same_item(it.title, old.title, head=self.work_head) for old in items)]
            items = items + more
        return items

    def _lead_topics(self, doc: Doc, sent: Span, kind: regex.Match) -> list[AgendaFrame]:
        """The items the lead names: its topic, split into the pieces of work it joins, or a report
        heard and the measures deployed."""
        heard = self._heard_and_deployed(doc, sent, kind)
        if heard:
            return heard
        topic = self._lead_topic(doc, sent, kind)
        return self._split_topic(topic) if topic is not None else []

    def _heard_and_deployed(self, doc: Doc, sent: Span, kind: regex.Match) -> list[AgendaFrame]:
        """('họp trực tuyến … để nghe báo cáo nhanh tình hình thiệt hại … và triển khai các biện pháp cấp
        bách …'): the report heard is one item, the measures deployed another."""
        text = text_of(doc)
        heard = self.heard_report.search(text, kind.end(), sent.end_char, timeout=REGEX_TIMEOUT_S)
        deployed = self.deploying.search(text, heard.end(), sent.end_char) if heard is not None else None
        if deployed is None or _CLAUSE_STOP.search(text, heard.end(), deployed.start()):
            return []
        stop = self.topic_stop.search(text, deployed.end(), sent.end_char, timeout=REGEX_TIMEOUT_S)
        hi = stop.start() if stop else sent.end_char
        end = _CLAUSE_STOP.search(text, deployed.end(), hi)
        report = " ".join(text[heard.end():deployed.start()].split()).strip(" ,;:")
        measures = " ".join(text[deployed.end():end.start() if end else hi].split()).strip(" ,;:")
        if len(report.split()) < 2 or len(measures.split()) < 2:
            return []
        return [AgendaFrame(title=report, document_type="báo cáo", start=sent.start_char, end=sent.end_char, from_lead=True,
                            heard=True),
                AgendaFrame(title=measures, document_type=None, start=sent.start_char, end=sent.end_char, from_lead=True)]

    def _lead_topic(self, doc: Doc, sent: Span, kind: regex.Match) -> Optional[AgendaFrame]:
        """What the lead says the meeting is about, after its kind: 'phiên họp thường kỳ tháng 7
        đánh giá tình hình KT-XH …', 'làm việc với Sở NN&PTNT về tình hình sản xuất …'."""
        text = text_of(doc)
        cue = self.topic.search(text, kind.end(), sent.end_char, timeout=REGEX_TIMEOUT_S)
        if cue is not None and self._document_named(doc, kind.end(), cue.start()):
            # 'họp cho ý kiến vào dự thảo Kế hoạch thực hiện Nghị quyết số 39-NQ/TW … của Bộ Chính trị
            # về xây dựng …': a 'về' after a document is in its title; the documents are the items
            return None
        if cue is None and fold(kind.group("kind")) in self.object_kinds:
            cue = self.inspected_topic.match(text, kind.end(), sent.end_char)
        if cue is None:
            # 'đoàn công tác của BCĐ do đồng chí X làm trưởng đoàn đã kiểm tra tiến độ thực hiện …':
            # a delegation whose sentence says what it inspected
            verb = self.inspection_verb.search(text, kind.end(), sent.end_char, timeout=REGEX_TIMEOUT_S)
            cue = self.inspected_topic.match(text, verb.end(), sent.end_char) if verb else None
        if cue is None:
            # ('đã kiểm tra công tác chuẩn bị Lễ hội Chùa Hương và làm việc với UBND xã Hương Sơn.'): the
            # inspection is the visit's one topic
            earlier = self._inspected_before(text, sent, kind)
            return AgendaFrame(title=earlier, document_type=None, start=sent.start_char, end=sent.end_char,
                               from_lead=True) if earlier else None
        if self.counted_fields.search(text, max(sent.start_char, cue.start() - 30), cue.start()):
            return None
        if ":" in text[kind.end():cue.start()]:
            # ('phiên chất vấn … đối với 2 nhóm vấn đề: việc khắc phục …; công tác cấp giấy chứng nhận … về
            # đất đai …'): a 'về' after the colon is inside a listed topic; the list gives the items
            return None
        start = cue.end()
        stop = self.topic_stop.search(text, start, sent.end_char, timeout=REGEX_TIMEOUT_S)
        hi = stop.start() if stop else sent.end_char
        end = _CLAUSE_STOP.search(text, start, hi)
        end = end.start() if end else hi
        # 'đánh giá công tác A năm 2022; triển khai nhiệm vụ B': a second topic after a semicolon
        second = None
        # '… về báo cáo A và tiến hành phiên chất vấn, trả lời chất vấn': the session's questioning too
        asked = self.questioning.match(text, stop.end() + len(text[stop.end():]) - len(text[stop.end():].lstrip())) if stop else None
        if asked is not None:
            second = " ".join(text[asked.start():self._title_end(text, asked.start(), sent.end_char)].split()).strip(" ,;:")
        if text[end:end + 1] == ";":
            after = self.topic.match(text, end + 1 + len(text[end + 1:]) - len(text[end + 1:].lstrip()))
            if after is not None and fold(after.group("cue")) != "về":
                stop2 = _CLAUSE_STOP.search(text, after.start(), hi)
                second = " ".join(text[after.start():stop2.start() if stop2 else hi].split()).strip(" ,;:")
        title = " ".join(text[start:end].split()).strip(" ,;:")
        stop = self.title_stop.search(title)
        if stop is not None and self.place_stop.match(stop.group()):
            # 'tiến độ các dự án tại Khu kinh tế X và công tác bồi thường, GPMB': the place ends the
            # first topic, not the lead's list of them
            joint = self.topic_after_place.search(title, stop.end())
            if joint is not None:
                later = title[joint.end():]
                later_stop = self.title_stop.search(later)
                later = later[:later_stop.start()] if later_stop else later
                title = f"{title[:stop.start()]} và {later}"
                stop = None
        title = title[:stop.start()].rstrip(" ,;:") if stop else title
        if not title or len(title.split()) < 2 or self.vague_topic.match(title):
            return None  # ('cho ý kiến vào một số nội dung quan trọng' names none of them)
        if second and len(second.split()) >= 2:
            title = f"{title}; {second}"
        earlier = self._inspected_before(text, sent, kind) or self._inspected_first(text, kind, cue)
        if earlier and self.hazard_state.match(earlier) and self.hazard_work.search(title):
            earlier = None  # ('kiểm tra tình hình hạn hán … và làm việc … về công tác phòng, chống hạn mặn': one subject)
        if earlier:
            title = f"{earlier}; {title}"
        evaluation = fold(cue.group("cue")) in self.evaluation_cues or bool(self.report_topic.match(title))
        typed = self.opening_type.match(title) if self.named_document_start.match(title) and "; " not in title else None
        if typed is not None:
            # ('họp cho ý kiến về dự thảo Đề án X': a topic naming a document is that document)
            return AgendaFrame(title=self.item_prefix.sub("", title), document_type=self._document_type(typed.group("type")),
                               start=sent.start_char, end=sent.end_char, from_lead=True)
        return AgendaFrame(title=title, document_type="báo cáo" if evaluation else None, start=sent.start_char, end=sent.end_char,
                           from_lead=True)

    def _document_named(self, doc: Doc, lo: int, hi: int) -> bool:
        """Whether a document is named between lo and hi, not in a body's name ('Sở Kế hoạch và Đầu tư')."""
        bodies = [e for e in doc.spans["entities"] if e.label_ == "ORG" and e.end_char > lo and e.start_char < hi]
        return any(d.end() <= hi and self._names_a_document(d) and not any(e.start_char <= d.start() < e.end_char for e in bodies)
                   for d in self.document.finditer(text_of(doc), lo, hi, timeout=REGEX_TIMEOUT_S))

    def _names_listed_policy(self, new: AgendaFrame, agenda: list[AgendaFrame]) -> bool:
        """'Về chính sách hỗ trợ khoan giếng, …' after 'dự thảo Nghị quyết quy định mức hỗ trợ khoan
        giếng': the policy a listed resolution sets, named without its document."""
        head = self.policy_head.match(new.title)
        if head is None or new.document_type not in (None, "nghị quyết"):
            return False
        rest = fold(new.title[head.end():])
        return len(rest.split()) >= 2 and any(
            old.document_type == "nghị quyết" and _holds_words(old.title, rest) for old in agenda)

    def _names_hazard_work(self, new: AgendaFrame, agenda: list[AgendaFrame]) -> bool:
        """'Về công tác phòng, chống thiên tai, …' after a lead topic on the work against particular
        disasters ('công tác phòng, chống sạt lở, hạn mặn'): the same item, named in general."""
        return bool(self.hazards_in_general.match(new.title)) and any(
            old.from_lead and self.hazard_work.search(old.title) for old in agenda)

    def _names_period_report(self, new: AgendaFrame, agenda: list[AgendaFrame]) -> bool:
        """'Về báo cáo quý I, …' after the lead's 'báo cáo tình hình thực hiện nhiệm vụ quý I, phương
        hướng …': a report named by its period alone is the report listed for that period."""
        named = self.period_report_name.match(new.title)
        if named is None:
            return False
        period = regex.compile(r"(?<![\p{L}\p{M}\p{N}])" + regex.escape(fold(" ".join(named.group("period").split())))
                               + r"(?![\p{L}\p{M}\p{N}])")
        return any(old.document_type == "báo cáo" and period.search(fold(old.title)) for old in agenda)

    def _names_socio_economic_report(self, doc: Doc, new: AgendaFrame, agenda: list[AgendaFrame]) -> bool:
        """A report on the unit's socio-economic situation, listed after the lead named the period's report
        on it: that report, in the list's words."""
        if new.document_type != "báo cáo" or new.from_lead:
            return False
        text = text_of(doc)

        def on_it(title: str) -> bool:
            folded = fold(_spelled_out(title, text))
            at = folded.find(self.socio_economic_subject)
            return at >= 0 and not any(w in folded[:at] for w in self.socio_economic_not_after)
        return on_it(new.title) and any(old.from_lead and old.document_type == "báo cáo" and on_it(old.title) for old in agenda)

    def _names_thematic_document(self, new: AgendaFrame, agenda: list[AgendaFrame]) -> bool:
        """'Đối với dự thảo Nghị quyết chuyên đề, …': the thematic document of that type already listed,
        by its short name."""
        return bool(self.thematic_short_name.match(new.title)) and any(
            old.document_type == new.document_type for old in agenda)

    def _lead_topic_paraphrased(self, doc: Doc, frame: MeetingFrame, new: AgendaFrame) -> Optional[int]:
        """The index of the one lead topic of a working visit that a paragraph's subject names in other
        words ('Về hạn mặn, …' after '… về công tác phòng, chống hạn hán, xâm nhập mặn mùa khô'), if any.
        A document, or the host's requests ('kiến nghị của huyện'), is a piece of business of its own."""
        if frame.kind != self.visit_kind or new.document_type or self.request_title.match(new.title) \
                or self.plural_request.match(new.title):
            return None
        text = text_of(doc)
        found = [n for n, old in enumerate(frame.agenda) if old.from_lead and self._paraphrases(
            new.title, old.title + (" " + text[old.at:old.reach] if 0 <= old.at < old.reach else ""))]
        return found[0] if len(found) == 1 else None

    def _paraphrases(self, new: str, old: str) -> bool:
        """Whether a subject names a piece of work in other words: enough of its subject words are the
        other's, two of them in a row or all of them, and every name it holds ('dự án Đường tỉnh 887')
        is in the other ('các dự án giao thông trọng điểm' is not that road)."""
        words, old_words = _subject_syllables(new), _subject_syllables(old)
        names = {fold(w) for w in regex.findall(r"\p{Lu}[\p{L}\p{M}]*", new)}
        if not words or not names <= set(regex.findall(r"[\p{L}\p{M}]+", fold(old))):
            return False
        return len(words & old_words) >= self.paraphrase_share * len(words) and (
            bool(_subject_pairs(new) & _subject_pairs(old)) or (len(words) >= 2 and words <= old_words))

    def _names_listed_requests(self, new: AgendaFrame, agenda: list[AgendaFrame]) -> bool:
        """'Đối với các kiến nghị còn tồn đọng, …' after 'Về việc giải quyết kiến nghị cử tri …': the
        requests an item already took up, named again in the plural with no subject of their own
        ('các kiến nghị của huyện', 'các kiến nghị hỗ trợ xây dựng nhà văn hóa …' are new ones)."""
        plural = self.plural_request.match(new.title)
        if plural is None or len(new.title[plural.end():].split()) > 3 or self.subject_link.match(new.title, plural.end()):
            return False
        return any(_holds_words(old.title, fold(plural.group("noun"))) for old in agenda)

    def _inspected_before(self, text: str, sent: Span, kind: regex.Match) -> Optional[str]:
        """'… đã kiểm tra tiến độ giải phóng mặt bằng các dự án và làm việc với huyện X về …': what the
        visit inspected before the meeting its lead names is a topic too."""
        # ('kiểm tra A và làm việc với': the 'và' right before the meeting's verb)
        return self._inspected_topic(text, sent.start_char, kind.start(),
                                     lambda joint: text[joint:kind.start()].count(" ") <= 3)

    def _inspected_first(self, text: str, kind: regex.Match, cue: regex.Match) -> Optional[str]:
        """'đoàn công tác … đã kiểm tra tiến độ GPMB dự án X và làm việc với huyện về công tác Y': an
        inspection the lead reports before the meeting whose topic follows: the inspected work is a
        topic too."""
        return self._inspected_topic(text, kind.start(), cue.start(),
                                     lambda joint: bool(self.host.match(text, joint + len(" và "), cue.start())))

    def _inspected_topic(self, text: str, lo: int, hi: int, meets: Callable[[int], bool]) -> Optional[str]:
        """What an inspection between lo and hi names, up to the 'và' that joins it to the meeting
        (`meets` tells that 'và' by its offset)."""
        verb = self.inspection_verb.search(text, lo, hi, timeout=REGEX_TIMEOUT_S)
        seen = self.inspected_topic.match(text, verb.end(), hi) if verb else None
        joint = text.rfind(" và ", seen.end(), hi) if seen else -1
        if joint < 0 or not meets(joint):
            return None
        topic = " ".join(text[seen.end():joint].split()).strip(" ,;:")
        return topic if len(topic.split()) >= 2 else None

    def _request_item(self, doc: Doc, sent: Span, kind: str) -> Optional[AgendaFrame]:
        """A request a sentence singles out ('Riêng đề xuất X, …', 'Đối với kiến nghị của huyện về
        X, …'), wherever the sentence stands in its paragraph: the chair's answer to it, an item."""
        if not self.request_opening.match(text_of(doc), sent.start_char):
            return None
        return self._item_in(doc, sent, kind, opening=True)

    def _split_topic(self, topic: AgendaFrame, from_lead: bool = True) -> list[AgendaFrame]:
        """'tình hình phát triển sâm Ngọc Linh và công tác quản lý, bảo vệ rừng': a lead naming
        pieces of work names an item for each. In a list of them ('A, công tác B và C') the last
        'và' joins one more."""
        if "; " in topic.title:
            # (each topic of a lead naming several may list pieces of work of its own)
            # ('… và tiến hành phiên chất vấn': the session's questioning, which its questions join)
            # (but a report's sequel goes on with it: 'đánh giá tình hình KT-XH 9 tháng đầu năm; triển khai
            # nhiệm vụ trọng tâm quý IV')
            pieces: list[str] = []
            for p in topic.title.split("; "):
                if pieces and self.report_sequel.match(p) and not self._sequel_of_its_own(pieces[-1], p):
                    pieces[-1] = f"{pieces[-1]}; {p}"
                else:
                    pieces.append(p)
            tops = [AgendaFrame(title=p, document_type=topic.document_type, start=topic.start, end=topic.end, from_lead=True,
                                questioning=bool(self.questioning.match(p))) for p in pieces]
            return [piece for top in tops for piece in ([top] if "; " in top.title else self._split_topic(top))]
        parts, rest, listed = [], topic.title, False
        while True:
            cut = self.topic_joint.search(rest)
            if cut is None:
                break
            listed = listed or cut.group("joint").startswith(",")
            parts.append(rest[:cut.start()].strip(" ,"))
            rest = rest[cut.end("joint"):].strip(" ,")
        if listed:
            last = self.last_joint.search(rest)
            if last is not None:
                parts.append(rest[:last.start()].strip(" ,"))
                rest = rest[last.end("joint"):].strip(" ,")
        parts.append(rest)
        if len(parts) < 2 or any(len(p.split()) < 2 for p in parts):
            return [topic]
        out = []
        for p in parts:
            # ('… và dự thảo Kế hoạch tổ chức …': a part naming a document is of its type)
            typed = self.opening_type.match(p) if self.named_document_start.match(p) else None
            out.append(AgendaFrame(title=self.item_prefix.sub("", p) if typed else p,
                                   document_type=self._document_type(typed.group("type")) if typed else topic.document_type,
                                   start=topic.start, end=topic.end, from_lead=from_lead))
        return out

    def _split_echoed_topic(self, frame: MeetingFrame, new: AgendaFrame) -> None:
        """'làm việc … về tiến độ thực hiện các chương trình MTQG và giải ngân vốn đầu tư công', then a
        paragraph 'Về thực hiện các chương trình MTQG, …': a paragraph taking up one side of a lead
        topic's 'và' shows that the lead named two pieces of work, two items (not when the second
        side is the period report's sequel: 'tình hình KT-XH năm 2023 và nhiệm vụ năm 2024')."""
        if sum(old.from_lead for old in frame.agenda) != 1:
            return  # (a lead already read as several pieces of work)
        for i, old in enumerate(frame.agenda):
            if not old.from_lead:
                continue
            halves = self.topic_and.split(old.title)
            # ('Đề án xây dựng và phát triển Khu kinh tế X': a first side of one word shares what follows;
            # '… của khu vực Nam Trung Bộ và Tây Nguyên đến năm 2030': a 'và' between two names joins them)
            if len(halves) != 2 or len(halves[0].split()) < 3 or len(halves[1].split()) < 2 \
                    or (self.report_sequel.match(halves[1]) and not self._sequel_of_its_own(*halves)) \
                    or (halves[1][:1].isupper() and not self.named_document_start.match(halves[1])):
                continue
            # (a working visit's paragraph may name its side in other words: 'Đối với vùng bưởi, …')
            echoed = [_same_item(new.title, h, head=self.work_head) or (frame.kind == self.visit_kind and self._paraphrases(new.title, h))
                      for h in halves]
            if echoed.count(True) == 1:
                # (each side its own list of stretches: a paragraph taking one side up again is not the other's)
                frame.agenda[i:i + 1] = [replace(old, title=h, later=list(old.later), discussion=[], directives=[], decisions=[])
                                         for h in halves]
                return

    def _sequel_of_its_own(self, first: str, sequel: str) -> bool:
        """'kết quả thực hiện nhiệm vụ quý I/2026 và định hướng phát triển kinh tế biển …': the tasks
        ahead in a field the first half does not name are a piece of work of their own ('tình hình
        KT-XH năm 2023 và định hướng năm 2024', '… và nhiệm vụ phát triển KT-XH năm 2024' are one report)."""
        return bool(_subject_syllables(_spelled_out(self.report_sequel.sub("", sequel), ""))
                    - _subject_syllables(_spelled_out(first, "")))

    @staticmethod
    def _on_another_day(doc: Doc, item: AgendaFrame, frame: MeetingFrame) -> bool:
        """'Theo chương trình, sáng nay (8/11), Quốc hội tiếp tục phiên chất vấn': the next day's
        business, not this sitting's. (An earlier day is the same session's: 'Trước đó, sáng 11/12,
        các đại biểu đã dành trọn buổi sáng cho phiên chất vấn' in the closing day's report.)"""
        # (only dates the article resolves: with no publication date, '--12-11' and 'XXXX-XX-XX' ('Chiều
        # cùng ngày') tell no order of days)
        days = [d._.value[:10] for d in (doc.spans["dates"] if "dates" in doc.spans else [])
                if item.start <= d.start_char < item.end and d._.granularity in ("day", "time") and d._.value
                and d._.value[:1].isdigit() and d._.role in ("event", None)]
        return frame.date is not None and frame.date[:1].isdigit() and bool(days) and all(day > frame.date for day in days)

    def _only_a_place(self, doc: Doc, item: AgendaFrame) -> bool:
        """'Riêng đặc khu Vân Đồn, …': a paragraph about a place or a body is no item."""
        rest = self.level_prefix.sub("", " ".join(item.title.split()))
        return bool(rest) and any(
            " ".join(e.text.split()) == rest for e in doc.spans["entities"] if e.label_ in ("LOC", "ORG")
            and item.start <= e.start_char < item.end)

    def _named_by_presenter(self, doc: Doc, item: AgendaFrame, agenda: list[AgendaFrame]) -> bool:
        """'báo cáo của UBND thành phố' after the session's report was named: that report again."""
        m = self.by_presenter.match(item.title)
        if m is None:
            return False
        kind = self._document_type(m.group("type")) if m.group("type") else item.document_type
        rest = item.title[m.end():]
        # (the earlier one typed, or its title opening on the type word: 'báo cáo tình hình KT-XH …')
        named = [a for a in agenda if kind is not None and (
            a.document_type == kind or (m.group("type") and fold(a.title).startswith(fold(m.group("type")) + " ")))]
        return bool(named) and any(
            e.label_ == "ORG" and " ".join(e.text.split()) == rest for e in doc.spans["entities"]
            if item.start <= e.start_char < item.end)

    def _stated_count(self, cue: str) -> Optional[int]:
        m = self.stated_count.search(cue)
        return ordinal_value(m.group("count"), self.ordinal_words) if m else None

    @staticmethod
    def _document_type(written: str) -> Optional[str]:
        """The document type as the guidelines write it: a draft resolution is a resolution, a
        draft of no named type has none."""
        kind = fold(" ".join(written.split()))
        return None if kind == "dự thảo" else ("nghị quyết" if kind == "dự thảo nghị quyết" else kind)

    def _names_a_document(self, m: regex.Match, opens_sentence: bool = False) -> bool:
        """'tờ trình', 'đề án', 'nghị quyết' always name one; the common nouns ('kế hoạch',
        'báo cáo', 'chương trình' …) only as 'dự thảo X', capitalized, or followed by 'về'. A
        capital that opens the sentence says nothing ('Kế hoạch vốn đầu tư công năm 2024 của tỉnh là
        4.872 tỷ đồng' states an amount), unless it opens a document's own name ('Báo cáo chính trị
        do đồng chí X trình bày …')."""
        kind = fold(m.group("type"))
        if kind in ("tờ trình", "đề án", "nghị quyết", "dự thảo nghị quyết", "dự án luật"):
            return True
        written = m.group(0)
        if written[:1].isupper() and opens_sentence:
            return bool(self.own_name_document.match(m.string, m.start()))
        return written[:1].isupper() or fold(written).startswith("dự thảo") or fold(written).rstrip().endswith(" về")

    def _listed_items(self, doc: Doc, sent: Span, kind: str) -> list[AgendaFrame]:
        """Items a sentence lists ('thông qua 12 nghị quyết: về A; về B'), names by its opening
        document ('Nghị quyết về A …') or by a session activity ('chất vấn về A')."""
        text = text_of(doc)
        enum = self.enumeration.search(text, sent.start_char, sent.end_char, timeout=REGEX_TIMEOUT_S)
        if enum and self.question_count.search(text, enum.start(), enum.end()) and (
                kind != self.session_kind or not self.questioning_word.search(text, sent.start_char, enum.end())
                or not self._stated_count(text[max(sent.start_char, enum.start() - 15):enum.end()])):
            # 'các đại biểu thảo luận nhiều vấn đề như: …': what delegates raised; a session's
            # question groups planned at another meeting ('dành một buổi cho phiên chất vấn, tập
            # trung vào 2 nhóm vấn đề: …'): that session's business; questions the report does not
            # count ('chất vấn các vấn đề: A; B; C'): one questioning item, however many (the questioning
            # word may follow the count: 'lựa chọn 2 nhóm vấn đề để chất vấn: …')
            enum = None
        count = self.stated_count.search(text, max(sent.start_char, enum.start() - 15), enum.end()) if enum else None
        if count is not None and self.agreed_change.search(text[sent.start_char:count.start()]):
            enum = None  # ('nhất trí bổ sung 2 nội dung vào chương trình làm việc, gồm: …': what it decided)
        if enum:
            parts = []
            # the pieces between semicolons, each with where it starts
            pieces = [(m.start(), m.group()) for m in regex.finditer(r"[^;]+|(?<=;)(?=;|$)", text[:sent.end_char], pos=enum.end())]
            stated = self._stated_count(text[max(sent.start_char, enum.start() - 15):enum.end()])
            if stated and len(pieces) < stated:
                # '…; phương án ứng phó thiên tai và tờ trình đặt tên đường': the last two joined by 'và'
                at, last = pieces[-1]
                joint = self.joined_document.search(last)
                if joint is None and len(pieces) == stated - 1:
                    # '2 nhóm vấn đề: công tác quản lý đất đai … và tình trạng thiếu giáo viên'
                    joint = self.last_and.search(last)
                if joint:
                    pieces[-1:] = [(at, last[:joint.start()]), (at + joint.end("joint"), last[joint.end("joint"):])]
            elif not stated:
                # ('Các nội dung gồm: …; tờ trình điều chỉnh Kế hoạch đầu tư công … và Đề án phát triển giao
                # thông nông thôn …'): uncounted, a document named with its capital after 'và' is one more, as
                # is a draft ('… nguồn vốn ngân sách địa phương và dự thảo Nghị quyết quy định mức thu học phí …')
                split = []
                for at, piece in pieces:
                    joint = next((j for j in self.joined_document.finditer(piece)
                                  if self.named_document_start.match(piece, j.end("joint"))), None)
                    split += [(at, piece[:joint.start()]), (at + joint.end("joint"), piece[joint.end("joint"):])] if joint else [(at, piece)]
                pieces = split
            for at, piece in pieces:
                start = at + (len(piece) - len(piece.lstrip()))
                title = " ".join(piece.split()).strip(" ,.;…")
                clause = self.clause_after_title.search(title)
                title = title[:clause.start()] if clause else title
                title = self.item_number.sub("", title)
                typed = self.opening_type.match(title)
                title = self.item_prefix.sub("", title)
                title = self.owner_before_subject.sub("", title) if typed else title
                if title and typed is None and enum.group("taking_up") is not None and parts and parts[0].document_type:
                    # ('kỳ họp đã nghe: Báo cáo … năm 2023; mục tiêu, nhiệm vụ năm 2024; Báo cáo …'): in a list of
                    # documents taken up, a piece naming none goes on with the document before it
                    parts[-1].title, parts[-1].end = f"{parts[-1].title}; {title}", start + len(piece)
                elif title:
                    doc_type = self._document_type(typed.group("type")) if typed else (
                        "nghị quyết" if stated is None and enum.group("taking_up") is None else None)
                    parts.append(AgendaFrame(title=title, document_type=doc_type, start=start, end=start + len(piece)))
            if len(parts) >= 2 and all(self.stated_result.search(p.title) for p in parts):
                parts = []  # ('… đánh giá nhiều chỉ tiêu đạt khá: 100% … ; tỷ lệ … đạt 52,6%': results, not business)
            if len(parts) >= 2:
                if self.question_count.search(text, enum.start(), enum.end()):
                    # '2 nhóm vấn đề: A và B': the session's questions, counted; not its whole agenda
                    for part in parts:
                        part.questioning = True
                elif stated == len(parts):
                    parts[0].stated = stated
                return parts
        # 'thông qua nghị quyết về A, nghị quyết về B và nghị quyết quy định C'
        # ('…, Sở NN&MT cho biết, tỉnh đang áp dụng 11 nghị quyết về chính sách nông nghiệp …': counted, or
        # told by a speaker, resolutions name no item)
        # ('…, Ban Chấp hành nhất trí …; giao …, ban hành Nghị quyết trong tháng 7/2026': when it is due names
        # no resolution, nor ends the title of the one before)
        resolutions = [m for m in self.resolution.finditer(text, sent.start_char, sent.end_char, timeout=REGEX_TIMEOUT_S)
                       if not _COUNT_BEFORE.search(text, max(sent.start_char, m.start() - 8), m.start())
                       and not self._in_reported_speech(text, sent.start_char, m.start())
                       and not self.title_not_opening.match(text[m.end():sent.end_char])]
        while resolutions and resolutions[0].group("more") is not None:
            resolutions.pop(0)  # ('…; về B' goes on from a resolution named before it)
        if resolutions and self._later_business(text, sent, resolutions[0].start(), kind):
            resolutions = []  # 'kỳ họp dự kiến xem xét … nghị quyết về A và nghị quyết về B': a later session's
        if resolutions and any(m.end() <= resolutions[0].start() and not self.resolution.match(text, m.start())
                               and ";" in text[m.end():resolutions[0].start()]
                               for m in self._documents_in(doc, sent, kind)):
            # 'thông qua tờ trình về A; cho ý kiến vào dự thảo Nghị quyết về B và …': clauses of business
            # ('xem xét 26 tờ trình và dự thảo nghị quyết, trong đó có nghị quyết về A …' is one clause)
            resolutions = []
        # ('Nghị quyết sửa đổi, bổ sung một số điều của Nghị quyết số 12/2022/NQ-HĐND …': one resolution)
        resolutions = [m for i, m in enumerate(resolutions)
                       if i == 0 or self._joins_documents(text, resolutions[i - 1].end(), m.start())]
        if len(resolutions) >= 2:
            items = []
            for m, nxt in zip(resolutions, resolutions[1:] + [None]):
                stop = nxt.start() if nxt is not None else self._title_end(text, m.end(), sent.end_char)
                # ('Nghị quyết A được thông qua với 46/46 …; Nghị quyết B …': the vote ends A's title)
                stop_word = self.title_stop.search(text, m.end(), stop)
                stop = stop_word.start() if stop_word is not None else stop
                title = self.trailing_joint.sub("", " " + " ".join(text[m.end():stop].split())).strip(" ,;:")
                if title:
                    items.append(AgendaFrame(title=title, document_type="nghị quyết", start=m.start(), end=stop, at=m.end(), reach=stop))
            if len(items) >= 2:
                # ('… dự thảo Nghị quyết A; dự thảo Nghị quyết B; tờ trình về C và tờ trình về D': the
                # row of documents, when it reads more of the sentence than its resolutions)
                # ('xem xét 26 tờ trình và dự thảo nghị quyết, trong đó có nghị quyết A và nghị quyết B'
                # names documents in general first: the resolutions are the items)
                several = self._several_documents(doc, sent, kind)
                general = any(fold(s.title) in self.document_types for s in several)
                return several if len(several) > len(items) and not general else items
        # documents named in a row, or clauses of business, whichever reads more of the sentence
        # ('xem xét 9 tờ trình và dự thảo nghị quyết do UBND tỉnh trình, trong đó có tờ trình về A; …':
        # documents in general name no item)
        several = [s for s in self._several_documents(doc, sent, kind) if fold(s.title) not in self.document_types]
        clauses = self._business_clauses(doc, sent, kind)
        if clauses:
            # a clause taking up several documents ('góp ý vào dự thảo A và dự thảo B') gives each
            out = []
            for c in clauses:
                inner = [s for s in several if c.at <= s.at < c.reach]
                out += inner if len(inner) >= 2 else [c]
            return out if len(out) >= len(several) else several
        if several:
            return several
        period = self._period_report(doc, sent)
        if period is not None:
            return [period]
        # a report a directive orders ('yêu cầu UBND tỉnh … báo cáo kết quả') is no item, nor one lacking
        orders = [a.span for a in doc_list(doc, "directives")]
        report = next((r for r in self.report.finditer(text, sent.start_char, sent.end_char, timeout=REGEX_TIMEOUT_S)
                       if not any(o.start_char <= r.start() < o.end_char for o in orders)
                       and not self.needed_before.search(text, max(sent.start_char, r.start() - 30), r.start())), None)
        if report:
            end = self._title_end(text, report.end(), sent.end_char)
            title = " ".join(text[report.end():end].split()).strip(" ,;:")
            if title:
                return [AgendaFrame(title=title, document_type="báo cáo", start=sent.start_char, end=sent.end_char)]
        opening = self.opening_document.match(text, sent.start_char)
        row = self._several_documents(doc, sent, kind, cued=False) if opening else []
        if len(row) >= 2:
            # ('Trong đó, tờ trình về A được thông qua với 48/48 đại biểu tán thành; dự thảo Nghị quyết
            # quy định B được 47/48 đại biểu tán thành'): the sentence opens on the first of a row
            return row
        if opening:
            end = self._title_end(text, opening.end(), sent.end_char)
            title = " ".join(text[opening.end():end].split()).strip(" ,;:")
            if title:
                return [AgendaFrame(title=title, document_type=fold(opening.group("type")), start=sent.start_char, end=sent.end_char)]
        adopted = self.adopted_document.match(text, sent.start_char, sent.end_char)
        if adopted:
            # 'Chương trình công tác quý II/2024 cũng được kỳ họp nhất trí thông qua': a document the
            # sentence opens on and says was adopted
            title = " ".join(adopted.group("title").split()).strip(" ,;:")
            return [AgendaFrame(title=title, document_type=self._document_type(adopted.group("type")),
                                start=sent.start_char, end=sent.end_char)]
        # (only at a voters' meeting: elsewhere 'báo cáo kết quả tại kỳ họp …' is an order's last step)
        briefing = next((b for b in self.briefing.finditer(text, sent.start_char, sent.end_char, timeout=REGEX_TIMEOUT_S)
                         if not any(o.start_char <= b.start() < o.end_char for o in orders)), None) if kind == self.voters_kind else None
        if briefing:
            # 'thông báo với cử tri dự kiến nội dung, chương trình Kỳ họp thứ 8': a voters' meeting's item
            # (the title runs at least to the session it names, over 'nội dung, chương trình')
            session = regex.search(r"(?i:kỳ họp)", text[briefing.end():sent.end_char])
            end = self._title_end(text, briefing.end() + (session.start() if session else 0), sent.end_char)
            title = " ".join(text[briefing.end():end].split()).strip(" ,;:")
            if title:
                return [AgendaFrame(title=title, document_type=None, start=sent.start_char, end=sent.end_char)]
        for pattern in (self.activity, self.questioning):
            act = pattern.search(text, sent.start_char, sent.end_char, timeout=REGEX_TIMEOUT_S)
            inner = pattern.search(text, act.start() + 1, sent.end_char, timeout=REGEX_TIMEOUT_S) if act else None
            if inner is not None and inner.start() < act.end() and inner.end() > act.end():
                act = inner  # 'phiên chất vấn và trả lời chất vấn': the longer name inside the shorter one's reach
            if act and not self._later_business(text, sent, act.start(), kind):  # ('kỳ họp dự kiến … lấy phiếu tín nhiệm')
                start = act.end() if fold(act.group("activity")).endswith("về") else act.start()
                start += len(text[start:]) - len(text[start:].lstrip())
                end = self._title_end(text, start, sent.end_char)
                title = " ".join(text[start:end].split()).strip(" ,;:")
                if title:
                    return [AgendaFrame(title=title, document_type=None, start=sent.start_char, end=sent.end_char,
                                        questioning=pattern is self.questioning)]
        return []

    def _documents_in(self, doc: Doc, sent: Span, kind: str) -> list[regex.Match]:
        """The documents a sentence discusses or adopts. A document named inside a directive
        ('Giao Sở X hoàn thiện dự thảo tờ trình') is not one: a directive orders it written."""
        text = text_of(doc)
        acts = [a.span for a in doc_list(doc, "directives")]
        # ('Giám đốc Sở Quy hoạch - Kiến trúc' names a body, not a plan)
        held = list(doc.spans["titles"]) if "titles" in doc.spans else []
        bodies = [e for e in list(doc.spans["entities"]) + held if e.label_ != "PER" and sent.start_char <= e.start_char < sent.end_char]
        mentions: list[regex.Match] = []
        after_comma: list[regex.Match] = []  # common nouns after a comma, kept if the row goes on with 'và'
        cued: list[regex.Match] = []  # a common noun the sentence takes up first, kept if a row of documents follows
        # ('xem xét 4 tờ trình, dự thảo nghị quyết do UBND tỉnh trình': a count runs on to the documents
        # written in a row after it, and names none of them)
        rows = [r.span() for r in self.counted_documents.finditer(text, sent.start_char, sent.end_char)]
        for m in self.document.finditer(text, sent.start_char, sent.end_char, timeout=REGEX_TIMEOUT_S):
            if any(lo < m.start() < hi for lo, hi in rows):
                continue
            if (any(a.start_char <= m.start() < a.end_char for a in acts)
                    or any(e.start_char <= m.start() < e.end_char for e in bodies)
                    or self.requested.search(text, sent.start_char, min(m.start(), sent.start_char + 40))
                    or self.needed_before.search(text, max(sent.start_char, m.start() - 30), m.start())
                    or self.conformed_before.search(text, max(sent.start_char, m.start() - 20), m.start())
                    or self.possessed_before.search(text, max(sent.start_char, m.start() - 5), m.start())
                    or self.put_into_before.search(text, max(sent.start_char, m.start() - 100), m.start())
                    or self.quoted_before.search(text, max(sent.start_char, m.start() - 12), m.start())
                    or (self.name_joint_before.search(text, max(sent.start_char, m.start() - 3), m.start())
                        and not _LIST_LINE.fullmatch(text, sent.start_char, m.start()))
                    or self._in_reported_speech(text, sent.start_char, m.start())):
                continue
            vetted = next((seen for seen in (mentions, cued) if seen and self.vetting.match(text, seen[-1].end(), m.start())), None)
            if vetted is not None:
                vetted[-1] = m  # ('nghe … báo cáo thẩm tra báo cáo tình hình KT-XH …': the document vetted is the business)
                continue
            # '… đề án C và báo cáo kết quả rà soát D': in a row of documents, a common noun names one
            # too (after a comma it may still be the title: 'Báo cáo tình hình … năm 2021, kế hoạch năm 2022')
            in_row = bool(mentions) and self.row_joint_before.search(text, max(sent.start_char, m.start() - 15), m.start())
            if in_row and m.group("type").islower() and regex.search(
                    rf"(?<![\p{{L}}\p{{M}}]){regex.escape(fold(m.group('type')))}(?![\p{{L}}\p{{M}}])", fold(text[mentions[-1].end():m.start()])):
                # 'tờ trình về điều chỉnh kế hoạch đầu tư công trung hạn … và kế hoạch đầu tư công năm
                # 2023': the document word repeats one in the title before, whose subject it goes on
                continue
            # 'nghe báo cáo A …; báo cáo B …': a document word the sentence took up, written again after a
            # semicolon, opens a second document of the row
            again = (not mentions and bool(cued) and fold(m.group("type")) == fold(cued[-1].group("type"))
                     and self.semicolon_before.search(text, max(sent.start_char, m.start() - 5), m.start()))
            if in_row or again or self._names_a_document(m, opens_sentence=not text[sent.start_char:m.start()].strip()):
                joined = self.row_joint_before.search(text, max(sent.start_char, m.start() - 15), m.start())
                if after_comma and joined:
                    mentions.extend(after_comma)  # 'dự thảo Đề án A, báo cáo kết quả B và dự thảo Quy chế C'
                if cued and joined:
                    # 'cho ý kiến đối với báo cáo tình hình … năm 2025, phương hướng …; dự thảo Chương trình …'
                    mentions.extend(cued)
                after_comma, cued = [], []
                mentions.append(m)
            elif mentions and self.reported_after_comma.match(text, m.start()) and text[:m.start()].rstrip().endswith(","):
                after_comma.append(m)
            elif not mentions and self.taken_up_before.search(text, max(sent.start_char, m.start() - 30), m.start()):
                cued.append(m)
        if after_comma and self.other_business.search(text, after_comma[-1].end(), sent.end_char):
            mentions.extend(after_comma)
        mentions.sort(key=lambda m: m.start())
        if self.report_opening.match(text, sent.start_char) or self.attributed_opening.match(text, sent.start_char) \
                or self.relayed.match(text, sent.start_char):
            # 'Theo báo cáo của Sở X, … Đề án Y …', 'Theo Sở Y tế, …': the report's content, not the meeting's business;
            # 'Đồng chí cho biết, Thường trực HĐND tỉnh đã … ban hành nghị quyết về …': news relayed
            return []
        general = [m for m in mentions if self.plural_before.search(text, max(sent.start_char, m.start() - 30), m.start())
                   and not fold(m.group(0)).rstrip().endswith(" về")]
        # (inside a named one's title they are its subject: 'Nghị quyết bãi bỏ một số nghị quyết quy phạm pháp luật …')
        in_title = [m for m in general if any(p.start() < m.start() and not self._joins_documents(text, p.end(), m.start())
                                              for p in mentions)]
        if len(in_title) < len(general):
            # 'xem xét các tờ trình, dự thảo nghị quyết trình kỳ họp': documents in general ('các nghị
            # quyết về điều chỉnh kế hoạch đầu tư công' names their subject: one item)
            mentions = []
        mentions = [m for m in mentions if m not in in_title]
        # 'cho ý kiến đối với 10 dự án luật khác': documents counted, none named
        mentions = [m for m in mentions if not _COUNT_BEFORE.search(text, max(sent.start_char, m.start() - 8), m.start())]
        # 'Quốc hội sẽ xem xét dự án Luật Đất đai': a later session's documents, not this meeting's
        return [m for m in mentions if not self._later_business(text, sent, m.start(), kind)]

    def _in_reported_speech(self, text: str, lo: int, at: int) -> bool:
        """'Giám đốc Sở X cho biết, nguyên nhân do quy định về đối tượng …': what a speaker reports,
        not the meeting's business (unless the meeting takes it up: '…, hội nghị cho ý kiến vào …')."""
        said = None
        for said in self.reported_speech.finditer(text, lo, at):
            pass
        return said is not None and not self.considering.search(text, said.end(), at)

    def _later_business(self, text: str, sent: Span, at: int, kind: str) -> bool:
        """'Quốc hội sẽ xem xét …' at a voters' meeting is a later session's business; 'Tại kỳ
        họp này, các đại biểu sẽ xem xét …' at the session is this one's. The cue stands before the
        sentence's first document or in the document's own clause: 'cho ý kiến tờ trình về A, trong
        đó dự kiến điều chuyển …; đồng thời thông qua tờ trình về B' plans A's money, not B."""
        first = self.document.search(text, sent.start_char, at, timeout=REGEX_TIMEOUT_S)
        head = first.start() if first is not None else at
        clause = text.rfind(";", head, at)
        # (the cue's lookahead reads past the document's start: 'dự kiến Chương trình giám sát …' is the
        # planned programme, no future)
        will = [w.start() for w in self.will.finditer(text, sent.start_char, sent.end_char)]
        if not (any(w < head for w in will) or (clause >= 0 and any(clause <= w < at for w in will))):
            return False
        this = self.this_meeting.search(text, sent.start_char, at)
        return this is None or self._kind_word(this.group(0)) != kind

    def _kind_opening(self, text: str, sent: Span) -> str:
        """The kind of meeting a sentence opens on as its subject ('Kỳ họp xem xét …', 'Theo dự kiến,
        kỳ họp thứ 21 …'), or ''."""
        opening = self.meeting_opening.match(text, sent.start_char, sent.end_char)
        return self.kinds.get(fold(" ".join(opening.group("kind").split())), "") if opening is not None else ""

    def _planned_meeting(self, doc: Doc, sent: Span, kind: str) -> str:
        """The kind of another meeting a paragraph's first sentence plans ('Theo dự kiến, Kỳ họp thứ ba
        … sẽ diễn ra trong 2 ngày'), whose business the sentences after it on that meeting describe; ''."""
        text = text_of(doc)
        planned = self._kind_opening(text, sent)
        if not planned or planned == kind or not self.will.search(text, sent.start_char, sent.end_char):
            return ""
        return planned

    def _kind_word(self, cue: str) -> str:
        """The canonical kind a 'this meeting' cue names ('kỳ họp này' → 'kỳ họp')."""
        return next((canonical for surface, canonical in self.kinds.items() if fold(cue).startswith(surface + " ")), "")

    def _period_report(self, doc: Doc, sent: Span) -> Optional[AgendaFrame]:
        """'Theo báo cáo, 9 tháng năm 2025, tăng trưởng …': the period's report the meeting heard,
        titled by its period."""
        text = text_of(doc)
        opening = self.report_opening.match(text, sent.start_char)
        if opening is None:
            return None
        period = next((d for d in (doc.spans["dates"] if "dates" in doc.spans else [])
                       if d.start_char == opening.end() and (d._.role == "period" or d._.granularity in PERIOD_GRANULARITIES)
                       and text[d.end_char:d.end_char + 1] == ","), None)
        if period is None:
            return None
        return AgendaFrame(title=period.text, document_type="báo cáo", start=sent.start_char, end=sent.end_char)

    def _business_clauses(self, doc: Doc, sent: Span, kind: str) -> list[AgendaFrame]:
        """'nghe báo cáo kết quả kiểm tra …; cho ý kiến về công tác cán bộ': a sentence taking up
        several pieces of business, one clause each, names an item for each."""
        text = text_of(doc)
        if self._later_business(text, sent, sent.end_char, kind):
            return []
        directives = [a.span for a in doc_list(doc, "directives")]
        cues = [c for c in self.business_clause.finditer(text, sent.start_char, sent.end_char, timeout=REGEX_TIMEOUT_S)
                if not any(d.start_char <= c.start("cue") < d.end_char for d in directives)]
        # 'Cũng tại hội nghị, … thông qua chủ trương đầu tư …': more business, one clause is enough
        if len(cues) < (1 if self.more_business.match(text, sent.start_char) else 2):
            return []
        items = []
        for c, nxt in zip(cues, cues[1:] + [None]):
            hi = nxt.start() if nxt is not None else sent.end_char
            # 'nghe báo cáo A; báo cáo B; xem xét …': a document after a semicolon is one more
            # piece of the same business
            first = self._after_presenter(doc, c.end(), hi)
            colon = self.colon_after_cue.match(text, first, hi)  # ('cho ý kiến vào: dự thảo A; dự thảo B')
            first = colon.end() if colon is not None else first
            starts = [first] + [s.end() for s in self.semicolon_document.finditer(text, c.end(), hi)]
            # ('… báo cáo kết quả công tác kiểm tra, giám sát 6 tháng và dự thảo Nghị quyết về A': a
            # named document after 'và' is one more, once the one before has a title of its own)
            # (and once it has a title of its own before the next clause: 'và dự thảo Nghị quyết thông
            # qua Đề án …' is taken up by that clause)
            joints = [j.end() for j in self.joined_named_document.finditer(text, starts[0], hi)
                      if self._titled(text, max(s for s in starts if s <= j.start()), j.start(), 2)
                      and self._titled(text, j.end(), min([s for s in starts if s > j.end()] + [hi]), 1)]
            starts = sorted(starts + joints)
            for i, (lo, up) in enumerate(zip(starts, starts[1:] + [hi])):
                end = self._title_end(text, lo, up)
                # ('nghe báo cáo A và cho ý kiến vào …': the joint before the next clause ends no title)
                written = self.trailing_joint.sub("", " " + " ".join(text[lo:end].split())).strip(" ,;:")
                typed = self.opening_type.match(written)
                title = self.item_prefix.sub("", written + " ").strip()  # (a document word alone names nothing)
                if not title:
                    break  # 'thảo luận, góp ý vào …': two verbs for one piece of business
                if i == 0 and (len(title.split()) < 2 or self.generic_business.match(title) or self.vague_topic.match(title)):
                    # 'thảo luận tại tổ', 'thông qua 26 nghị quyết', 'xem xét cho ý kiến đối với 3 nội dung
                    # quan trọng': the session's work in general (after business named: 'nghe báo cáo A; báo
                    # cáo B; xem xét các tờ trình, dự thảo nghị quyết thuộc thẩm quyền', that clause alone)
                    if items and text[:c.start("cue")].rstrip().endswith(";"):
                        break
                    return []
                if self.bare_document_end.search(title):
                    continue  # ('thống nhất chủ trương ban hành Đề án': the one named before, by its type word)
                if i == 0 and typed is None and self.presenter_heard.match(text, c.start("cue"), end):
                    # ('Sau khi nghe đại diện các cơ quan soạn thảo trình bày tóm tắt nội dung …': the
                    # presenters heard, no document named)
                    break
                doc_type = self._document_type(typed.group("type")) if typed else None
                items.append(AgendaFrame(title=title, document_type=doc_type, start=sent.start_char, end=sent.end_char,
                                         at=lo, reach=up))
        return items

    def _titled(self, text: str, lo: int, hi: int, words: int) -> bool:
        """Whether text[lo:hi], its document words left out, holds a title of at least so many words."""
        return len(self.item_prefix.sub("", " ".join(text[lo:hi].split()) + " ").split()) >= words

    def _after_presenter(self, doc: Doc, at: int, hi: int) -> int:
        """Where a clause's business begins once its presenter is passed: 'nghe [UBND huyện trình
        bày] báo cáo …', 'nghe [Giám đốc Sở Tài chính] báo cáo …'."""
        named = [s for s in list(doc.spans["entities"]) + list(doc.spans["titles"] if "titles" in doc.spans else [])
                 if s.label_ != "LOC" and at <= s.start_char < hi]
        end = at
        for span in sorted(named, key=lambda s: s.start_char):
            if not self.presenter_gap.fullmatch(text_of(doc)[end:span.start_char]):
                break  # the presenter is the names right after the verb, one after the other
            end = max(end, span.end_char)
        if end == at:
            return at
        m = self.presented.match(text_of(doc), end)
        return m.end() if m and m.end() <= hi else at

    def _several_documents(self, doc: Doc, sent: Span, kind: str, cued: bool = True) -> list[AgendaFrame]:
        """'cho ý kiến vào dự thảo Kế hoạch A, dự thảo Nghị quyết về B, đồng thời thông qua tờ
        trình về C': one item for each document a sentence names in a row. A document inside
        another's title ('Kế hoạch triển khai Nghị quyết số 39') is part of that title."""
        text = text_of(doc)
        if self.item_opening.match(text, sent.start_char):
            return []
        mentions = self._documents_in(doc, sent, kind)
        # named as the meeting's business ('cho ý kiến vào …'), not in a figure ('Chương trình X đạt 21%')
        cue = self.considering.search(text, sent.start_char, mentions[0].start()) if mentions else None
        if not mentions or (cued and cue is None):
            return []
        kept: list[regex.Match] = []
        for m in mentions:
            if kept and m.start() < self._title_end(text, kept[-1].end(), sent.end_char) \
                    and not self._joins_documents(text, kept[-1].end(), m.start()):
                continue
            kept.append(m)
        if len(kept) < 2:
            return []
        items = []
        for m, nxt in zip(kept, kept[1:] + [None]):
            end = self._title_end(text, m.end(), sent.end_char)
            if nxt is not None:
                end = min(end, nxt.start())
            # ('trình bày tờ trình và báo cáo …': a title that is only a joint names nothing new)
            title = self.trailing_joint.sub("", " " + " ".join(text[m.end():end].split())).strip(" ,;:")
            if not title:
                return []
            items.append(AgendaFrame(title=_own_name(m, title), document_type=self._document_type(m.group("type")), start=sent.start_char,
                                     end=sent.end_char, at=m.start(), reach=nxt.start() if nxt is not None else sent.end_char))
        if cue is not None:
            items = sorted(items + self._subjects_in_row(text, sent, cue.end(), kept), key=lambda it: it.at)
        return items

    def _subjects_in_row(self, text: str, sent: Span, lo: int, documents: list) -> list[AgendaFrame]:
        """'cho ý kiến vào Báo cáo A; dự thảo Đề án B; công tác chuẩn bị Giỗ Tổ … và công tác cán bộ',
        'xem xét phương án xử lý trụ sở …; dự thảo Nghị quyết B và báo cáo C': the pieces of a row of
        documents, between semicolons, that name no document but a subject by its head (subject_heads)
        are items too, one for each head joined by 'và'. So is a piece opening on a document word in
        lower case ('xem xét: báo cáo tình hình kinh tế - xã hội 9 tháng; dự thảo Nghị quyết B; …'),
        which names a document only in such a row."""
        items = []
        for piece in _BETWEEN_SEMICOLONS.finditer(text[lo:sent.end_char]):
            start, end = lo + piece.start(), lo + piece.end()
            if any(start <= d.start() < end for d in documents):
                continue
            start += len(text[start:end]) - len(text[start:end].lstrip(" \t\u00a0:"))
            common = self.piece_document.match(text, start, end)
            if common is not None:
                stop = self.title_stop.search(text, common.end(), end)
                title = " ".join(text[common.end():stop.start() if stop is not None else end].split()).strip(" ,.;:")
                if len(title.split()) >= 2:
                    items.append(AgendaFrame(title=title, document_type=self._document_type(common.group("type")),
                                             start=sent.start_char, end=sent.end_char, at=start, reach=end))
                continue
            if not self.subject_head.match(text, start, end):
                continue
            stop = self.title_stop.search(text, start, end)
            end = stop.start() if stop is not None else end
            bounds = [start] + [j for m in self.subject_joint.finditer(text, start, end) for j in (m.start(), m.end())] + [end]
            for at, until in zip(bounds[::2], bounds[1::2]):
                title = " ".join(text[at:until].split()).strip(" ,.;:")
                if title:
                    items.append(AgendaFrame(title=title, document_type=None, start=sent.start_char, end=sent.end_char,
                                             at=at, reach=until))
        return items

    def _joins_documents(self, text: str, lo: int, hi: int) -> bool:
        """Whether what stands between two documents ends the first one's title: a joining word or
        a comma, but not a comma the title runs over ('tờ trình về việc điều chỉnh, bổ sung
        Chương trình làm việc toàn khóa' is one document)."""
        joint = self.document_joint.search(text, lo, hi)
        while joint is not None and text[joint.start()] == "," and self.title_continuation.match(text, joint.start(), hi):
            joint = self.document_joint.search(text, joint.start() + 1, hi)
        return joint is not None

    def _item_in(self, doc: Doc, sent: Span, kind: str, opening: bool) -> Optional[AgendaFrame]:
        """An agenda item opened by this sentence: after an opening ('Về …', 'Riêng nội dung về …')
        or at a document the sentence discusses ('… nhất trí với tờ trình về …')."""
        text = text_of(doc)
        mentions = self._documents_in(doc, sent, kind)
        opener = self.item_opening_at.match(text, _list_marker_end(text, sent.start_char)) if opening else None
        if opener is None and not mentions:
            return None
        start = opener.end() if opener is not None else mentions[0].end()
        start += len(text[start:]) - len(text[start:].lstrip(" \t\u00a0:"))
        # 'Về dự thảo Đề án bố trí …': the title follows the document's name
        lead = next((m for m in mentions if m.start() == start), None)
        if lead is not None:
            start = lead.end()
            start += len(text[start:]) - len(text[start:].lstrip(" \t\u00a0:"))
            # 'Về Tờ trình và dự thảo Nghị quyết quy định …': a submission and the draft it carries are
            # one item, named after the second
            carried = next((m for m in mentions if m.start() > start and self.joint_only.fullmatch(text, start, m.start())), None)
            if carried is not None:
                start = carried.end()
                start += len(text[start:]) - len(text[start:].lstrip(" \t\u00a0:"))
        # 'Thảo luận về báo cáo tình hình KT-XH, …': a report opened on names its subject
        report = self.report.match(text, start) if opener is not None and lead is None else None
        if report is not None:
            start = report.end()
        if text[start:start + 3].lower() == "về ":
            start += 3
        end = self._title_end(text, start, sent.end_char)
        colon = text.find(":", start, end)
        if opener is not None and colon >= 0:
            end = colon  # ('- Về công tác chuẩn bị Tuần Văn hóa - Du lịch: UBND huyện xây dựng …': the subject, then what is said)
        # the document type comes from the opening or after the title, never from inside it
        # ('Về vốn các chương trình …'; 'Riêng nội dung về X, các đại biểu góp ý vào dự thảo tờ trình')
        typed = lead or next((m for m in mentions if m.start() < start or m.start() >= end), None)
        doc_type = self._document_type(typed.group("type")) if typed is not None else None
        doc_type = "báo cáo" if report is not None else doc_type
        title = " ".join(text[start:end].split()).strip(" ,;:")
        if not title or self.title_not_opening.match(title) or self.draft_opening.fullmatch(title):
            # (also before a capitalized document takes its type word into its name; and 'Thảo luận về dự
            # thảo, …' names the draft just named, of no type a later step could find it by)
            return None
        # where the item is named, when that runs past its title (for later, shorter names to find it)
        at, reach = -1, -1
        marker = _list_marker_end(text, sent.start_char)
        if opener is not None:
            reach = self._subject_reach(doc, end, sent.end_char)
            at = start if reach > end else -1
        elif marker > sent.start_char and mentions[0].start() == marker:
            # ('- Dự thảo Đề án phân loại, thu gom rác thải …;'): a listed line names its document to its end
            line = text[marker:sent.end_char].split("\n", 1)[0].rstrip(" \t\u00a0;.")
            at, reach = marker, marker + len(line)
        return AgendaFrame(title=_own_name(typed, title), document_type=doc_type, start=sent.start_char, end=sent.end_char,
                           at=at, reach=reach)

    def _subject_reach(self, doc: Doc, end: int, hi: int) -> int:
        """Where the subject an opening names ends, past the comma its title stopped at: at the comma
        before the clause's own subject ('Riêng kế hoạch tổ chức các hoạt động mừng Đảng, đón Tết …, Sở
        Văn hóa … dự kiến …'), so that a later, shorter name ('Về kế hoạch đón Tết') finds it; -1 where
        no such subject follows in reach."""
        text = text_of(doc)
        stop = _CLAUSE_STOP.search(text, end, hi)
        hi = min(hi, stop.start() if stop is not None else hi, end + self.subject_reach_chars)
        starts = {e.start_char for group in ("entities", "titles", "title_candidates") if group in doc.spans
                  for e in doc.spans[group] if end < e.start_char <= hi and e.label_ in ("ORG", "PER", "TITLE", "TITLE_CANDIDATE")}
        comma = text.find(",", end, hi)
        while comma >= 0:
            after = comma + 1 + len(text[comma + 1:hi]) - len(text[comma + 1:hi].lstrip())
            if after in starts or self.clause_subject.match(text, comma, hi):
                return comma
            comma = text.find(",", comma + 1, hi)
        return -1

    def _title_end(self, text: str, start: int, hi: int) -> int:
        """An item's title runs to the first comma that does not continue it, or the sentence end."""
        pos = start
        stop_word = self.title_stop.search(text, start, hi)  # '… (sửa đổi) gồm 16 chương'
        hi = stop_word.start() if stop_word is not None else hi
        while True:
            comma = text.find(",", pos, hi)
            stop = _CLAUSE_STOP.search(text, pos, hi)
            if stop is not None and (comma < 0 or stop.start() < comma):
                return stop.start()
            if comma < 0:
                return hi
            if self.title_continuation.match(text, comma, hi) or _DECIMAL_COMMA.match(text, comma - 1):
                pos = comma + 1  # ('… chuyển đổi 6,5 ha đất lúa': a number's comma)
                continue
            return comma

    # -- acts into meetings --------------------------------------------------------------
    def _attach_acts(self, doc: Doc, frames: list[MeetingFrame]) -> None:
        for act in doc_list(doc, "directives") + doc_list(doc, "decisions"):
            frame = next((f for f in frames if f.start <= act.span.start_char < f.end), None)
            if frame is None:
                continue
            if act.issuer is None and frame.chair:
                act.issuer = frame.chair[0]
            # (a voters' meeting takes up its briefing; the officials' answers and orders are to the voters)
            item_index = None if frame.kind == self.voters_kind else next(
                (i for i, it in enumerate(frame.agenda) if _holds(it, act.span.start_char)), None)
            act.agenda_index = item_index
            target = frame.agenda[item_index] if item_index is not None else frame
            (target.directives if act.kind == "directive" else target.decisions).append(act)


_YEAR = regex.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_ROMAN = regex.compile(r"(?<![\p{L}\p{M}])[IVX]{1,4}(?![\p{L}\p{M}])")
_COUNT_BEFORE = regex.compile(r"(?<![\d/.,-])\d{1,3}[ \t\u00a0]+$")
_FUNCTION_WORDS = frozenset("và của các cho về với trong năm tại trên để đối nội dung việc những được".split())


_DEFINED_ABBREVIATION = regex.compile(r"((?:[\p{L}\p{M}]+[ \t\u00a0]+){2,8})\((\p{Lu}{2,6})\)")


def _spelled_out(title: str, text: str) -> str:
    """A title with the abbreviations the article defines spelled out: 'công tác GPMB' after
    'giải phóng mặt bằng (GPMB)' is 'công tác giải phóng mặt bằng'. An abbreviation is defined by
    the words just before it in parentheses whose initials it is; reports' common ones ('KT-XH')
    need no definition (title_abbreviations in rules/meetings)."""
    if not regex.search(r"\p{Lu}{2,6}", title):
        return title
    for short, words in _abbreviations(text):
        title = regex.sub(rf"(?<![\p{{L}}\p{{M}}-]){regex.escape(short)}(?![\p{{L}}\p{{M}}-])", words, title)
    common, spelled = _common_abbreviations()
    return common.sub(lambda m: spelled[m.group()], title)


@functools.lru_cache(maxsize=1)
def _common_abbreviations() -> tuple[regex.Pattern, dict[str, str]]:
    """One pattern for all of them, compiled once: titles are spelled out for every item a paragraph
    may name again."""
    spelled = load_rule_file("meetings/meetings")["title_abbreviations"]
    shorts = "|".join(regex.escape(s) for s in sorted(spelled, key=len, reverse=True))
    return regex.compile(rf"(?<![\p{{L}}\p{{M}}-])(?:{shorts})(?![\p{{L}}\p{{M}}-])"), spelled


@functools.lru_cache(maxsize=8)
def _abbreviations(text: str) -> tuple[tuple[str, str], ...]:
    """The abbreviations an article defines, each with the words it stands for (read once per article)."""
    found = []
    for m in _DEFINED_ABBREVIATION.finditer(text):
        short = m.group(2)
        words = m.group(1).split()[-len(short):]
        if len(words) == len(short) and all(fold(w)[:1] == fold(c) for w, c in zip(words, short)):
            found.append((short, " ".join(words)))
    return tuple(found)


@functools.lru_cache(maxsize=1)
def _period_sides() -> frozenset[str]:
    return frozenset(fold(w) for w in load_rule_file("meetings/meetings")["lists"]["period_sides"])


@functools.lru_cache(maxsize=1)
def _general_work_syllables() -> frozenset[str]:
    return frozenset(s for w in load_rule_file("meetings/meetings")["lists"]["general_work_words"] for s in fold(w).split())


def _whole_periods_work(title: str) -> bool:
    """Whether a title names only the work of a period and the tasks of the next ('sơ kết công tác 6
    tháng đầu năm, phương hướng nhiệm vụ 6 tháng cuối năm'), no field of it."""
    words = [w for w in regex.findall(r"[\p{L}\p{M}]+", fold(title)) if not _ROMAN.fullmatch(w.upper())]
    return bool(words) and all(w in _general_work_syllables() for w in words)


def _content_words(title: str) -> set[str]:
    return {w for w in regex.findall(r"[\p{L}\p{M}\p{N}]+", fold(title)) if w not in _FUNCTION_WORDS}


@functools.lru_cache(maxsize=1)
def _work_head_syllables() -> frozenset[str]:
    lists = load_rule_file("meetings/meetings")["lists"]
    return frozenset(s for w in lists["topic_heads"] + lists["work_steps"] for s in fold(w).split())


def _subject_syllables(title: str) -> set[str]:
    """A title's words that say what the work is about: less function words, general words of work
    ('công tác', 'tình hình', 'thực hiện') and the heads and steps of a piece of work ('tiến độ', 'chuẩn bị'),
    and a period's numeral ('quý II')."""
    return {w for w in regex.findall(r"[\p{L}\p{M}]+", fold(title)) if not _ROMAN.fullmatch(w.upper())
            and w not in _FUNCTION_WORDS and w not in _general_work_syllables() and w not in _work_head_syllables()}


def _subject_pairs(title: str) -> set[tuple[str, str]]:
    """Two subject words in a row ('vận hành', 'dự án'): one term, where one shared word may be chance."""
    subject = _subject_syllables(title)
    return {p for p in _word_pairs(title) if p[0] in subject and p[1] in subject}


def _word_pairs(title: str) -> set[tuple[str, str]]:
    words = regex.findall(r"[\p{L}\p{M}\p{N}]+", fold(title))
    return set(zip(words, words[1:]))


def _same_item(new: str, old: str, loose: bool = True, head: Optional[regex.Pattern] = None) -> bool:
    """Whether a title names an item already listed: one contains the other (less a head word of
    work, `head`, where given), or most of the shorter one's syllables are the other's ('tờ trình
    điều chỉnh kế hoạch đầu tư công trung hạn' and 'điều chỉnh kế hoạch đầu tư công trung hạn giai
    đoạn 2021-2025')."""
    a, b = fold(new), fold(old)
    if a in b or b in a:
        return True
    if head is not None and head.match(a) and head.match(b):
        # (both name a piece of work: 'công tác X' and 'tiến độ X …' are one subject, and so
        # are 'kết quả thực hiện nhiệm vụ 6 tháng đầu năm, triển khai …' and 'tình hình thực hiện
        # nhiệm vụ 6 tháng đầu năm, phương hướng …' by most of their words below)
        a, b = head.sub("", a), head.sub("", b)
        if min(len(a.split()), len(b.split())) >= 2 and (a in b or b in a):
            return True
    if not loose:
        return False
    years_a, years_b = set(_YEAR.findall(a)), set(_YEAR.findall(b))
    if years_a and years_b and not years_a & years_b:
        return False  # 'nhiệm vụ phát triển KT-XH năm 2024' is not the lead's 'tình hình … năm 2023'
    romans_a, romans_b = set(_ROMAN.findall(new)), set(_ROMAN.findall(old))
    if romans_a and romans_b and not romans_a & romans_b:
        return False  # ('… quý II/2024' is not '… quý I/2024')
    sides = _period_sides()
    sides_a, sides_b = _content_words(new) & sides, _content_words(old) & sides
    if sides_a and sides_b and not sides_a & sides_b:
        return False  # ('… 6 tháng cuối năm 2024' is not '… 6 tháng đầu năm 2024')
    if sides_a == sides_b == sides and _whole_periods_work(new) and _whole_periods_work(old):
        # ('sơ kết công tác 6 tháng đầu năm, phương hướng nhiệm vụ 6 tháng cuối năm' and 'công tác 6
        # tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2023': the half-year's whole work, twice)
        return True
    wa, wb = _content_words(new), _content_words(old)
    shorter = min(wa, wb, key=len)
    pa, pb = _word_pairs(a), _word_pairs(b)
    fewer = min(pa, pb, key=len)
    # (a longer title's shared words must keep some of their order: 'chương trình giám sát của HĐND huyện
    # năm 2024' shares most words with 'kết quả giám sát chuyên đề của Thường trực HĐND huyện về … thuộc
    # Chương trình mục tiêu quốc gia …', scattered over another document)
    if len(shorter) >= 3 and len(wa & wb) >= 0.8 * len(shorter) and (len(shorter) < 5 or len(pa & pb) >= 0.5 * len(fewer)):
        return True
    if head is None:
        return False
    # (two pieces of work, their heads left out, by their word pairs: 'ngân sách' is not 'giải ngân')
    return len(fewer) >= 4 and len(pa & pb) >= 0.75 * len(fewer)


def _take_up_again(item: AgendaFrame, start: int, end: Optional[int] = None) -> None:
    """A stretch of text from `start` where the item is taken up again; with no `end`, an empty one
    that the paragraphs after it extend (`_extend`)."""
    item.later.append((start, start if end is None else end))


def _extend(item: AgendaFrame, end: int) -> None:
    """The item's current stretch of text goes on to `end`: the last paragraph that took it up
    again, or its own."""
    if item.later:
        item.later[-1] = (item.later[-1][0], end)
    else:
        item.end = end


def _holds(item: AgendaFrame, at: int) -> bool:
    return item.start <= at < item.end or any(lo <= at < hi for lo, hi in item.later)


def _named_before(new: AgendaFrame, agenda: list[AgendaFrame], head: Optional[regex.Pattern] = None,
                  text: str = "") -> bool:
    return _earlier_item(new, agenda, head, text) is not None


def _earlier_item(new: AgendaFrame, agenda: list[AgendaFrame], head: Optional[regex.Pattern] = None,
                  text: str = "") -> Optional[int]:
    """The index of the item already listed that an item names, if any: by its title, or by the
    words its listing ran over past a comma the title stopped at ('… dự thảo Nghị quyết quy định chức danh, mức phụ cấp
    đối với người hoạt động không chuyên trách; …', then 'Đối với mức phụ cấp cho người hoạt động
    không chuyên trách'); by its document's name, where the type word is part of it ('Về dự thảo
    Báo cáo chính trị' after 'dự thảo Báo cáo chính trị trình Đại hội …'); or by its type alone,
    where an item of that type was listed ('Đối với dự thảo Đề án' after 'dự thảo Đề án xây dựng …').
    A document is never the questions it is about: 'Nghị quyết về hoạt động chất vấn và trả lời chất
    vấn tại kỳ họp', adopted at the end, is an item of its own beside the questioning session."""
    listed = list(enumerate(agenda))
    if new.document_type:
        listed = [(n, old) for n, old in listed if not (old.questioning and not old.document_type)]
    named = fold(new.title)
    subject = named.removeprefix(fold(new.document_type or "")).strip()
    tests = (
        lambda old: _same_item(new.title, old.title, head=head),
        lambda old: bool(text) and 0 <= old.at < old.reach
        and _same_item(new.title, " ".join(text[old.at:old.reach].split()).strip(" ,;:."), head=head),
        lambda old: bool(old.document_type) and named == fold(old.document_type),
        lambda old: _named_by_type_word(new, old),
        # ('Đối với dự thảo Nghị quyết về học phí' after 'dự thảo Nghị quyết quy định mức thu học phí …')
        lambda old: bool(new.document_type) and old.document_type == new.document_type
        and (fold(f"{old.document_type} {old.title}").startswith(named) or (len(subject.split()) >= 2 and subject in fold(old.title))),
    )
    return next((n for test in tests for n, old in listed if test(old)), None)


# a line opening on a bullet or on its number in a list ('- ', '+ ', '• ', '2. ', 'b) '); a dash opening a
# sentence bullets it, between words it joins a name ('Sở Quy hoạch - Kiến trúc')
_LIST_LINE = regex.compile(r"[ \t\u00a0]*(?:[-–+•]|\d{1,2}[.)]|\p{Ll}\)|[IVX]{1,4}\.)[ \t\u00a0]+")


def _list_marker_end(text: str, start: int) -> int:
    """Where a line opening at `start` begins after its bullet or number, if it has one."""
    marker = _LIST_LINE.match(text, start)
    return marker.end() if marker is not None else start


def _after_list_marker(line: str) -> str:
    return line[_list_marker_end(line, 0):]


_COORDINATION = regex.compile(r"[ \t\u00a0]*(?:,[ \t\u00a0]*và|,|và)[ \t\u00a0]*")  # ('A và B', 'A, B', 'A, và B')


_DECIMAL_COMMA = regex.compile(r"\d,\d")


def _named_by_type_word(new: AgendaFrame, old: AgendaFrame) -> bool:
    """'Đối với kế hoạch đại hội' after 'dự thảo Kế hoạch tổ chức đại hội đảng bộ cơ sở': the
    listed document's type word as a common noun, then words of its subject."""
    kind, named = fold(old.document_type or ""), fold(new.title)
    return bool(kind) and named.startswith(kind + " ") and _holds_words(old.title, named.removeprefix(kind).strip())


def _holds_words(title: str, words: str) -> bool:
    """Whether a title holds these folded words, whole, in a row."""
    return f" {words} " in f" {fold(title)} "


def _own_name(document: Optional[regex.Match], title: str) -> str:
    """'Báo cáo chính trị': a capitalized document with a title of a word or two is named by both."""
    if document is not None and document.group("type")[:1].isupper() and len(title.split()) <= 2:
        return f"{document.group('type')} {title}"
    return title


def _as_written(name: str) -> str:
    """A body's name as the lead writes it, less an abbreviation in parentheses ('Ban Chấp hành
    (BCH) Đảng bộ tỉnh'), spelled with one tone-mark placement."""
    return canonical_spelling(regex.sub(r" \(\p{Lu}[\p{Lu}&-]{1,9}\)(?= )", "", " ".join(name.split())))


def _distinct_names(mentions: list[tuple[int, str]]) -> list[str]:
    """The names of (offset, name) pairs, each once, in the pairs' order."""
    return list(dict.fromkeys(name for _, name in mentions))


def _following_sentences(doc: Doc, sent: Span, paragraphs: int) -> list[Span]:
    """The sentences after `sent` in its paragraph and in the next `paragraphs - 1` body paragraphs."""
    out = []
    body = [z for z in zones(doc, "title", "body") if z.end_char > sent.start_char]
    for zone in body[:paragraphs]:
        out.extend(s for s in sentences_in(doc, zone) if s.start_char > sent.start_char)
    return out


def _paragraph_of(doc: Doc, sent: Span) -> Span:
    for zone in zones(doc, "title", "body"):
        if zone.start_char <= sent.start_char < zone.end_char:
            return zone
    return sent


def _opens_on_a_day(doc: Doc, para: Span) -> bool:
    """'Ngày 6/10, …', 'Sáng 11.12, …': a paragraph opening the way a lead does, on the day it reports."""
    return any(d.start_char == para.start_char and len(d._.value or "") >= 10 for d in doc.spans.get("dates", []))


def _first_body(paragraphs: list[Span]) -> int:
    """The lead: the first body paragraph that reads as a sentence, past page leftovers the
    structure stage did not know ('Thứ Ba, 08:42, 12/07/2022', 'Bài, ảnh: Thu Phương')."""
    body = [i for i, p in enumerate(paragraphs) if p.label_ == "body"]
    return next((i for i in body if _reads_as_sentence(span_text(paragraphs[i]))), body[0] if body else -1)


def _reads_as_sentence(text: str) -> bool:
    words = text.split()
    return len(words) >= 12 or (len(words) >= 5 and text.rstrip()[-1:] in ".!?…:;")


@Language.factory("vnie_meetings", assigns=["doc._.meetings"])
def make_meetings(nlp: Language, name: str):
    return MeetingAssembler(nlp, name)
