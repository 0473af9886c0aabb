"""`st.secrets`: the app's `.streamlit/secrets.toml`, read-only, by key or attribute.

The files are Streamlit's: `~/.streamlit/secrets.toml` then the app folder's
`.streamlit/secrets.toml` (the `secrets.files` option), the later overriding the earlier.
Top-level string and number values are also set as environment variables, as in Streamlit.
When no file exists, reading a secret shows Streamlit's "No secrets found" error in the app
and raises FileNotFoundError (AttributeError for attribute access).
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from copy import deepcopy
from typing import Any, NoReturn

from appwasm.runner.context import get_run_context

_DOCS = "https://docs.streamlit.io/deploy/streamlit-community-cloud/deploy-your-app/secrets-management"
_FAMILY_KEY = "secrets"
# AppTest puts `at.secrets` here for the length of a run; it replaces the files entirely.
OVERRIDE_KEY = "secrets_override"


def _missing_attr_message(name: str) -> str:
    return (f'st.secrets has no attribute "{name}". Did you forget to add it to secrets.toml, mount it to secret '
            f"directory, or the app settings on Streamlit Cloud? More info: {_DOCS}")


def _missing_key_message(key: str) -> str:
    return (f'st.secrets has no key "{key}". Did you forget to add it to secrets.toml, mount it to secret '
            f"directory, or the app settings on Streamlit Cloud? More info: {_DOCS}")


class AttrDict(Mapping[str, Any]):
    """A section of the secrets: a read-only mapping with attribute access."""

    def __init__(self, value: Mapping[str, Any]):
        self.__dict__["__nested_secrets__"] = dict(value)

    @staticmethod
    def _maybe_wrap(value: Any) -> Any:
        return AttrDict(value) if isinstance(value, Mapping) else value

    def __len__(self) -> int:
        return len(self.__nested_secrets__)

    def __iter__(self) -> Iterator[str]:
        return iter(self.__nested_secrets__)

    def __getitem__(self, key: str) -> Any:
        try:
            return self._maybe_wrap(self.__nested_secrets__[key])
        except KeyError:
            raise KeyError(_missing_key_message(key)) from None

    def __getattr__(self, name: str) -> Any:
        try:
            return self._maybe_wrap(self.__nested_secrets__[name])
        except KeyError:
            raise AttributeError(_missing_attr_message(name)) from None

    def __repr__(self) -> str:
        return repr(self.__nested_secrets__)

    def __setitem__(self, key: str, value: Any) -> NoReturn:
        raise TypeError("Secrets does not support item assignment.")

    def __setattr__(self, key: str, value: Any) -> NoReturn:
        raise TypeError("Secrets does not support attribute assignment.")

    def to_dict(self) -> dict[str, Any]:
        return deepcopy(self.__nested_secrets__)


def _to_dict(obj: Mapping[str, Any]) -> dict[str, Any]:
    if isinstance(obj, AttrDict):
        return obj.to_dict()
    return {k: v.to_dict() if isinstance(v, AttrDict) else v for k, v in obj.items()}


class Secrets(Mapping[str, Any]):
    """st.secrets: parsed on first use, per session; cannot be changed by the script."""

    def __init__(self) -> None:
        self._suppress_print_error_on_exception = False
        # Outside a run (plain `python app.py`), secrets are parsed once here.
        self._bare: Mapping[str, Any] | None = None

    def load_if_toml_exists(self) -> bool:
        """Parse the secrets files if there are any; True if one was found."""
        previous = self._suppress_print_error_on_exception
        self._suppress_print_error_on_exception = True
        try:
            self._parse()
            return True
        except FileNotFoundError:
            return False
        finally:
            self._suppress_print_error_on_exception = previous

    def set_suppress_print_error_on_exception(self, suppress_print_error_on_exception: bool) -> None:
        """Whether a missing or broken secrets file is also shown with st.error."""
        self._suppress_print_error_on_exception = suppress_print_error_on_exception

    def _print_error(self, message: str) -> None:
        if not self._suppress_print_error_on_exception:
            from appwasm.elements.alerts import error

            error(message)

    def _parse(self) -> Mapping[str, Any]:
        ctx = get_run_context()
        state = ctx.session.family_state if ctx is not None and ctx.session is not None else None
        if state is not None and state.get(OVERRIDE_KEY) is not None:
            return state[OVERRIDE_KEY]
        cached = state.get(_FAMILY_KEY) if state is not None else self._bare
        if cached is not None:
            return cached
        from appwasm.config import get_option

        paths = list(get_option("secrets.files"))
        parsed: dict[str, Any] = {}
        found = False
        for path in paths:
            found = self._parse_path(path, parsed) or found
        if not found:
            message = f"No secrets found. Valid paths for a secrets.toml file or secret directories are: {', '.join(paths)}"
            self._print_error(message)
            raise FileNotFoundError(message)
        for key, value in parsed.items():
            if type(value) in (str, int, float):
                os.environ[key] = str(value)
        if state is not None:
            state[_FAMILY_KEY] = parsed
        else:
            self._bare = parsed
        return parsed

    def _parse_path(self, path: str, into: dict[str, Any]) -> bool:
        if path.endswith(".toml"):
            try:
                with open(path, "rb") as f:
                    text = f.read().decode("utf-8")
            except FileNotFoundError:
                return False
            try:
                into.update(tomllib.loads(text))
            except (TypeError, tomllib.TOMLDecodeError) as exc:
                self._print_error(f"Error parsing secrets file at {path}: {exc}")
                raise
            return True
        if os.path.isdir(path):
            return self._parse_directory(path, into)
        message = f"Invalid secrets path: {path}: path is not a .toml file or a directory"
        self._print_error(message)
        raise ValueError(message)

    def _parse_directory(self, path: str, into: dict[str, Any]) -> bool:
        """A folder of folders of files (Kubernetes-style mounted secrets)."""
        found = False
        for dirname in os.listdir(path):
            sub = os.path.join(path, dirname)
            if not os.path.isdir(sub):
                message = (f"{sub} is not a folder. To use directory based secrets, mount every secret in a "
                           f"subfolder under the secret directory")
                self._print_error(message)
                raise ValueError(message)
            values: dict[str, str] = {}
            for filename in os.listdir(sub):
                file_path = os.path.join(sub, filename)
                if os.path.isdir(file_path):
                    continue
                with open(file_path, encoding="utf-8") as f:
                    values[filename] = f.read().strip()
                found = True
            into[dirname] = next(iter(values.values())) if len(values) == 1 else values
        return found

    def to_dict(self) -> dict[str, Any]:
        """The secrets as a plain nested dict."""
        return _to_dict(self._parse())

    def __getattr__(self, key: str) -> Any:
        if key.startswith("__") and key.endswith("__"):
            raise AttributeError(key)
        try:
            value = self._parse()[key]
        except (KeyError, FileNotFoundError):
            raise AttributeError(_missing_attr_message(key)) from None
        return AttrDict(value) if isinstance(value, Mapping) else value

    def __getitem__(self, key: str) -> Any:
        try:
            value = self._parse()[key]
        except KeyError:
            raise KeyError(_missing_key_message(key)) from None
        return AttrDict(value) if isinstance(value, Mapping) else value

    def __repr__(self) -> str:
        if get_run_context() is None:
            return type(self).__name__
        return repr(self._parse())

    def __len__(self) -> int:
        return len(self._parse())

    def has_key(self, k: str) -> bool:
        """True if the secrets have a top-level key `k`."""
        return k in self._parse()

    def keys(self) -> KeysView[str]:
        return self._parse().keys()

    def values(self) -> ValuesView[Any]:
        return self._parse().values()

    def items(self) -> ItemsView[str, Any]:
        return self._parse().items()

    def __contains__(self, key: object) -> bool:
        return key in self._parse()

    def __iter__(self) -> Iterator[str]:
        return iter(self._parse())


secrets_singleton = Secrets()
