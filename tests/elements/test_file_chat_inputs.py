"""File, media and chat inputs and the menu button: values, triggers, checks, errors."""

from __future__ import annotations

import copy
import pickle

import pytest

from apptest import AppTest, InteractionError
from apptest.elements._chat_input import ChatInputValue
from apptest.elements._uploaded_file import UploadedFile, normalize_upload_file_type

TXT = ("a.txt", b"hello", "text/plain")


def _exc_types(at: AppTest) -> list[str]:
    return [e.proto.type.rsplit(".", 1)[-1] for e in at.exception]


def _md(at: AppTest) -> list[str]:
    return [m.value for m in at.markdown]


# ---------------------------------------------------------------------- UploadedFile
def test_uploaded_file_is_a_bytesio_with_streamlits_attributes() -> None:
    f = UploadedFile("a.txt", b"hello", "text/plain")
    assert (f.name, f.type, f.size) == ("a.txt", "text/plain", 5)
    assert f.read() == b"hello" and f.read() == b"" and f.getvalue() == b"hello"
    f.seek(1)
    assert f.read(2) == b"el"
    assert f == UploadedFile("b", b"", file_id=f.file_id) and hash(f) == hash(f.file_id)
    assert f != UploadedFile("a.txt", b"hello", "text/plain")
    assert "name='a.txt'" in repr(f)


def test_uploaded_file_copies_read_from_the_start_and_pickle() -> None:
    f = UploadedFile("a.txt", b"hello")
    f.read()
    clone = copy.deepcopy(f)
    assert clone.tell() == 0 and clone == f and clone.read() == b"hello"
    back = pickle.loads(pickle.dumps(f))
    assert back.name == "a.txt" and back.getvalue() == b"hello"


def test_normalize_upload_file_type() -> None:
    assert normalize_upload_file_type("CSV") == [".csv"]
    assert normalize_upload_file_type(["image", ".JPG", "application/PDF"]) == [
        "image/*", "application/pdf", ".jpg", ".jpeg",
    ]


# ---------------------------------------------------------------------- file_uploader
def _uploader_app() -> None:
    import streamlit as st

    st.session_state.setdefault("log", [])

    def changed(tag: str, *, n: int) -> None:
        st.session_state.log.append((tag, n))

    one = st.file_uploader("One", type=["csv", ".TXT"], key="one", on_change=changed,
                           args=("one",), kwargs={"n": 1})
    many = st.file_uploader("Many", accept_multiple_files=True, key="many", max_upload_size=1)
    tree = st.file_uploader("Tree", accept_multiple_files="directory")
    st.write(f"one {None if one is None else one.read()}")
    st.write(f"many {[f.name for f in many]} tree {[f.name for f in tree]}")


@pytest.fixture
def up() -> AppTest:
    return AppTest.from_function(_uploader_app).run()


def test_file_uploader_defaults(up: AppTest) -> None:
    one, many, tree = up.file_uploader
    assert (one.value, many.value, tree.value) == (None, [], [])
    assert one.allowed_type == [".csv", ".txt"] and not one.accept_multiple_files
    assert many.accept_multiple_files and not many.accept_directory
    assert tree.accept_multiple_files and tree.accept_directory
    assert (one.max_upload_size, many.max_upload_size) == (200, 1)
    assert up.session_state["one"] is None and up.session_state["many"] == []
    assert _md(up) == ["one None", "many [] tree []"]


def test_file_uploader_value_persists_and_callback_runs(up: AppTest) -> None:
    up.file_uploader[0].set_value(("data.CSV", b"1,2", "text/csv"))
    assert up.file_uploader[0].value is None  # staged files show after the run
    up.run()
    assert _md(up)[0] == "one b'1,2'"
    value = up.file_uploader[0].value
    assert isinstance(value, UploadedFile) and value.name == "data.CSV"
    assert up.session_state["log"] == [("one", 1)]
    up.run()
    assert "1,2" in _md(up)[0] and up.session_state["log"] == [("one", 1)]
    up.file_uploader[0].clear().run()
    assert up.file_uploader[0].value is None and _md(up)[0] == "one None"
    assert up.session_state["log"] == [("one", 1), ("one", 1)]


def test_file_uploader_upload_appends_for_multiple_and_replaces_for_single(up: AppTest) -> None:
    up.file_uploader[1].upload("a.bin", b"a").run()
    up.file_uploader[1].upload("b.bin", b"b").upload("c.bin", b"c").run()
    assert [f.name for f in up.file_uploader[1].value] == ["a.bin", "b.bin", "c.bin"]
    up.file_uploader[0].upload("x.txt", b"x").upload("y.txt", b"y").run()
    assert up.file_uploader[0].value.name == "y.txt"
    up.file_uploader[1].set_value(None).run()
    assert up.file_uploader[1].value == []


