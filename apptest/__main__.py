"""``python -m apptest``: the command line."""

from __future__ import annotations

from apptest._cli import main

if __name__ == "__main__":
    raise SystemExit(main())
