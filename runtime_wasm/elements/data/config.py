"""column_config processing, as Streamlit's column_config_utils: user mapping -> node mapping."""

from __future__ import annotations

import copy
import json
from typing import Any

from appwasm.errors import StreamlitAPIException

INDEX_IDENTIFIER = "_index"
# Columns configured by position travel as "_pos:<n>" (the renderer knows the prefix).
NUMERICAL_POSITION_PREFIX = "_pos:"

ConfigMapping = dict[Any, dict[str, Any]]


def process_config_mapping(column_config: Any = None) -> ConfigMapping:
    """Normalize the user's column_config: None hides a column, a string sets its label."""
    if column_config is None:
        return {}
    mapping: ConfigMapping = {}
    for column, config in column_config.items():
        if config is None:
            mapping[column] = {"hidden": True}
        elif isinstance(config, str):
            mapping[column] = {"label": config}
        elif isinstance(config, dict):
            mapping[column] = copy.deepcopy(config)
        else:
            raise StreamlitAPIException(
                f"Invalid column config for column `{column}`. Expected `None`, `str` or `dict`, "
                f"but got `{type(config)}`."
            )
    return mapping


def update_column_config(mapping: ConfigMapping, column: Any, config: dict[str, Any]) -> None:
    mapping.setdefault(column, {}).update(config)


def _drop_none(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _drop_none(v) for k, v in value.items() if v is not None}
    return value


def marshall_column_config(mapping: ConfigMapping) -> dict[str, dict[str, Any]]:
    """The node form: string keys ("_pos:<n>" for positions), no None values, JSON-safe."""
    out: dict[str, dict[str, Any]] = {}
    for key, config in mapping.items():
        name = f"{NUMERICAL_POSITION_PREFIX}{key}" if isinstance(key, int) else str(key)
        out[name] = _drop_none(config)
    try:
        return json.loads(json.dumps(out, default=str))
    except (TypeError, ValueError) as exc:
        raise StreamlitAPIException(f"The column_config parameter could not be serialized: {exc}") from exc
