"""A hidden page: not in the menu, reachable by a link or a switch."""

import streamlit as st

st.title("Report")
st.write(f"Period: {st.query_params.get('period', 'all')}")
