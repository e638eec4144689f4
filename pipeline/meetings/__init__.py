"""Stage 7 — meetings: one record per reported meeting, with its agenda items."""

from pipeline.meetings.component import AgendaFrame, MeetingAssembler, MeetingFrame, make_meetings

__all__ = ["AgendaFrame", "MeetingAssembler", "MeetingFrame", "make_meetings"]
