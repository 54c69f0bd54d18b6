"""Conformance scenarios: small Streamlit apps plus user interactions, as plain data.

Each ``Scenario`` is an app source (``script``, starting with ``import streamlit as st``) and a
list of ``steps`` applied in order to a fresh ``AppTest.from_string(script)``:

* ``("run",)``: ``at.run()``; the test normalizes the app after every run step.
* ``(kind, selector, method, *args)``: ``getattr(at, kind)[selector]`` when ``selector`` is an
  int, ``getattr(at, kind)(**selector)`` when it is a dict (e.g. ``{"key": "name"}``), then
  ``.method(*args)``. Example: ``("number_input", 0, "set_value", 5)``.
* ``("session_state_set", key, value)`` / ``("session_state_del", key)``: test-side writes to
  ``at.session_state``.

Only steps supported by both real ``streamlit.testing.v1`` and ``apptest`` are used. Form
widgets are always given their values and the submit click before the same ``run()`` (real
AppTest discards staged form values on a run without a submit).
"""

from __future__ import annotations

import datetime
import textwrap
from pathlib import Path
from typing import Any, NamedTuple

Step = tuple[Any, ...]


class Scenario(NamedTuple):
    name: str
    script: str
    steps: list[Step]


def _s(name: str, script: str, steps: list[Step]) -> Scenario:
    return Scenario(name, textwrap.dedent(script).strip() + "\n", steps)


RUN: Step = ("run",)


def apply_step(at: Any, step: Step) -> Any:
    """Apply one step to ``at``; return ``at``."""
    op = step[0]
    if op == "run":
        at.run()
    elif op == "session_state_set":
        _, key, value = step
        at.session_state[key] = value
    elif op == "session_state_del":
        _, key = step
        del at.session_state[key]
    else:
        kind, selector, method, *args = step
        collection = getattr(at, kind)
        node = collection(**selector) if isinstance(selector, dict) else collection[selector]
        getattr(node, method)(*args)
    return at


