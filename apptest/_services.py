"""The test's side of secrets, ``st.context``, ``st.user`` and ``st.connection``.

``AppTest`` gets these from ``AppServicesMixin``. Like ``at.query_params``, the plain
dicts ``at.secrets``, ``at.context`` and ``at.user`` are read before each run and
``at.user`` is rewritten after it (an ``st.logout()`` in the app shows there).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from apptest.runtime._auth import DEFAULT_USER, logged_in
from apptest.runtime._secrets import Secrets, load_secrets, mask_secrets, secret_strings

if TYPE_CHECKING:
    from apptest.runtime import Server, Session

SecretsSource = str | os.PathLike[str] | Mapping[str, Any]


class AppServicesMixin:
    """Secrets, browser context, the logged-in user and connections of an ``AppTest``."""

    _server: Server
    _session: Session

    def _init_services(
        self,
        secrets: SecretsSource | None,
        context: Mapping[str, Any] | None,
        connections: Mapping[str, Any] | None,
    ) -> None:
        #: ``st.secrets`` for the app (set before ``run()``); empty: the app has no secrets
        self.secrets: dict[str, Any] = load_secrets(self._secrets_path(secrets))
        self._secrets_given = secrets is not None
        #: what the browser sends as ``st.context`` (see ``docs/secrets-config-context.md``)
        self.context: dict[str, Any] = dict(context or {})
        #: the user the app reads as ``st.user`` (real AppTest's default)
        self.user: dict[str, Any] = dict(DEFAULT_USER)
        self._server.connections.update(connections or {})

    def _secrets_path(self, source: SecretsSource | None) -> SecretsSource | None:
        """A relative secrets file is looked for beside the app, then in the working directory."""
        if source is None or isinstance(source, Mapping) or os.path.isabs(source):
            return source
        app_dir = self._server.script.directory
        beside_app = os.path.join(app_dir, source) if app_dir is not None else ""
        return beside_app if beside_app and os.path.isfile(beside_app) else source

    @property
    def connections(self) -> dict[str, Any]:
        """What ``st.connection(name)`` returns, by name; fill it before ``run()``.

        Example:
            >>> at.connections["sql"] = FakeConnection()  # doctest: +SKIP
        """
        return self._server.connections

    @property
    def login_attempts(self) -> list[str]:
        """The providers of the app's ``st.login()`` calls so far (``"default"`` for none).

        Example:
            >>> at.button(key="login").click().run().login_attempts  # doctest: +SKIP
            ['google']
        """
        return list(self._session.identity.login_attempts)

    def login(self, claims: Mapping[str, Any] | None = None, **more: Any) -> Any:
        """Log a user in for the next runs, with these identity claims.

        Example:
            >>> at.login({"email": "ada@example.com", "name": "Ada"}).run()  # doctest: +SKIP
            >>> at.login(email="ada@example.com").run()  # doctest: +SKIP
        """
        self.user = logged_in({**dict(claims or {}), **more})
        return self

    def logout(self) -> Any:
        """Log the user out for the next runs (``st.user.is_logged_in`` is False).

        Example:
            >>> at.logout().run()  # doctest: +SKIP
        """
        self.user = {"is_logged_in": False}
        return self

    def _services_before_run(self) -> None:
        """Check and hand the test's dicts to the session (nothing changes if one is bad)."""
        if self._services_unchanged(getattr(self, "_services_given", None)):
            return  # the same dicts as for the last run: nothing to load again
        self._load_services()
        self._services_given = self._services_key()

    def _services_unchanged(self, last: Any) -> bool:
        """Whether ``_services_key()`` would equal ``last`` (without copying the dicts)."""
        if last is None:
            return False
        try:
            return bool(
                last[4] is self._session and last[6] == id(self._server.secrets)
                and last[3] == self._secrets_given and last[1] == self.user
                and last[5] == self._session.identity.user
                and last[0] == self.context and last[2] == self.secrets
            )
        except (TypeError, ValueError):
            return False

    def _services_key(self) -> Any:
        """What the last load depended on (None when a test dict is not a dict)."""
        try:
            return (dict(self.context), dict(self.user), dict(self.secrets),
                    self._secrets_given, self._session, dict(self._session.identity.user),
                    id(self._server.secrets))
        except (TypeError, ValueError):
            return None

    def _load_services(self) -> None:
        from apptest.runtime._browser import context_from_dict

        browser = context_from_dict(self.context)
        self._session.identity.load(self.user)
        self._session.browser = browser
        given = self._secrets_given or bool(self.secrets)
        self._server.secrets = Secrets(load_secrets(self.secrets) if given else None)

    def _services_after_run(self) -> None:
        user = self._session.identity.user
        if self.user != user:  # st.login / st.logout in the app
            self.user = dict(user)

    def _mask_secrets(self, text: str) -> str:
        """``text`` with every secret value replaced by ``***``."""
        return mask_secrets(text, secret_strings(self.secrets))
