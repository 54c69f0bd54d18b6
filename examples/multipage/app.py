"""Home page of a ``pages/`` folder app: the main script is the first page."""

import streamlit as st

st.title("Home")
name = st.session_state.get("name", "stranger")
st.write(f"Hello, {name}!")
st.page_link("pages/2_🔧_Settings.py", label="Change your name")
if st.button("Open the dashboard"):
    st.switch_page("pages/1_📈_Dashboard.py")
