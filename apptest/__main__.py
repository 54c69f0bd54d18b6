"""``python -m apptest``: the command line."""

from __future__ import annotations

from apptest._cli import main

raise SystemExit(main())
