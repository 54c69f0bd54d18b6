"""A widget bound to the URL (``bind="query-params"``), as ``QueryParams`` keeps it.

Made by ``apptest.elements._url_binding`` when such a widget is drawn.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from apptest.runtime._query_params import UrlValue


@dataclass
class Binding:
    """A widget bound to the query parameter named by its key."""

    widget_id: str
    param_key: str
    #: the widget's value as it appears in the URL (str or list[str])
    encode: Callable[[Any], UrlValue]
    #: the widget's default: a widget at its default has no parameter in the URL
    default: Any
