"""A settings page: the name is copied to a plain session-state key to outlive the page."""

import streamlit as st


def save_name() -> None:
    st.session_state.name = st.session_state.name_input


st.title("Settings")
st.text_input("Your name", key="name_input", on_change=save_name)
st.selectbox("Theme", ["light", "dark"], key="theme", persist_state="session")
if st.button("Done"):
    st.switch_page("app.py")
