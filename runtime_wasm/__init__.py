"""appwasm: Streamlit's API, running in the browser on Pyodide.

    import appwasm as st          # or, unchanged: import streamlit as st

Every name here follows Streamlit's public API (names, parameters, defaults, return values,
rerun semantics). A Streamlit name appwasm does not implement yet shows a clear
"not supported yet" error where it is called, and the run goes on.
"""

from __future__ import annotations

from typing import Any

import importlib as _importlib

from appwasm._version import STREAMLIT_COMPAT_VERSION as _STREAMLIT_COMPAT_VERSION
from appwasm._version import __version__ as appwasm_version
from appwasm.api import core as _core
from appwasm.api._index import FAMILY_OF as _FAMILY_OF
from appwasm.api.core import *  # noqa: F403

# Always on, whatever the script calls: an app with a pages/ folder, a deep link and the
# back button are handled before the script runs.
from appwasm.navigation import hooks as _navigation_hooks  # noqa: F401

# `appwasm.navigation` is also a package: the import above bound the name to it. st.navigation
# is the command.
from appwasm.commands.navigation import navigation  # noqa: E402

# Streamlit's version string: libraries check it (`st.__version__ >= "1.30"`).
__version__ = _STREAMLIT_COMPAT_VERSION

# Every other family loads on first use (see api/_index.py).
__all__ = ["appwasm_version", *sorted({*_core.__all__, *_FAMILY_OF})]


def __getattr__(name: str) -> Any:
    family = _FAMILY_OF.get(name)
    if family is not None:
        value = getattr(_importlib.import_module(f"appwasm.api.{family}"), name)
        globals()[name] = value
        return value
    from appwasm.unsupported import unsupported_command

    return unsupported_command(name, None)


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})


def load_all_families() -> None:
    """Import every family now (the interpreter snapshot holds the whole runtime)."""
    for family in sorted(set(_FAMILY_OF.values())):
        _importlib.import_module(f"appwasm.api.{family}")
