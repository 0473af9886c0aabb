"""Public st commands of the 'state' family: caching, query params, page config, secrets,
context, options, the user, and multipage navigation."""

from appwasm.commands.experimental_query_params import (
    experimental_get_query_params,
    experimental_set_query_params,
)
from appwasm.commands.navigation import navigation, switch_page
from appwasm.commands.page_config import set_page_config
from appwasm.config import get_option
from appwasm.config import set_user_option as set_option
from appwasm.elements.page_link import page_link
from appwasm.navigation import hooks as _hooks  # noqa: F401  (registers the run hook and messages)
from appwasm.navigation.page import Page
from appwasm.runtime.caching import cache, cache_data, cache_resource
from appwasm.runtime.context import ContextProxy
from appwasm.runtime.secrets import secrets_singleton as secrets
from appwasm.state.query_params import QueryParamsProxy
from appwasm.user_info import UserInfoProxy

query_params = QueryParamsProxy()
context = ContextProxy()
experimental_user = UserInfoProxy()

__all__ = [
    "Page", "cache", "cache_data", "cache_resource", "context", "experimental_get_query_params",
    "experimental_set_query_params", "experimental_user", "get_option", "navigation", "page_link", "query_params",
    "secrets", "set_option", "set_page_config", "switch_page",
]
