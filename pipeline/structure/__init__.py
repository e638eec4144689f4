"""Stage 2 — article structure (title, date line, body, captions, byline, boilerplate)."""

from pipeline.structure.component import StructureParser, make_structure
from pipeline.structure.zones import ANALYSED, ZoneIndex, analysed_zones, zones

__all__ = ["StructureParser", "make_structure", "ZoneIndex", "analysed_zones", "zones", "ANALYSED"]
