"""The facade is installed only during runs; real Streamlit and the process are untouched."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from apptest import AppTest
from apptest.errors import ScriptNotFoundError


def test_sys_modules_and_path_are_restored(tmp_path: Path) -> None:
    app = tmp_path / "app.py"
    app.write_text("import streamlit as st\nimport helper_mod\nst.write(helper_mod.greet())\n")
    (tmp_path / "helper_mod.py").write_text(
        "import streamlit as st\n\ndef greet():\n    st.caption('from helper')\n    return 'hi'\n"
    )
    before_streamlit = sys.modules.get("streamlit")
    before_path = list(sys.path)
    at = AppTest.from_file(str(app)).run()
    assert at.markdown[0].value == "hi"
    assert at.caption[0].value == "from helper"  # the helper module saw the facade
    assert sys.modules.get("streamlit") is before_streamlit
    assert sys.path == before_path
    at.run()  # the helper module (cached) still talks to the running session
    assert at.caption[0].value == "from helper"
    sys.modules.pop("helper_mod", None)


def test_real_streamlit_keeps_working_in_the_same_process() -> None:
    testing = pytest.importorskip("streamlit.testing.v1", reason="real Streamlit not installed")
    import streamlit as real_st

    src = "import streamlit as st\nst.write(st.__name__ == 'streamlit' or 'facade')"
    ours = AppTest.from_string(src).run()
    assert ours.markdown
    real = testing.AppTest.from_string("import streamlit as st\nst.title('real')").run()
    assert real.title[0].value == "real"
    assert sys.modules["streamlit"] is real_st
    ours.run()
    assert sys.modules["streamlit"] is real_st
    real.run()
    assert real.title[0].value == "real"


def test_sessions_do_not_share_state() -> None:
    src = "import streamlit as st\nst.session_state.setdefault('n', 0)\nst.session_state.n += 1"
    a = AppTest.from_string(src).run().run()
    b = AppTest.from_string(src).run()
    assert (a.session_state.n, b.session_state.n) == (2, 1)


def test_missing_script_file_is_a_clear_error() -> None:
    with pytest.raises(ScriptNotFoundError, match=r"nope\.py"):
        AppTest.from_file("nope.py")
    assert issubclass(ScriptNotFoundError, FileNotFoundError)


def test_relative_path_is_resolved_from_the_test_file() -> None:
    at = AppTest.from_file("../../examples/counter.py").run()
    assert at.title[0].value == "Counter Example"


def test_syntax_error_is_an_exception_element_and_session_recovers(tmp_path: Path) -> None:
    app = tmp_path / "app.py"
    app.write_text("import streamlit as st\nst.write('x'\n")
    at = AppTest.from_file(str(app)).run()
    exc = at.exception[0]
    assert exc.proto.type == "SyntaxError"
    assert f'File "{app}", line 2' in exc.value
    app.write_text("import streamlit as st\nst.write('fixed')\n")
    assert at.run().markdown[0].value == "fixed"


def test_exception_in_callback_aborts_run_before_body_and_session_recovers() -> None:
    def app() -> None:
        import streamlit as st

        def boom() -> None:
            raise ValueError("in cb")

        st.button("b", on_click=boom)
        st.write("body")

    at = AppTest.from_function(app).run()
    at.button[0].click().run()
    assert not at.markdown
    assert at.exception[0].value == "in cb"
    assert "boom" in at.exception[0].stack_trace[-1] or "raise" in at.exception[0].stack_trace[-1]
    at.run()
    assert at.markdown[0].value == "body"
    assert not at.exception


def test_streamlit_call_outside_a_run_is_a_clear_error() -> None:
    from apptest._facade import _st
    from apptest.errors import NoScriptRunError

    with pytest.raises(NoScriptRunError, match="outside an app run"):
        _st.write("x")


def test_from_function_passes_args_and_kwargs() -> None:
    def app(n: int, *, word: str) -> None:
        import streamlit as st

        st.write(f"{word} {n}")

    at = AppTest.from_function(app, args=(5,), kwargs={"word": "n is"}).run()
    assert at.markdown[0].value == "n is 5"


def test_printed_tree_is_readable() -> None:
    at = AppTest.from_file("../../examples/counter.py").run()
    text = repr(at)
    assert "title value='Counter Example'" in text
    assert "button label='Increment' value=False" in text
    assert "session_state:\n  'count': 0" in text


def test_unknown_streamlit_command_is_named_in_the_error() -> None:
    at = AppTest.from_string("import streamlit as st\nst.no_such_command('x')").run()
    assert at.exception[0].proto.type == "AttributeError"
    assert "apptest does not simulate st.no_such_command" in at.exception[0].value
