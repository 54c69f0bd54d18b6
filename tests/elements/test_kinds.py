"""``apptest.elements._kinds``: the modules that declare each built-in kind.

The tables let ``st.<name>`` and ``at.<name>`` import a kind's module on first use; they
must name exactly the kinds the modules declare, each with the module that declares it.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

from apptest.elements._kinds import COLLECTION_MODULES, ELEMENT_MODULES

ROOT = Path(__file__).resolve().parents[2]

# In a fresh interpreter: who registers each kind, seen while every module is imported.
PROVENANCE = """
import sys
import apptest.tree._nodes as nodes
from apptest.elements import _dg

def declaring_module() -> str:
    frame = sys._getframe(2)
    while frame.f_code.co_name != "<module>":
        frame = frame.f_back
    return frame.f_globals["__name__"].rsplit(".", 1)[1]

collections, register = {}, nodes.register_collection
def recording(name, cls, where=None):
    collections[name] = declaring_module()
    register(name, cls, where)
nodes.register_collection = recording

from apptest.elements._kinds import load_all
load_all()
elements = {name: func.__module__.rsplit(".", 1)[1] for name, func in _dg.ELEMENTS.items()}
print(repr((elements, collections)))
"""


def test_tables_name_every_kind_with_the_module_that_declares_it() -> None:
    done = subprocess.run([sys.executable, "-c", PROVENANCE], cwd=ROOT,
                          capture_output=True, text=True, check=True)
    elements, collections = ast.literal_eval(done.stdout)
    assert elements == ELEMENT_MODULES
    assert collections == COLLECTION_MODULES


# In a fresh interpreter: kinds reached through st, a container and at, and what is loaded.
FIRST_USE = '''
import sys
from apptest import AppTest

at = AppTest.from_string("""
import streamlit as st
st.sidebar.metric("Users", 3)
left, right = st.columns(2)
left.toggle("On")
with right:
    st.caption("hi")
""").run()
assert at.sidebar.metric[0].value == "3" and at.toggle[0].value is False
assert len(at.dataframe) == 0 and "image" in dir(at.main)
print(" ".join(m for m in sys.modules if m.startswith("apptest.elements._")))
'''


def test_a_module_is_imported_when_its_kind_is_first_used() -> None:
    done = subprocess.run([sys.executable, "-c", FIRST_USE], cwd=ROOT,
                          capture_output=True, text=True, check=True)
    loaded = {m.rsplit(".", 1)[1] for m in done.stdout.split()}
    assert {"_metric", "_layout", "_checkbox", "_text", "_dataframe"} <= loaded
    assert not {"_media", "_charts", "_chat_input", "_select", "_number"} & loaded
