"""`python -m pipeline.cli` is `vnie`."""

import sys

from pipeline.cli import main

sys.exit(main())
