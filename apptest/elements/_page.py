"""Page-level commands that leave no node: ``st.set_page_config`` and ``st.logo``.

Both are recorded on the run's tree instead: ``at.page_config`` is a dict of what the app
set during the last run (the parameters it passed, merged over several calls as the
browser merges them: ``page_title``, ``page_icon``, ``layout``, ``initial_sidebar_state``,
``menu_items`` with lower-case keys), ``at.logo`` a dict (``image``, ``size``, ``link``,
``icon_image``) or None.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from apptest.elements._media import is_url
from apptest.errors import StreamlitAPIException, StreamlitInvalidURLError, StreamlitValueError
from apptest.runtime._context import current_run

_SIDEBAR_VALUES = ["'auto'", "'expanded'", "'collapsed'", "'locked'", "a positive integer (width in pixels)"]
_MENU_KEYS = ("get help", "report a bug", "about")
_LOGO_SIZES = ("small", "medium", "large")


def _check_sidebar_state(state: Any) -> None:
    if state is None or state in ("auto", "expanded", "collapsed", "locked"):
        return
    if isinstance(state, int) and not isinstance(state, bool):
        if state <= 0:
            raise StreamlitValueError("initial_sidebar_state", _SIDEBAR_VALUES, detail=f"Got {state}.")
        return
    raise StreamlitValueError("initial_sidebar_state", _SIDEBAR_VALUES, detail=f"Got {state!r}.")


def _menu_items(menu_items: Mapping[str, Any]) -> dict[str, Any]:
    """Streamlit's ``validate_menu_items`` over the lower-cased keys."""
    items = {str(k).lower().strip(): v for k, v in menu_items.items()}
    for key, url in items.items():
        if key not in _MENU_KEYS:
            raise StreamlitValueError(
                "menu_items", ["'Get help'", "'Report a bug'", "'About'"],
                detail=f"`{key}` is not a supported menu item key.")
        if url is not None and key != "about" and not is_url(url, ("http", "https", "mailto")):
            raise StreamlitInvalidURLError(url, ("http", "https", "mailto"))
    return items


def set_page_config(
    page_title: str | None = None,
    page_icon: Any = None,
    layout: str | None = None,
    initial_sidebar_state: str | int | None = None,
    menu_items: Mapping[str, Any] | None = None,
) -> None:
    """``st.set_page_config``: recorded in ``at.page_config`` (no node is drawn)."""
    if layout not in (None, "centered", "wide"):
        raise StreamlitValueError("layout", ["'centered'", "'wide'"])
    _check_sidebar_state(initial_sidebar_state)
    given = {
        "page_title": page_title,
        "page_icon": page_icon,
        "layout": layout,
        "initial_sidebar_state": initial_sidebar_state,
        "menu_items": None if menu_items is None else _menu_items(menu_items),
    }
    current_run().tree.page_config.update({k: v for k, v in given.items() if v is not None})


def _logo_text(field: str) -> str:
    return (f"The {field} passed to st.logo is invalid - See [documentation]"
            "(https://docs.streamlit.io/develop/api-reference/media/st.logo) for more information "
            "on valid types")


def logo(
    image: Any,
    *,
    size: str = "medium",
    link: str | None = None,
    icon_image: Any = None,
) -> None:
    """``st.logo``: recorded in ``at.logo`` (no node is drawn)."""
    if image is None or image == "":
        raise StreamlitAPIException(_logo_text("image"))
    if link and not is_url(link):
        raise StreamlitInvalidURLError(link, ("http", "https"))
    if not isinstance(size, str) or size.lower() not in _LOGO_SIZES:
        raise StreamlitValueError("size", [f"'{s}'" for s in _LOGO_SIZES])
    current_run().tree.logo = {
        "image": image, "size": size.lower(), "link": link or None, "icon_image": icon_image or None}
