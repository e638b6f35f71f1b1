"""`python -m communique ...` runs the same command line as the `communique` console script."""
import sys

from communique.cli import main

sys.exit(main())
