"""A fake deployment: st.status with steps, a progress bar, toasts, spinner and celebrations."""
import time

import streamlit as st

st.title("Deploy")
env = st.selectbox("Environment", ["staging", "production"])

if st.button("Deploy", type="primary"):
    bar = st.progress(0, text="Starting")
    with st.status("Deploying...", expanded=True) as status:
        for i, step in enumerate(["Build", "Test", "Upload"], 1):
            st.write(f"{step} done")
            bar.progress(i * 33, text=step)
            time.sleep(0.01)
        if env == "production":
            status.update(label="Deployed to production", state="complete", expanded=False)
        else:
            status.update(label="Staging only", state="error")
    bar.progress(100, text="Finished")
    st.toast("Deployment finished", icon="🎉")
    with st.spinner("Cleaning up"):
        time.sleep(0.01)
    if env == "production":
        st.balloons()
    else:
        st.snow()
else:
    st.status("Idle", state="complete")
