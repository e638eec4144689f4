"""Every stage of the pipeline, in the order the data flows. Importing this module registers
their spaCy factories; `pipeline/config/default.cfg` assembles them."""

from pipeline.structure import make_structure  # noqa: F401  stage 2: zones and metadata
from pipeline.segment.component import make_segment  # noqa: F401  stage 3: sentences, words
from pipeline.dates import make_dates  # noqa: F401  stage 4: dates and times
from pipeline.figures import make_figures  # noqa: F401  stage 4: figures and document numbers
