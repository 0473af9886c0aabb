import time

import streamlit as st

steps = st.slider("Steps", 1, 100, 40)
st.write(f"Started with {steps}")
progress = st.empty()
for i in range(steps):
    progress.write(f"step {i}")
    time.sleep(0.1)
st.write(f"Finished {steps}")
