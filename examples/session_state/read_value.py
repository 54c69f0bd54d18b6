"""Session State guide, "Reads and updates": read an item by passing it to st.write."""

import streamlit as st

if 'key' not in st.session_state:
    st.session_state['key'] = 'value'

# Reads
st.write(st.session_state.key)

# Outputs: value