SCENARIOS: list[Scenario] = [
    # ------------------------------------------------------------------ text and write
    _s(
        "text_elements",
        """
        import streamlit as st
        st.title("The title")
        st.header("A header")
        st.subheader("A subheader")
        st.markdown("Some **markdown**")
        st.text("plain text")
        st.caption("a caption")
        st.code("x = 1\\nprint(x)")
        st.code("SELECT 1", language="sql")
        """,
        [RUN],
    ),
    _s(
        "write_strings_and_args",
        """
        import streamlit as st
        st.write("hello")
        st.write("a", 1)
        st.write("Count = ", 3)
        st.write("x", 1.5, True, None, "y")
        st.write("**bold**", "*it*")
        """,
        [RUN],
    ),
    _s(
        "write_numbers_and_scalars",
        """
        import streamlit as st
        st.write(3)
        st.write(2.5)
        st.write(-7)
        st.write(True)
        st.write(None)
        st.write(10**20)
        """,
        [RUN],
    ),
    _s(
        "write_dict_and_list",
        """
        import streamlit as st
        st.write({"a": 1, "b": [1, 2], "c": {"d": None}})
        st.write([1, "x", 2.5])
        st.write({})
        st.write([])
        st.write("label", {"k": "v"})
        """,
        [RUN],
    ),
    _s(
        "write_exception_and_st_exception",
        """
        import streamlit as st
        st.write("before")
        st.write(ValueError("boom"))
        st.exception(RuntimeError("shown"))
        st.exception(KeyError("k"))
        st.write("after")
        """,
        [RUN],
    ),
    _s(
        "alerts",
        """
        import streamlit as st
        st.error("an error")
        st.warning("a warning")
        st.info("some info")
        st.success("it worked")
        """,
        [RUN],
    ),
    # ------------------------------------------------------------------ button / checkbox
    _s(
        "button_is_a_trigger",
        """
        import streamlit as st
        v = st.button("b", key="b")
        st.write("ret", v, "ss", st.session_state.b)
        st.button("unkeyed")
        """,
        [RUN, ("button", 0, "click"), RUN, RUN, ("button", 1, "click"), RUN],
    ),
    _s(
        "counter_clicked",
        """
        import streamlit as st
        st.title("Counter")
        if "count" not in st.session_state:
            st.session_state.count = 0
        if st.button("Increment"):
            st.session_state.count += 1
        st.write("Count = ", st.session_state.count)
        """,
        [RUN, ("button", 0, "click"), RUN, ("button", 0, "click"), RUN, RUN],
    ),
    _s(
        "checkbox_check_uncheck",
        """
        import streamlit as st
        a = st.checkbox("a", key="a")
        b = st.checkbox("b", value=True)
        st.write("a", a, "b", b)
        """,
        [
            RUN,
            ("checkbox", 0, "check"),
            ("checkbox", 1, "uncheck"),
            RUN,
            RUN,
            ("checkbox", {"key": "a"}, "uncheck"),
            RUN,
            ("checkbox", 1, "set_value", True),
            RUN,
        ],
    ),
    # ------------------------------------------------------------------ number_input
    _s(
        "number_input_int_bounds",
        """
        import streamlit as st
        n = st.number_input("n", min_value=1, max_value=10, value=5, step=2, key="n")
        st.write("n", n, type(n).__name__)
        """,
        [
            RUN,
            ("number_input", 0, "increment"),
            RUN,
            ("number_input", 0, "increment"),
            RUN,
            # 9 + 2 is clamped to max_value.
            ("number_input", 0, "increment"),
            RUN,
            ("number_input", 0, "decrement"),
            RUN,
            ("number_input", {"key": "n"}, "set_value", 2),
            RUN,
            # 2 - 2 is clamped to min_value.
            ("number_input", 0, "decrement"),
            RUN,
        ],
    ),
    _s(
        # Only values a person could enter: apptest rejects out-of-range values with
        # InteractionError (tests/elements/test_validation.py) where real AppTest sends them
        # and the server silently resets the widget to its default.
        "number_input_in_range_steps",
        """
        import streamlit as st
        n = st.number_input("n", min_value=0, max_value=10, value=5, step=2, key="n")
        st.write("n", n)
        """,
        [
            RUN,
            ("number_input", 0, "set_value", 3),
            RUN,
            ("number_input", 0, "increment"),
            RUN,
            ("number_input", 0, "set_value", 10),
            RUN,
            ("number_input", 0, "decrement"),
            RUN,
            ("number_input", 0, "set_value", 0),
            RUN,
        ],
    ),
    _s(
        "number_input_float",
        """
        import streamlit as st
        x = st.number_input("x")
        y = st.number_input("y", value=1.5, step=0.25, min_value=-1.0, max_value=2.0)
        st.write("x", x, "y", y)
        """,
        [
            RUN,
            ("number_input", 0, "increment"),
            ("number_input", 1, "increment"),
            RUN,
            ("number_input", 0, "set_value", 2.5),
            ("number_input", 1, "increment"),
            RUN,
            ("number_input", 1, "set_value", -1.0),
            RUN,
        ],
    ),
    _s(
        "number_input_int_default",
        """
        import streamlit as st
        v = st.number_input("v", value=0, step=1)
        w = st.number_input("w", value=10)
        st.write("v+w", v + w)
        """,
        [
            RUN,
            ("number_input", 0, "set_value", 5),
            ("number_input", 1, "decrement"),
            RUN,
        ],
    ),
    # ------------------------------------------------------------------ slider
    _s(
        "slider_int",
        """
        import streamlit as st
        v = st.slider("s", 0, 10, 3, key="sl")
        st.write("ret", v, "ss", st.session_state.sl)
        w = st.slider("plain")
        st.write("w", w)
        """,
        [
            RUN,
            ("slider", 0, "set_value", 7),
            RUN,
            ("session_state_set", "sl", 9),
            RUN,
            ("slider", 1, "set_value", 42),
            RUN,
        ],
    ),
    _s(
        "slider_float",
        """
        import streamlit as st
        t = st.slider("Temperature", min_value=-100.0, max_value=100.0, value=50.0, step=0.5)
        st.write(t)
        """,
        [RUN, ("slider", 0, "set_value", -20.5), RUN],
    ),
    _s(
        "slider_range",
        """
        import streamlit as st
        lo, hi = st.slider("range", 0, 100, (25, 75), key="r")
        st.write("lo", lo, "hi", hi)
        st.write(st.session_state.r)
        """,
        [RUN, ("slider", 0, "set_value", (10, 20)), RUN, ("slider", 0, "set_range", 30, 40), RUN],
    ),
    # ------------------------------------------------------------------ text_input
    _s(
        "text_input_basic",
        """
        import streamlit as st
        name = st.text_input("Name", key="name")
        st.write("Hello", name)
        other = st.text_input("Other", value="preset")
        st.write(repr(other))
        """,
        [
            RUN,
            ("text_input", {"key": "name"}, "input", "Bo"),
            RUN,
            ("text_input", 1, "input", "changed"),
            RUN,
            ("text_input", 0, "set_value", ""),
            RUN,
        ],
    ),
    _s(
        "text_input_value_none",
        """
        import streamlit as st
        v = st.text_input("maybe", value=None, key="m")
        st.write(repr(v))
        """,
        [
            RUN,
            ("text_input", 0, "input", "now set"),
            RUN,
            ("text_input", 0, "set_value", None),
            RUN,
        ],
    ),
    _s(
        "text_input_max_chars",
        """
        import streamlit as st
        v = st.text_input("short", max_chars=5, key="s")
        st.write(repr(v))
        """,
        [
            RUN,
            ("text_input", 0, "input", "abc"),
            RUN,
            # Longer input is rejected by apptest (InteractionError) where real AppTest
            # ignores input() and truncates set_value(): see tests/elements/test_validation.py.
            ("text_input", 0, "input", "abcde"),
            RUN,
        ],
    ),
    # ------------------------------------------------------------------ time_input
    _s(
        "time_input",
        """
        import streamlit as st
        import datetime
        t = st.time_input("t", value=datetime.time(9, 0), key="t")
        u = st.time_input("u", value=None)
        v = st.time_input("v", value=datetime.time(23, 45), step=900)
        st.write("t", t, "u", u, "v", v)
        """,
        [
            RUN,
            ("time_input", 0, "set_value", datetime.time(8, 15)),
            ("time_input", 1, "set_value", datetime.time(12, 0)),
            ("time_input", 2, "increment"),
            RUN,
            ("time_input", 0, "increment"),
            ("time_input", 2, "decrement"),
            RUN,
            ("time_input", 1, "set_value", None),
            RUN,
        ],
    ),
    # ------------------------------------------------------------------ forms
    _s(
        "form_submit_with_values",
        """
        import streamlit as st
        with st.form("f"):
            t = st.text_input("t", key="t")
            n = st.number_input("n", key="n")
            sub = st.form_submit_button("go")
        st.write("t=", t, "n=", n, "sub=", sub)
        """,
        [
            RUN,
            ("text_input", 0, "input", "typed"),
            ("number_input", 0, "increment"),
            ("button", 0, "click"),
            RUN,
            RUN,
            ("button", 0, "click"),
            RUN,
        ],
    ),
    _s(
        "form_submit_callback_sees_values",
        """
        import streamlit as st
        def fcb():
            st.session_state.fcb_seen = [st.session_state.t, st.session_state.n]
        with st.form("f"):
            st.text_input("t", key="t")
            st.number_input("n", value=1, key="n")
            st.checkbox("c", key="c")
            st.form_submit_button("go", on_click=fcb)
        st.write("seen", st.session_state.get("fcb_seen"))
        """,
        [
            RUN,
            ("text_input", 0, "input", "x"),
            ("number_input", 0, "set_value", 4),
            ("checkbox", 0, "check"),
            ("button", 0, "click"),
            RUN,
        ],
    ),
    _s(
        "form_clear_on_submit",
        """
        import streamlit as st
        with st.form("f", clear_on_submit=True):
            v = st.text_input("v", key="v")
            c = st.checkbox("c")
            sub = st.form_submit_button("send")
        st.write(repr(v), c, sub)
        """,
        [
            RUN,
            ("text_input", 0, "input", "new"),
            ("checkbox", 0, "check"),
            ("button", 0, "click"),
            RUN,
            RUN,
            # The cleared form sends its defaults with the next submit.
            ("button", 0, "click"),
            RUN,
        ],
    ),
    _s(
        "form_in_sidebar",
        """
        import streamlit as st
        with st.sidebar:
            with st.form("sf"):
                x = st.text_input("x", key="x")
                st.form_submit_button("go")
        st.write("x is", x)
        """,
        [RUN, ("text_input", {"key": "x"}, "input", "side"), ("button", 0, "click"), RUN],
    ),
    _s(
        "form_with_time_and_number_counter",
        """
        import streamlit as st
        import datetime
        if "count" not in st.session_state:
            st.session_state.count = 0
            st.session_state.last_updated = datetime.time(0, 0)
        def update_counter():
            st.session_state.count += st.session_state.increment_value
            st.session_state.last_updated = st.session_state.update_time
        with st.form(key="my_form"):
            st.time_input(label="Enter the time", value=datetime.time(1, 2), key="update_time")
            st.number_input("Enter a value", value=0, step=1, key="increment_value")
            st.form_submit_button(label="Update", on_click=update_counter)
        st.write("Current Count = ", st.session_state.count)
        st.write("Last Updated = ", st.session_state.last_updated)
        """,
        [
            RUN,
            ("time_input", 0, "set_value", datetime.time(10, 30)),
            ("number_input", 0, "set_value", 3),
            ("button", 0, "click"),
            RUN,
            ("button", 0, "click"),
            RUN,
        ],
    ),
    _s(
        "form_and_sidebar_layout",
        """
        import streamlit as st
        st.write("left")
        with st.form("inner"):
            st.write("right")
            st.checkbox("in form", key="inf")
            st.form_submit_button("ok")
        st.caption("after the form")
        st.sidebar.title("side")
        with st.sidebar:
            st.button("side button")
        """,
        [RUN, ("checkbox", 0, "check"), ("button", 0, "click"), RUN],
    ),
    # ------------------------------------------------------------------ session_state API
    _s(
        "session_state_basic_api",
        """
        import streamlit as st
        if "a" not in st.session_state:
            st.session_state["a"] = 1
        st.session_state.b = "two"
        st.write("a", st.session_state.a, "b", st.session_state["b"])
        st.write("get", st.session_state.get("a"), st.session_state.get("zz", "dflt"))
        st.write("in", "a" in st.session_state, "zz" in st.session_state)
        st.write("len", len(st.session_state))
        st.write(sorted(st.session_state.to_dict().items()))
        st.write(sorted(st.session_state.keys()))
        if st.session_state.a > 2:
            del st.session_state["b"]
        st.session_state.a += 1
        """,
        [RUN, RUN, RUN],
    ),
    _s(
        "session_state_dict_methods",
        """
        import streamlit as st
        st.write("setdefault", st.session_state.setdefault("d", 10))
        st.write("setdefault again", st.session_state.setdefault("d", 99))
        st.session_state.update({"u1": 1, "u2": [1, 2]})
        st.write("popped", st.session_state.pop("u1"))
        st.write("pop default", st.session_state.pop("nope", "none"))
        st.write(sorted(st.session_state.to_dict().items()))
        if st.session_state.get("do_clear"):
            st.session_state.clear()
            st.write("cleared", len(st.session_state))
        """,
        [RUN, ("session_state_set", "do_clear", True), RUN, RUN],
    ),
    _s(
        "session_state_attr_del_and_test_side_writes",
        """
        import streamlit as st
        st.session_state.runs = st.session_state.get("runs", 0) + 1
        if "tmp" in st.session_state:
            st.write("tmp is", st.session_state.tmp)
            del st.session_state.tmp
        st.write("runs", st.session_state.runs)
        """,
        [
            RUN,
            ("session_state_set", "tmp", "from test"),
            RUN,
            RUN,
            ("session_state_set", "other", [1, 2]),
            ("session_state_del", "runs"),
            RUN,
        ],
    ),
    _s(
        "session_state_unpicklable_value",
        """
        import streamlit as st
        st.session_state.fn = lambda x: x
        st.write("fn(3) =", st.session_state.fn(3))
        """,
        [RUN],
    ),
    # ------------------------------------------------------------------ callbacks
    _s(
        "callbacks_args_kwargs",
        """
        import streamlit as st
        if "log" not in st.session_state:
            st.session_state.log = []
        def cb(name, *, extra=None):
            st.session_state.log.append([name, extra, st.session_state.get(name)])
        st.write("log", repr(st.session_state.log))
        st.text_input("a", key="a", on_change=cb, args=("a",))
        st.checkbox("b", key="b", on_change=cb, args=("b",), kwargs={"extra": 1})
        st.number_input("n", key="n", on_change=cb, args=("n",), kwargs=dict(extra="x"))
        st.slider("c", 0, 10, key="c", on_change=cb, args=("c",))
        st.button("btn", key="btn", on_click=cb, args=("btn",))
        """,
        [
            RUN,
            ("button", 0, "click"),
            ("slider", 0, "set_value", 5),
            ("number_input", 0, "increment"),
            ("checkbox", 0, "check"),
            ("text_input", 0, "input", "x"),
            RUN,
            RUN,
        ],
    ),
    _s(
        "callbacks_order_main_then_sidebar",
        """
        import streamlit as st
        if "log" not in st.session_state:
            st.session_state.log = []
        def cb(name):
            st.session_state.log.append(name)
        st.sidebar.text_input("s", key="s", on_change=cb, args=("s",))
        st.text_input("a", key="a", on_change=cb, args=("a",))
        with st.sidebar:
            st.checkbox("sc", key="sc", on_change=cb, args=("sc",))
        st.checkbox("b", key="b", on_change=cb, args=("b",))
        st.write("log", ", ".join(st.session_state.log))
        """,
        [
            RUN,
            ("checkbox", {"key": "sc"}, "check"),
            ("text_input", {"key": "s"}, "input", "y"),
            ("checkbox", {"key": "b"}, "check"),
            ("text_input", {"key": "a"}, "input", "x"),
            RUN,
        ],
    ),
    _s(
        "callback_writes_widget_key",
        """
        import streamlit as st
        def upper():
            st.session_state.t = st.session_state.t.upper()
        def clear():
            st.session_state.t = ""
        v = st.text_input("t", key="t", on_change=upper)
        st.button("clear", on_click=clear)
        st.write("value", repr(v))
        """,
        [
            RUN,
            ("text_input", 0, "input", "hello"),
            RUN,
            ("button", 0, "click"),
            RUN,
        ],
    ),
    _s(
        "callback_st_write_before_body",
        """
        import streamlit as st
        def cb():
            st.write("written from callback")
        st.write("body")
        st.button("b", on_click=cb)
        """,
        [RUN, ("button", 0, "click"), RUN, RUN],
    ),
    _s(
        "callback_raises",
        """
        import streamlit as st
        st.session_state.setdefault("calls", 0)
        def cb():
            st.session_state.calls += 1
            raise ValueError("in cb")
        st.write("body")
        st.button("b", on_click=cb)
        """,
        [RUN, ("button", 0, "click"), RUN, RUN],
    ),
    _s(
        "checkbox_on_change_counter",
        """
        import streamlit as st
        st.session_state.setdefault("changes", 0)
        def changed():
            st.session_state.changes += 1
        st.checkbox("c", key="c", on_change=changed)
        st.write("changes", st.session_state.changes)
        """,
        [RUN, ("checkbox", 0, "check"), RUN, RUN, ("checkbox", 0, "uncheck"), RUN],
    ),
    # ------------------------------------------------------------------ rerun / stop / errors
    _s(
        "rerun_from_button",
        """
        import streamlit as st
        st.session_state.runs = st.session_state.get("runs", 0) + 1
        st.write("run", st.session_state.runs)
        if st.button("rr"):
            st.write("clicked - about to rerun")
            st.rerun()
        """,
        [RUN, ("button", 0, "click"), RUN],
    ),
    _s(
        "rerun_loop",
        """
        import streamlit as st
        st.session_state.n = st.session_state.get("n", 0) + 1
        st.write("n", st.session_state.n)
        if st.session_state.n < 3:
            st.rerun()
        """,
        [RUN, RUN],
    ),
    _s(
        "rerun_in_callback_is_noop",
        """
        import streamlit as st
        def cb():
            st.session_state.cb = True
            st.rerun()
        st.write("body")
        st.button("b", on_click=cb)
        """,
        [RUN, ("button", 0, "click"), RUN],
    ),
    _s(
        "stop_keeps_later_widget_state",
        """
        import streamlit as st
        st.write("a")
        stop = st.checkbox("stop", key="stop")
        if stop:
            st.stop()
        st.text_input("t", key="t")
        st.write("b")
        """,
        [
            RUN,
            ("text_input", 0, "input", "v"),
            RUN,
            ("checkbox", 0, "check"),
            RUN,
            ("checkbox", 0, "uncheck"),
            RUN,
        ],
    ),
    _s(
        "uncaught_exception_keeps_state",
        """
        import streamlit as st
        st.session_state.before = st.session_state.get("before", 0) + 1
        st.write("pre")
        def g():
            1 / 0
        if st.checkbox("boom", key="boom"):
            g()
        st.session_state.after = True
        st.write("post")
        """,
        [RUN, ("checkbox", 0, "check"), RUN, ("checkbox", 0, "uncheck"), RUN],
    ),
    _s(
        "uncaught_custom_exception",
        """
        import streamlit as st
        class MyError(Exception):
            pass
        st.title("t")
        raise MyError("custom message")
        """,
        [RUN],
    ),
    # ------------------------------------------------------------------ widget state rules
    _s(
        "keyed_widget_cleanup_when_not_rendered",
        """
        import streamlit as st
        show = st.checkbox("show", key="show")
        if show:
            st.text_input("t", key="t")
        # to_dict() order is not stable in real Streamlit (it depends on string hashing).
        st.write(repr(sorted(st.session_state.to_dict().items())))
        """,
        [
            RUN,
            ("checkbox", 0, "check"),
            RUN,
            ("text_input", 0, "input", "hello"),
            RUN,
            ("checkbox", 0, "uncheck"),
            RUN,
            ("checkbox", 0, "check"),
            RUN,
        ],
    ),
    _s(
        "keep_widget_state_trick",
        """
        import streamlit as st
        if "t" in st.session_state:
            st.session_state.t = st.session_state.t
        show = st.checkbox("show", key="show", value=True)
        if show:
            st.text_input("t", key="t")
        """,
        [
            RUN,
            ("text_input", 0, "input", "kept"),
            RUN,
            ("checkbox", 0, "uncheck"),
            RUN,
            ("checkbox", 0, "check"),
            RUN,
        ],
    ),
    _s(
        "session_state_wins_over_value",
        """
        import streamlit as st
        if "w" not in st.session_state:
            st.session_state.w = 5
        v = st.number_input("w", value=1, key="w")
        st.write("ret", v)
        """,
        [RUN, ("number_input", 0, "increment"), RUN],
    ),
    _s(
        "session_state_preset_before_widget",
        """
        import streamlit as st
        if "name" not in st.session_state:
            st.session_state.name = "preset"
        v = st.text_input("n", key="name")
        st.write("ret", v)
        """,
        [RUN, ("text_input", 0, "input", "user"), RUN],
    ),
    _s(
        "test_side_preset_before_first_run",
        """
        import streamlit as st
        v = st.text_input("t", key="t")
        s = st.slider("s", 0, 10, key="s")
        st.write("t", v, "s", s)
        """,
        [("session_state_set", "t", "pre"), ("session_state_set", "s", 4), RUN],
    ),
    _s(
        "unkeyed_widgets_hidden_from_state",
        """
        import streamlit as st
        st.text_input("a")
        st.checkbox("c")
        st.session_state.user = 1
        """,
        [RUN, ("text_input", 0, "input", "typed"), RUN],
    ),
    _s(
        "set_widget_key_after_creation",
        """
        import streamlit as st
        st.write("start")
        st.text_input("t", key="t")
        st.session_state.t = "changed"
        st.write("unreached")
        """,
        [RUN],
    ),
    _s(
        "button_key_set_via_session_state",
        """
        import streamlit as st
        if "my_button" not in st.session_state:
            st.session_state.my_button = True
        st.write("before")
        st.button("Submit", key="my_button")
        """,
        [RUN],
    ),
    _s(
        "duplicate_widget_id",
        """
        import streamlit as st
        st.write("kept")
        st.button("same")
        st.button("same")
        st.write("not reached")
        """,
        [RUN],
    ),
    _s(
        "duplicate_key",
        """
        import streamlit as st
        st.text_input("one", key="k")
        st.checkbox("two", key="k")
        """,
        [RUN],
    ),
    _s(
        "missing_key_item_access",
        """
        import streamlit as st
        st.write("get", st.session_state.get("x", "dflt"), "x" in st.session_state)
        st.write(st.session_state["x"])
        """,
        [RUN],
    ),
    _s(
        "missing_key_attribute_access",
        """
        import streamlit as st
        st.write(st.session_state.x)
        """,
        [RUN],
    ),
    _s(
        "missing_key_delete",
        """
        import streamlit as st
        del st.session_state["nope"]
        """,
        [RUN],
    ),
    # ------------------------------------------------------------------ form errors
    _s(
        "form_widget_on_change_error",
        """
        import streamlit as st
        def cb():
            pass
        with st.form("f"):
            st.text_input("t", on_change=cb)
            st.form_submit_button("go")
        """,
        [RUN],
    ),
    _s(
        "button_inside_form_error",
        """
        import streamlit as st
        with st.form("f"):
            st.text_input("t")
            st.button("not allowed")
            st.form_submit_button("go")
        """,
        [RUN],
    ),
    _s(
        "submit_button_outside_form_error",
        """
        import streamlit as st
        st.write("x")
        st.form_submit_button("go")
        """,
        [RUN],
    ),
    _s(
        "nested_forms_error",
        """
        import streamlit as st
        with st.form("outer"):
            st.write("in outer")
            with st.form("inner"):
                st.write("in inner")
                st.form_submit_button("inner go")
            st.form_submit_button("outer go")
        """,
        [RUN],
    ),
    _s(
        "duplicate_form_key",
        """
        import streamlit as st
        with st.form("f"):
            st.form_submit_button("a")
        with st.form("f"):
            st.form_submit_button("b")
        """,
        [RUN],
    ),
]

