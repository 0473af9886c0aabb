"""Callbacks with args and kwargs: a shopping cart."""
import streamlit as st

PRICES = {"apple": 0.5, "bread": 2.25, "cheese": 4.0}
st.title("Cart")
st.session_state.setdefault("cart", {})
st.session_state.setdefault("log", [])


def add(item, qty=1, *, note=""):
    st.session_state.cart[item] = st.session_state.cart.get(item, 0) + qty
    st.session_state.log.append(f"add {item} x{qty} {note}".strip())


def changed(label):
    st.session_state.log.append(f"{label} -> {st.session_state.coupon}")


def toggled():
    st.session_state.log.append(f"express={st.session_state.express}")


for item, price in PRICES.items():
    c1, c2, c3 = st.columns(3)
    c1.write(item)
    c2.write(f"${price:.2f}")
    c3.button("Add", key=f"add_{item}", on_click=add, args=(item,), kwargs={"qty": 2 if item == "apple" else 1})
st.button("Add a free bread", on_click=add, args=("bread", 1), kwargs={"note": "(free)"})
st.text_input("Coupon", key="coupon", on_change=changed, args=("coupon",))
st.checkbox("Express delivery", key="express", on_change=toggled)
total = sum(PRICES[i] * q for i, q in st.session_state.cart.items())
st.write("Cart:", st.session_state.cart, f"Total: ${total:.2f}")
st.write(st.session_state.log)
