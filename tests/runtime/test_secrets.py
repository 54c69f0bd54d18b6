"""``st.secrets``: only what the test passes, Streamlit's API and errors, masked output."""

from __future__ import annotations

from pathlib import Path

import pytest

from apptest import AppTest
from apptest.errors import StreamlitSecretNotFoundError
from apptest.runtime._secrets import Secrets, mask_secrets, secret_strings

SECRETS = {"db": {"user": "bob", "password": "s3cret-pw"}, "token": "tok-123456"}

READ_ALL = """
import streamlit as st
s = st.secrets
st.write(s.db.user, s["db"]["password"], s.token, s.get("nope", "dflt"), s.has_key("db"))
st.write(repr(sorted(s.keys())), repr(s.to_dict()), type(s.db).__name__, len(s), "db" in s)
st.write(repr(s.db.to_dict()), repr(dict(s.items())["db"]))
"""


def _errors(at: AppTest) -> list[str]:
    return [m.value for m in at.markdown if m.value.startswith("E ")]


def test_dict_secrets_attribute_item_and_mapping_access() -> None:
    at = AppTest.from_string(READ_ALL, secrets=SECRETS).run()
    assert not at.exception
    assert at.markdown[0].value == "bob s3cret-pw tok-123456 dflt `True`"
    assert "AttrDict" in at.markdown[1].value
    assert "['db', 'token']" in at.markdown[1].value


def test_toml_file_is_read_only_when_given(tmp_path: Path) -> None:
    app = tmp_path / "app.py"
    app.write_text("import streamlit as st\nst.write(st.secrets['api'].key)\n")
    (tmp_path / ".streamlit").mkdir()
    (tmp_path / ".streamlit" / "secrets.toml").write_text('[api]\nkey = "k-from-file"\n')
    without = AppTest.from_file(str(app)).run()
    assert without.exception[0].value.startswith("No secrets found.")
    given = AppTest.from_file(str(app), secrets=".streamlit/secrets.toml").run()
    assert given.markdown[0].value == "k-from-file"
    assert given.secrets == {"api": {"key": "k-from-file"}}


def test_at_secrets_set_before_run() -> None:
    at = AppTest.from_string("import streamlit as st\nst.write(st.secrets['x'])")
    at.secrets["x"] = "from-test"
    assert at.run().markdown[0].value == "from-test"


def test_no_secrets_raises_streamlits_error_but_attribute_access_is_attribute_error() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        for read in (lambda: st.secrets.get("x"), lambda: "x" in st.secrets):
            try:
                read()
            except Exception as exc:
                st.write("E", type(exc).__name__)
        try:
            st.secrets.x
        except AttributeError as exc:
            st.write("E attr", str(exc)[:40])
        st.secrets["x"]
        """
    ).run()
    assert _errors(at) == [
        "E StreamlitSecretNotFoundError",
        "E StreamlitSecretNotFoundError",
        'E attr st.secrets has no attribute "x". Did you',
    ]
    exc = at.exception[0]
    assert exc.value.startswith("No secrets found. Valid paths for a secrets.toml file")
    assert ".streamlit/secrets.toml" in exc.value


def test_missing_keys_and_writes_raise_streamlits_messages() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        reads = [lambda: st.secrets["nope"], lambda: st.secrets.db["nope"],
                 lambda: st.secrets.db.nope]
        for read in reads:
            try:
                read()
            except (KeyError, AttributeError) as exc:
                st.write("E", type(exc).__name__, exc.args[0][:35])
        for write in (lambda: st.secrets.__setitem__("a", 1), lambda: setattr(st.secrets, "a", 1)):
            try:
                write()
            except TypeError as exc:
                st.write("E", str(exc))
        """,
        secrets=SECRETS,
    ).run()
    assert _errors(at) == [
        'E KeyError st.secrets has no key "nope". Did y',
        'E KeyError st.secrets has no key "nope". Did y',
        'E AttributeError st.secrets has no attribute "nope".',
        "E Secrets does not support item assignment.",
        "E Secrets does not support attribute assignment.",
    ]


def test_secret_values_are_masked_in_printed_trees_and_state() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        st.write("password is", st.secrets.db.password)
        st.session_state.tok = st.secrets.token
        st.text_input("t", value=st.secrets.token, key="t")
        """,
        secrets=SECRETS,
    ).run()
    text = at.to_text()
    assert "s3cret-pw" not in text and "tok-123456" not in text
    assert "password is ***" in text
    assert "***" in repr(at.text_input[0]) and "tok-123456" not in repr(at.text_input)
    assert at.session_state.tok == "tok-123456"  # values themselves are untouched


def test_mask_helpers() -> None:
    assert secret_strings({"a": ["long-one", 3], "b": {"c": "xy"}}) == {"long-one"}
    assert mask_secrets(repr("x back\\slash y"), {"back\\slash"}) == "'x *** y'"


def test_secrets_object_without_values_raises_on_read() -> None:
    with pytest.raises(StreamlitSecretNotFoundError):
        len(Secrets(None))
    assert Secrets({}).to_dict() == {}


def test_secrets_do_not_leak_between_apptests() -> None:
    src = "import streamlit as st\nst.write(st.secrets.get('x', 'none'))"
    assert AppTest.from_string(src, secrets={"x": "one"}).run().markdown[0].value == "one"
    assert AppTest.from_string(src, secrets={}).run().markdown[0].value == "none"
    assert AppTest.from_string(src).run().exception
