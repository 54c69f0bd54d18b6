"""Session State guide, "Reads and updates": accessing an uninitialized variable raises."""

import streamlit as st

st.write(st.session_state['value'])

# Throws an exception!

# apptest: expect-exception KeyError  (the guide shows this error on purpose)
