"""An app using a third-party component, ``streamlit-option-menu``.

Under test the component comes from the ``apptest-option-menu`` plugin
(``examples/plugins/apptest-option-menu``): no frontend, a value the test sets.
"""

import streamlit as st
from streamlit_option_menu import option_menu

with st.sidebar:
    page = option_menu("Main menu", ["Home", "---", "Reports", "Settings"],
                       icons=["house", None, "bar-chart", "gear"], key="page")

st.title(page)
if page == "Reports":
    st.metric("Open reports", 3)
elif page == "Settings":
    st.toggle("Dark mode", key="dark")
else:
    st.write("Welcome! Pick a page in the menu.")

# apptest: requires streamlit_option_menu  (from the apptest-option-menu plugin)
