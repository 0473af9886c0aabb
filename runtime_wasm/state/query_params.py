"""`st.query_params`: the page URL's query string as a mapping, kept in sync with the URL.

At the start of every run the session's query string (the browser's) is parsed into a
QueryParams; each write re-encodes it and tells the renderer, which updates the address bar
without a reload. As in Streamlit 1.40, a write that changes the URL adds a history entry
(pushState), so the back button returns to the previous parameters (and reruns with them). A key repeated in the URL reads as its last value;
`get_all` returns them all. The embed keys ("embed", "embed_options") are Streamlit's own:
they are invisible here and cannot be set.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, MutableMapping
from typing import Any
from urllib import parse

from appwasm.errors import StreamlitAPIException
from appwasm.runner.context import get_run_context

EMBED_QUERY_PARAM = "embed"
EMBED_OPTIONS_QUERY_PARAM = "embed_options"
EMBED_QUERY_PARAMS_KEYS = [EMBED_QUERY_PARAM, EMBED_OPTIONS_QUERY_PARAM]
_FAMILY_KEY = "query_params"


def missing_key_error_message(key: str) -> str:
    return f'st.query_params has no key "{key}". Did you forget to initialize it?'


def ensure_single_query_api_used(*, experimental: bool) -> None:
    """Streamlit refuses st.query_params and st.experimental_*_query_params in the same run."""
    ctx = get_run_context()
    if ctx is None:
        return
    ctx.scratch["experimental_query_params_used" if experimental else "query_params_used"] = True
    if ctx.scratch.get("experimental_query_params_used") and ctx.scratch.get("query_params_used"):
        raise StreamlitAPIException(
            "Using `st.query_params` together with either `st.experimental_get_query_params` or "
            "`st.experimental_set_query_params` is not supported. Please convert your app to only use "
            "`st.query_params`"
        )


def set_query_string(query_string: str) -> None:
    """Make `query_string` the session's, and show it in the page URL (no reload)."""
    ctx = get_run_context()
    if ctx is None or ctx.session is None:
        return
    from appwasm.navigation.location import sync_url

    ctx.session.query_string = query_string
    sync_url(ctx.session, ctx, push=True)


class QueryParams(MutableMapping[str, str]):
    """A session's query parameters: str keys, str or list-of-str values."""

    def __init__(self) -> None:
        self._query_params: dict[str, list[str] | str] = {}

    def load(self, query_string: str) -> None:
        """Replace everything with the parameters of `query_string` (no URL update)."""
        self._query_params = {}
        for key, values in parse.parse_qs(query_string, keep_blank_values=True).items():
            self._query_params[key] = values[-1] if len(values) == 1 else values

    def __iter__(self) -> Iterator[str]:
        ensure_single_query_api_used(experimental=False)
        return iter([key for key in self._query_params if key not in EMBED_QUERY_PARAMS_KEYS])

    def __getitem__(self, key: str) -> str:
        ensure_single_query_api_used(experimental=False)
        try:
            if key in EMBED_QUERY_PARAMS_KEYS:
                raise KeyError(key)
            value = self._query_params[key]
        except KeyError:
            raise KeyError(missing_key_error_message(key)) from None
        if isinstance(value, list):
            # The last value, as Tornado's get_query_argument gives it.
            return value[-1] if value else ""
        return value

    def __setitem__(self, key: str, value: str | Iterable[str]) -> None:
        ensure_single_query_api_used(experimental=False)
        self._set(key, value)
        self._send()

    def _set(self, key: str, value: Any) -> None:
        if isinstance(value, dict):
            raise StreamlitAPIException(f"You cannot set a query params key `{key}` to a dictionary.")
        if key in EMBED_QUERY_PARAMS_KEYS:
            raise StreamlitAPIException(
                "Query param embed and embed_options (case-insensitive) cannot be set programmatically.")
        if isinstance(value, Iterable) and not isinstance(value, str):
            self._query_params[key] = [str(item) for item in value]
        else:
            self._query_params[key] = str(value)

    def __delitem__(self, key: str) -> None:
        ensure_single_query_api_used(experimental=False)
        if key in EMBED_QUERY_PARAMS_KEYS or key not in self._query_params:
            raise KeyError(missing_key_error_message(key))
        del self._query_params[key]
        self._send()

    def update(self, other: Any = (), /, **kwds: Any) -> None:  # type: ignore[override]
        """Set several parameters at once (one URL update)."""
        ensure_single_query_api_used(experimental=False)
        if hasattr(other, "keys") and hasattr(other, "__getitem__"):
            for key in other.keys():
                self._set(key, other[key])
        else:
            for key, value in other:
                self._set(key, value)
        for key, value in kwds.items():
            self._set(key, value)
        self._send()

    def get_all(self, key: str) -> list[str]:
        """Every value of `key` (a key can repeat in a URL); [] when absent."""
        ensure_single_query_api_used(experimental=False)
        if key not in self._query_params or key in EMBED_QUERY_PARAMS_KEYS:
            return []
        value = self._query_params[key]
        return list(value) if isinstance(value, list) else [value]

    def __len__(self) -> int:
        ensure_single_query_api_used(experimental=False)
        return len([key for key in self._query_params if key not in EMBED_QUERY_PARAMS_KEYS])

    def __str__(self) -> str:
        ensure_single_query_api_used(experimental=False)
        return str(self._query_params)

    def clear(self) -> None:
        """Remove every parameter (the embed ones stay)."""
        ensure_single_query_api_used(experimental=False)
        self._keep_only_embed()
        self._send()

    def _keep_only_embed(self) -> None:
        self._query_params = {k: v for k, v in self._query_params.items() if k in EMBED_QUERY_PARAMS_KEYS}

    def to_dict(self) -> dict[str, str]:
        """The parameters as a dict (the last value of a repeated key)."""
        ensure_single_query_api_used(experimental=False)
        return {key: self[key] for key in self._query_params if key not in EMBED_QUERY_PARAMS_KEYS}

    def from_dict(self, params: Any) -> None:
        """Replace every parameter with `params` (a mapping or key/value pairs; lists repeat a key)."""
        ensure_single_query_api_used(experimental=False)
        saved = dict(self._query_params)
        self._keep_only_embed()
        try:
            self.update(params)
        except StreamlitAPIException:
            self._query_params = saved
            raise

    def query_string(self) -> str:
        return parse.urlencode(self._query_params, doseq=True)

    def _send(self) -> None:
        set_query_string(self.query_string())


