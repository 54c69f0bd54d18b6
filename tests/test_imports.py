"""Import cost: what ``from apptest import AppTest`` and a first run must not load.

apptest imports a costly module only where it is needed (a frozen clock, a plugin, a
timeout that fires, a TOML file, ...). These checks run in a fresh interpreter and name
the modules that must stay out; they never measure time.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

#: never needed for a first run of a plain app (a frozen clock, plugins, a timeout that
#: fires, a TOML file, JSON, files, data frames, media, ... load their modules when used)
NOT_IN_FIRST_RUN = (
    "array", "asyncio", "ctypes", "decimal", "email", "freezegun", "importlib.metadata", "json",
    "logging", "mimetypes", "pathlib", "pickle", "pkgutil", "platform", "pluggy", "socket",
    "ssl", "subprocess", "tempfile", "tomllib", "traceback", "unicodedata", "urllib.parse",
    "uuid", "zipfile", "apptest._facade._caching", "apptest.elements._cache_replay",
    "apptest.runtime._cache_store",
    "apptest.elements._charts",
    "apptest.elements._dataframe", "apptest.elements._help", "apptest.elements._html",
    "apptest.elements._media", "apptest.tree._serialize",
)
#: nor to import apptest: the runtime, the tree and the element kinds load with the first app
NOT_AT_IMPORT = (*NOT_IN_FIRST_RUN, "dataclasses", "hashlib", "inspect", "threading",
                 "apptest.elements", "apptest.runtime._session", "apptest.tree")


def _loaded_after(code: str, cwd: Path) -> set[str]:
    """The modules a fresh interpreter has loaded after running ``code``."""
    probe = code + "\nimport sys\nprint('\\n'.join(['--modules--', *sys.modules]))\n"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "APPTEST_"))}
    env["PYTHONPATH"] = str(ROOT)
    done = subprocess.run([sys.executable, "-c", probe], cwd=cwd, env=env, capture_output=True,
                          text=True, check=True)
    return set(done.stdout.split("--modules--\n", 1)[1].split())


def _unexpected(loaded: set[str], banned: tuple[str, ...]) -> list[str]:
    return sorted(m for m in loaded if m in banned or m.split(".")[0] in banned)


@pytest.fixture
def app_dir(tmp_path: Path) -> Path:
    """A folder without ``.streamlit/``, holding the counter example."""
    shutil.copy(ROOT / "examples" / "counter.py", tmp_path / "counter.py")
    return tmp_path


def test_importing_apptest_loads_no_costly_module(app_dir: Path) -> None:
    loaded = _loaded_after("from apptest import AppTest", app_dir)
    assert "apptest._apptest" in loaded
    assert _unexpected(loaded, NOT_AT_IMPORT) == []


def test_first_run_of_a_plain_app_loads_no_costly_module(app_dir: Path) -> None:
    code = ("from apptest import AppTest\n"
            "at = AppTest.from_file('counter.py').run()\n"
            "at.button[0].click().run()\n"
            "assert at.markdown[0].value == 'Count =  `1`', at.markdown[0].value\n")
    loaded = _loaded_after(code, app_dir)
    assert _unexpected(loaded, NOT_IN_FIRST_RUN) == []
