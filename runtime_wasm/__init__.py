"""appwasm: Streamlit's API, running in the browser on Pyodide.

    import appwasm as st          # or, unchanged: import streamlit as st

Every name here follows Streamlit's public API (names, parameters, defaults, return values,
rerun semantics). A Streamlit name appwasm does not implement yet shows a clear
"not supported yet" error where it is called, and the run goes on.
"""

from __future__ import annotations

from typing import Any

from appwasm import api as _api
from appwasm._version import STREAMLIT_COMPAT_VERSION as _STREAMLIT_COMPAT_VERSION
from appwasm._version import __version__ as appwasm_version
from appwasm.api.charts import *  # noqa: F403
from appwasm.api.core import *  # noqa: F403
from appwasm.api.data import *  # noqa: F403
from appwasm.api.display import *  # noqa: F403
from appwasm.api.inputs import *  # noqa: F403
from appwasm.api.layout import *  # noqa: F403
from appwasm.api.state import *  # noqa: F403
from appwasm.api.uploads import *  # noqa: F403

# Streamlit's version string: libraries check it (`st.__version__ >= "1.30"`).
__version__ = _STREAMLIT_COMPAT_VERSION


def _public_names() -> list[str]:
    from appwasm.api import charts, core, data, display, inputs, layout, state, uploads

    modules = (core, display, inputs, uploads, layout, state, data, charts)
    return sorted({name for module in modules for name in module.__all__})


__all__ = ["appwasm_version", *_public_names()]
del _api


def __getattr__(name: str) -> Any:
    from appwasm.unsupported import unsupported_command

    return unsupported_command(name, None)
