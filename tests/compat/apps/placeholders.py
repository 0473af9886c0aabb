"""st.empty placeholders: replaced, cleared, turned into containers."""
import streamlit as st

st.title("Placeholders")
slot = st.empty()
slot.text("loading...")
slot.success("loaded")
cleared = st.empty()
cleared.write("to be cleared")
cleared.empty()
group = st.empty()
with group.container():
    st.write("first line")
    st.write("second line")
st.write("after the placeholders")
step = st.radio("Step", [1, 2, 3], horizontal=True)
box = st.empty()
if step == 1:
    box.info("step one")
elif step == 2:
    with box.container():
        st.button("inside")
        st.write("two")
else:
    box.empty()
late = st.empty()
st.write("last element")
late.markdown("filled after the last element")
