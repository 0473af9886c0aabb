"""The baseline page for memory: the same app shell with a 10-row frame."""

import numpy as np
import pandas as pd
import streamlit as st

st.dataframe(pd.DataFrame({"x": np.arange(10)}), use_container_width=True)
st.code('{"small": true}', language="json")
