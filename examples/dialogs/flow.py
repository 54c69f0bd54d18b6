"""A dialog flow: open a form in a dialog, fill it in, save it, or dismiss it."""

import streamlit as st


def cancelled() -> None:
    st.session_state.cancelled = st.session_state.get("cancelled", 0) + 1


@st.dialog("New contact", on_dismiss=cancelled)
def new_contact() -> None:
    name = st.text_input("Name", key="name")
    if st.button("Save", disabled=not name):
        st.session_state.contacts = [*st.session_state.get("contacts", []), name]
        st.rerun()


if st.button("Add contact"):
    new_contact()
for contact in st.session_state.get("contacts", []):
    st.write(f"- {contact}")
