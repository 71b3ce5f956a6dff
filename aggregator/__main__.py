"""`python -m aggregator` runs the command line."""

import sys

from aggregator.cli import main

sys.exit(main())
