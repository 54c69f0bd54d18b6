"""``st.cache_data`` / ``st.cache_resource``: keys, copies, TTL by the clock, replay, errors."""

from __future__ import annotations

import datetime as dt
import logging
import sys
from pathlib import Path

import pytest

from apptest import AppTest
from apptest.errors import InteractionError, StreamlitBadTimeStringError
from apptest.runtime._cache_params import parse_duration, ttl_seconds

COUNTED = """
import streamlit as st
st.session_state.setdefault("calls", 0)

@st.cache_data{args}
def load(n):
    st.session_state.calls += 1
    return [n]

st.write("value", load(st.session_state.get("n", 1)))
"""


def counted(args: str = "") -> AppTest:
    return AppTest.from_string(COUNTED.format(args=args))


def test_second_run_is_a_hit() -> None:
    at = counted().run().run()
    assert at.session_state.calls == 1
    stats = at.cache_stats()["load"]
    assert (stats.hits, stats.misses, stats.entries, stats.calls) == (1, 1, 1, 2)


def test_decorator_with_and_without_parentheses() -> None:
    assert counted("()").run().run().session_state.calls == 1


@pytest.mark.parametrize(
    ("ttl", "seconds"),
    [('"1h"', 3600), ("60", 60), ("dt.timedelta(minutes=1)", 60), ('"1m"', 60), ('"00:01:00"', 60)],
)
def test_ttl_expires_with_the_harness_clock(ttl: str, seconds: int) -> None:
    at = AppTest.from_string("import datetime as dt\n" + COUNTED.format(args=f"(ttl={ttl})"))
    at.clock.freeze("2024-01-01 09:00")
    at.run()
    at.clock.tick(seconds - 1)
    assert at.run().session_state.calls == 1
    at.clock.tick(1)
    assert at.run().session_state.calls == 2
    assert at.cache_stats()["load"].misses == 2


def test_max_entries_drops_least_recently_used() -> None:
    at = counted("(max_entries=1)").run()
    at.session_state.n = 2
    at.run()
    at.session_state.n = 1
    assert at.run().session_state.calls == 3


def test_result_is_a_fresh_copy_for_cache_data() -> None:
    at = AppTest.from_string("""
        import streamlit as st
        @st.cache_data
        def rows():
            return {"a": [1]}
        r = rows()
        st.write(repr(r))
        r["a"].append(2)
    """).run()
    assert at.run().markdown[0].value == "{'a': [1]}"


def test_resource_is_the_same_object_for_every_session() -> None:
    at = AppTest.from_string("""
        import streamlit as st
        @st.cache_resource
        def pool():
            return []
        pool().append(1)
        st.write(str(len(pool())))
    """).run()
    other = at.new_session().run()
    assert other.markdown[0].value == "2"
    assert other.cache_stats()["pool"].misses == 1


def test_string_ttl_parsing_matches_pandas_timedelta() -> None:
    pd = pytest.importorskip("pandas")
    for text in ["1h", "1D", "1.5 days", "1h23s", "2 days 03:00:00", "00:30:00", "P1DT2H",
                 "1 hour 30 minutes", "10min", "10 m", "5sec", "100ms", "1W", "3hours",
                 "1 days, 02:00:00", "1:00:00.5", "1day2hours", " 2h ", "-1h"]:
        assert parse_duration(text) == pytest.approx(pd.Timedelta(text).total_seconds()), text


@pytest.mark.parametrize("text", ["", "abc", "1y", "1M", "30 mins", "01:00"])
def test_bad_ttl_strings(text: str) -> None:
    with pytest.raises(StreamlitBadTimeStringError, match="Time string doesn't look right"):
        ttl_seconds(text)


def test_ttl_seconds_forms() -> None:
    assert ttl_seconds(dt.timedelta(hours=1)) == 3600
    assert ttl_seconds(5) == 5.0
    assert ttl_seconds(None) is None


def test_clear_with_arguments_clears_one_entry() -> None:
    at = AppTest.from_string("""
        import streamlit as st
        st.session_state.setdefault("calls", [])
        @st.cache_data
        def f(n, *, scale=1):
            st.session_state.calls.append(n)
            return n
        f(1); f(2, scale=3)
        if st.session_state.get("clear"):
            f.clear(2, scale=3)
    """).run()
    at.session_state.clear = True
    at.run()
    at.session_state.clear = False
    assert at.run().session_state.calls == [1, 2, 2]


