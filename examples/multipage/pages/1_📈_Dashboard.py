"""A counter that lives in session state, so it survives page switches."""

import streamlit as st

st.title("Dashboard")
st.session_state.setdefault("count", 0)
if st.button("Add one"):
    st.session_state.count += 1
st.metric("Count", st.session_state.count)
st.checkbox("Show details", key="details")
