"""Conformance scenarios: file uploader, camera and audio inputs, chat input, menu button.

Files always carry an explicit MIME type (apptest guesses a missing one from the name, as a
browser does; real AppTest uses ``application/octet-stream``), and ``upload`` on a multiple
uploader is only used when nothing is committed yet (real AppTest then starts a new list;
apptest appends to the committed files, as a browser does).
"""

from __future__ import annotations

from tests.conformance.scenarios import RUN, Scenario, _s

TXT = ("a.txt", b"hello", "text/plain")
CSV1 = ("x.csv", b"1,2", "text/csv")
CSV2 = ("y.csv", b"3", "text/csv")
JPG = ("shot.jpg", b"\xff\xd8jpeg", "image/jpeg")
WAV = ("clip.wav", b"RIFFdata", "audio/wav")

SCENARIOS: list[Scenario] = [
    # ------------------------------------------------------------------ file_uploader
    _s(
        "file_uploader_single_persists_and_clears",
        """
        import streamlit as st
        f = st.file_uploader("Upload", key="up")
        if f is None:
            st.write("no file")
        else:
            st.write(f.name, f.type, f.size, f.read(), f.read(), f.getvalue())
        st.write("ss is none", st.session_state.up is None)
        """,
        [RUN, ("file_uploader", 0, "set_value", TXT), RUN, RUN,
         ("file_uploader", 0, "clear"), RUN],
    ),
    _s(
        "file_uploader_multiple_and_type_filter",
        """
        import streamlit as st
        files = st.file_uploader("CSVs", type=["CSV", ".txt"], accept_multiple_files=True,
                                 key="many")
        st.write("n", len(files), [f.name for f in files], [f.size for f in files])
        """,
        [RUN, ("file_uploader", 0, "set_value", [CSV1, CSV2]), RUN, RUN,
         ("file_uploader", 0, "set_value", None), RUN,
         ("file_uploader", 0, "upload", "z.txt", b"zz", "text/plain"), RUN],
    ),
    _s(
        "file_uploader_callback_and_directory",
        """
        import streamlit as st
        st.session_state.setdefault("log", [])
        def changed(tag, *, n):
            st.session_state.log.append((tag, n))
        one = st.file_uploader("One", on_change=changed, args=("one",), kwargs={"n": 1})
        tree = st.file_uploader("Folder", accept_multiple_files="directory")
        st.write("one", None if one is None else one.name, "tree", [f.name for f in tree])
        st.write("log", st.session_state.log)
        """,
        [RUN, ("file_uploader", 0, "set_value", TXT),
         ("file_uploader", 1, "set_value", [("d/a.txt", b"a", "text/plain"),
                                            ("d/e/b.txt", b"b", "text/plain")]),
         RUN, RUN, ("file_uploader", 0, "clear"), RUN],
    ),
    _s(
        "file_uploader_in_form",
        """
        import streamlit as st
        with st.form("f"):
            f = st.file_uploader("Doc", key="doc")
            sent = st.form_submit_button("Send")
        st.write("sent", sent, "file", None if f is None else f.getvalue())
        """,
        [RUN, ("file_uploader", 0, "set_value", TXT), ("button", 0, "click"), RUN, RUN],
    ),
    # ------------------------------------------------------------------ camera_input
    _s(
        "camera_input_photo_persists_and_clears",
        """
        import streamlit as st
        photo = st.camera_input("Take a picture", key="cam")
        st.write("photo", None if photo is None else (photo.name, photo.type, photo.size))
        """,
        [RUN, ("camera_input", 0, "set_value", JPG), RUN, RUN,
         ("camera_input", 0, "clear"), RUN],
    ),
    _s(
        "camera_input_callback_args",
        """
        import streamlit as st
        st.session_state.setdefault("shots", 0)
        def shot(step):
            st.session_state.shots += step
        p = st.camera_input("Cam", on_change=shot, args=(2,), resolution="720p")
        st.write("shots", st.session_state.shots, p is not None)
        """,
        [RUN, ("camera_input", 0, "upload", "a.jpg", b"1", "image/jpeg"), RUN, RUN,
         ("camera_input", 0, "upload", "b.jpg", b"2", "image/jpeg"), RUN],
    ),
    _s(
        "camera_input_in_sidebar",
        """
        import streamlit as st
        p = st.sidebar.camera_input("Side cam", key="sc", help="smile")
        st.write("got", None if p is None else p.getvalue())
        """,
        [RUN, ("camera_input", 0, "set_value", JPG), RUN, ("camera_input", 0, "set_value", None),
         RUN],
    ),
    # ------------------------------------------------------------------ audio_input
    _s(
        "audio_input_recording_persists_and_clears",
        """
        import streamlit as st
        rec = st.audio_input("Record", key="mic")
        st.write("rec", None if rec is None else (rec.name, rec.type, rec.read()))
        """,
        [RUN, ("audio_input", 0, "set_value", WAV), RUN, RUN, ("audio_input", 0, "clear"), RUN],
    ),
    _s(
        "audio_input_sample_rate_and_callback",
        """
        import streamlit as st
        st.session_state.setdefault("heard", [])
        def heard(who):
            st.session_state.heard.append(who)
        a = st.audio_input("Voice", sample_rate=48000, on_change=heard, kwargs={"who": "me"})
        b = st.audio_input("Other", sample_rate=None)
        st.write("heard", st.session_state.heard, a is None, b is None)
        """,
        [RUN, ("audio_input", 0, "upload", "v.wav", b"RIFF", "audio/wav"), RUN,
         ("audio_input", 1, "set_value", WAV), RUN],
    ),
    _s(
        "audio_input_in_sidebar",
        """
        import streamlit as st
        with st.sidebar:
            a = st.audio_input("Side mic", key="sm")
        st.write("size", None if a is None else a.size)
        """,
        [RUN, ("audio_input", 0, "set_value", WAV), RUN, RUN],
    ),
    # ------------------------------------------------------------------ chat_input
    _s(
        "chat_input_text_is_a_trigger",
        """
        import streamlit as st
        st.session_state.setdefault("history", [])
        prompt = st.chat_input("Say something", key="chat")
        if prompt:
            st.session_state.history.append(prompt)
        for msg in st.session_state.history:
            st.write(msg)
        st.write("prompt", prompt, "ss", st.session_state.chat)
        """,
        [RUN, ("chat_input", 0, "set_value", "hello"), RUN, RUN,
         ("chat_input", 0, "set_value", "again"), RUN],
    ),
    _s(
        "chat_input_files",
        """
        import streamlit as st
        v = st.chat_input("Ask", accept_file="multiple", file_type=["txt"], key="ask")
        if v is None:
            st.write("nothing")
        else:
            st.write("text", v.text, "files", [f.name for f in v.files], "keys", list(v))
        """,
        [RUN, ("chat_input", 0, "upload", "a.txt", b"a", "text/plain"),
         ("chat_input", 0, "upload", "b.txt", b"b", "text/plain"),
         ("chat_input", 0, "set_value", "see files"), RUN, RUN,
         ("chat_input", 0, "upload", "c.txt", b"c", "text/plain"), RUN],
    ),
    _s(
        "chat_input_prefill_and_on_submit",
        """
        import streamlit as st
        if "runs" not in st.session_state:
            st.session_state.runs = 0
            st.session_state.c = "draft"
        st.session_state.runs += 1
        def sent(tag, *, n):
            st.session_state.log = (tag, n, st.session_state.c)
        with st.sidebar:
            v = st.chat_input("Side", key="c", on_submit=sent, args=("s",), kwargs={"n": 1})
        st.write("v", v, "log", st.session_state.get("log"))
        """,
        [RUN, RUN, ("chat_input", 0, "set_value", "sent!"), RUN, RUN],
    ),
    # ------------------------------------------------------------------ menu_button
    _s(
        "menu_button_is_a_trigger",
        """
        import streamlit as st
        choice = st.menu_button("Actions", ["Copy", "Paste", "Delete"], key="menu")
        st.write("choice", choice, "ss", st.session_state.menu)
        """,
        [RUN, ("menu_button", 0, "click", "Paste"), RUN, RUN,
         ("menu_button", 0, "click_index", 2), RUN],
    ),
    _s(
        "menu_button_format_func_and_callback",
        """
        import streamlit as st
        st.session_state.setdefault("log", [])
        def chosen(tag, *, n):
            st.session_state.log.append((tag, n, st.session_state.m))
        v = st.menu_button("Pick", [1, 2, 3], key="m", format_func=lambda o: f"Item {o}",
                           on_click=chosen, args=("m",), kwargs={"n": 5})
        st.write("v", v, "log", st.session_state.log)
        """,
        [RUN, ("menu_button", 0, "click_index", 1), RUN, ("menu_button", 0, "click", 3), RUN,
         RUN],
    ),
    _s(
        "menu_button_in_sidebar",
        """
        import streamlit as st
        a = st.sidebar.menu_button("Side", ["x", "y"], type="primary", icon=":material/menu:")
        b = st.menu_button("Main", ["x", "y"])
        st.write("a", a, "b", b)
        """,
        [RUN, ("menu_button", 0, "click", "y"), RUN, ("menu_button", 1, "click", "x"), RUN],
    ),
]
