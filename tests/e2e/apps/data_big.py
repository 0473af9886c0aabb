import numpy as np
import pandas as pd
import streamlit as st

N = 1_000_000
rng = np.random.default_rng(0)
df = pd.DataFrame({
    "i": np.arange(N),
    "x": rng.random(N),
    "cat": pd.Categorical(rng.choice(["red", "green", "blue"], N)),
    "flag": rng.random(N) > 0.5,
})
st.dataframe(df, height=400)
st.write("Big frame sent")
