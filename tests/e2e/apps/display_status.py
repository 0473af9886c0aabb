import time

import streamlit as st

st.toast("Welcome!", icon="👋")
if st.button("Start"):
    with st.status("Crunching...", expanded=True) as status:
        bar = st.progress(0, text="Working")
        for i in range(1, 41):
            time.sleep(0.05)
            bar.progress(i / 40, text=f"Step {i} of 40")
        status.update(label="Crunched!", state="complete", expanded=False)
    with st.spinner("Final touches..."):
        time.sleep(1.2)
    st.balloons()
    st.toast("Finished :material/check:")
    st.write("All done")
else:
    st.progress(25, text="Idle at **25%**")
