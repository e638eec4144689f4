"""The embedded index: records in one SQLite file, full text plus a table per kind of value.

    from pipeline.index import index_records, iter_records, open_index, search, Filters
    index_records("archive.sqlite", iter_records(["records.jsonl"]))
    result = search(open_index("archive.sqlite"), "chuyển đổi số", Filters(official="le thanh do"))
"""

from pipeline.textfold import fold, fold_words
from pipeline.index.records import iter_records, parse_record, read_records
from pipeline.index.search import Filters, QueryError, SearchResult, search, to_fts
from pipeline.index.store import IndexFileError, IndexStats, index_records, load_record, open_index

__all__ = [
    "Filters", "IndexFileError", "IndexStats", "QueryError", "SearchResult", "fold", "fold_words", "index_records",
    "iter_records", "load_record", "open_index", "parse_record", "read_records", "search", "to_fts",
]
