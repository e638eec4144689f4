"""Reading inputs and writing records.

`sources` frames command-line inputs (files, directories, globs, stdin, archives) into raw
inputs; `parse` turns one raw input into an `Article` (decoding with `encodings`); `writers`
writes records and error records as JSONL and reads back what a killed run left (`--resume`).
"""
