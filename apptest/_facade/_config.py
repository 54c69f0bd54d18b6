"""``st.get_option``, ``st.set_option`` and ``st.connection`` inside an app.

Options live on the app's server (see ``apptest.runtime._options``). Connections are not
simulated: ``st.connection(name)`` returns what the test provided for ``name``
(``AppTest(..., connections={name: obj})``, ``at.connections[name] = obj``, or a plugin's
``apptest_connection`` hook) and raises ``ConnectionNotSimulatedError`` otherwise.
"""

from __future__ import annotations

from typing import Any

from apptest.errors import ConnectionNotSimulatedError
from apptest.runtime import _options
from apptest.runtime._context import current_run


def get_option(key: str) -> Any:
    """``st.get_option``: the option's value for this app.

    Example:
        >>> st.get_option("theme.primaryColor")  # doctest: +SKIP
    """
    return _options.get_option(current_run().session.server.config, key)


def set_option(key: str, value: Any) -> None:
    """``st.set_option``: set a ``client.*`` option for this app (Streamlit's errors otherwise).

    Example:
        >>> st.set_option("client.showErrorDetails", "none")  # doctest: +SKIP
    """
    _options.set_option(current_run().session.server.config, key, value)


def connection(
    name: str, type: Any = None, max_entries: int | None = None, ttl: Any = None, **kwargs: Any
) -> Any:
    """``st.connection``: the object the test provided under ``name``.

    Example:
        >>> conn = st.connection("sql")  # doctest: +SKIP
    """
    server = current_run().session.server
    connections = server.connections
    if name in connections:
        return connections[name]
    provided_by_plugin = server.plugins.connection(name, type, dict(kwargs))
    if provided_by_plugin is not None:  # kept for the server, as Streamlit caches connections
        connections[name] = provided_by_plugin
        return provided_by_plugin
    provided = ", ".join(repr(k) for k in sorted(connections)) or "none"
    raise ConnectionNotSimulatedError(
        f"st.connection({name!r}) is not simulated by apptest: connections reach no "
        f"database or service in a test. Provide the object the app should get, e.g. "
        f"AppTest.from_file(..., connections={{{name!r}: fake}}) or "
        f"at.connections[{name!r}] = fake before run(). Provided: {provided}."
    )