def test_file_uploader_guesses_the_mime_type_like_a_browser(up: AppTest) -> None:
    up.file_uploader[1].upload("a.csv", b"1").upload("b.unknownext", b"2").run()
    assert [f.type for f in up.file_uploader[1].value] == ["text/csv", "application/octet-stream"]


def test_file_uploader_directory_takes_paths(up: AppTest) -> None:
    up.file_uploader[2].set_value([("d/a.txt", b"a", "text/plain"), ("d/e/b.txt", b"b", None)])
    up.run()
    assert _md(up)[1] == "many [] tree ['d/a.txt', 'd/e/b.txt']"


@pytest.mark.parametrize(
    ("index", "value", "message"),
    [
        (0, ("a.png", b"x", "image/png"), "FileUploader 'One' accepts only ['.csv', '.txt'] files"),
        (0, [TXT, TXT], "FileUploader 'One' accepts one file (accept_multiple_files=False), got 2"),
        (0, ("a.txt", "text", "text/plain"), "accepts file content as bytes, got str"),
        (0, ("", b"x", "text/plain"), "needs a non-empty file name"),
        (0, ("d/a.txt", b"x", "text/plain"), "accepts plain file names"),
        (0, 42, "FileUploader 'One' accepts (name, bytes, mime_type), a list of those or None"),
        (1, [("big.bin", b"x" * (1024 * 1024 + 1), "x/y")], "accepts files up to 1 MB"),
    ],
)
def test_file_uploader_rejects_what_a_browser_would_not_send(
    up: AppTest, index: int, value: object, message: str
) -> None:
    with pytest.raises(InteractionError, match=None) as info:
        up.file_uploader[index].set_value(value)
    assert message in str(info.value)
    up.run()
    assert up.file_uploader[index].value in (None, [])


def test_file_uploader_size_limit_from_config() -> None:
    src = "import streamlit as st\nst.file_uploader('F')"
    at = AppTest.from_string(src, config={"server.maxUploadSize": 2}).run()
    assert at.file_uploader[0].max_upload_size == 2
    with pytest.raises(InteractionError, match="up to 2 MB"):
        at.file_uploader[0].upload("a", b"x" * (2 * 1024 * 1024 + 1))
    at.file_uploader[0].upload("a", b"x" * (2 * 1024 * 1024)).run()
    assert at.file_uploader[0].value.size == 2 * 1024 * 1024


def test_file_uploader_mime_type_filter() -> None:
    at = AppTest.from_string("import streamlit as st\nst.file_uploader('F', type='image')").run()
    with pytest.raises(InteractionError, match=r"accepts only \['image/\*'\] files"):
        at.file_uploader[0].upload("a.txt", b"x")
    at.file_uploader[0].upload("a.png", b"x", "image/png").run()
    assert at.file_uploader[0].value.type == "image/png"


@pytest.mark.parametrize("kind", ["file_uploader", "camera_input", "audio_input", "menu_button"])
def test_read_only_keys(kind: str) -> None:
    extra = ", ['a']" if kind == "menu_button" else ""
    src = f"import streamlit as st\nst.session_state.k = 1\nst.{kind}('W'{extra}, key='k')"
    at = AppTest.from_string(src).run()
    assert _exc_types(at) == ["StreamlitValueAssignmentNotAllowedError"]


def test_file_uploader_bad_max_upload_size() -> None:
    at = AppTest.from_string("import streamlit as st\nst.file_uploader('F', max_upload_size=0)")
    at.run()
    assert _exc_types(at) == ["StreamlitValueError"]
    assert "Invalid `max_upload_size` value" in at.exception[0].value


def test_disabled_file_uploader_cannot_be_used() -> None:
    at = AppTest.from_string("import streamlit as st\nst.file_uploader('F', disabled=True)").run()
    with pytest.raises(InteractionError, match="disabled"):
        at.file_uploader[0].set_value(TXT)


# ---------------------------------------------------------------------- camera / audio
def _media_app() -> None:
    import streamlit as st

    photo = st.camera_input("Cam", key="cam", resolution="1080p")
    rec = st.audio_input("Mic", sample_rate=44100, key="mic")
    st.write(f"{None if photo is None else photo.type} {None if rec is None else rec.type}")


