import streamlit as st

st.title("Stats")
n = st.slider("Points", 1, 50, 10)
values = [i * i for i in range(n)]
st.metric("Sum", sum(values))
st.table({"x": list(range(n)), "x squared": values})
