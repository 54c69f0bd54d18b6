"""The data layer of the sales app: a slow loader cached with ``st.cache_data``."""

from __future__ import annotations

import time

import streamlit as st

REGIONS = ("north", "south")


@st.cache_data(ttl="1h", show_spinner="Loading sales...")
def load_sales() -> list[dict[str, object]]:
    """Read every sale (slow: imagine a database query)."""
    time.sleep(0.05)
    return [
        {"region": "north", "product": "tea", "amount": 120},
        {"region": "north", "product": "coffee", "amount": 80},
        {"region": "south", "product": "tea", "amount": 50},
        {"region": "south", "product": "cocoa", "amount": 30},
    ]


def in_region(rows: list[dict[str, object]], region: str) -> list[dict[str, object]]:
    """The rows of one region ("all": every row)."""
    return [row for row in rows if region == "all" or row["region"] == region]