def test_cached_method_hashes_self_unless_underscore() -> None:
    at = AppTest.from_string("""
        import dataclasses
        import streamlit as st
        st.session_state.setdefault("calls", 0)
        @dataclasses.dataclass
        class Repo:
            name: str
            @st.cache_data
            def rows(self, n):
                st.session_state.calls += 1
                return n
        Repo("a").rows(1); Repo("a").rows(1); Repo("b").rows(1)
    """).run()
    assert at.session_state.calls == 2


def test_unhashable_param_message() -> None:
    at = AppTest.from_string("""
        import threading
        import streamlit as st
        @st.cache_resource
        def connect(lock):
            return 1
        connect(threading.Lock())
    """).run()
    exc = at.exception[0]
    assert exc.proto.type == "streamlit.runtime.caching.cache_errors.UnhashableParamError"
    assert exc.value.startswith(
        "Cannot hash argument 'lock' (of type `_thread.lock`) in 'connect'."
    )
    assert "@st.cache_resource\ndef connect(_lock, ...):" in exc.value


def test_user_hash_error_names_the_hash_function() -> None:
    at = AppTest.from_string("""
        import streamlit as st
        class Conn: pass
        def by_url(c):
            raise ValueError("no url")
        @st.cache_data(hash_funcs={Conn: by_url})
        def f(conn):
            return 1
        f(Conn())
    """).run()
    message = at.exception[0].value
    assert message.startswith("no url\n\nThis error is likely due to a bug in `by_url()`")
    assert "`@st.cache_data` decorator of\n`f()`" in message


def test_elements_are_replayed_on_a_hit_where_the_call_is() -> None:
    at = AppTest.from_string("""
        import streamlit as st
        @st.cache_data
        def f():
            st.write("from f")
            with st.expander("more"):
                st.caption("detail")
            st.sidebar.write("side")
            return 1
        col = st.columns(2)[st.session_state.get("col", 0)]
        with col:
            f()
    """).run()
    assert at.columns[0].markdown[0].value == "from f"
    at.session_state.col = 1
    at.run()
    assert at.cache_stats()["f"].hits == 1
    assert at.columns[1].markdown[0].value == "from f"
    assert at.columns[1].expander[0].caption[0].value == "detail"
    assert at.sidebar.markdown[0].value == "side"
    assert not at.columns[0].children


def test_placeholder_created_inside_is_replayed() -> None:
    at = AppTest.from_string("""
        import streamlit as st
        @st.cache_data
        def f():
            slot = st.empty()
            slot.write("first")
            slot.write("second")
            return 1
        f()
    """).run().run()
    assert [m.value for m in at.markdown] == ["second"]


def test_widget_in_cached_function_warns_and_is_replayed(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING):
        at = AppTest.from_string("""
            import streamlit as st
            @st.cache_resource
            def f():
                st.slider("inside", 0, 10)
                return 1
            f()
        """).run()
    assert "widget command in a cached function" in caplog.text
    assert [(e.is_warning, e.proto.type) for e in at.exception] == [(True, "CachedWidgetWarning")]
    at.run()
    assert len(at.exception) == 1 and len(at.slider) == 1
    with pytest.raises(InteractionError):  # a replayed widget is drawn, not registered
        at.slider[0].set_value(3)


def test_helper_module_function_keys_entries_per_server(tmp_path: Path) -> None:
    (tmp_path / "apptest_cached_helper.py").write_text(
        "import streamlit as st\n\n@st.cache_data\ndef load():\n    return 1\n"
    )
    app = tmp_path / "app.py"
    app.write_text("from apptest_cached_helper import load\nload()\n")
    try:
        first = AppTest.from_file(str(app)).run()
        second = AppTest.from_file(str(app)).run()  # the module is reused from sys.modules
        first.run()
        assert (first.cache_stats()["load"].misses, first.cache_stats()["load"].hits) == (1, 1)
        assert (second.cache_stats()["load"].misses, second.cache_stats()["load"].hits) == (1, 0)
    finally:
        sys.modules.pop("apptest_cached_helper", None)


