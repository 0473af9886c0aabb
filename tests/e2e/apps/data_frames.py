import numpy as np
import pandas as pd
import streamlit as st

st.title("Data")
st.write(f"pandas {pd.__version__}, numpy {np.__version__}")
df = pd.DataFrame({
    "name": ["banana", "apple", "cherry", None],
    "qty": [3, 10, 7, 1],
    "price": [1.5, 0.25, 3.0, np.nan],
    "when": pd.to_datetime(["2024-01-02", "2024-03-04", None, "2023-12-31"]),
})
event = st.dataframe(df, key="grid", on_select="rerun", selection_mode=["multi-row", "single-column"],
                     column_config={"price": st.column_config.NumberColumn("Price", format="$%.2f")})
st.write(f"Selected rows: {event.selection.rows}")
st.write(f"Selected columns: {event.selection.columns}")

edited = st.data_editor(pd.DataFrame({"item": ["a", "b"], "n": [1, 2], "ok": [True, False]}), key="ed",
                        num_rows="dynamic", column_config={"item": st.column_config.TextColumn(required=True)})
st.write(f"Edited total: {int(edited['n'].fillna(0).sum())} rows: {len(edited)}")
st.button("Rerun")
st.metric("Temperature", "70 °F", "-1.2 °F")
st.table(df.head(2))
st.dataframe(pd.DataFrame({"v": [1.0, 2.0], "w": ["p", "q"], "z": [0, 0]}), hide_index=True, column_order=["w", "v"],
             column_config={"v": st.column_config.NumberColumn(format="%.1f kg")})
# Across the switch to summer time in Paris (2024-03-31 01:00 UTC): the offset changes between rows.
st.dataframe(pd.DataFrame({"paris": pd.date_range("2024-03-30 23:30", periods=4, freq="h", tz="UTC").tz_convert("Europe/Paris")}),
             key="tz")
