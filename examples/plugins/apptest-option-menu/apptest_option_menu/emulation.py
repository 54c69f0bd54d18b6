"""What an app gets from ``import streamlit_option_menu`` under test (the emulated package).

apptest executes this file as the module ``streamlit_option_menu`` while the app runs, so
the component below is declared as ``streamlit_option_menu.option_menu``, the name the
real package gives it. No frontend runs: the menu returns its default option until the
test selects another one.
"""

from __future__ import annotations

from typing import Any

import streamlit.components.v1 as components

_component_func = components.declare_component("option_menu", url="http://localhost:3001")


def option_menu(
    menu_title: str | None,
    options: list[str],
    default_index: int = 0,
    menu_icon: str | None = None,
    icons: list[str | None] | None = None,
    orientation: str = "vertical",
    styles: dict[str, Any] | None = None,
    manual_select: int | None = None,
    key: str | None = None,
    on_change: Any = None,
) -> str:
    """The option the person picked (``options[default_index]`` until they pick one)."""
    callback = None
    if on_change is not None:
        def callback() -> None:
            on_change(key)

    return _component_func(  # type: ignore[no-any-return]
        options=options, key=key, defaultIndex=default_index, icons=icons,
        menuTitle=menu_title, menuIcon=menu_icon, default=options[default_index],
        orientation=orientation, styles=styles, manualSelect=manual_select,
        on_change=callback,
    )
