"""vnie: structured records from Vietnamese news about government work.

Reading `pipeline/` top to bottom follows the data:
read → structure → segment → recognize → dates/figures → officials → acts → meetings → records.
"""

__version__ = "0.1.0"

from pipeline.api import extract, load  # noqa: E402  (re-exported for users)

__all__ = ["__version__", "load", "extract"]
