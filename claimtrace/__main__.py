"""``python -m claimtrace``: the same as the ``claimtrace`` command."""

from .cli import main

raise SystemExit(main())
