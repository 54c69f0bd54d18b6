"""An ``st.navigation`` app: a function page, file pages in sections, a custom URL path."""

import streamlit as st


def home() -> None:
    st.title("Home")
    st.write(f"Team: {st.session_state.team}")
    if st.button("Open settings"):
        st.switch_page(settings)


settings = st.Page("views/settings.py", title="Settings", icon="⚙️", url_path="config")
report = st.Page("views/report.py", title="Report", visibility="hidden")
page = st.navigation(
    {"Overview": [st.Page(home, title="Home", default=True)], "Admin": [settings, report]},
    position="top",
)
st.sidebar.selectbox("Team", ["red", "blue"], key="team")
page.run()
