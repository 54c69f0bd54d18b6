"""Conformance scenarios: ``st.navigation`` apps whose pages are functions (``from_string``).

File-based multipage apps (a ``pages/`` folder, ``st.Page("file.py")``) are compared in
``test_multipage_conformance.py``.
"""

from __future__ import annotations

from tests.conformance.scenarios import RUN, Scenario, _s

SCENARIOS: list[Scenario] = [
    _s(
        "navigation_function_pages_switch_and_share_state",
        """
        import streamlit as st

        def home():
            st.title("Home")
            st.text_input("note", key="note")
            if st.button("to stats"):
                st.switch_page(stats_page)

        def stats():
            st.title("Stats")
            st.session_state.stats_views = st.session_state.get("stats_views", 0) + 1
            st.checkbox("detail", key="detail")
            if st.button("home"):
                st.switch_page(home_page)

        home_page = st.Page(home, icon="🏠")
        stats_page = st.Page(stats, title="My stats")
        pg = st.navigation([home_page, stats_page])
        st.sidebar.number_input("level", 0, 9, key="level")
        st.write(pg.title, pg.icon, pg.url_path, pg.visibility, pg.is_external)
        pg.run()
        """,
        [
            RUN, ("number_input", {"key": "level"}, "set_value", 3),
            ("text_input", {"key": "note"}, "input", "n"), RUN,
            ("button", 0, "click"), RUN, ("checkbox", {"key": "detail"}, "check"), RUN, RUN,
            ("button", 0, "click"), RUN, ("button", 0, "click"), RUN,
        ],
    ),
    _s(
        "navigation_sections_hidden_and_external_pages",
        """
        import streamlit as st

        def first():
            st.write("first")
            if st.button("secret"):
                st.switch_page(secret_page)

        def secret():
            st.write("secret")

        secret_page = st.Page(secret, visibility="hidden", url_path="s3cr3t")
        docs = st.Page("https://docs.streamlit.io", title="Our Docs & FAQ")
        pg = st.navigation({"A": [st.Page(first)], "B": [secret_page, docs]}, expanded=2)
        st.write(docs.url_path, docs.external_url, docs.is_external, secret_page.url_path)
        st.page_link(docs)
        st.page_link(secret_page, label="hidden one")
        pg.run()
        """,
        [RUN, ("button", 0, "click"), RUN, RUN],
    ),
    _s(
        "navigation_errors",
        """
        import streamlit as st

        def a():
            st.write("a")

        def b():
            st.write("b")

        case = st.radio("case", ["ok", "two defaults", "none", "position", "expanded",
                                 "negative", "no title", "bad type", "switch unknown",
                                 "switch external", "same name", "title blank"], key="case")
        pages = [st.Page(a), st.Page(b)]
        if case == "two defaults":
            pages = [st.Page(a, default=True), st.Page(b, default=True)]
        if case == "none":
            pages = []
        if case == "no title":
            st.Page("https://example.com")
        if case == "bad type":
            pages = [3]
        if case == "same name":
            pages = [st.Page(a), st.Page(b, url_path="a")]
        if case == "title blank":
            st.Page(a, title="  ")
        pg = st.navigation(
            pages,
            position="left" if case == "position" else "sidebar",
            expanded=-1 if case == "negative" else ("x" if case == "expanded" else False),
        )
        if case == "switch unknown":
            st.switch_page("nope.py")
        if case == "switch external":
            st.switch_page(st.Page("https://example.com", title="Ex"))
        pg.run()
        """,
        [RUN] + [step for case in ["two defaults", "none", "position", "expanded", "negative",
                                   "no title", "bad type", "switch unknown", "switch external",
                                   "same name", "title blank"]
                 for step in (("radio", 0, "set_value", case), RUN)],
    ),
    _s(
        "navigation_page_widgets_get_new_ids_per_page",
        """
        import streamlit as st

        def one():
            st.text_input("same", key="same_one")
            st.button("go", on_click=lambda: st.session_state.update(went=True))

        def two():
            st.text_input("same", key="same_two")

        pg = st.navigation([st.Page(one), st.Page(two)])
        st.text_input("shared", key="shared")
        pg.run()
        if st.session_state.get("went"):
            st.write("went")
        """,
        [RUN, ("text_input", {"key": "same_one"}, "input", "x"),
         ("text_input", {"key": "shared"}, "input", "y"), RUN, ("button", 0, "click"), RUN],
    ),
]

EXPECTED_EXCEPTIONS: dict[str, list[str]] = {
    "navigation_errors": [
        "StreamlitAPIException",  # two defaults
        "StreamlitMissingRequiredParameterError",  # no pages
        "StreamlitValueError",  # position
        "StreamlitInvalidParameterTypeError",  # expanded="x"
        "StreamlitValueError",  # expanded=-1
        "StreamlitMissingRequiredParameterError",  # external URL without a title
        "StreamlitInvalidParameterTypeError",  # a page that is not page-like
        "StreamlitPageNotFoundError",  # st.switch_page("nope.py")
        "StreamlitAPIException",  # st.switch_page to an external page
        "StreamlitAPIException",  # two pages with one URL path
        "StreamlitMissingRequiredParameterError",  # a blank title
    ],
}
