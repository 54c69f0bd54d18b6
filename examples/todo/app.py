"""A todo list: add tasks with a form, tick them off, clear the finished ones.

What it shows: a form that holds the typed text until "Add" is clicked
(``clear_on_submit`` empties it again), callbacks that change session state before the
script reruns, and widget keys built from a stable id, so that a checkbox keeps
belonging to its task when other tasks are removed.
"""

import streamlit as st

if "todos" not in st.session_state:
    st.session_state.todos = []  # {"id": int, "text": str, "done": bool}
    st.session_state.next_id = 0


def add_todo() -> None:
    text = st.session_state.new_todo.strip()
    if text:
        st.session_state.todos.append({"id": st.session_state.next_id, "text": text, "done": False})
        st.session_state.next_id += 1


def set_done(todo_id: int) -> None:
    for todo in st.session_state.todos:
        if todo["id"] == todo_id:
            todo["done"] = st.session_state[f"done_{todo_id}"]


def clear_done() -> None:
    st.session_state.todos = [t for t in st.session_state.todos if not t["done"]]


st.title("Todo")
with st.form("add_todo", clear_on_submit=True):
    st.text_input("New task", key="new_todo")
    st.form_submit_button("Add", on_click=add_todo)

todos = st.session_state.todos
for todo in todos:
    st.checkbox(todo["text"], value=todo["done"], key=f"done_{todo['id']}",
                on_change=set_done, args=(todo["id"],))

done = sum(todo["done"] for todo in todos)
st.caption(f"{len(todos) - done} of {len(todos)} left")
st.button("Clear finished", on_click=clear_done, disabled=done == 0)
