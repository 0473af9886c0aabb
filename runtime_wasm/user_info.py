"""`st.experimental_user`: who is using the app. A static site has no login, so this is what
Streamlit gives when it runs without an identity provider: `email` is "test@example.com"."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import NoReturn

from appwasm.errors import StreamlitAPIException
from appwasm.runner.context import get_run_context


def _get_user_info() -> dict[str, str | None]:
    if get_run_context() is None:
        return {}
    return {"email": "test@example.com"}


class UserInfoProxy(Mapping[str, str | None]):
    """A read-only mapping (and attributes) of the current user's information."""

    def __getitem__(self, key: str) -> str | None:
        return _get_user_info()[key]

    def __getattr__(self, key: str) -> str | None:
        try:
            return _get_user_info()[key]
        except KeyError:
            raise AttributeError from None

    def __setattr__(self, name: str, value: str | None) -> NoReturn:
        raise StreamlitAPIException("st.experimental_user cannot be modified")

    def __setitem__(self, name: str, value: str | None) -> NoReturn:
        raise StreamlitAPIException("st.experimental_user cannot be modified")

    def __iter__(self) -> Iterator[str]:
        return iter(_get_user_info())

    def __len__(self) -> int:
        return len(_get_user_info())

    def to_dict(self) -> dict[str, str | None]:
        """The user's information as a dict."""
        return _get_user_info()
