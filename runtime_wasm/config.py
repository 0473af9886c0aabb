"""`streamlit.config`: st.get_option / st.set_option over Streamlit 1.40's options.

Every option Streamlit defines is readable, with Streamlit's default, or with the value from
the app's `.streamlit/config.toml` (and `~/.streamlit/config.toml`, which it overrides).
Only the options Streamlit marks scriptable can be set while the app runs. Values live per
session: in the browser one worker is one session.
"""

from __future__ import annotations

import logging
import os
import secrets
import tomllib
from dataclasses import dataclass, field
from typing import Any

from appwasm.errors import StreamlitAPIException
from appwasm.runner.context import get_run_context

_LOGGER = logging.getLogger("appwasm")

# Computed defaults (Streamlit computes these from its environment).
_COMPUTED = object()

# key -> (default, scriptable). Streamlit 1.40's options, in its order.
_OPTIONS: dict[str, tuple[Any, bool]] = {
    "global.disableWidgetStateDuplicationWarning": (False, False),
    "global.showWarningOnDirectExecution": (True, False),
    "global.developmentMode": (False, False),
    "global.e2eTest": (False, False),
    "global.unitTest": (False, False),
    "global.appTest": (False, False),
    "global.suppressDeprecationWarnings": (False, False),
    "global.minCachedMessageSize": (10 * 1000.0, False),
    "global.maxCachedMessageAge": (2, False),
    "global.storeCachedForwardMessagesInMemory": (True, False),
    "logger.level": ("info", False),
    "logger.messageFormat": ("%(asctime)s %(message)s", False),
    "logger.enableRich": (False, True),
    "client.showErrorDetails": (True, True),
    "client.toolbarMode": ("auto", True),
    "client.showSidebarNavigation": (True, True),
    "runner.magicEnabled": (True, False),
    "runner.postScriptGC": (True, False),
    "runner.fastReruns": (True, False),
    "runner.enforceSerializableSessionState": (False, False),
    "runner.enumCoercion": ("nameOnly", False),
    "server.folderWatchBlacklist": ([], False),
    "server.fileWatcherType": ("auto", False),
    "server.cookieSecret": (_COMPUTED, False),
    "server.headless": (False, False),
    "server.runOnSave": (False, False),
    "server.allowRunOnSave": (True, False),
    "server.address": (None, False),
    "server.port": (8501, False),
    "server.scriptHealthCheckEnabled": (False, False),
    "server.baseUrlPath": ("", False),
    "server.enableCORS": (True, False),
    "server.enableXsrfProtection": (True, False),
    "server.maxUploadSize": (200, False),
    "server.maxMessageSize": (200, False),
    "server.enableArrowTruncation": (False, True),
    "server.enableWebsocketCompression": (False, False),
    "server.enableStaticServing": (False, False),
    "server.disconnectedSessionTTL": (120, False),
    "browser.serverAddress": ("localhost", False),
    "browser.gatherUsageStats": (True, False),
    "browser.serverPort": (_COMPUTED, False),
    "server.sslCertFile": (None, False),
    "server.sslKeyFile": (None, False),
    "ui.hideTopBar": (False, False),
    "mapbox.token": ("", False),
    "magic.displayRootDocString": (False, False),
    "magic.displayLastExprIfNoSemicolon": (False, False),
    "theme.base": (None, False),
    "theme.primaryColor": (None, False),
    "theme.backgroundColor": (None, False),
    "theme.secondaryBackgroundColor": (None, False),
    "theme.textColor": (None, False),
    "theme.font": (None, False),
    "secrets.files": (_COMPUTED, False),
}

_cookie_secret = secrets.token_hex()


def user_streamlit_path(name: str) -> str:
    """~/.streamlit/<name> (Streamlit's global configuration folder)."""
    return os.path.join(os.path.expanduser("~"), ".streamlit", name)


def project_streamlit_path(app_root: str, name: str) -> str:
    """<app folder>/.streamlit/<name> (the app's own configuration)."""
    return os.path.join(app_root, ".streamlit", name)


@dataclass
class Config:
    """The option values of one session: defaults < config.toml files < st.set_option."""

    app_root: str
    values: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for path in (user_streamlit_path("config.toml"), project_streamlit_path(self.app_root, "config.toml")):
            self._load(path)

    def _load(self, path: str) -> None:
        try:
            with open(path, "rb") as f:
                parsed = tomllib.load(f)
        except FileNotFoundError:
            return
        except (OSError, tomllib.TOMLDecodeError) as exc:
            _LOGGER.error("Error parsing config file %s: %s", path, exc)
            return
        for section, options in parsed.items():
            if not isinstance(options, dict):
                continue
            for name, value in options.items():
                self.set(f"{section}.{name}", _maybe_read_env_variable(value))

    def set(self, key: str, value: Any) -> None:
        if key not in _OPTIONS:
            _LOGGER.warning(f'"{key}" is not a valid config option. If you previously had this config option set, '
                            f"it may have been removed.")
            return
        self.values[key] = value

    def get(self, key: str) -> Any:
        if key not in _OPTIONS:
            raise RuntimeError(f'Config key "{key}" not defined.')
        if key in self.values:
            return self.values[key]
        default = _OPTIONS[key][0]
        if default is not _COMPUTED:
            return default
        if key == "browser.serverPort":
            return int(self.get("server.port"))
        if key == "server.cookieSecret":
            return _cookie_secret
        return [user_streamlit_path("secrets.toml"), project_streamlit_path(self.app_root, "secrets.toml")]


def _maybe_read_env_variable(value: Any) -> Any:
    """A config value "env:NAME" reads the environment variable NAME (a number if it is one)."""
    if isinstance(value, str) and value.startswith("env:"):
        name = value[len("env:"):]
        env = os.environ.get(name)
        if env is None:
            _LOGGER.error("No environment variable called %s", name)
            return value
        for convert in (int, float):
            try:
                return convert(env)
            except ValueError:
                pass
        return env
    return value


_bare_configs: dict[str, Config] = {}


def _config() -> Config:
    ctx = get_run_context()
    session = ctx.session if ctx is not None else None
    if session is None:
        root = os.path.abspath(ctx.app_root if ctx is not None else os.getcwd())
        if root not in _bare_configs:
            _bare_configs[root] = Config(root)
        return _bare_configs[root]
    return session.family("config", lambda: Config(os.path.abspath(ctx.app_root)))


def get_option(key: str) -> Any:
    """The current value of a Streamlit configuration option ("section.optionName")."""
    return _config().get(key)


def get_options_for_section(section: str) -> dict[str, Any]:
    """Every option of a section, by name (without the section prefix)."""
    config = _config()
    prefix = section + "."
    return {key[len(prefix):]: config.get(key) for key in _OPTIONS if key.startswith(prefix)}


def set_option(key: str, value: Any) -> None:
    """Set an option for this session, whether or not scripts may set it (runtime use)."""
    _config().set(key, value)


def set_user_option(key: str, value: Any) -> None:
    """st.set_option: set one of the options scripts may change (client.showErrorDetails,
    client.showSidebarNavigation, client.toolbarMode, logger.enableRich,
    server.enableArrowTruncation). Any other option raises StreamlitAPIException."""
    if key not in _OPTIONS:
        raise StreamlitAPIException(f"Unrecognized config option: {key}")
    if _OPTIONS[key][1]:
        set_option(key, value)
        return
    raise StreamlitAPIException(
        f"{key} cannot be set on the fly. Set as command line option, e.g. streamlit run script.py --{key}, "
        f"or in config.toml instead."
    )
