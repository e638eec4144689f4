"""Exports of records for other tools: search engines (`elasticsearch`) and spreadsheets (`csv_tables`)."""
