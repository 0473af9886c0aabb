"""A to-do list: a form adds tasks, checkboxes complete them, buttons delete them."""
import streamlit as st

st.title("To-do")

if "tasks" not in st.session_state:
    st.session_state.tasks = [{"name": "Write report", "done": False}]


def add_task():
    name = st.session_state.new_task.strip()
    if name:
        st.session_state.tasks.append({"name": name, "done": False})


def remove(index):
    st.session_state.tasks.pop(index)


with st.form("add", clear_on_submit=True):
    st.text_input("New task", key="new_task", placeholder="What needs doing?")
    st.form_submit_button("Add", on_click=add_task)

for i, task in enumerate(st.session_state.tasks):
    left, right = st.columns([4, 1])
    task["done"] = left.checkbox(task["name"], value=task["done"], key=f"done_{task['name']}")
    right.button("Delete", key=f"del_{i}", on_click=remove, args=(i,))

done = sum(t["done"] for t in st.session_state.tasks)
st.caption(f"{done} of {len(st.session_state.tasks)} done")
if st.session_state.tasks and done == len(st.session_state.tasks):
    st.success("All done!")
