"""1,000,000 rows x 10 mixed columns, timed inside the worker (see benchmarks/dataframe_1m.py)."""

import json
import time

import js
import numpy as np
import pandas as pd
import streamlit as st

from appwasm.frames import codec, encode_data

N = 1_000_000


def now_ms() -> float:
    return float(js.performance.timeOrigin) + float(js.performance.now())


t0 = time.perf_counter()
rng = np.random.default_rng(1)
ints = rng.integers(0, 1000, N)
df = pd.DataFrame({
    "id": np.arange(N, dtype=np.int64),
    "x": rng.random(N),
    "y": rng.random(N).astype(np.float32),
    "n": pd.array(np.where(ints % 10 == 0, None, ints), dtype="Int64"),
    "flag": ints % 2 == 0,
    "cat": pd.Categorical.from_codes(ints % 5, ["alpha", "beta", "gamma", "delta", "epsilon"]),
    "name": pd.Series(ints).map("item {}".format),
    "when": pd.Timestamp("2024-01-01") + pd.to_timedelta(np.arange(N), unit="s"),
    "utc": pd.date_range("2024-01-01", periods=N, freq="min", tz="Europe/Paris"),
    "dur": pd.to_timedelta(ints, unit="ms"),
})
build_ms = (time.perf_counter() - t0) * 1000

encode_data(df.head(1000))  # warm the code paths (first imports), as a second run would be
t0 = time.perf_counter()
frame = encode_data(df)
encode_ms = (time.perf_counter() - t0) * 1000
t0 = time.perf_counter()
codec.content_hash(frame.schema, frame.buffers)
hash_ms = (time.perf_counter() - t0) * 1000

t0 = time.perf_counter()
sample = df.head(10_000).to_json(orient="records", date_format="iso")
json_10k_ms = (time.perf_counter() - t0) * 1000

start = now_ms()
t0 = time.perf_counter()
st.dataframe(df, use_container_width=True)
dataframe_ms = (time.perf_counter() - t0) * 1000
st.code(json.dumps({
    "build_ms": build_ms, "encode_ms": encode_ms, "hash_ms": hash_ms, "dataframe_call_ms": dataframe_ms, "dataframe_start": start,
    "raw_bytes": frame.nbytes, "json_10k_ms": json_10k_ms, "json_10k_bytes": len(sample),
}), language="json")
