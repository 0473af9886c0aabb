"""Upload a text or CSV file; see its statistics. No pandas: the csv module parses it."""
import csv
import io

import streamlit as st

st.title("File stats")
uploaded = st.file_uploader("Choose a file", type=["txt", "csv"], help="Text or CSV")
if uploaded is None:
    st.info("Upload a file to begin.")
    st.stop()

st.write("Name:", uploaded.name, "| type:", uploaded.type, "| size:", uploaded.size)
text = uploaded.getvalue().decode("utf-8")
if uploaded.name.endswith(".csv"):
    rows = list(csv.reader(io.StringIO(text)))
    st.write(f"{len(rows) - 1} rows, columns: {', '.join(rows[0])}")
    st.json({row[0]: row[1:] for row in rows[1:]})
else:
    words = text.split()
    st.write(f"{len(text.splitlines())} lines, {len(words)} words")
    st.code(text[:200])

many = st.file_uploader("More files", accept_multiple_files=True, key="many")
st.write("Total bytes:", sum(f.size for f in many))
for f in many:
    st.caption(f.name)
