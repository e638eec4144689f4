"""Stage 5a — agencies: canonical full names with level and place, one cluster per agency."""

from pipeline.agencies.component import AgencyCluster, AgencyNormalizer, agency_for, make_agencies

__all__ = ["AgencyCluster", "AgencyNormalizer", "agency_for", "make_agencies"]
