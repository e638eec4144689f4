"""Stage 5b — officials: titles linked to the persons holding them; mentions clustered."""

from pipeline.officials.component import OfficialLinker, PersonCluster, make_officials

__all__ = ["OfficialLinker", "PersonCluster", "make_officials"]
