import streamlit as st

st.title("Layout")
st.session_state.runs = st.session_state.get("runs", 0) + 1
st.write(f"Runs: {st.session_state.runs}")

left, middle, right = st.columns([2, 1, 1], vertical_alignment="bottom")
left.write("Left column")
middle.write("Middle column")
with right:
    st.write("Right column")

first, second, third = st.tabs(["First", "**Second**", "Third"])
first.write("Content one")
with second:
    st.write("Content two")
    flag = st.checkbox("Rerun from a tab")
third.write("Content three")

with st.expander("Details", icon="🔍"):
    st.write("Hidden detail")
    st.checkbox("Rerun from the expander")

with st.container(height=150, key="scroller"):
    for i in range(30):
        st.write(f"Line {i}")

with st.popover("Settings", help="Adjust things"):
    level = st.slider("Level", 0, 10, 4)
    st.write("Inside the popover")
st.write(f"Level: {level}")

with st.sidebar:
    st.header("Sidebar")
    a, b = st.columns(2)
    a.write("Side A")
    b.write("Side B")
