import streamlit as st

st.title("Home")
st.write(f"Welcome, team {st.session_state.team}")
if st.button("Visit"):
    st.session_state.visits = st.session_state.get("visits", 0) + 1
st.write("Visits:", st.session_state.get("visits", 0))
