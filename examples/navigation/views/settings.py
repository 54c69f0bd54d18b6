"""Settings: reached by the URL path ``config``, not by the file name."""

import streamlit as st

st.title("Settings")
st.toggle("Notifications", key="notifications")
st.page_link("views/report.py", label="See the report", query_params={"period": "week"})
