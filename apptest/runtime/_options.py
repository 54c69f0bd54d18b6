"""``st.get_option`` / ``st.set_option``: Streamlit's configuration options, per server.

The names and defaults are Streamlit 1.67's (``streamlit/config.py``), except options
whose default depends on the machine (``server.cookieSecret``, the file lists). A value
comes, in order, from the test's ``config=`` overrides, ``.streamlit/config.toml`` beside
the app, in the working directory, then these defaults (``apptest.runtime._config``).

Only the options Streamlit marks *scriptable* can be set by an app; the others raise
Streamlit's ``... cannot be set on the fly`` error. An option an app sets lasts for its
server (every tab of that ``AppTest``, as Streamlit's process-wide option does for every
session) and never reaches another ``AppTest``.
"""

from __future__ import annotations

from collections.abc import MutableMapping
from typing import Any

from apptest.errors import StreamlitAPIException

#: the options an app may set with ``st.set_option``
SCRIPTABLE = frozenset({
    "client.showErrorDetails", "client.toolbarMode", "client.disableDataExport",
    "client.showSidebarNavigation", "logger.enableRich",
})

_GENERAL: dict[str, Any] = {
    "global.disableWidgetStateDuplicationWarning": False,
    "global.showWarningOnDirectExecution": True,
    "global.developmentMode": False,
    "global.e2eTest": False,
    "global.unitTest": False,
    "global.appTest": True,
    "global.suppressDeprecationWarnings": False,
    "global.minCachedMessageSize": 10000.0,
    "global.maxCachedMessageAge": 2,
    "logger.level": "info",
    "logger.messageFormat": "%(asctime)s %(message)s",
    "logger.enableRich": False,
    "logger.hideWelcomeMessage": False,
    "client.showErrorDetails": "full",
    "client.toolbarMode": "auto",
    "client.disableDataExport": False,
    "client.showSidebarNavigation": True,
    "client.showErrorLinks": "auto",
    "client.allowedOrigins": [],
    "runner.magicEnabled": True,
    "runner.postScriptGC": True,
    "runner.fastReruns": True,
    "runner.enforceSerializableSessionState": False,
    "runner.enumCoercion": "nameOnly",
    "runner.parallelMaxWorkers": None,
    "runner.cacheBackgroundRefreshMaxWorkers": 4,
    "runner.cacheBackgroundRefreshTTLMultiplier": 2.0,
    "runner.connectionDefaultTTL": None,
    "runner.cacheHashSeed": 0,
    "magic.displayRootDocString": False,
    "magic.displayLastExprIfNoSemicolon": False,
    "ui.hideTopBar": False,
    "browser.serverAddress": "localhost",
    "browser.gatherUsageStats": True,
    "browser.serverPort": 8501,
    "secrets.files": [],
}

_SERVER: dict[str, Any] = {
    "folderWatchList": [], "folderWatchBlacklist": [], "fileWatcherType": "auto",
    "enableExpensiveMemoryStats": False, "maxCacheDataSize": None, "cookieSecret": "",
    "headless": True, "showEmailPrompt": True, "runOnSave": False, "allowRunOnSave": True,
    "address": None, "port": 8501, "scriptHealthCheckEnabled": False, "baseUrlPath": "",
    "customComponentBaseUrlPath": "", "enableCORS": True, "corsAllowedOrigins": [],
    "allowedHosts": [], "enableXsrfProtection": True, "xsrfCookieSameSite": "lax",
    "maxUploadSize": 200, "maxMessageSize": 200, "maxWidgetStateSize": 25,
    "enableWebsocketCompression": False, "websocketPingInterval": None,
    "enableStaticServing": False, "disconnectedSessionTTL": 120, "enableAgentApi": False,
    "agentWaitTimeout": 30, "agentSessionTTL": 900, "agentMaxSessions": 100,
    "agentPreviewRows": 100, "trustedUserHeaders": {}, "unsafeMetricsUserAttributes": [],
    "sslCertFile": None, "sslKeyFile": None,
}

#: theme options with ``sidebar``, ``light``, ``dark`` (and ``light.sidebar``, ...) variants
_THEME_VARIANT_NAMES = (
    "primaryColor backgroundColor secondaryBackgroundColor textColor redColor orangeColor "
    "yellowColor blueColor greenColor violetColor grayColor redBackgroundColor "
    "orangeBackgroundColor yellowBackgroundColor blueBackgroundColor greenBackgroundColor "
    "violetBackgroundColor grayBackgroundColor redTextColor orangeTextColor yellowTextColor "
    "blueTextColor greenTextColor violetTextColor grayTextColor linkColor linkUnderline "
    "codeTextColor codeBackgroundColor font headingFont headingFontSizes headingFontWeights "
    "codeFont codeFontSize codeFontWeight baseRadius buttonRadius paddingTop paddingBottom "
    "borderColor dataframeBorderColor dataframeHeaderBackgroundColor dataframeHeaderTextColor "
    "showWidgetBorder chartCategoricalColors chartSequentialColors chartDivergingColors"
).split()
_THEME_PLAIN_NAMES = (
    "base fontFaces baseFontSize baseFontWeight metricValueFontSize metricValueFontWeight "
    "showSidebarBorder"
).split()
_THEME_PREFIXES = ("", "sidebar.", "light.", "dark.", "light.sidebar.", "dark.sidebar.")


def _theme_options() -> dict[str, Any]:
    options = {f"theme.{name}": None for name in _THEME_PLAIN_NAMES}
    for prefix in _THEME_PREFIXES:
        options.update({f"theme.{prefix}{name}": None for name in _THEME_VARIANT_NAMES})
    return options


#: every option Streamlit defines, with its default
OPTION_DEFAULTS: dict[str, Any] = {
    **_GENERAL,
    **{f"server.{name}": value for name, value in _SERVER.items()},
    **_theme_options(),
}


def get_option(config: MutableMapping[str, Any], key: str) -> Any:
    """An option's value for the server whose options are ``config``.

    Example:
        >>> get_option({}, "server.port")
        8501
    """
    if key in config:
        return config[key]
    if key not in OPTION_DEFAULTS:
        raise RuntimeError(f'Config key "{key}" not defined.')
    return OPTION_DEFAULTS[key]


def set_option(config: MutableMapping[str, Any], key: str, value: Any) -> None:
    """``st.set_option``: set a scriptable option; raise Streamlit's error for the others.

    Example:
        >>> config = {}
        >>> set_option(config, "client.toolbarMode", "minimal")
        >>> config
        {'client.toolbarMode': 'minimal'}
    """
    if key not in OPTION_DEFAULTS:
        raise StreamlitAPIException(
            f"Unrecognized config option: {key}", error_id="unrecognized-config-option"
        )
    if key not in SCRIPTABLE:
        raise StreamlitAPIException(
            f"{key} cannot be set on the fly. Set as command line option, e.g. "
            f"streamlit run script.py --{key}, or in config.toml instead.",
            error_id="config-option-not-scriptable",
        )
    config[key] = value
