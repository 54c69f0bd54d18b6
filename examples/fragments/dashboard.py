"""A dashboard whose live panel refreshes itself every 10 seconds (a fragment)."""

import datetime as dt

import streamlit as st

st.session_state.page_loads = st.session_state.get("page_loads", 0) + 1
st.title("Sales dashboard")


@st.fragment(run_every=10)
def live_panel() -> None:
    st.session_state.refreshes = st.session_state.get("refreshes", 0) + 1
    st.metric("Refreshes", st.session_state.refreshes)
    st.caption(f"Updated {dt.datetime.now():%H:%M:%S}")
    region = st.selectbox("Region", ["North", "South"], key="region")
    st.write(f"Showing {region}")


live_panel()
st.write(f"Page loads: {st.session_state.page_loads}")
