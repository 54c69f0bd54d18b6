"""An echo chat bot: the history lives in session state, the answer streams in.

What it shows: ``st.chat_input`` (a trigger: its value is there for one run only),
``st.chat_message`` containers, and ``st.write_stream``, which writes a generator's
chunks and returns the whole text.
"""

from collections.abc import Iterator

import streamlit as st

st.title("Echo bot")
if "messages" not in st.session_state:
    st.session_state.messages = []


def answer(prompt: str) -> Iterator[str]:
    """The bot's answer, word by word, as a language model would stream it."""
    words = f"You said: {prompt}".split(" ")
    yield words[0]
    for word in words[1:]:
        yield " " + word


with st.sidebar:
    if st.button("New chat"):
        st.session_state.messages = []

for message in st.session_state.messages:
    with st.chat_message(message["role"]):
        st.markdown(message["content"])

if prompt := st.chat_input("Say something"):
    st.session_state.messages.append({"role": "user", "content": prompt})
    with st.chat_message("user"):
        st.markdown(prompt)
    with st.chat_message("assistant"):
        reply = st.write_stream(answer(prompt))
    st.session_state.messages.append({"role": "assistant", "content": reply})
