"""``python -m newsclaims``: the same command line as the ``newsclaims`` script."""

import sys

from newsclaims._cli.command import main

if __name__ == "__main__":
    sys.exit(main())
