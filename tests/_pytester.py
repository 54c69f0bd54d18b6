"""Import this in a test module that runs pytest in-process with ``pytester``.

pytester removes the modules an in-process run imported when the run ends. The ``apptest``
package and its caches outlive the run, so a second run would mix old and new classes.
Loading apptest's modules here, in the outer process, makes every run share them.
"""

from __future__ import annotations

import apptest.snapshot  # noqa: F401
from apptest import AppTest

AppTest.from_string("import streamlit as st").run()  # the facade and every element kind
