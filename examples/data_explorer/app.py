"""A data explorer: upload a CSV file, fix cells in place, chart a column.

What it shows: ``st.file_uploader``, ``st.cache_data`` keyed by the uploaded bytes,
``st.data_editor`` whose edits come back as a new data frame, and a chart of the edited
data. It needs pandas.
"""

import io

import pandas as pd
import streamlit as st

st.title("Data explorer")


@st.cache_data
def load(data: bytes) -> pd.DataFrame:
    """Parse the CSV once per distinct file."""
    return pd.read_csv(io.BytesIO(data))


upload = st.file_uploader("CSV file", type="csv")
if upload is None:
    st.info("Upload a CSV file to start.")
    st.stop()

frame = load(upload.getvalue())
st.caption(f"{len(frame)} rows, {len(frame.columns)} columns")
edited = st.data_editor(frame, num_rows="dynamic", key="table")
numeric = edited.select_dtypes("number").columns.tolist()
column = st.selectbox("Column", numeric)
st.bar_chart(edited, x="region", y=column)
st.metric(f"Total {column}", float(edited[column].sum()))
