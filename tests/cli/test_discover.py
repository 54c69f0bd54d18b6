"""Which scripts ``apptest check`` treats as apps (``apptest._cli_discover``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from apptest._cli_discover import App, DiscoveryError, discover, read_directives
from tests.cli._helpers import ROOT, write

APP = "import streamlit as st\nst.write('hi')\n"


def paths(found: list[App]) -> list[str]:
    return [app.path for app in found]


def test_a_folder_gives_the_scripts_that_import_streamlit(in_tmp: Path) -> None:
    write(in_tmp, "a.py", APP)
    write(in_tmp, "sub/b.py", "from streamlit import write\nwrite('b')\n")
    write(in_tmp, "plain.py", "print('not an app')\n")
    assert paths(discover(["."])) == ["a.py", "sub/b.py"]


def test_a_module_an_app_imports_is_not_an_app(in_tmp: Path) -> None:
    write(in_tmp, "app.py", "import streamlit as st\nfrom helpers import greet\nst.write(greet())\n")
    write(in_tmp, "helpers.py", "import streamlit as st\ndef greet():\n    return 'hi'\n")
    assert paths(discover(["."])) == ["app.py"]


def test_pages_folder_belongs_to_its_app(in_tmp: Path) -> None:
    write(in_tmp, "home.py", APP)
    write(in_tmp, "pages/1_One.py", APP)
    write(in_tmp, "pages/2_Two.py", APP)
    assert paths(discover(["."])) == ["home.py"]


def test_pages_named_by_st_page_belong_to_their_app(in_tmp: Path) -> None:
    write(in_tmp, "app.py", """
        import streamlit as st
        st.navigation([st.Page("views/a.py"), st.Page("views/b.py")]).run()
        """)
    write(in_tmp, "views/a.py", APP)
    write(in_tmp, "views/b.py", "import streamlit as st\nst.switch_page('views/a.py')\n")
    write(in_tmp, "other.py", APP)
    assert paths(discover(["."])) == ["app.py", "other.py"]


def test_tests_packages_and_hidden_folders_are_not_searched(in_tmp: Path) -> None:
    write(in_tmp, "app.py", APP)
    write(in_tmp, "tests/test_app.py", APP)
    write(in_tmp, "tests/fixture_app.py", APP)
    write(in_tmp, "pkg/__init__.py", "")
    write(in_tmp, "pkg/widgets.py", APP)
    write(in_tmp, ".venv/lib/x.py", APP)
    write(in_tmp, "conftest.py", APP)
    assert paths(discover(["."])) == ["app.py"]


def test_a_file_given_by_name_is_always_checked(in_tmp: Path) -> None:
    write(in_tmp, "home.py", APP)
    write(in_tmp, "pages/1_One.py", "print('no streamlit import')\n")
    assert paths(discover(["pages/1_One.py", "."])) == ["pages/1_One.py", "home.py"]


def test_the_same_app_twice_is_checked_once(in_tmp: Path) -> None:
    write(in_tmp, "app.py", APP)
    assert paths(discover(["app.py", ".", "./app.py"])) == ["app.py"]


def test_a_missing_path_is_an_error(in_tmp: Path) -> None:
    with pytest.raises(DiscoveryError, match="no such file or folder: nope"):
        discover(["nope"])


def test_directives_are_read_from_comments(in_tmp: Path) -> None:
    write(in_tmp, "boom.py", APP + "# apptest: expect-exception KeyError  (on purpose)\n")
    write(in_tmp, "slow.py", APP + "# apptest: skip needs a database\n")
    write(in_tmp, "any.py", APP + "#apptest: expect-exception\n")
    assert discover(["."]) == [
        App("any.py", expect=""), App("boom.py", expect="KeyError"),
        App("slow.py", skip="needs a database"),
    ]


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("# apptest: skip", ("", None)),
        ("# apptest: expect-exception (by design)", (None, "")),
        ("x = 1  # apptest: skip", (None, None)),  # only a comment line counts
        ("", (None, None)),
    ],
)
def test_read_directives(source: str, expected: tuple[str | None, str | None]) -> None:
    assert read_directives(source) == expected


def test_the_repository_examples(monkeypatch: pytest.MonkeyPatch) -> None:
    """Helper modules, ``pages/`` and ``st.Page`` files and plugin packages are not apps."""
    monkeypatch.chdir(ROOT)
    found = paths(discover(["examples"]))
    assert "examples/multipage/app.py" in found
    assert "examples/navigation/app.py" in found
    for part in ("pages/", "views/", "data_app/sales.py", "apptest_option_menu"):
        assert not [p for p in found if part in p], part
    expected = {app.path: app.expect for app in discover(["examples"]) if app.expect}
    assert expected == {
        "examples/session_state/button_state_exception.py": "StreamlitValueAssignmentNotAllowedError",
        "examples/session_state/serializable/app.py": "UnserializableSessionStateError",
        "examples/session_state/uninitialized_exception.py": "KeyError",
    }
