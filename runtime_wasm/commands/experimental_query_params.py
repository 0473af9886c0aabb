"""st.experimental_get_query_params / st.experimental_set_query_params (deprecated).

They read and write the same query string as st.query_params, with the old shapes: every
value is a list. Using both APIs in one run is an error, as in Streamlit.
"""

from __future__ import annotations

from typing import Any
from urllib import parse

from appwasm.deprecation import deprecate_func_name
from appwasm.errors import StreamlitAPIException
from appwasm.runner.context import get_run_context
from appwasm.state.query_params import (
    EMBED_OPTIONS_QUERY_PARAM,
    EMBED_QUERY_PARAM,
    EMBED_QUERY_PARAMS_KEYS,
    ensure_single_query_api_used,
    set_query_string,
)


def _exclude(d: dict[str, Any], keys: list[str]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key.lower() not in keys}


def get_query_params() -> dict[str, list[str]]:
    """The query parameters in the browser's URL, each value a list of strings."""
    ctx = get_run_context()
    if ctx is None:
        return {}
    ensure_single_query_api_used(experimental=True)
    query_string = ctx.session.query_string if ctx.session is not None else ""
    return _exclude(parse.parse_qs(query_string, keep_blank_values=True), EMBED_QUERY_PARAMS_KEYS)


def set_query_params(**query_params: Any) -> None:
    """Replace the query parameters in the browser's URL (lists repeat a key)."""
    ctx = get_run_context()
    if ctx is None:
        return
    ensure_single_query_api_used(experimental=True)
    if _exclude(query_params, EMBED_QUERY_PARAMS_KEYS) != query_params:
        raise StreamlitAPIException(
            "Query param embed and embed_options (case-insensitive) cannot be set using set_query_params method.")
    current = parse.parse_qs(ctx.session.query_string if ctx.session is not None else "", keep_blank_values=True)

    def embed_values(name: str) -> list[str]:
        return sorted({v.lower() for key, values in current.items() if key.lower() == name for v in values})

    embed = parse.urlencode({EMBED_QUERY_PARAM: embed_values(EMBED_QUERY_PARAM),
                             EMBED_OPTIONS_QUERY_PARAM: embed_values(EMBED_OPTIONS_QUERY_PARAM)}, doseq=True)
    query_string = parse.urlencode(query_params, doseq=True)
    if query_string:
        query_string = ("&" if embed else "").join([query_string, embed])
    else:
        query_string = embed
    set_query_string(query_string)
    from appwasm.state.query_params import current_query_params

    current_query_params().load(query_string)


_MESSAGE = ("Refer to our [docs page](https://docs.streamlit.io/develop/api-reference/caching-and-state/"
            "st.query_params) for more information.")

experimental_get_query_params = deprecate_func_name(
    get_query_params, "experimental_get_query_params", "2024-04-11", _MESSAGE, name_override="query_params")
experimental_set_query_params = deprecate_func_name(
    set_query_params, "experimental_set_query_params", "2024-04-11", _MESSAGE, name_override="query_params")
