"""A module named like a dialect prefix that IR text uses: registries never import it."""

import sys

sys.stderr.write("the module 'mentioned' was imported\n")
