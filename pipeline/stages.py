"""Every stage of the pipeline, in the order the data flows. Importing this module registers
their spaCy factories; `pipeline/config/default.cfg` assembles them."""

from pipeline.structure import make_structure  # noqa: F401  stage 2: zones and metadata
from pipeline.segment.component import make_segment  # noqa: F401  stage 3: sentences, words
from pipeline.dates import make_dates  # noqa: F401  stage 4: dates and times
from pipeline.figures import make_figures  # noqa: F401  stage 4: figures and document numbers
from pipeline.recognize.rules import make_entity_rules  # noqa: F401  stage 4a: rule entities
from pipeline.recognize.model.component import make_entity_model  # noqa: F401  stage 4b: trained NER
from pipeline.recognize.merge import make_entity_merger  # noqa: F401  stage 4c: rules + model
from pipeline.agencies import make_agencies  # noqa: F401  stage 5a: canonical agency names
from pipeline.officials import make_officials  # noqa: F401  stage 5b: titles → officials
from pipeline.acts import make_acts  # noqa: F401  stage 6: directives and decisions
from pipeline.meetings import make_meetings  # noqa: F401  stage 7: meetings and agendas
