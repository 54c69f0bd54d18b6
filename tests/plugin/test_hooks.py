"""Each ``apptest_*`` hook (``apptest.hookspecs``): called when it should, with what it says."""

from __future__ import annotations

import sys
import types
from typing import Any

import pytest

import apptest
from apptest import AppTest
from apptest.elements import WidgetCall, register_widget
from apptest.errors import InteractionError
from apptest.tree import Element, Widget, serialize


class Rating(Widget):
    """A plugin widget: 0 to 5 stars."""

    type = "rating"

    def __init__(self, label: str) -> None:
        self.label = label

    def check_value(self, v: Any) -> Any:
        if not isinstance(v, int) or not 0 <= v <= 5:
            raise InteractionError(f"{self.describe()} accepts 0..5 stars, got {v!r}")
        return v


def rating(self: Any, label: str, *, key: str | None = None) -> int:
    """``st.rating``: the stars a person gave (0 until they click)."""
    node = Rating(label)
    return register_widget(self, node, WidgetCall(key=key, default=0, id_params={"label": label}))


class Banner(Element):
    type = "banner"

    def __init__(self, text: str) -> None:
        self.text = text

    @property
    def value(self) -> str:
        return self.text


def banner(self: Any, text: str) -> Any:
    return self._add(Banner(text))


class Kinds:
    @apptest.hookimpl
    def apptest_register_elements(self, registry: Any) -> None:
        registry.element(rating)
        registry.collection("rating", Rating)
        registry.element(banner)
        registry.collection("banner", Banner)


RATING_APP = """
import streamlit as st
stars = st.rating("Service", key="stars")
with st.sidebar:
    st.banner("side")
col, _ = st.columns(2)
col.banner(f"{stars} stars")
"""


def test_register_elements_adds_st_function_container_method_and_collection() -> None:
    at = AppTest.from_string(RATING_APP, plugins=[Kinds()]).run()
    assert [b.value for b in at.banner] == ["0 stars", "side"]  # main area first
    assert at.sidebar.banner[0].value == "side"
    assert at.columns[0].banner[0].value == "0 stars"
    at.rating[0].set_value(4).run()
    assert at.rating(key="stars").value == 4
    assert at.get("rating")[0].value == 4
    assert at.find("banner", text="4 stars")
    assert at.session_state.stars == 4
    with pytest.raises(InteractionError, match=r"accepts 0\.\.5 stars, got 9"):
        at.rating[0].set_value(9)


def test_registered_kind_stays_with_its_server() -> None:
    with_plugin = AppTest.from_string(RATING_APP, plugins=[Kinds()]).run()
    other = AppTest.from_string(RATING_APP).run()
    assert "has no attribute 'rating'" in other.exception[0].value
    with pytest.raises(AttributeError):
        other.rating
    assert with_plugin.rating[0].value == 0
    assert with_plugin.new_session().run().rating[0].value == 0  # another tab, same server
    import apptest.elements as elements

    assert "rating" not in elements.ELEMENTS
    assert not hasattr(elements.DeltaGenerator, "rating")


def make_module() -> types.ModuleType:
    module = types.ModuleType("fake_widgets")
    module.ANSWER = 42  # type: ignore[attr-defined]
    return module


class Modules:
    @apptest.hookimpl
    def apptest_register_modules(self, registry: Any) -> None:
        registry.add("fake_widgets", make_module)


def test_register_modules_imports_only_during_runs_and_restores() -> None:
    sentinel = types.ModuleType("fake_widgets")
    sys.modules["fake_widgets"] = sentinel
    try:
        at = AppTest.from_string(
            "import fake_widgets, streamlit as st\nst.write(fake_widgets.ANSWER)",
            plugins=[Modules()],
        ).run()
        assert at.markdown[0].value == "`42`"
        assert sys.modules["fake_widgets"] is sentinel
    finally:
        del sys.modules["fake_widgets"]
    plain = AppTest.from_string("import fake_widgets").run()
    assert "No module named 'fake_widgets'" in plain.exception[0].value
    assert "fake_widgets" not in sys.modules


def test_register_modules_load_executes_a_file_under_the_given_name() -> None:
    class Loader:
        @apptest.hookimpl
        def apptest_register_modules(self, registry: Any) -> None:
            registry.load("my_colors", "colorsys")

    at = AppTest.from_string(
        "import my_colors, streamlit as st\nst.write(my_colors.__name__, my_colors.rgb_to_hsv(1, 0, 0))",
        plugins=[Loader()],
    ).run()
    assert at.markdown[0].value.startswith("my_colors")