def test_camera_and_audio_inputs() -> None:
    at = AppTest.from_function(_media_app).run()
    cam, mic = at.camera_input[0], at.audio_input[0]
    assert (cam.value, mic.value, cam.resolution, mic.sample_rate) == (None, None, "1080p", 44100)
    cam.set_value(("s.JPG", b"j", "Image/JPEG"))
    mic.upload("r.wav", b"RIFF")
    at.run()
    assert _md(at) == ["image/jpeg audio/wav"]
    assert at.session_state["cam"].name == "s.JPG"
    at.run()
    assert _md(at) == ["image/jpeg audio/wav"]
    at.camera_input[0].clear().run()
    assert at.camera_input[0].value is None and _md(at) == ["None audio/wav"]


@pytest.mark.parametrize(
    ("kind", "value", "message"),
    [
        ("camera_input", ("s.png", b"x", "image/png"), "CameraInput 'Cam' only takes .jpg files"),
        ("camera_input", ("s.jpg", b"x", "image/png"), "accepts MIME type 'image/jpeg'"),
        ("camera_input", [("s.jpg", b"x", "image/jpeg")], "takes one photo, got a list"),
        ("audio_input", ("r.mp3", b"x", "audio/wav"), "AudioInput 'Mic' only takes .wav files"),
        ("audio_input", ("r.wav", b"x", "audio/mpeg"), "accepts MIME type 'audio/wav'"),
    ],
)
def test_media_inputs_reject_other_files(kind: str, value: object, message: str) -> None:
    at = AppTest.from_function(_media_app).run()
    with pytest.raises(InteractionError) as info:
        getattr(at, kind)[0].set_value(value)
    assert message in str(info.value)


@pytest.mark.parametrize(
    ("call", "param"),
    [("camera_input('C', resolution='4k')", "resolution"),
     ("audio_input('A', sample_rate=1234)", "sample_rate")],
)
def test_media_input_parameter_errors(call: str, param: str) -> None:
    at = AppTest.from_string(f"import streamlit as st\nst.{call}").run()
    assert _exc_types(at) == ["StreamlitValueError"]
    assert f"Invalid `{param}` value" in at.exception[0].value


# ---------------------------------------------------------------------- chat_input
def _chat_app() -> None:
    import streamlit as st

    def sent(tag: str, *, n: int) -> None:
        st.session_state.log = (tag, n, st.session_state.c)

    v = st.chat_input("Say", key="c", max_chars=5, on_submit=sent, args=("s",), kwargs={"n": 2})
    st.write(f"v {v!r}")
    w = st.sidebar.chat_input("Files", accept_file=True, file_type="txt")
    st.write(f"w {None if w is None else (w.text, [f.name for f in w.files])}")


def test_chat_input_placement_and_defaults() -> None:
    at = AppTest.from_function(_chat_app).run()
    assert [n.placeholder for n in at.bottom.chat_input] == ["Say"]
    assert [n.placeholder for n in at.sidebar.chat_input] == ["Files"]
    assert not at.main.chat_input
    assert at.chat_input(key="c").value is None and at.session_state["c"] is None
    with pytest.raises(AttributeError):
        _ = at.chat_input(key="c").label


def test_chat_input_is_a_trigger_with_on_submit() -> None:
    at = AppTest.from_function(_chat_app).run()
    at.chat_input(key="c").submit("hi")
    assert at.chat_input(key="c").value == "hi"
    at.run()
    assert _md(at)[0] == "v 'hi'" and at.session_state["log"] == ("s", 2, "hi")
    assert at.chat_input(key="c").value == "hi" and at.session_state["c"] is None
    at.run()
    assert _md(at)[0] == "v None"


def test_chat_input_files() -> None:
    at = AppTest.from_function(_chat_app).run()
    box = at.sidebar.chat_input[0]
    box.upload("a.txt", b"a").upload("b.txt", b"b")  # accept_file=True keeps the last one
    at.run()
    assert _md(at)[1] == "w ('', ['b.txt'])"
    at.sidebar.chat_input[0].upload("a.txt", b"a").clear().set_value("text only").run()
    assert _md(at)[1] == "w ('text only', [])"


@pytest.mark.parametrize(
    ("key", "action", "message"),
    [
        ("c", lambda n: n.set_value("toolong"), "accepts at most 5 characters, got 7"),
        ("c", lambda n: n.set_value(""), "cannot send an empty message"),
        ("c", lambda n: n.set_value(3), "accepts text (str), got 3"),
        ("c", lambda n: n.upload("a.txt", b"x"), "does not accept files"),
        (None, lambda n: n.upload("a.csv", b"x", "text/csv"), "accepts only ['.txt'] files"),
    ],
)
def test_chat_input_rejects(key: str | None, action: object, message: str) -> None:
    at = AppTest.from_function(_chat_app).run()
    node = at.chat_input(key="c") if key else at.sidebar.chat_input[0]
    with pytest.raises(InteractionError) as info:
        action(node)  # type: ignore[operator]
    assert message in str(info.value)


