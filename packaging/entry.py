"""What the frozen app runs: the same `journeymap` command as the pip-installed one."""

import sys

from journeymap.cli import main

if __name__ == "__main__":
    sys.exit(main())
