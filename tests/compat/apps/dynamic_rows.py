"""A dynamic form: add and remove ingredient rows, each with keyed widgets."""
import streamlit as st

st.title("Recipe")
st.session_state.setdefault("row_ids", [0])
st.session_state.setdefault("next_id", 1)


def add_row():
    st.session_state.row_ids.append(st.session_state.next_id)
    st.session_state.next_id += 1


def remove_row(row_id):
    st.session_state.row_ids.remove(row_id)


total = 0
for row_id in st.session_state.row_ids:
    c1, c2, c3 = st.columns([3, 1, 1], vertical_alignment="bottom")
    name = c1.text_input("Ingredient", key=f"name_{row_id}")
    grams = c2.number_input("Grams", 0, 1000, 100, step=10, key=f"grams_{row_id}")
    c3.button("✕", key=f"rm_{row_id}", on_click=remove_row, args=(row_id,))
    total += grams
st.button("Add ingredient", on_click=add_row)
st.write(f"{len(st.session_state.row_ids)} ingredients, {total} g")
