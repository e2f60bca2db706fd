"""`python -m newsfix.cli ...`: the same as the `newsfix` command."""

from . import main

raise SystemExit(main())
