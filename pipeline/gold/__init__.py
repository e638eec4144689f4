"""The gold corpus: inline-marked sources compiled to records, and the checks that keep it honest."""
