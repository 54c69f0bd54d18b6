import streamlit as st

st.title("Settings")
name = st.text_input("Name", value="Ada")
dark = st.checkbox("Dark mode")
st.write(f"{name} prefers {'dark' if dark else 'light'} mode")
