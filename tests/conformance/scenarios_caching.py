"""Conformance scenarios for ``st.cache_data`` and ``st.cache_resource``.

Real AppTest keeps its caches in the process, so they leak between AppTest instances:
every script clears both cache types in its first run (a session-state flag keeps later
runs from clearing again). Calls are counted in session state, so the compared view
shows whether the function body ran. TTL expiry needs the harness clock and is tested in
``tests/runtime/test_caching.py`` only.
"""

from __future__ import annotations

from tests.conformance.scenarios import RUN, Scenario, _s

_CLEAR_ONCE = """
import streamlit as st
if "runs" not in st.session_state:
    st.cache_data.clear()
    st.cache_resource.clear()
    st.session_state.runs = 0
st.session_state.runs += 1
"""


def _c(name: str, body: str, steps: list[tuple]) -> Scenario:
    import textwrap

    return _s(name, _CLEAR_ONCE + textwrap.dedent(body), steps)


SCENARIOS: list[Scenario] = [
    _c(
        "cache_data_hit_replays_elements",
        """
        st.session_state.setdefault("calls", 0)

        @st.cache_data
        def load(n):
            st.session_state.calls += 1
            st.write("loading", n)
            box = st.container()
            box.write("in the box")
            with st.expander("details"):
                st.caption("inside the expander")
            st.sidebar.write("sidebar note")
            return n * 2

        st.title("top")
        with st.container():
            st.write("result", load(3))
        st.write("after")
        """,
        [RUN, RUN, RUN],
    ),
    _c(
        "cache_data_returns_copies",
        """
        @st.cache_data
        def items():
            return [1, 2]

        got = items()
        st.write(repr(got))
        got.append(99)
        """,
        [RUN, RUN],
    ),
    _c(
        "cache_resource_shares_object",
        """
        @st.cache_resource
        def items():
            return [1, 2]

        got = items()
        st.write(repr(got))
        got.append(len(got) + 1)
        """,
        [RUN, RUN, RUN],
    ),
    _c(
        "cache_underscore_args_and_kwargs",
        """
        import datetime, threading
        st.session_state.setdefault("calls", [])

        @st.cache_data
        def query(_conn, n, *, day=None):
            st.session_state.calls.append(n)
            return n

        query(threading.Lock(), 1)
        query(threading.Lock(), 1)
        query(None, 2, day=datetime.date(2024, 1, 1))
        query(None, 2, day=datetime.date(2024, 1, 1))
        query(None, 2, day=datetime.date(2024, 1, 2))
        st.write(repr(st.session_state.calls))
        """,
        [RUN, RUN],
    ),
    _c(
        "cache_hashes_common_types",
        """
        import dataclasses, datetime, enum
        st.session_state.setdefault("calls", 0)

        class Color(enum.Enum):
            RED = 1

        @dataclasses.dataclass
        class Point:
            x: int
            y: int

        @st.cache_data
        def f(value):
            st.session_state.calls += 1
            return repr(value)

        values = [
            1, 1.0, "1", b"1", True, None, (1, 2), [1, 2], {"a": 1}, {1, 2},
            datetime.datetime(2024, 1, 1), datetime.date(2024, 1, 1), Color.RED,
            Point(1, 2), len, f"{1}", frozenset({3}),
        ]
        for v in values:
            f(v)
        for v in values:
            f(v)
        st.write("calls", st.session_state.calls)
        """,
        [RUN, RUN],
    ),
    _c(
        "cache_clear_one_entry_and_all",
        """
        st.session_state.setdefault("calls", [])

        @st.cache_data
        def f(n):
            st.session_state.calls.append(n)
            return n

        f(1)
        f(2)
        if st.button("clear one"):
            f.clear(1)
            f(1)
            f(2)
        if st.button("clear all"):
            st.cache_data.clear()
            f(1)
            f(2)
        st.write(repr(st.session_state.calls))
        """,
        [RUN, ("button", 0, "click"), RUN, ("button", 1, "click"), RUN],
    ),
    _c(
        "cache_max_entries_evicts_least_recent",
        """
        st.session_state.setdefault("calls", [])

        @st.cache_data(max_entries=2)
        def f(n):
            st.session_state.calls.append(n)
            return n

        for n in (1, 2, 1, 3, 2, 1):
            f(n)
        st.write(repr(st.session_state.calls))
        """,
        [RUN],
    ),
    _c(
        "cache_methods_and_hash_funcs",
        """
        st.session_state.setdefault("calls", [])

        class Repo:
            def __init__(self, name):
                self.name = name

            @st.cache_data
            def rows(_self, n):
                st.session_state.calls.append((_self.name, n))
                return n

        class Conn:
            def __init__(self, url):
                self.url = url

        @st.cache_resource(hash_funcs={Conn: lambda c: c.url})
        def connect(conn):
            st.session_state.calls.append(conn.url)
            return conn.url

        Repo("a").rows(1)
        Repo("b").rows(1)
        Repo("a").rows.clear()
        Repo("a").rows(1)
        connect(Conn("db1"))
        connect(Conn("db1"))
        connect(Conn("db2"))
        st.write(repr(st.session_state.calls))
        """,
        [RUN],
    ),
    _c(
        "cache_resource_validate",
        """
        st.session_state.setdefault("calls", 0)

        @st.cache_resource(validate=lambda r: r["ok"])
        def resource():
            st.session_state.calls += 1
            return {"ok": True}

        r = resource()
        st.write("calls", st.session_state.calls)
        if st.button("break it"):
            r["ok"] = False
        """,
        [RUN, RUN, ("button", 0, "click"), RUN, RUN],
    ),
    _c(
        "cache_widget_in_cached_function_warns",
        """
        @st.cache_data
        def f():
            st.checkbox("inside")
            return 1

        f()
        st.write("done")
        """,
        [RUN],
    ),
    _c(
        "cache_unhashable_argument",
        """
        import threading

        @st.cache_data
        def f(lock):
            return 1

        st.write("before")
        f(threading.Lock())
        """,
        [RUN],
    ),
    _c(
        "cache_data_unserializable_return",
        """
        @st.cache_data
        def f():
            return lambda: 1

        f()
        """,
        [RUN],
    ),
    _c(
        "cache_data_unpicklable_generator",
        """
        @st.cache_data
        def f():
            return (n for n in range(3))

        f()
        """,
        [RUN],
    ),
    _c(
        "cache_replay_into_outside_container_fails_on_hit",
        """
        box = st.container()

        @st.cache_data
        def f():
            box.write("into an outside box")
            return 1

        f()
        st.write("done")
        """,
        [RUN, RUN],
    ),
    _c(
        "cache_bad_decorator_arguments",
        """
        for kwargs in ({"persist": "memory"}, {"ttl": "soon"}, {"scope": "tab"}):
            try:
                st.cache_data(**kwargs)
            except Exception as exc:
                st.write(type(exc).__name__, str(exc))
        try:
            st.cache_resource(refresh_mode="background")
        except Exception as exc:
            st.write(type(exc).__name__, str(exc))
        """,
        [RUN],
    ),
]

#: the exception classes each scenario shows, over all its runs (checked on real Streamlit)
EXPECTED_EXCEPTIONS: dict[str, list[str]] = {
    "cache_widget_in_cached_function_warns": ["CachedWidgetWarning"],
    "cache_unhashable_argument": ["UnhashableParamError"],
    # the lambda is a local object: pickle raises AttributeError, which Streamlit lets through
    "cache_data_unserializable_return": ["AttributeError"],
    "cache_replay_into_outside_container_fails_on_hit": ["CacheReplayClosureError"],
    "cache_data_unpicklable_generator": ["UnserializableReturnValueError"],
}
