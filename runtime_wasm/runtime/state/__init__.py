"""`streamlit.runtime.state`: the classes behind st.session_state and st.query_params (apps
import them for type hints)."""

from __future__ import annotations

from appwasm.state.proxy import SessionStateProxy
from appwasm.state.query_params import QueryParams, QueryParamsProxy
from appwasm.state.session_state import SessionState

__all__ = ["QueryParams", "QueryParamsProxy", "SessionState", "SessionStateProxy"]
