"""apptest plugin emulating ``streamlit-option-menu`` (entry point group ``apptest``).

Example:
    >>> import apptest_option_menu  # doctest: +SKIP
    >>> from apptest import AppTest
    >>> at = AppTest.from_string('''
    ... from streamlit_option_menu import option_menu
    ... import streamlit as st
    ... page = option_menu("Main", ["Home", "Settings"], key="menu")
    ... st.write("page:", page)
    ... ''', plugins=[apptest_option_menu]).run()  # doctest: +SKIP
    >>> at.option_menu[0].select("Settings").run().markdown[0].value  # doctest: +SKIP
    'page: Settings'
"""

from __future__ import annotations

from typing import Any

import apptest
from apptest.elements import ComponentInstance
from apptest.errors import InteractionError

#: Streamlit's full name of the emulated component (``<module>.<declared name>``)
COMPONENT = "streamlit_option_menu.option_menu"
SEPARATOR = "---"


class OptionMenu(ComponentInstance):
    """An ``option_menu`` on the page; ``value`` is the selected option."""

    @property
    def options(self) -> list[str]:
        """The menu's options (``"---"`` is a separator, not an option)."""
        return list(self.args.get("options", []))

    @property
    def title(self) -> str | None:
        """The menu's title (``menu_title``)."""
        return self.args.get("menuTitle")  # type: ignore[no-any-return]

    @property
    def value(self) -> Any:
        """The selected option: the one the test picked, else the default."""
        picked = super().value
        return self.default if picked is None else picked

    def check_value(self, v: Any) -> Any:
        """Only one of the menu's options."""
        if v == SEPARATOR or v not in self.options:
            choices = [o for o in self.options if o != SEPARATOR]
            raise InteractionError(f"option_menu {self.title!r} has options {choices}, got {v!r}")
        return v

    def select(self, option: str) -> OptionMenu:
        """Click ``option`` in the menu (applies at the next run).

        Example:
            >>> at.option_menu[0].select("Settings").run()  # doctest: +SKIP
        """
        return self.set_value(option)  # type: ignore[return-value]


@apptest.hookimpl
def apptest_register_modules(registry: Any) -> None:
    """``import streamlit_option_menu`` gives the emulation (``emulation.py``)."""
    registry.load("streamlit_option_menu", "apptest_option_menu.emulation")


@apptest.hookimpl
def apptest_register_elements(registry: Any) -> None:
    """The menu's instances are ``OptionMenu`` nodes, listed by ``at.option_menu``."""
    registry.component(COMPONENT, OptionMenu)
    registry.collection("option_menu", OptionMenu)


@apptest.hookimpl
def apptest_serialize_element(element: Any) -> str | None:
    """One line per menu in ``print(at)`` and snapshots."""
    if not isinstance(element, OptionMenu):
        return None
    key = "" if element.key is None else f" key={element.key!r}"
    return (f"option_menu{key} title={element.title!r} value={element.value!r} "
            f"options={element.options!r}")
