"""Split shared expenses between friends."""
import streamlit as st

st.title("Expense splitter")
people = st.multiselect("People", ["Ana", "Ben", "Cai", "Dee"], default=["Ana", "Ben"])
st.session_state.setdefault("expenses", [])
if not people:
    st.error("Choose at least one person")
    st.stop()
with st.form("expense", clear_on_submit=True):
    c1, c2, c3 = st.columns(3)
    payer = c1.selectbox("Paid by", people)
    amount = c2.number_input("Amount", min_value=0.0, step=1.0)
    what = c3.text_input("For")
    if st.form_submit_button("Add expense") and amount > 0:
        st.session_state.expenses.append((payer, amount, what or "misc"))
paid = {p: 0.0 for p in people}
for payer, amount, _ in st.session_state.expenses:
    if payer in paid:
        paid[payer] += amount
share = sum(paid.values()) / len(people)
for person in people:
    balance = paid[person] - share
    st.write(f"{person}: paid {paid[person]:.2f}, {'gets' if balance >= 0 else 'owes'} {abs(balance):.2f}")
with st.sidebar:
    st.subheader("Log")
    for payer, amount, what in st.session_state.expenses:
        st.text(f"{payer} {amount:.2f} {what}")