# ---------------------------------------------------------------------- guide example apps

EXAMPLES_DIR = Path(__file__).resolve().parents[2] / "examples"

# (path relative to examples/, steps): one run plus a standard interaction each.
EXAMPLE_APPS: list[tuple[str, list[Step]]] = [
    ("counter.py", [RUN, ("button", 0, "click"), RUN, ("button", 0, "click"), RUN]),
    (
        "session_state/counter_no_state.py",
        [RUN, ("button", 0, "click"), RUN, ("button", 0, "click"), RUN],
    ),
    ("session_state/session_state_api.py", [RUN, RUN]),
    ("session_state/read_value.py", [RUN, ("session_state_set", "key", "other"), RUN]),
    ("session_state/update_value.py", [RUN, RUN]),
    ("session_state/uninitialized_exception.py", [RUN, ("session_state_set", "value", 1), RUN]),
    ("session_state/counter.py", [RUN, ("button", 0, "click"), RUN, ("button", 0, "click"), RUN]),
    ("session_state/counter_callback.py", [RUN, ("button", 0, "click"), RUN, RUN]),
    (
        "session_state/counter_callback_args.py",
        [RUN, ("number_input", 0, "set_value", 5), RUN, ("button", 0, "click"), RUN],
    ),
    (
        "session_state/counter_callback_kwargs.py",
        [RUN, ("button", 0, "click"), RUN, ("button", 1, "click"), RUN],
    ),
    (
        # The default time is datetime.now(); pin it from the test so both sides agree.
        "session_state/counter_form.py",
        [
            ("session_state_set", "update_time", datetime.time(7, 45)),
            RUN,
            ("time_input", 0, "set_value", datetime.time(10, 30)),
            ("number_input", 0, "set_value", 3),
            ("button", 0, "click"),
            RUN,
        ],
    ),
    ("session_state/widget_mirror_slider.py", [RUN, ("slider", 0, "set_value", -20.5), RUN]),
    ("session_state/button_state_exception.py", [RUN, RUN, RUN]),
    ("session_state/serializable_state.py", [RUN]),
]
