"""A broken app never breaks the harness: errors become exception elements, runs go on."""

from __future__ import annotations

from pathlib import Path

import pytest

from apptest import AppTest

HEADER = "import streamlit as st\nst.session_state['before'] = 1\nst.write('drawn')\n"

#: body -> (exception type shown, app line the traceback ends on)
ERRORS = {
    "name_error": ("undefined_name", "NameError", "undefined_name"),
    "import_error": ("import no_such_module_xyz", "ModuleNotFoundError", "import no_such_module_xyz"),
    "in_cached_function": (
        "@st.cache_data\ndef f():\n    raise ValueError('boom')\nf()", "ValueError", "raise ValueError"
    ),
    "in_form": (
        "with st.form('f'):\n    st.text_input('t')\n    st.form_submit_button()\n    1 / 0",
        "ZeroDivisionError", "1 / 0",
    ),
    "in_fragment": (
        "@st.fragment\ndef frag():\n    st.write('in fragment')\n    raise KeyError('k')\nfrag()",
        "KeyError", "raise KeyError",
    ),
}


@pytest.mark.parametrize("name", list(ERRORS))
def test_uncaught_error_is_an_exception_element_with_the_apps_traceback(name: str) -> None:
    body, exc_type, line = ERRORS[name]
    at = AppTest.from_string(HEADER + body + "\nst.session_state['fixed'] = True\n").run()
    [exc] = at.exception
    assert exc.proto.type.endswith(exc_type)
    trace = "\n".join(exc.stack_trace)
    assert line in trace
    assert "apptest" not in trace.replace("<apptest:app-", "")  # apptest's frames hidden
    assert at.session_state["before"] == 1  # written before the error: kept
    assert "fixed" not in at.session_state or name == "in_fragment"
    assert at.markdown[0].value == "drawn"
    at.run()  # the session stays usable
    assert len(at.exception) == 1


def test_syntax_error_then_fixed(tmp_path: Path) -> None:
    app = tmp_path / "app.py"
    app.write_text("import streamlit as st\nst.write('x'\n")
    at = AppTest.from_file(str(app)).run()
    assert at.exception[0].proto.type == "SyntaxError"
    app.write_text("import streamlit as st\nst.write('fixed')\n")
    assert at.run().markdown[0].value == "fixed"


def test_exception_in_callback_keeps_state_written_by_the_callback() -> None:
    def app() -> None:
        import streamlit as st

        def cb() -> None:
            st.session_state.seen = True
            raise RuntimeError("callback failed")

        st.button("go", on_click=cb)
        st.write("body")

    at = AppTest.from_function(app).run()
    at.button[0].click().run()
    assert at.exception[0].value == "callback failed"
    assert at.session_state.seen is True
    assert "callback failed" in "\n".join(at.exception[0].stack_trace)
    assert at.run().markdown[0].value == "body"  # usable afterwards


@pytest.mark.parametrize("exit_call", ["sys.exit()", "sys.exit(3)", "raise SystemExit"])
def test_sys_exit_in_the_app_ends_the_run_like_st_stop(exit_call: str) -> None:
    at = AppTest.from_string(HEADER + f"import sys\n{exit_call}\nst.write('after')").run()
    assert [m.value for m in at.markdown] == ["drawn"]
    assert not at.exception
    assert at.session_state["before"] == 1
    assert at.run().markdown[0].value == "drawn"


def test_sys_exit_in_a_callback_ends_the_run_before_the_body() -> None:
    def app() -> None:
        import sys

        import streamlit as st

        def cb() -> None:
            st.session_state.called = True
            sys.exit()

        st.button("quit", on_click=cb)
        st.write("body")

    at = AppTest.from_function(app).run()
    at.button[0].click().run()
    assert at.session_state.called is True
    assert not at.markdown and not at.exception
    assert at.run().markdown[0].value == "body"
