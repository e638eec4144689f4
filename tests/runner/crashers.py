"""A process-pool task that kills its worker on one input, as a crash in native code would."""

import os

from pipeline.runner.work import process_chunk


def crash_on_marker(items):
    for item in items:
        if getattr(item, "data", b"").find("CRASH".encode()) >= 0:
            os._exit(3)
    return process_chunk(items)
