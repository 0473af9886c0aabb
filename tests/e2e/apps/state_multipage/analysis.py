import streamlit as st

st.header("Analysis page")
if st.button("Show chart tab"):
    st.query_params["tab"] = "chart"
st.markdown(f"Tab: {st.query_params.get('tab', 'none')}")
