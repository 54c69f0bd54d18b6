"""Conformance of file-based multipage apps: a ``pages/`` folder or ``st.navigation`` with files.

``scenarios_multipage.py`` can only hold ``from_string`` apps (function pages); here each
case writes an app folder, plays the same steps through real ``streamlit.testing.v1``
(``from_file`` + ``switch_page``) and through apptest, and compares the normalized tree and
session state (and the URL's query parameters) after every run. ``("switch_page", path)`` is ``at.switch_page(path)``.

Left out on purpose: switching to a page with a custom ``url_path`` before the first run
(real AppTest shows the default page; apptest shows the page, see
``tests/examples/test_multipage_examples.py``), and clicking ``page_link`` (real AppTest
cannot).
"""

from __future__ import annotations

import textwrap
from pathlib import Path
from typing import Any

import pytest

from tests.conformance._normalize import normalize
from tests.conformance.scenarios import RUN, Step, apply_step

PAGES_APP = {
    "app.py": """
        import streamlit as st
        st.session_state.visits = st.session_state.get("visits", 0) + 1
        st.title("Home")
        st.page_link("pages/01_📊_Charts.py")
        st.page_link("pages/2_settings.py", label="Go to settings")
        st.page_link("app.py")
        for name in ["pages/3.py", "pages/10 - 🎉 party time.py", "pages/about__us.py"]:
            st.page_link(name)
        st.text_input("Name", key="name")
        if st.button("Settings"):
            st.switch_page("pages/2_settings.py")
    """,
    "pages/01_📊_Charts.py": """
        import streamlit as st
        st.write("charts", st.session_state.get("visits"))
    """,
    "pages/2_settings.py": """
        import streamlit as st
        st.write("settings", st.session_state.get("visits"))
        st.text_input("Setting", key="setting")
        st.text_input("Kept", key="kept", persist_state="session")
        st.text_input("Page only", key="page_only", persist_state="page")
        if st.button("Home"):
            st.switch_page("app.py")
        if st.button("Nowhere"):
            st.switch_page("pages/nope.py")
    """,
    "pages/3.py": "import streamlit as st\nst.write('three')\n",
    "pages/10 - 🎉 party time.py": "import streamlit as st\nst.write('party')\n",
    "pages/about__us.py": "import streamlit as st\nst.write('about')\n",
}

NAVIGATION_APP = {
    "app.py": """
        import streamlit as st

        def home():
            st.title("Home")
            st.text_input("Home text", key="home_text")
            if st.button("Open settings"):
                st.switch_page(settings)
            if st.button("Open report"):
                st.switch_page("views/report.py", query_params={"id": "7"})

        settings = st.Page("views/settings.py", title="Settings", icon="⚙️", url_path="config")
        pg = st.navigation(
            {"Main": [st.Page(home, default=True)],
             "Admin": [settings, st.Page("views/report.py", visibility="hidden")]},
            position="top",
        )
        st.sidebar.text_input("Team", key="team")
        st.write(pg.title, pg.url_path, pg.icon, pg.visibility)
        pg.run()
    """,
    "views/settings.py": """
        import streamlit as st
        st.write("settings page", __name__, __file__.endswith("settings.py"))
        st.checkbox("Dark", key="dark")
        if st.button("Back"):
            st.switch_page("app.py")
    """,
    "views/report.py": """
        import streamlit as st
        st.write("report", repr(st.query_params.to_dict()))
    """,
}

ERRORS_APP = {
    "app.py": """
        import streamlit as st
        choice = st.radio("case", ["ok", "dup", "twice", "direct", "nested"], key="case")
        a = st.Page("views/a.py")
        if choice == "dup":
            st.navigation([a, st.Page("views/b.py", url_path="a")])
        if choice == "nested":
            st.Page("views/b.py", url_path="x/y")
        pg = st.navigation([a, st.Page("views/b.py")])
        if choice == "direct":
            st.Page("views/b.py").run()
        pg.run()
        if choice == "twice":
            pg.run()
    """,
    "views/a.py": "import streamlit as st\nst.write('page a')\n",
    "views/b.py": "import streamlit as st\nst.write('page b')\n",
}

