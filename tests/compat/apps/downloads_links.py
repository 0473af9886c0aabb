"""Export a report: download buttons for text, CSV and bytes; link buttons; page links."""
import json

import streamlit as st

st.title("Export")
rows = [{"item": "pen", "qty": 3}, {"item": "ink", "qty": 1}]
report = "\n".join(f"{r['item']}: {r['qty']}" for r in rows)
csv_text = "item,qty\n" + "\n".join(f"{r['item']},{r['qty']}" for r in rows)
if st.download_button("Download report", report, file_name="report.txt"):
    st.write("thanks for downloading")
st.download_button("Download CSV", csv_text, "report.csv", "text/csv", key="csv", type="primary",
                   icon=":material/download:")
st.download_button("Download JSON", json.dumps(rows).encode(), "rows.json", mime="application/json",
                   use_container_width=True, on_click=lambda: st.session_state.update(json_clicks=1))
st.link_button("Open docs", "https://docs.streamlit.io", help="Opens a new tab")
st.link_button("Disabled link", "https://example.com", disabled=True, type="primary")
st.page_link("https://example.com/help", label="Help center", icon="❓")
st.write("json clicks:", st.session_state.get("json_clicks", 0))
