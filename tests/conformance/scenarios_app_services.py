"""Conformance scenarios for secrets, options, ``st.context``, ``st.user`` and components.

Real AppTest reads ``~/.streamlit/secrets.toml`` when ``at.secrets`` is empty, and seeds
secrets, user and context only through attributes the step format cannot set, so these
scenarios use the defaults: no secrets file, the default user, an empty context. Options
an app may set are not set here (real Streamlit keeps them for the rest of the process).
"""

from __future__ import annotations

from tests.conformance.scenarios import RUN, Scenario, _s

SCENARIOS: list[Scenario] = [
    _s(
        "services_secrets_missing",
        """
        import streamlit as st
        reads = [lambda: st.secrets["x"], lambda: st.secrets.x, lambda: st.secrets.get("x"),
                 lambda: "x" in st.secrets, lambda: st.secrets.to_dict()]
        for read in reads:
            try:
                read()
            except Exception as exc:
                st.write(type(exc).__name__, str(exc))
        """,
        [RUN],
    ),
    _s(
        "services_options",
        """
        import streamlit as st
        for key in ("server.port", "theme.primaryColor", "client.showErrorDetails",
                    "runner.magicEnabled", "client.toolbarMode", "theme.dark.sidebar.font"):
            st.write(key, repr(st.get_option(key)))
        for key, value in (("server.port", 1), ("nope.x", 1), ("theme.base", "dark"),
                           ("runner.enforceSerializableSessionState", True)):
            try:
                st.set_option(key, value)
            except Exception as exc:
                st.write(type(exc).__name__, str(exc))
        try:
            st.get_option("nope.x")
        except RuntimeError as exc:
            st.write("RuntimeError", str(exc))
        """,
        [RUN],
    ),
    _s(
        "services_default_context",
        """
        import streamlit as st
        c = st.context
        st.write(repr([c.timezone, c.timezone_offset, c.locale, c.url, c.is_embedded]))
        st.write(repr(c.theme), c.theme.type, repr(c.headers.to_dict()), repr(c.cookies.to_dict()))
        st.write(repr("locale" in c), repr("nope" in c))
        try:
            c["nope"]
        except KeyError as exc:
            st.write(exc.args[0])
        """,
        [RUN],
    ),
    _s(
        "services_default_user_and_logout",
        """
        import streamlit as st
        st.write(repr(st.user.to_dict()), getattr(st.user, "email", "-"), repr(len(st.user)))
        for read in (lambda: st.user.is_logged_in, lambda: st.user["name"]):
            try:
                read()
            except (AttributeError, KeyError) as exc:
                st.write(type(exc).__name__, exc.args[0])
        try:
            st.user["x"] = 1
        except Exception as exc:
            st.write(type(exc).__name__, str(exc))
        st.write(repr(st.user.tokens.to_dict()))
        if st.button("out"):
            st.logout()
            st.write("after", repr(st.user.to_dict()))
        """,
        [RUN, ("button", 0, "click"), RUN, RUN],
    ),
    _s(
        "services_components_v1_default_and_session_state",
        """
        import streamlit as st
        import streamlit.components.v1 as components
        comp = components.declare_component("my_comp", url="http://localhost:3001")
        v = comp(name="x", n=3, key="ck", default="dflt")
        st.write("v", repr(v))
        w = comp(name="y")
        st.write("w", repr(w))
        """,
        [RUN, ("session_state_set", "ck", "from test"), RUN, RUN],
    ),
    _s(
        "services_components_v1_html_iframe",
        """
        import streamlit as st
        import streamlit.components.v1 as components
        components.html("<b>hi</b>", height=100)
        components.iframe("https://example.com", height=200)
        st.components.v1.html("<i>x</i>")
        st.write("done")
        """,
        [RUN],
    ),
    _s(
        "services_components_v2_default_result",
        """
        import streamlit as st
        c = st.components.v2.component("counter", html="<button>+</button>")
        r = c(key="c", default={"count": 1}, on_count_change=lambda: None,
              on_clicked_change=lambda: None)
        st.write(repr(dict(r)), r.count)
        st.write(repr(dict(c(data=[1, 2]))))
        for call in (lambda: c(default={"x": 1}), lambda: c(on__change=lambda: None)):
            try:
                call()
            except Exception as exc:
                st.write(type(exc).__name__, str(exc))
        """,
        [RUN, RUN],
    ),
]
