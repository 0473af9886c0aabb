"""A pocket calculator: a grid of buttons in columns, history in an expander, modes in tabs."""
import streamlit as st

st.title("Calculator")
st.session_state.setdefault("expr", "")
st.session_state.setdefault("history", [])


def press(token):
    st.session_state.expr += token


def evaluate():
    expr = st.session_state.expr
    try:
        result = eval(expr, {"__builtins__": {}})  # the expression is made of the buttons only
    except Exception as exc:
        st.session_state.expr = ""
        st.session_state.history.append(f"{expr} -> error ({type(exc).__name__})")
    else:
        st.session_state.history.append(f"{expr} = {result}")
        st.session_state.expr = str(result)


basic, about = st.tabs(["Basic", "About"])
with basic:
    st.code(st.session_state.expr or "0")
    for row in ["789/", "456*", "123-", "0.=+"]:
        cols = st.columns(4)
        for col, token in zip(cols, row):
            if token == "=":
                col.button("=", on_click=evaluate, key="eq", use_container_width=True)
            else:
                col.button(token, on_click=press, args=(token,), key=f"k{token}", use_container_width=True)
    if st.button("Clear"):
        st.session_state.expr = ""
    with st.expander("History", expanded=bool(st.session_state.history)):
        for line in st.session_state.history[::-1]:
            st.text(line)
with about:
    st.write("Made with Streamlit columns, tabs and expanders.")
