"""A small data app: pick a region, see its sales. The loader is cached for an hour."""

import streamlit as st
from sales import REGIONS, in_region, load_sales

st.title("Sales")
region = st.selectbox("Region", ["all", *REGIONS])
rows = in_region(load_sales(), region)
st.metric("Total", sum(row["amount"] for row in rows))
for row in rows:
    st.write(f"{row['product']}: {row['amount']}")
if st.button("Reload data"):
    load_sales.clear()
    st.rerun()