class Recorder:
    def __init__(self) -> None:
        self.calls: list[tuple[str, Any]] = []

    @apptest.hookimpl
    def apptest_session_start(self, session: Any) -> None:
        self.calls.append(("start", session))
        session.state["greeting"] = "hello"

    @apptest.hookimpl
    def apptest_session_finish(self, session: Any) -> None:
        self.calls.append(("finish", session.state["greeting"]))


def test_session_start_and_finish() -> None:
    recorder = Recorder()
    at = AppTest.from_string("import streamlit as st\nst.write(st.session_state.greeting)",
                             plugins=[recorder])
    assert recorder.calls == [("start", at._session)]
    assert at.run().markdown[0].value == "hello"
    tab = at.new_session()
    at.close()
    assert [c[0] for c in recorder.calls] == ["start", "start", "finish"]
    assert recorder.calls[-1] == ("finish", "hello")
    tab.restart_server()
    assert [c[0] for c in recorder.calls][-2:] == ["finish", "start"]
    assert tab.run().markdown[0].value == "hello"


class Runs:
    def __init__(self) -> None:
        self.events: list[Any] = []

    @apptest.hookimpl
    def apptest_run_start(self, run: Any) -> None:
        import streamlit as st  # the facade: the run is current

        st.caption("added by a plugin")
        self.events.append(("start", run.session.run_count))

    @apptest.hookimpl
    def apptest_run_finish(self, run: Any, tree: Any) -> None:
        self.events.append(("finish", [n.type for n in tree.main.children.values()]))


def test_run_start_and_finish_for_each_execution_including_reruns() -> None:
    runs = Runs()
    app = """
    import streamlit as st
    st.write("body")
    if "again" not in st.session_state:
        st.session_state.again = True
        st.rerun()
    """
    at = AppTest.from_string(app, plugins=[runs]).run()
    assert [n.value for n in at.main.children.values()] == ["added by a plugin", "body"]
    assert runs.events == [
        ("start", 0), ("finish", ["caption", "markdown"]),
        ("start", 0), ("finish", ["caption", "markdown"]),
    ]


class Serializer:
    @apptest.hookimpl
    def apptest_serialize_element(self, element: Any) -> str | None:
        if element.type == "rating":
            return f"rating {element.label!r}: {'*' * element.value}\nkey={element.key!r}"
        return None


def test_serialize_element_in_printed_tree_and_snapshot_text() -> None:
    at = AppTest.from_string(RATING_APP, plugins=[Kinds(), Serializer()]).run()
    at.rating[0].set_value(3).run()
    assert "  rating 'Service': *** key='stars'" in at.to_text()
    assert "  markdown" not in repr(at.rating[0])  # the node's own line
    assert "\n  rating 'Service': ***\n      key='stars'\n" in serialize(at)
    assert "  banner value='side'" in serialize(at)  # other kinds keep the built-in line


class Connections:
    def __init__(self) -> None:
        self.asked: list[tuple[str, Any, dict[str, Any]]] = []

    @apptest.hookimpl
    def apptest_connection(self, name: str, type: Any, kwargs: dict[str, Any]) -> Any:
        self.asked.append((name, type, kwargs))
        return {"name": name, "url": kwargs.get("url")} if name == "sql" else None


def test_connection_from_plugin_is_kept_and_test_connections_win() -> None:
    plugin = Connections()
    app = """
    import streamlit as st
    conn = st.connection("sql", type="sql", url="sqlite://")
    st.write(conn["url"], id(conn) == st.session_state.setdefault("id", id(conn)))
    st.write(st.connection("cache")["kind"])
    """
    at = AppTest.from_string(app, plugins=[plugin], connections={"cache": {"kind": "fake"}})
    at.run().run()
    assert at.markdown[0].value == "sqlite:// `True`"
    assert at.markdown[1].value == "fake"
    assert plugin.asked == [("sql", "sql", {"url": "sqlite://"})]
    missing = AppTest.from_string("import streamlit as st\nst.connection('nosql')",
                                  plugins=[plugin]).run()
    assert "st.connection('nosql') is not simulated" in missing.exception[0].value
    assert plugin.asked[-1][0] == "nosql"
