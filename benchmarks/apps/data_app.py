"""A data app: a cached DataFrame, a table and a line chart, and a slider choosing the rows."""

import numpy as np
import pandas as pd
import streamlit as st


@st.cache_data
def load_data(rows: int) -> pd.DataFrame:
    rng = np.random.default_rng(42)
    index = pd.date_range("2024-01-01", periods=rows, freq="D")
    data = rng.normal(size=(rows, 3)).cumsum(axis=0)
    return pd.DataFrame(data, index=index, columns=["alpha", "beta", "gamma"])


st.title("Data app")
df = load_data(500)
n = st.slider("Rows to show", 10, 500, 100, step=10)
column = st.selectbox("Column", ["all", *df.columns])
shown = df.head(n) if column == "all" else df.head(n)[[column]]
st.dataframe(shown)
st.line_chart(shown)
st.metric("Mean of last row", f"{shown.iloc[-1].mean():.3f}")
st.write(f"Showing {len(shown)} of {len(df)} rows")
