"""Session State guide, "Serializable Session State": a lambda with enforceSerializableSessionState on."""

import streamlit as st


def unserializable_data():
    return lambda x: x


# 👇 results in an exception when enforceSerializableSessionState is on
st.session_state.unserializable = unserializable_data()

# apptest: expect-exception UnserializableSessionStateError  (on purpose: see config.toml)
