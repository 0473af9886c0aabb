"""Containers: bordered and fixed-height containers, popovers, nested columns, out-of-order writes."""
import streamlit as st

st.title("Containers")
header = st.container()
box = st.container(border=True)
box.write("inside a bordered box")
scroll = st.container(height=120)
for i in range(5):
    scroll.write(f"line {i}")
with st.popover("Settings", help="Open me"):
    dark = st.checkbox("Dark mode")
    st.write("dark:", dark)
left, mid, right = st.columns([1, 2, 1], gap="large", vertical_alignment="center")
with mid:
    inner1, inner2 = st.columns(2)
    inner1.button("One")
    inner2.button("Two")
with left:
    with st.container(border=True, key="card"):
        st.write("card")
right.write("right")
header.write("written last, shown first")
with st.expander("Expander", icon=":material/info:"):
    st.write("expander with icon")
tab1, tab2, tab3 = st.tabs(["A", "B", "C"])
tab3.write("third")
with tab1:
    with st.expander("nested in tab"):
        st.write("deep")
