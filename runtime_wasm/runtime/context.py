"""`st.context`: the headers and cookies of the request that opened the app, read-only.

A static page has no request on a server, so appwasm gives what the browser can tell: the
page sends its cookies (`document.cookie`, those not marked HttpOnly) and a few request-like
headers (Host, User-Agent, Accept-Language, Referer) when the worker starts.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from functools import lru_cache
from http.cookies import SimpleCookie
from types import MappingProxyType
from typing import Any

from appwasm.runner.context import get_run_context


@lru_cache
def _normalize_header(name: str) -> str:
    """Http-Header-Case: 'content-type' -> 'Content-Type'."""
    return "-".join(word.capitalize() for word in name.split("-"))


class StreamlitHeaders(Mapping[str, str]):
    """Case-insensitive headers; a repeated header keeps every value (see get_all)."""

    def __init__(self, headers: Iterable[tuple[str, str]]):
        grouped: dict[str, list[str]] = {}
        for key, value in headers:
            grouped.setdefault(_normalize_header(key), []).append(value)
        self._headers = grouped

    def get_all(self, key: str) -> list[str]:
        """Every value sent for `key`."""
        return list(self._headers.get(_normalize_header(key), []))

    def __getitem__(self, key: str) -> str:
        try:
            return self._headers[_normalize_header(key)][0]
        except LookupError:
            raise KeyError(key) from None

    def __len__(self) -> int:
        return len(self._headers)

    def __iter__(self) -> Iterator[str]:
        return iter(self._headers)

    def to_dict(self) -> dict[str, str]:
        return {key: self[key] for key in self}


class StreamlitCookies(Mapping[str, str]):
    """The cookies, by name."""

    def __init__(self, cookies: Mapping[str, str]):
        self._cookies = MappingProxyType(dict(cookies))

    @classmethod
    def from_cookie_string(cls, text: str) -> StreamlitCookies:
        """Cookies from a `document.cookie` string ("a=1; b=2")."""
        jar: SimpleCookie = SimpleCookie()
        values: dict[str, str] = {}
        for part in text.split(";"):
            name, sep, value = part.strip().partition("=")
            if not sep or not name:
                continue
            try:
                jar.load(f"{name}={value}")
                values[name] = jar[name].value
            except Exception:
                values[name] = value  # a value SimpleCookie refuses: keep it as the browser gave it
        return cls(values)

    def __getitem__(self, key: str) -> str:
        return self._cookies[key]

    def __len__(self) -> int:
        return len(self._cookies)

    def __iter__(self) -> Iterator[str]:
        return iter(self._cookies)

    def to_dict(self) -> dict[str, str]:
        return dict(self._cookies)


def _client() -> dict[str, Any]:
    ctx = get_run_context()
    if ctx is None or ctx.session is None:
        return {}
    return ctx.session.family_state.get("client") or {}


class ContextProxy:
    """st.context: `headers` and `cookies` of this session (empty outside a running app)."""

    @property
    def headers(self) -> StreamlitHeaders:
        """A read-only, case-insensitive mapping of the request-like headers."""
        return StreamlitHeaders((str(k), str(v)) for k, v in _client().get("headers", []))

    @property
    def cookies(self) -> StreamlitCookies:
        """A read-only mapping of the page's cookies."""
        return StreamlitCookies.from_cookie_string(str(_client().get("cookies", "")))
