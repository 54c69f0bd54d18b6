"""``st.get_option`` / ``st.set_option``: Streamlit's names, defaults and errors, per server."""

from __future__ import annotations

from pathlib import Path

import pytest

from apptest import AppTest
from apptest.runtime._options import OPTION_DEFAULTS, SCRIPTABLE, get_option, set_option

TRY = """
import streamlit as st
for key, value in KEYS:
    try:
        st.set_option(key, value)
        st.write("ok", key, repr(st.get_option(key)))
    except Exception as exc:
        st.write("E", type(exc).__name__, str(exc))
"""


def _lines(keys: list[tuple[str, object]]) -> list[str]:
    at = AppTest.from_string(TRY.replace("KEYS", repr(keys))).run()
    return [m.value for m in at.markdown]


def test_defaults_of_common_options() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        for key in ("server.port", "theme.primaryColor", "theme.sidebar.textColor",
                    "client.showErrorDetails", "runner.magicEnabled", "server.maxUploadSize",
                    "theme.base", "browser.gatherUsageStats"):
            st.write(key, repr(st.get_option(key)))
        """
    ).run()
    assert [m.value for m in at.markdown] == [
        "server.port 8501", "theme.primaryColor None", "theme.sidebar.textColor None",
        "client.showErrorDetails 'full'", "runner.magicEnabled True",
        "server.maxUploadSize 200", "theme.base None", "browser.gatherUsageStats True",
    ]


def test_unknown_key_errors_are_streamlits() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        try:
            st.get_option("nope.x")
        except RuntimeError as exc:
            st.write("E", str(exc))
        """
    ).run()
    assert at.markdown[0].value == 'E Config key "nope.x" not defined.'
    assert _lines([("nope.x", 1)]) == ["E StreamlitAPIException Unrecognized config option: nope.x"]


def test_only_scriptable_options_can_be_set() -> None:
    lines = _lines([("client.toolbarMode", "minimal"), ("server.port", 1),
                    ("runner.enforceSerializableSessionState", True)])
    assert lines == [
        "ok client.toolbarMode 'minimal'",
        "E StreamlitAPIException server.port cannot be set on the fly. Set as command line "
        "option, e.g. streamlit run script.py --server.port, or in config.toml instead.",
        "E StreamlitAPIException runner.enforceSerializableSessionState cannot be set on the "
        "fly. Set as command line option, e.g. streamlit run script.py "
        "--runner.enforceSerializableSessionState, or in config.toml instead.",
    ]


def test_set_option_lasts_for_the_app_but_not_the_next_apptest() -> None:
    src = """
    import streamlit as st
    st.write(st.get_option("client.showErrorDetails"))
    if st.button("set"):
        st.set_option("client.showErrorDetails", "none")
    """
    at = AppTest.from_string(src).run()
    at.button[0].click().run()
    assert at.run().markdown[0].value == "none"
    assert AppTest.from_string(src).run().markdown[0].value == "full"


def test_config_file_and_overrides_are_read(tmp_path: Path) -> None:
    app = tmp_path / "app.py"
    app.write_text("import streamlit as st\nst.write(st.get_option('theme.primaryColor'))\n")
    (tmp_path / ".streamlit").mkdir()
    (tmp_path / ".streamlit" / "config.toml").write_text('[theme]\nprimaryColor = "#ff0000"\n')
    assert AppTest.from_file(str(app)).run().markdown[0].value == "#ff0000"
    over = AppTest.from_file(str(app), config={"theme.primaryColor": "#00ff00"}).run()
    assert over.markdown[0].value == "#00ff00"


def test_option_table() -> None:
    assert len([k for k in OPTION_DEFAULTS if k.startswith("theme.")]) == 295
    assert SCRIPTABLE <= set(OPTION_DEFAULTS)
    config: dict[str, object] = {}
    set_option(config, "client.disableDataExport", True)
    assert get_option(config, "client.disableDataExport") is True
    with pytest.raises(RuntimeError):
        get_option(config, "theme.nope")
