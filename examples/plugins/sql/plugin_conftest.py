"""The ``conftest.py`` of the orders app's tests: every ``type="sql"`` connection is SQLite
in memory.

No setup in the tests: apps made by the ``app_test`` and ``app`` fixtures in this folder
(and below it) get the hook. (Saved as ``plugin_conftest.py`` here so that it applies only
where a test copies it as ``conftest.py``: ``tests/plugin/test_conftest_example.py``.)
"""

import sqlite3

import pandas as pd

import apptest


class MemorySQL:
    """The part of Streamlit's ``SQLConnection`` the app uses, over SQLite in memory."""

    def __init__(self) -> None:
        self._db = sqlite3.connect(":memory:", check_same_thread=False)
        self._db.executescript("""
            CREATE TABLE orders (id INTEGER, customer TEXT, status TEXT);
            INSERT INTO orders VALUES (1, 'Ada', 'open'), (2, 'Bo', 'shipped'),
                                      (3, 'Cy', 'open');
        """)

    def query(self, sql: str, *, params: dict | None = None, ttl: object = None) -> pd.DataFrame:
        return pd.read_sql_query(sql, self._db, params=params)


@apptest.hookimpl
def apptest_connection(name, type, kwargs):
    if type == "sql":
        return MemorySQL()
    return None
