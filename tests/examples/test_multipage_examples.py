"""The multipage examples, driven as a person would: menus, buttons, page links.

``examples/multipage`` is a ``pages/`` folder app, ``examples/navigation`` an
``st.navigation`` app with a custom ``url_path``. These use apptest's page API
(``at.page``, ``at.pages``, ``page_link.click()``), which real AppTest lacks.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from apptest import AppTest
from apptest.errors import PageNotFoundError

EXAMPLES = Path(__file__).resolve().parent.parent.parent / "examples"
MULTIPAGE = str(EXAMPLES / "multipage" / "app.py")
NAVIGATION = str(EXAMPLES / "navigation" / "app.py")


def _titles(at: AppTest) -> list[str]:
    return [t.value for t in at.title]


# --------------------------------------------------------------------------- pages/ folder


def test_pages_folder_gives_the_menu_from_file_names() -> None:
    at = AppTest.from_file(MULTIPAGE).run()
    assert [(p.title, p.icon, p.url_path, p.path) for p in at.pages] == [
        ("app", "", "", "app.py"),
        ("Dashboard", "📈", "Dashboard", "pages/1_📈_Dashboard.py"),
        ("Settings", "🔧", "Settings", "pages/2_🔧_Settings.py"),
    ]
    assert at.page.title == "app"
    assert _titles(at) == ["Home"]


def test_a_button_switches_page_within_one_run() -> None:
    at = AppTest.from_file(MULTIPAGE).run()
    at.button[0].click().run()
    assert (at.page.title, _titles(at)) == ("Dashboard", ["Dashboard"])


def test_session_state_is_shared_and_page_widgets_are_cleaned_up() -> None:
    at = AppTest.from_file(MULTIPAGE).switch_page("pages/1_📈_Dashboard.py").run()
    at.button[0].click().run().button[0].click().run()
    at.checkbox(key="details").check().run()
    assert at.metric[0].value == "2"
    at.switch_page("pages/2_🔧_Settings.py").run()
    assert "details" not in at.session_state
    at.switch_page("pages/1_📈_Dashboard.py").run()
    assert at.metric[0].value == "2"
    assert at.checkbox(key="details").value is False


def test_page_link_click_and_values_that_outlive_their_page() -> None:
    at = AppTest.from_file(MULTIPAGE).run()
    assert at.page_link[0].value == "Change your name"
    at.page_link[0].click().run()
    assert at.page.path == "pages/2_🔧_Settings.py"
    at.text_input(key="name_input").input("Ann").run()
    at.selectbox(key="theme").select("dark").run()
    at.button[0].click().run()
    assert at.markdown[0].value == "Hello, Ann!"
    assert "name_input" not in at.session_state
    at.switch_page("pages/2_🔧_Settings.py").run()
    assert at.selectbox(key="theme").value == "dark"
    assert at.text_input(key="name_input").value == ""


def test_an_unknown_page_is_a_clear_error_listing_the_pages() -> None:
    at = AppTest.from_file(MULTIPAGE)
    with pytest.raises(PageNotFoundError, match=r"pages/nope\.py") as info:
        at.switch_page("pages/nope.py")
    assert "pages/1_📈_Dashboard.py (url_path 'Dashboard', title 'Dashboard')" in str(info.value)


# --------------------------------------------------------------------------- st.navigation


def test_switching_to_a_page_with_a_custom_url_path_before_the_first_run() -> None:
    # Real AppTest shows the default page here: it hashes the file name, not "config".
    at = AppTest.from_file(NAVIGATION).switch_page("views/settings.py").run()
    assert (_titles(at), at.page.url_path, at.page.icon) == (["Settings"], "config", "⚙️")
    at = AppTest.from_file(NAVIGATION).switch_page("config").run()
    assert _titles(at) == ["Settings"]


def test_main_script_widgets_keep_their_state_when_a_person_navigates() -> None:
    at = AppTest.from_file(NAVIGATION).run()
    at.sidebar.selectbox(key="team").select("blue").run()
    at.switch_page("config").run()
    at.toggle(key="notifications").set_value(True).run()
    assert at.session_state["team"] == "blue"
    at.switch_page("").run()
    assert at.markdown[0].value == "Team: blue"
    assert "notifications" not in at.session_state


def test_st_switch_page_sends_no_widget_state_as_in_streamlit() -> None:
    at = AppTest.from_file(NAVIGATION).run()
    at.sidebar.selectbox(key="team").select("blue").run()
    at.button[0].click().run()
    assert at.page.title == "Settings"
    # st.switch_page reruns without the browser's widget values: the sidebar's is reset
    assert at.session_state["team"] == "red"


def test_page_link_to_a_hidden_page_carries_its_query_params() -> None:
    at = AppTest.from_file(NAVIGATION).switch_page("config").run()
    at.page_link[0].click().run()
    assert (at.page.title, at.page.visibility) == ("Report", "hidden")
    assert at.markdown[0].value == "Period: week"
    assert at.query_params == {"period": "week"}


def test_the_navigation_as_declared() -> None:
    at = AppTest.from_file(NAVIGATION).run()
    nav = at.navigation
    assert nav is not None
    assert (nav.position, nav.sections) == ("top", ("Overview", "Admin"))
    assert [(p.title, p.section, p.url_path, p.default) for p in at.pages] == [
        ("Home", "Overview", "", True),
        ("Settings", "Admin", "config", False),
        ("Report", "Admin", "report", False),
    ]
    with pytest.raises(PageNotFoundError, match="function page 'Home'"):
        at.switch_page("app.py")
