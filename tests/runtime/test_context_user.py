"""``st.context`` seeded by the test; ``st.user``, ``st.login`` and ``st.logout``; ``st.connection``."""

from __future__ import annotations

import pytest

from apptest import AppTest
from apptest.errors import AppTestError

CONTEXT_APP = """
import streamlit as st
c = st.context
st.write(c.timezone, repr(c.timezone_offset), c.locale, c.url, repr(c.is_embedded))
st.write(c.theme.type, c["theme"]["type"], repr(c.ip_address), type(c.theme).__name__)
st.write(repr(c.headers.to_dict()), repr(c.headers.get_all("x-tag")), c.headers["content-TYPE"])
st.write(repr(c.cookies.to_dict()), "theme" in c)
"""


def _md(at: AppTest) -> list[str]:
    return [m.value for m in at.markdown]


def test_context_from_the_test() -> None:
    at = AppTest.from_string(CONTEXT_APP, context={
        "timezone": "Europe/Berlin", "timezone_offset": -60, "locale": "de-DE",
        "url": "http://localhost:8501", "is_embedded": False, "theme": "dark",
        "ip_address": "10.0.0.7", "cookies": {"session": "abc"},
        "headers": [("Content-Type", "text/html"), ("X-Tag", "a"), ("x-tag", "b")],
    }).run()
    assert not at.exception
    assert _md(at) == [
        "Europe/Berlin -60 de-DE http://localhost:8501 False",
        "dark dark '10.0.0.7' StreamlitTheme",
        "{'Content-Type': 'text/html', 'X-Tag': 'a'} ['a', 'b'] text/html",
        "{'session': 'abc'} `True`",
    ]


def test_unset_context_reads_none_and_empty() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        c = st.context
        st.write(repr([c.timezone, c.locale, c.url, c.theme.type, c.ip_address, c.is_embedded]))
        st.write(repr(c.headers.to_dict()), repr(c.cookies.to_dict()))
        try:
            c["bad"]
        except KeyError as exc:
            st.write("E", exc.args[0])
        """
    ).run()
    assert _md(at) == [
        "[None, None, None, None, None, None]",
        "{} {}",
        'E st.context has no key "bad". Valid keys are: cookies, headers, ip_address, '
        "is_embedded, locale, theme, timezone, timezone_offset, url.",
    ]


def test_context_changes_between_runs_and_localhost_ip_is_none() -> None:
    at = AppTest.from_string(
        "import streamlit as st\nst.write(repr(st.context.ip_address), repr(st.context.locale))"
    )
    at.context["ip_address"] = "127.0.0.1"
    assert at.run().markdown[0].value == "None None"
    at.context["locale"] = "fr-FR"
    assert at.run().markdown[0].value == "None 'fr-FR'"


@pytest.mark.parametrize(("context", "message"), [
    ({"nope": 1}, "AppTest.context does not support 'nope'"),
    ({"timezone_offset": True}, "AppTest.context['timezone_offset'] must be int, not bool."),
    ({"theme": "blue"}, "AppTest.context['theme'] must be 'light' or 'dark', not 'blue'."),
    ({"cookies": {"a": 1}}, "AppTest.context['cookies'] must be a dict of str to str."),
    ({"headers": [("a",)]}, "AppTest.context['headers'] must map header names"),
])
def test_bad_context_raises_before_the_run(context: dict, message: str) -> None:
    at = AppTest.from_string("import streamlit as st\nst.session_state.ran = True", context=context)
    with pytest.raises(AppTestError, match=message.replace("[", r"\[").replace("(", r"\(")):
        at.run()
    assert "ran" not in at.session_state


USER_APP = """
import streamlit as st
st.write(repr(st.user.to_dict()))
if st.user.get("is_logged_in"):
    st.write("hello", st.user.name, st.user["email"], repr(st.user.tokens.to_dict()))
    if st.button("Log out", key="out"):
        st.logout()
        st.write("after logout", repr(st.user.to_dict()))
elif st.button("Log in", key="in"):
    st.login("google")
    st.write("redirecting")
"""


def test_default_user_is_real_apptests() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        st.write(st.user.email, len(st.user), "email" in st.user)
        for read in (lambda: st.user.is_logged_in, lambda: st.user["nope"]):
            try:
                read()
            except (AttributeError, KeyError) as exc:
                st.write("E", exc.args[0])
        try:
            st.user.name = "x"
        except Exception as exc:
            st.write("E", type(exc).__name__, str(exc))
        """
    ).run()
    assert _md(at) == [
        "test@example.com `1` `True`",
        'E st.user has no attribute "is_logged_in".',
        'E st.user has no key "nope".',
        "E StreamlitAPIException st.user cannot be modified",
    ]
    assert at.user == {"email": "test@example.com"}


def test_login_from_the_test_and_logout_from_the_app() -> None:
    at = AppTest.from_string(USER_APP)
    at.logout().run()
    assert _md(at) == ["{'is_logged_in': False}"]
    at.button(key="in").click().run()
    assert at.login_attempts == ["google"]
    assert "redirecting" in _md(at)
    at.login({"email": "ada@example.com", "name": "Ada", "tokens": {"id": "t1"}}).run()
    assert "hello Ada ada@example.com {'id': 't1'}" in _md(at)
    at.button(key="out").click().run()
    assert "after logout {'is_logged_in': False}" in _md(at)
    assert at.user == {"is_logged_in": False}
    assert at.run().markdown[0].value == "{'is_logged_in': False}"


def test_login_without_provider_records_default_and_needs_no_authlib() -> None:
    at = AppTest.from_string("import streamlit as st\nst.login()\nst.login('okta')\nst.write('on')").run()
    assert not at.exception and at.markdown[0].value == "on"
    assert at.login_attempts == ["default", "okta"]


def test_auth_secrets_section_makes_is_logged_in_false() -> None:
    at = AppTest.from_string(
        "import streamlit as st\nst.write(repr(st.user.to_dict()))",
        secrets={"auth": {"redirect_uri": "http://localhost:8501/oauth2callback"}},
    )
    at.user = {}
    assert at.run().markdown[0].value == "{'is_logged_in': False}"


def test_user_must_be_a_dict() -> None:
    at = AppTest.from_string("import streamlit as st")
    at.user = "bob"  # type: ignore[assignment]
    with pytest.raises(AppTestError, match=r"AppTest\.user must be a dict, not str\."):
        at.run()


CONNECTION_APP = """
import streamlit as st
conn = st.connection("sql", type="sql")
st.write(conn.query("select 1"))
"""


class FakeConnection:
    def query(self, sql: str) -> str:
        return f"rows for {sql}"


def test_connection_is_not_simulated_unless_provided() -> None:
    at = AppTest.from_string(CONNECTION_APP).run()
    exc = at.exception[0]
    assert exc.proto.type.endswith("ConnectionNotSimulatedError")
    assert "st.connection('sql') is not simulated by apptest" in exc.value
    given = AppTest.from_string(CONNECTION_APP, connections={"sql": FakeConnection()}).run()
    assert given.markdown[0].value == "rows for select 1"
    late = AppTest.from_string(CONNECTION_APP)
    late.connections["sql"] = FakeConnection()
    assert late.run().markdown[0].value == "rows for select 1"