def test_chat_input_key_prefills_without_sending() -> None:
    src = """
import streamlit as st
if "c" not in st.session_state:
    st.session_state.c = "draft"
v = st.chat_input(key="c", on_submit=lambda: st.write("never"))
st.write("v", repr(v), repr(st.session_state.c))
"""
    at = AppTest.from_string(src).run()
    assert _md(at) == ["v None None"] and not at.exception
    assert at.chat_input[0].value == "draft"


def test_chat_input_value_type() -> None:
    v = ChatInputValue(text="hi", files=[], _include_files=True)
    assert dict(v) == {"text": "hi", "files": []} and "audio" not in v
    with pytest.raises(AttributeError, match="accept_audio=False"):
        _ = v.audio
    with pytest.raises(KeyError):
        v["audio"] = None
    v["text"] = "yo"
    assert repr(v) == "ChatInputValue(text='yo', files=[])"


@pytest.mark.parametrize(
    ("src", "exc"),
    [
        ("with st.form('f'):\n    st.chat_input()\n    st.form_submit_button()",
         "StreamlitInvalidLayoutContextError"),
        ("st.chat_input(accept_file='many')", "StreamlitValueError"),
        ("st.chat_input(submit_mode='x')", "StreamlitValueError"),
        ("st.chat_input(audio_sample_rate=5)", "StreamlitValueError"),
        ("st.chat_input()\nst.chat_input()", "StreamlitDuplicateElementId"),
    ],
)
def test_chat_input_script_errors(src: str, exc: str) -> None:
    at = AppTest.from_string("import streamlit as st\n" + src).run()
    assert _exc_types(at) == [exc]


# ---------------------------------------------------------------------- menu_button
def _menu_app() -> None:
    import streamlit as st

    st.session_state.setdefault("log", [])

    def chosen(tag: str, *, n: int) -> None:
        st.session_state.log.append((tag, n, st.session_state.m))

    v = st.menu_button("Pick", [1, 2, 3], key="m", format_func=lambda o: f"Item {o}",
                       on_click=chosen, args=("m",), kwargs={"n": 5})
    st.write(f"v {v}")


def test_menu_button_click_is_a_trigger() -> None:
    at = AppTest.from_function(_menu_app).run()
    menu = at.menu_button[0]
    assert (menu.label, menu.options, menu.value) == ("Pick", ["Item 1", "Item 2", "Item 3"], None)
    menu.click(2)
    assert at.menu_button[0].value == 2
    at.run()
    assert _md(at) == ["v 2"] and at.session_state["log"] == [("m", 5, 2)]
    assert at.menu_button[0].value == 2 and at.session_state["m"] is None
    at.run()
    assert _md(at) == ["v None"] and at.menu_button[0].value is None
    at.menu_button[0].click_index(-1).run()
    assert _md(at) == ["v 3"]


@pytest.mark.parametrize(
    ("action", "message"),
    [
        (lambda m: m.click(4), "MenuButton 'Pick' accepts one of [1, 2, 3], got 4"),
        (lambda m: m.click("Item 1"), "got 'Item 1'"),
        (lambda m: m.click_index(3), "accepts an option index 0..2, got 3"),
    ],
)
def test_menu_button_rejects(action: object, message: str) -> None:
    at = AppTest.from_function(_menu_app).run()
    with pytest.raises(InteractionError) as info:
        action(at.menu_button[0])  # type: ignore[operator]
    assert message in str(info.value)


@pytest.mark.parametrize(
    ("src", "exc"),
    [
        ("st.menu_button('M', [])", "StreamlitMissingRequiredParameterError"),
        ("st.menu_button('M', ['a'], type='big')", "StreamlitValueError"),
        ("st.menu_button('M', [1, 2], format_func=lambda o: 'same')", "StreamlitAPIException"),
        ("with st.form('f'):\n    st.menu_button('M', ['a'])\n    st.form_submit_button()",
         "StreamlitInvalidLayoutContextError"),
    ],
)
def test_menu_button_script_errors(src: str, exc: str) -> None:
    at = AppTest.from_string("import streamlit as st\n" + src).run()
    assert _exc_types(at) == [exc]
