"""Entry point for `python -m regmath`."""

import sys

from regmath.cli import main

sys.exit(main())
