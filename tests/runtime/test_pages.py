"""Pages: names from file names, the page shown, switches from the test and the app."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from apptest import AppTest
from apptest.errors import InteractionError, PageNotFoundError
from apptest.runtime._page_names import (
    extract_leading_emoji,
    page_icon_and_name,
    page_sort_key,
    sanitize_url_path,
)


@pytest.mark.parametrize(
    ("file_name", "icon", "name"),
    [
        ("01_📊_Charts.py", "📊", "Charts"),
        ("2_settings.py", "", "settings"),
        ("3.py", "", "3"),
        ("10 - 🎉 party time.py", "🎉", "party_time"),
        ("about__us.py", "", "about_us"),
        ("_hidden.py", "", "hidden"),
        ("👩‍💻_Dev_team.py", "👩‍💻", "Dev_team"),
        ("🇫🇷 France.py", "🇫🇷", "France"),
        ("👍🏽_likes.py", "👍🏽", "likes"),
    ],
)
def test_page_icon_and_name_from_file_names(file_name: str, icon: str, name: str) -> None:
    assert page_icon_and_name(f"pages/{file_name}") == (icon, name)


def test_pages_sort_by_number_then_name() -> None:
    names = ["b.py", "_a.py", "10_x.py", "2_y.py", "Z.py", "01_z.py"]
    assert sorted(names, key=page_sort_key) == ["01_z.py", "2_y.py", "10_x.py", "_a.py", "b.py", "Z.py"]


def test_emoji_and_url_helpers() -> None:
    assert extract_leading_emoji("plain") == ("", "plain")
    assert extract_leading_emoji("é accent") == ("", "é accent")
    assert sanitize_url_path("  Q&A: Help / Docs ") == "qa_help_docs"


def _app(tmp_path: Path, files: dict[str, str]) -> str:
    for name, source in files.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(source), encoding="utf-8")
    return str(tmp_path / "app.py")


def test_a_one_page_app_has_its_main_page(tmp_path: Path) -> None:
    at = AppTest.from_file(_app(tmp_path, {"app.py": "import streamlit as st\n"})).run()
    assert [(p.title, p.path, p.url_path, p.default) for p in at.pages] == [("app", "app.py", "", True)]
    assert at.navigation is None
    at.switch_page("app.py").run()
    with pytest.raises(PageNotFoundError, match=r"'other\.py'"):
        at.switch_page("other.py")


def test_an_unknown_page_before_the_first_run_is_reported_after_it(tmp_path: Path) -> None:
    main = _app(tmp_path, {
        "app.py": "import streamlit as st\nst.navigation([st.Page('a.py')]).run()\n",
        "a.py": "import streamlit as st\nst.write('a')\n",
    })
    at = AppTest.from_file(main).switch_page("b")
    with pytest.raises(PageNotFoundError, match=r"a.py \(url_path '', title 'a'\)"):
        at.run()
    assert at.markdown[0].value == "a"
    at.run()  # the request is gone
    assert at.page.title == "a"


_PERSIST = {
    "app.py": """
        import streamlit as st
        def one():
            st.text_input("p", key="p", persist_state="page")
            st.text_input("s", key="s", persist_state="session")
            st.text_input("n", key="n")
        def two():
            st.write(repr(sorted(st.session_state.to_dict().items())))
        st.navigation([st.Page(one), st.Page(two)]).run()
    """,
}


def test_persist_state_across_a_page_switch(tmp_path: Path) -> None:
    at = AppTest.from_file(_app(tmp_path, _PERSIST)).run()
    for key in "psn":
        at.text_input(key=key).input(key * 2)
    at.run().switch_page("two").run()
    # as in Streamlit, the left page's "page" value is dropped at the end of this run;
    # the browser does not send the left page's own widgets ('n') with the switch
    assert at.markdown[0].value == "[('p', 'pp'), ('s', 'ss')]"
    assert at.run().markdown[0].value == "[('s', 'ss')]"
    at.switch_page("").run()
    assert [at.text_input(key=k).value for k in "psn"] == ["", "ss", ""]


def test_switching_to_the_page_shown_is_a_plain_rerun(tmp_path: Path) -> None:
    at = AppTest.from_file(_app(tmp_path, _PERSIST)).run()
    at.text_input(key="n").input("kept").run()
    at.switch_page("").run()  # the default page is at the app's root URL path
    assert at.text_input(key="n").value == "kept"
    with pytest.raises(PageNotFoundError, match="'one'"):
        at.switch_page("one")


def test_page_link_clicks(tmp_path: Path) -> None:
    main = _app(tmp_path, {
        "app.py": """
            import streamlit as st
            def home():
                st.page_link(other, disabled=True)
                st.page_link("https://example.com", label="Out")
                st.page_link(other, label="Other", query_params={"a": ["1", "2"], "b": 3})
            def go():
                st.write("other", repr(st.query_params.to_dict()))
            other = st.Page(go, title="Other page", icon="🚀")
            st.navigation([st.Page(home), other]).run()
        """,
    })
    at = AppTest.from_file(main, query_params={"embed": "true", "x": "1"}).run()
    disabled, out, other = at.page_link
    assert (disabled.value, disabled.icon, other.icon) == ("Other page", "🚀", "🚀")
    with pytest.raises(InteractionError, match="disabled page_link 'Other page'"):
        disabled.click()
    assert out.click().opened_urls == ["https://example.com"]
    other.click().run()
    assert at.markdown[0].value == "other {'a': '2', 'b': '3'}"
    assert at.query_params == {"embed": "true", "a": ["1", "2"], "b": "3"}


def test_switch_page_in_a_callback_uses_the_pages_of_the_last_run(tmp_path: Path) -> None:
    # Real AppTest raises StreamlitPageNotFoundError here: it forgets the pages between runs.
    main = _app(tmp_path, {
        "app.py": """
            import streamlit as st
            st.text_input("t", key="t")
            st.button("go", on_click=st.switch_page, args=("pages/b.py",))
        """,
        "pages/b.py": "import streamlit as st\nst.write('b', repr(st.session_state.to_dict()))\n",
    })
    at = AppTest.from_file(main).run()
    at.text_input(key="t").input("x")
    at.button[0].click().run()
    assert (at.page.path, at.markdown[0].value) == ("pages/b.py", "b {}")


def test_switch_page_takes_page_objects_and_pages_entries(tmp_path: Path) -> None:
    from apptest._facade._page import Page

    main = _app(tmp_path, {
        "app.py": """
            import streamlit as st
            st.navigation([st.Page("a.py"), st.Page("b.py", url_path="bee")]).run()
        """,
        "a.py": "import streamlit as st\nst.write('a')\n",
        "b.py": "import streamlit as st\nst.write('b')\n",
    })
    at = AppTest.from_file(main)
    at.switch_page(Page("b.py", url_path="bee")).run()  # made outside a run, before the first
    assert at.markdown[0].value == "b"
    at.switch_page(at.pages[0]).run()
    assert at.markdown[0].value == "a"
    at.switch_page(Path("b.py")).run()
    assert at.page.url_path == "bee"


def test_a_fragment_rerun_inside_a_page_keeps_its_widgets_identity() -> None:
    at = AppTest.from_string("""
        import streamlit as st
        def page():
            @st.fragment
            def part():
                st.text_input("x", key="x")
                st.button("b")
            part()
        st.navigation([st.Page(page), st.Page(lambda: None, title="other", url_path="o")]).run()
    """).run()
    at.text_input(key="x").input("hello").run()
    at.button[0].click().run()  # a fragment-only rerun: the page's script hash is restored
    assert at.text_input(key="x").value == "hello"
