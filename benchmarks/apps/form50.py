"""A form holding 50 widgets and a submit button; the submitted values are shown after it."""

import streamlit as st

st.title("Fifty-widget form")
COLORS = ["red", "green", "blue", "yellow"]

with st.form("big_form"):
    values = {}
    for i in range(10):
        values[f"text_{i}"] = st.text_input(f"Text {i}", value=f"t{i}", key=f"text_{i}")
        values[f"number_{i}"] = st.number_input(f"Number {i}", value=i, step=1, key=f"number_{i}")
        values[f"check_{i}"] = st.checkbox(f"Check {i}", value=i % 2 == 0, key=f"check_{i}")
        values[f"select_{i}"] = st.selectbox(f"Select {i}", COLORS, index=i % 4, key=f"select_{i}")
        values[f"slider_{i}"] = st.slider(f"Slider {i}", 0, 100, i * 10, key=f"slider_{i}")
    submitted = st.form_submit_button("Submit")

if submitted:
    st.session_state.submissions = st.session_state.get("submissions", 0) + 1
st.write("Submissions:", st.session_state.get("submissions", 0))
for name, value in values.items():
    st.text(f"{name} = {value!r}")
