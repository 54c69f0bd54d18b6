"""Orders dashboard: reads a SQL database through ``st.connection``."""

import streamlit as st

conn = st.connection("orders_db", type="sql")
status = st.selectbox("Status", ["open", "shipped"], key="status")
orders = conn.query("SELECT id, customer FROM orders WHERE status = :status",
                    params={"status": status})
st.metric(f"{status.title()} orders", len(orders))
st.dataframe(orders)

# apptest: skip needs the orders_db connection that plugin_conftest.py provides to tests