def test_nested_cached_functions_record_into_both() -> None:
    at = AppTest.from_string("""
        import streamlit as st
        @st.cache_data
        def inner():
            st.write("inner")
            return 1
        @st.cache_data
        def outer(n):
            st.write("outer")
            return inner() + n
        outer(1)
        outer(2)
    """).run()
    assert [m.value for m in at.markdown] == ["outer", "inner", "outer", "inner"]
    assert [m.value for m in at.run().markdown] == ["outer", "inner", "outer", "inner"]


def test_validate_and_on_release() -> None:
    at = AppTest.from_string("""
        import streamlit as st
        st.session_state.setdefault("released", [])
        @st.cache_resource(validate=lambda r: r["ok"], on_release=st.session_state.released.append)
        def res():
            return {"ok": True}
        r = res()
        r["ok"] = st.session_state.get("ok", True)
    """).run()
    at.session_state.ok = False
    at.run()
    assert at.run().session_state.released == [{"ok": False}]
    assert at.cache_stats()["res"].misses == 2


def _session_scoped_app(released: list) -> None:
    import streamlit as st

    @st.cache_resource(scope="session", on_release=released.append)
    def mine() -> list:
        return [len(released)]

    st.write(str(id(mine())))


def test_session_scope_is_per_tab_and_ends_with_it() -> None:
    released: list = []
    at = AppTest.from_function(_session_scoped_app, args=(released,)).run()
    other = at.new_session().run()
    assert at.markdown[0].value != other.markdown[0].value
    assert at.run().markdown[0].value == at.markdown[0].value
    assert at.cache_stats()["mine"].misses == 2
    other.close()
    assert released == [[0]]
    assert at.cache_stats()["mine"].entries == 1


def test_persist_disk_survives_restart_and_logs_ignored_ttl(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING):
        at = counted('(persist="disk", ttl=60)').run()
    assert "has a TTL that will be ignored" in caplog.text
    at.clock.tick(120)
    at.restart_server()
    assert at.run().session_state.calls == 0  # new session state; the result came from "disk"
    assert at.cache_stats()["load"].hits == 1


def test_each_apptest_has_its_own_caches() -> None:
    at = counted().run()
    other = counted().run()
    assert other.session_state.calls == 1
    assert other.cache_stats()["load"].misses == 1


def test_global_clear() -> None:
    at = AppTest.from_string("""
        import streamlit as st
        st.session_state.setdefault("calls", 0)
        @st.cache_resource
        def f():
            st.session_state.calls += 1
        f()
        if st.button("clear"):
            st.cache_resource.clear()
            f()
    """).run()
    assert at.button[0].click().run().session_state.calls == 2
    assert at.run().session_state.calls == 2


def test_bad_decorator_arguments() -> None:
    at = AppTest.from_string("""
        import streamlit as st
        for kwargs in ({"persist": "memory"}, {"scope": "tab"}, {"max_size": True},
                       {"refresh_mode": "later"}, {"refresh_mode": "background", "ttl": 0},
                       {"refresh_mode": "background", "ttl": 5, "persist": "disk"}):
            try:
                st.cache_data(**kwargs)
            except Exception as exc:
                st.write(type(exc).__name__)
    """).run()
    assert [m.value for m in at.markdown] == [
        "StreamlitValueError", "StreamlitValueError", "StreamlitInvalidParameterTypeError",
        "StreamlitValueError", "StreamlitValueError", "StreamlitIncompatibleParametersError",
    ]


def test_cached_function_outside_a_run_just_runs() -> None:
    from apptest._facade._caching import cache_data

    calls = []

    @cache_data
    def f(n: int) -> int:
        calls.append(n)
        return n

    assert (f(1), f(1)) == (1, 1)
    assert calls == [1, 1]
    f.clear()


def test_async_cached_function() -> None:
    at = AppTest.from_string("""
        import asyncio
        import streamlit as st
        st.session_state.setdefault("calls", 0)
        @st.cache_data
        async def load():
            st.session_state.calls += 1
            return 5
        st.write(str(asyncio.run(load())))
    """).run().run()
    assert at.markdown[0].value == "5"
    assert at.session_state.calls == 1