_bare_params = QueryParams()


def current_query_params() -> QueryParams:
    """The session's QueryParams (a process-wide one outside a run)."""
    ctx = get_run_context()
    if ctx is None or ctx.session is None:
        return _bare_params
    session = ctx.session

    def from_the_url() -> QueryParams:
        params = QueryParams()
        params.load(session.query_string)
        return params

    return session.family(_FAMILY_KEY, from_the_url)


class QueryParamsProxy(MutableMapping[str, str]):
    """st.query_params: item and attribute access to the URL's query parameters.

    `st.query_params["page"] = "2"` (or `.page = "2"`) updates the URL at once, without a
    reload; lists repeat a key (`?tag=a&tag=b`). Values read back as strings.
    """

    def __iter__(self) -> Iterator[str]:
        return iter(current_query_params())

    def __len__(self) -> int:
        return len(current_query_params())

    def __str__(self) -> str:
        return str(current_query_params())

    def __repr__(self) -> str:
        return str(current_query_params())

    def __getitem__(self, key: str) -> str:
        return current_query_params()[key]

    def __delitem__(self, key: str) -> None:
        del current_query_params()[key]

    def __setitem__(self, key: str, value: str | Iterable[str]) -> None:
        current_query_params()[key] = value

    def __getattr__(self, key: str) -> str:
        if key.startswith("__") and key.endswith("__"):
            raise AttributeError(key)
        try:
            return current_query_params()[key]
        except KeyError:
            raise AttributeError(missing_key_error_message(key)) from None

    def __delattr__(self, key: str) -> None:
        try:
            del current_query_params()[key]
        except KeyError:
            raise AttributeError(missing_key_error_message(key)) from None

    def __setattr__(self, key: str, value: str | Iterable[str]) -> None:
        current_query_params()[key] = value

    def update(self, other: Any = (), /, **kwds: Any) -> None:  # type: ignore[override]
        """Set several parameters at once, from a mapping, pairs or keywords."""
        current_query_params().update(other, **kwds)

    def get_all(self, key: str) -> list[str]:
        """Every value of a key repeated in the URL (an empty list when absent)."""
        return current_query_params().get_all(key)

    def clear(self) -> None:
        """Remove every query parameter from the URL."""
        current_query_params().clear()

    def to_dict(self) -> dict[str, str]:
        """The parameters as a dict (the last value of a repeated key)."""
        return current_query_params().to_dict()

    def from_dict(self, params: Any) -> None:
        """Replace all parameters; a list value repeats its key."""
        current_query_params().from_dict(params)
