"""Public st commands of the 'data' family."""

from appwasm import column_config
from appwasm.elements.data.arrow import dataframe, table
from appwasm.elements.data.data_editor import data_editor
from appwasm.elements.data.metric import metric

__all__: list[str] = ["column_config", "data_editor", "dataframe", "metric", "table"]
