"""Stage 4 — figures: numbers with their unit and kind, and document numbers.

    from pipeline.figures import tag_figures
    tag_figures("Tổng vốn đầu tư hơn 2.300 tỷ đồng.")
"""

from pipeline.figures.component import DOCUMENTS_KEY, FIGURES_KEY, FigureRecognizer, make_figures
from pipeline.figures.tagger import DocumentMention, FigureMention, FigureTagger, tag_documents, tag_figures

__all__ = [
    "DOCUMENTS_KEY", "FIGURES_KEY", "DocumentMention", "FigureMention", "FigureRecognizer", "FigureTagger",
    "make_figures", "tag_documents", "tag_figures",
]
