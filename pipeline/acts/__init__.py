"""Stage 6 — acts: directives and decisions with their assignees, deadlines and values."""

from pipeline.acts.component import Act, ActFinder, Assignment, make_acts

__all__ = ["Act", "ActFinder", "Assignment", "make_acts"]