CASES: list[tuple[str, dict[str, str], list[Step]]] = [
    ("pages_folder_labels_and_page_links", PAGES_APP, [RUN]),
    ("pages_folder_switch_from_the_app_and_back", PAGES_APP, [
        RUN, ("text_input", {"key": "name"}, "input", "Ann"), RUN,
        ("button", 0, "click"), RUN,
        ("text_input", {"key": "setting"}, "input", "s"),
        ("text_input", {"key": "kept"}, "input", "k"),
        ("text_input", {"key": "page_only"}, "input", "p"), RUN,
        ("button", 0, "click"), RUN,
        ("switch_page", "pages/2_settings.py"), RUN,
    ]),
    ("pages_folder_switch_from_the_test", PAGES_APP, [
        RUN, ("text_input", {"key": "name"}, "input", "Bo"), RUN,
        ("switch_page", "pages/01_📊_Charts.py"), RUN, RUN,
        ("switch_page", "pages/2_settings.py"), RUN,
        ("text_input", {"key": "kept"}, "input", "k"), RUN,
        ("switch_page", "app.py"), RUN,
        ("switch_page", "pages/2_settings.py"), RUN,
    ]),
    ("pages_folder_switch_to_an_unknown_page", PAGES_APP, [
        ("switch_page", "pages/2_settings.py"), RUN, ("button", 1, "click"), RUN,
    ]),
    ("navigation_files_functions_and_sections", NAVIGATION_APP, [
        RUN, ("text_input", {"key": "team"}, "input", "red"),
        ("text_input", {"key": "home_text"}, "input", "hi"), RUN,
        ("switch_page", "views/settings.py"), RUN,
        ("checkbox", {"key": "dark"}, "check"), RUN,
        ("button", 0, "click"), RUN,
    ]),
    ("navigation_switch_page_with_query_params", NAVIGATION_APP, [
        RUN, ("text_input", {"key": "team"}, "input", "blue"), RUN,
        ("button", 1, "click"), RUN, ("switch_page", "views/settings.py"), RUN,
        ("button", 0, "click"), RUN,
    ]),
    ("navigation_errors", ERRORS_APP, [
        RUN, ("radio", 0, "set_value", "dup"), RUN, ("radio", 0, "set_value", "twice"), RUN,
        ("radio", 0, "set_value", "direct"), RUN, ("radio", 0, "set_value", "nested"), RUN,
    ]),
]


def write_app(root: Path, files: dict[str, str]) -> Path:
    """Write an app folder; returns the main script's path."""
    for name, source in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(source).lstrip(), encoding="utf-8")
    return root / "app.py"


def play(cls: Any, main: Path, steps: list[Step]) -> list[dict[str, Any]]:
    """Apply ``steps`` to a fresh ``cls.from_file(main)``; the view after every run."""
    at = cls.from_file(str(main))
    views = []
    for step in steps:
        if step[0] == "switch_page":
            at.switch_page(step[1])
            continue
        apply_step(at, step)
        if step[0] == "run":
            views.append({**normalize(at), "url": dict(at.query_params)})
    return views


@pytest.mark.parametrize(("name", "files", "steps"), CASES, ids=[c[0] for c in CASES])
def test_multipage_apps_match_real_apptest(
    name: str, files: dict[str, str], steps: list[Step], tmp_path: Path
) -> None:
    real = pytest.importorskip("streamlit.testing.v1", reason="real Streamlit not installed")
    from tests._harness import AppTest, speed_up_real_apptest

    speed_up_real_apptest()
    # the same folder name: Streamlit's messages name the main script's folder
    expected = play(real.AppTest, write_app(tmp_path / "real" / "myapp", files), steps)
    ours = play(AppTest, write_app(tmp_path / "ours" / "myapp", files), steps)
    assert ours == expected
