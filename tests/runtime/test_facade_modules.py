"""The facade's modules in ``sys.modules``: in place during runs, exactly as before after."""

from __future__ import annotations

import sys
import threading
import types
from collections.abc import Iterator

import pytest

from apptest import AppTest
from apptest.runtime import _modules

SUBMODULES = (
    "import streamlit as st\n"
    "import streamlit.components.v1 as components\n"
    "from streamlit.runtime.scriptrunner import get_script_run_ctx\n"
    "from streamlit.errors import StreamlitAPIException\n"
    "import streamlit.column_config\n"
    "st.text(f'{components.html is not None} {get_script_run_ctx() is not None} '\n"
    "        f'{issubclass(StreamlitAPIException, Exception)} '\n"
    "        f'{streamlit.column_config.NumberColumn is not None}')\n"
)


def _streamlit_entries() -> dict[str, object]:
    return {k: v for k, v in sys.modules.items() if k == "streamlit" or k.startswith("streamlit.")}


@pytest.fixture
def fake_streamlit() -> Iterator[dict[str, types.ModuleType]]:
    """``streamlit`` and ``streamlit.errors`` imported before (stand-ins for real ones)."""
    saved = _streamlit_entries()
    for name in saved:
        del sys.modules[name]
    fakes = {name: types.ModuleType(name) for name in ("streamlit", "streamlit.errors")}
    sys.modules.update(fakes)
    try:
        yield fakes
    finally:
        for name in _streamlit_entries():
            del sys.modules[name]
        sys.modules.update(saved)  # type: ignore[arg-type]


@pytest.fixture
def only_streamlit_eager() -> Iterator[None]:
    """As in a fresh process: no submodule imported by an app yet (the finder gives them)."""
    _modules.facade_modules()
    eager = dict(_modules._eager)
    _modules._eager.clear()
    _modules._eager["streamlit"] = eager["streamlit"]
    try:
        yield
    finally:
        _modules._eager.update(eager)


def _facade_is_used(at: AppTest) -> None:
    assert not at.exception
    assert at.text[0].value == "True True True True"


@pytest.mark.usefixtures("only_streamlit_eager")
def test_submodules_imported_by_an_app_are_the_facade_and_taken_out_after() -> None:
    before = _streamlit_entries()
    for _ in range(2):  # found by the finder, then put in with streamlit
        _facade_is_used(AppTest.from_string(SUBMODULES).run())
        assert _streamlit_entries() == before
    facade = _modules.facade_modules()
    assert all(module.__spec__ is not None and module.__spec__.name.startswith("apptest.")
               for name, module in facade.items())  # the import system's spec was put back


def test_real_streamlit_entries_are_put_back_exactly() -> None:
    pytest.importorskip("streamlit.errors", reason="real Streamlit not installed")
    before = _streamlit_entries()
    _facade_is_used(AppTest.from_string(SUBMODULES).run())
    assert _streamlit_entries() == before


def test_stand_in_entries_are_put_back_exactly(fake_streamlit: dict[str, types.ModuleType]) -> None:
    _facade_is_used(AppTest.from_string(SUBMODULES).run())
    assert _streamlit_entries() == fake_streamlit


def test_a_submodule_there_without_streamlit_is_replaced_then_put_back(
    fake_streamlit: dict[str, types.ModuleType],
) -> None:
    del sys.modules["streamlit"]
    at = AppTest.from_string(
        "import streamlit as st\nimport streamlit.errors\n"
        "st.text(streamlit.errors is st.errors)"
    ).run()
    assert at.text[0].value == "True"
    assert _streamlit_entries() == {"streamlit.errors": fake_streamlit["streamlit.errors"]}


def test_the_finder_answers_only_while_the_facade_is_streamlit() -> None:
    assert _modules.FINDER.find_spec("streamlit.errors") is None
    assert _modules.FINDER.find_spec("json") is None


def test_an_import_that_outlives_the_last_run_fails_and_leaves_nothing() -> None:
    facade = _modules.facade_modules()["streamlit.components.v2"]
    own_spec = facade.__spec__
    _modules.install()
    try:
        spec = _modules.FINDER.find_spec("streamlit.components.v2")
    finally:
        _modules.uninstall()
    assert spec is not None
    facade.__spec__ = spec  # as the import system does before loading
    with pytest.raises(ImportError):
        _modules.FINDER.exec_module(facade)
    assert facade.__spec__ is own_spec


def test_a_facade_module_left_behind_is_taken_out_by_the_next_run(
    fake_streamlit: dict[str, types.ModuleType],
) -> None:
    for name in fake_streamlit:
        del sys.modules[name]
    sys.modules["streamlit.errors"] = _modules.facade_modules()["streamlit.errors"]
    _facade_is_used(AppTest.from_string(SUBMODULES).run())
    assert _streamlit_entries() == {}


@pytest.mark.usefixtures("only_streamlit_eager")
def test_runs_in_threads_importing_submodules_leave_sys_modules_as_before() -> None:
    before = _streamlit_entries()
    failures: list[BaseException] = []

    def one() -> None:
        try:
            for _ in range(5):
                _facade_is_used(AppTest.from_string(SUBMODULES).run())
        except BaseException as exc:  # reported below
            failures.append(exc)

    threads = [threading.Thread(target=one) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not failures
    assert _streamlit_entries() == before
    assert _modules._depth == 0
