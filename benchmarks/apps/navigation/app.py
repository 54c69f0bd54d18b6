"""An st.navigation entrypoint with three file pages sharing a sidebar widget."""

import streamlit as st

pg = st.navigation(
    [
        st.Page("views/home.py", title="Home", default=True),
        st.Page("views/stats.py", title="Stats"),
        st.Page("views/settings.py", title="Settings"),
    ]
)
st.sidebar.selectbox("Team", ["red", "blue"], key="team")
pg.run()
