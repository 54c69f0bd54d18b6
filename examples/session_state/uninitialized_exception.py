"""Session State guide, "Reads and updates": accessing an uninitialized variable raises."""

import streamlit as st

st.write(st.session_state['value'])

# Throws an exception!
