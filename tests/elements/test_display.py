"""Display elements: text, data, media and status elements, ``st.write`` dispatch, echo."""

from __future__ import annotations

import runpy
import sys
import types
from pathlib import Path
from typing import Any

import pytest

from apptest import AppTest


def _run(src: str, **kwargs: Any) -> AppTest:
    return AppTest.from_string("import streamlit as st\n" + src, **kwargs).run()


def _errors(at: AppTest) -> list[str]:
    return [f"{e.exc_type.rsplit('.', 1)[-1]}: {e.value}" for e in at.exception]


def _only_error(src: str) -> str:
    at = _run(src)
    (error,) = _errors(at)
    return error


def _main(at: AppTest) -> list[tuple[str, Any]]:
    return [(n.type, n.value) for n in at.main.children.values()]


# --------------------------------------------------------------------------- text


def test_latex_divider_badge_space_values() -> None:
    at = _run(
        "st.latex(r'a^2', help='h')\nst.divider()\n"
        "st.badge('New', icon=':material/star:', color='green')\nst.badge('a[b]')\n"
        "st.space()\nst.space('large')\nst.space(30)"
    )
    assert _main(at) == [
        ("latex", "$$\na^2\n$$"), ("divider", "---"),
        ("markdown", ":green-badge[:material/star: New]"), ("markdown", ":blue-badge[a\\[b\\]]"),
        ("space", "small"), ("space", "large"), ("space", 30),
    ]
    assert at.latex[0].help == "h" and not at.latex[0].is_caption
    assert at.divider.len == 1 and at.space[2].size == 30
    assert at.markdown.len == 2  # latex and divider are their own kinds


def test_headings_divider_anchor_icon_help() -> None:
    at = _run(
        "st.header('H', divider=True)\nst.subheader('S', divider='red', anchor='x', help='hh')\n"
        "st.title('T', anchor=False, icon='🔥')"
    )
    header, sub, title = at.header[0], at.subheader[0], at.title[0]
    assert (header.divider, header.anchor, header.hide_anchor) == ("auto", "", False)
    assert (sub.divider, sub.anchor, sub.help) == ("red", "x", "hh")
    assert (title.hide_anchor, title.icon, title.tag) == (True, "🔥", "h1")
    assert len(at.main.children) == 3  # a divider is an attribute, not a node


def test_json_formatting_and_expanded() -> None:
    at = _run(
        "st.json({'a': {1, 2}, 'b': (1, 2), 'o': object}, expanded=1)\n"
        "st.json([1], expanded=False)\nst.json('{\"raw\": true}')\nst.json({(1, 2): 3})"
    )
    first, second, third = at.json[0], at.json[1], at.json[2]
    assert first.value == '{"a": [1, 2], "b": [1, 2], "o": "<class \'object\'>"}'
    assert (first.expanded, first.max_expand_depth) == (True, 1)
    assert (second.expanded, third.value) == (False, '{"raw": true}')
    assert at.json[3].value == "{}"
    assert at.warning[0].value.startswith("Warning: this data structure was not fully serializable")


def test_code_strips_one_leading_and_trailing_newline() -> None:
    assert _run("st.code('\\n\\nx\\n\\n')").code[0].value == "\nx\n"


def test_html_str_path_repr_html_and_style_only(tmp_path: Path) -> None:
    page = tmp_path / "p.html"
    page.write_text("<p>file</p>")
    css = tmp_path / "s.css"
    css.write_text("p {}")
    at = _run(
        f"from pathlib import Path\nst.html('  <b>hi</b> ')\nst.html(Path({str(page)!r}))\n"
        "class R:\n    def _repr_html_(self): return '<u>r</u>'\n"
        f"st.html(R(), unsafe_allow_javascript=True)\nst.html(Path({str(css)!r}))"
    )
    assert [n.value for n in at.main.html] == ["<b>hi</b>", "<p>file</p>", "<u>r</u>"]
    assert at.html[2].unsafe_allow_javascript is True
    assert [n.value for n in at.event.html] == ["<style>p {}</style>"]
    assert _only_error("st.html('')") == "StreamlitMissingRequiredParameterError: The `body` parameter is required."


# --------------------------------------------------------------------------- help


def test_help_names_values_and_docstrings() -> None:
    at = _run(
        "def f(a, b=1):\n    '''Doc of f.'''\nx = 5\nst.help(x)\nst.help(f)\nst.help('hi')\n"
        "st.help(dict)\nst.help()\nst.help(st)\nst.write(f)\nst.write(object())"
    )
    assert [h.value for h in at.help] == ["5", "f", "'hi'", "dict", "streamlit", "streamlit", "f", "object()"]
    assert [h.name for h in at.help][:4] == ["x", "f", "", "dict"]
    assert at.help[1].doc_string == "Doc of f." and at.help[1].obj_type == "function"
    assert at.help[1].raw_value == "__main__.f(a, b=1)"
    assert at.help[0].type == "help_info" and at.get("help_info") == list(at.help)


def test_help_of_an_instance_without_readable_repr() -> None:
    at = _run("class H:\n    pass\nst.write('pre', H(), 'post')")
    assert _main(at) == [("markdown", "pre"), ("help_info", "__main__.H()"), ("markdown", "post")]


# --------------------------------------------------------------------------- data


def test_table_values_and_attributes() -> None:
    pd = pytest.importorskip("pandas")
    at = _run("st.table({'a': [1, 2]})\nst.table([[1, 2]], border='horizontal')\nst.table()")
    first, second, empty = at.table
    assert isinstance(first.value, pd.DataFrame) and first.value.to_dict("list") == {"a": [1, 2]}
    assert (first.border, first.hide_index, first.hide_header) == ("all", True, False)
    assert (second.border, second.hide_header, second.columns) == ("horizontal", True, [0, 1])
    assert empty.value.empty
    assert _only_error("st.table([1], border='x')").startswith("StreamlitValueError: Invalid `border`")


def test_metric_value_delta_color_and_chart() -> None:
    at = _run(
        "st.metric('Temp', 70, '1.2 °F')\n"
        "st.metric('T2', '70 °F', -3, delta_color='inverse', chart_data=[1, 2], border=True)\n"
        "st.metric('n', None)\nst.metric('z', 1.5, 0)\n"
        "st.metric('r', 3, 2, delta_color='red', delta_arrow='down', help=' h', icon='🔥')"
    )
    shown = [(m.label, m.value, m.delta, m.color, m.direction) for m in at.metric]
    assert shown == [
        ("Temp", "70", "1.2 °F", "green", "up"), ("T2", "70 °F", "-3", "green", "down"),
        ("n", "—", "", "gray", "none"), ("z", "1.5", "0", "gray", "none"),
        ("r", "3", "2", "red", "down"),
    ]
    assert at.metric[1].chart_data == [1.0, 2.0] and at.metric[1].border is True
    assert (at.metric[4].help, at.metric[4].icon) == ("h", "🔥")


# --------------------------------------------------------------------------- media


def test_image_urls_captions_and_objects() -> None:
    at = _run(
        "st.image('https://e.com/a.png', caption='cap')\n"
        "st.image(['https://e.com/a.png', b'\\x89PNG..'], caption=['c1', None])\n"
        "st.image('<svg xmlns=\"x\"> </svg>')"
    )
    single, pair, svg = at.image
    assert (single.value, single.captions) == (["https://e.com/a.png"], ["cap"])
    assert pair.value[1].startswith("/media/") and pair.value[1].endswith(".png")
    assert pair.images == ["https://e.com/a.png", b"\x89PNG.."] and pair.captions == ["c1", ""]
    assert svg.value[0].startswith("data:image/svg+xml;base64,")


def test_audio_video_iframe_pdf_nodes() -> None:
    at = _run(
        "import io\nst.audio('https://e.com/a.mp3', start_time='1m', loop=True)\n"
        "st.audio(io.BytesIO(b'abc'), format='audio/mpeg')\n"
        "st.video('https://e.com/v.mp4', end_time=9, subtitles='WEBVTT', muted=True)\n"
        "st.iframe('https://e.com', height=300)\nst.iframe('<p>inline</p>')\n"
        "st.pdf(b'%PDF-1', height=400, key='doc')"
    )
    assert [n.type for n in at.main.children.values()] == ["audio", "audio", "video", "iframe", "iframe", "pdf"]
    assert all(n.value is None for n in (*at.audio, *at.video, *at.iframe, *at.pdf))
    first, second = at.audio
    assert (first.url, first.start_time, first.loop, first.format) == ("https://e.com/a.mp3", 60, True, "audio/wav")
    assert second.url.startswith("/media/") and second.url.endswith(".mp3")
    video = at.video[0]
    assert (video.end_time, video.muted, video.subtitles) == (9, True, {"default": "WEBVTT"})
    assert (at.iframe[0].src, at.iframe[0].height, at.iframe[1].srcdoc) == ("https://e.com", 300, "<p>inline</p>")
    assert at.get_by_key("doc").data == b"%PDF-1"


def test_page_config_and_logo_are_recorded_not_drawn() -> None:
    at = _run(
        "st.set_page_config(page_title='T', layout='wide')\n"
        "st.set_page_config(page_icon='🔥', menu_items={'About': 'hi'})\n"
        "st.logo('https://e.com/l.png', link='https://e.com', size='LARGE')\nst.write('body')"
    )
    assert at.page_config == {"page_title": "T", "layout": "wide", "page_icon": "🔥",
                              "menu_items": {"about": "hi"}}
    assert at.logo == {"image": "https://e.com/l.png", "size": "large", "link": "https://e.com",
                       "icon_image": None}
    assert _main(at) == [("markdown", "body")]
    plain = _run("st.write('x')")
    assert (plain.page_config, plain.logo) == ({}, None)


# --------------------------------------------------------------------------- status


def test_progress_values_and_update_in_place() -> None:
    at = _run("st.progress(10)\nst.progress(0.25, text='quarter')\nb = st.progress(0)\nb.progress(50, 'half')")
    assert [(p.value, p.text) for p in at.progress] == [(10, ""), (25, "quarter"), (50, "half")]


def test_spinner_leaves_no_node_and_toast_goes_to_event_block() -> None:
    at = _run(
        "with st.spinner('Working', show_time=True):\n    st.write('body')\n"
        "st.toast('Hi', icon='🍞', duration='long')\nst.sidebar.toast('side')\nst.balloons()\nst.snow()"
    )
    assert _main(at) == [("markdown", "body"), ("balloons", None), ("snow", None)]
    toast = at.event.toast[0]
    assert (toast.value, toast.icon, toast.duration) == ("Hi", "🍞", 10)
    assert at.toast.values == ["side", "Hi"] and at.sidebar.toast.values == ["side"]


# --------------------------------------------------------------------------- echo


def test_echo_above_and_below() -> None:
    at = _run(
        "with st.echo():\n    x = 1\n    st.write('in echo', x)\n"
        "def show():\n    with st.echo('below'):\n        a = 1\n\n        b = 2\n    st.write(a + b)\nshow()"
    )
    assert _main(at) == [
        ("code", "x = 1\nst.write('in echo', x)"), ("markdown", "in echo `1`"),
        ("code", "a = 1\n\nb = 2"), ("markdown", "`3`"),
    ]
    assert at.code[0].language == "python"


def test_echo_keeps_an_empty_placeholder_when_its_block_raises() -> None:
    at = _run("try:\n    with st.echo():\n        raise KeyError('x')\nexcept KeyError:\n    st.write('caught')")
    assert [n.type for n in at.main.children.values()] == ["empty", "markdown"]


def test_echo_one_liner_fails_as_in_streamlit() -> None:
    assert _only_error("with st.echo(): z = 1") == "AttributeError: 'Assign' object has no attribute 'body'"


# --------------------------------------------------------------------------- write_stream


def test_write_stream_generators_and_return_values() -> None:
    at = _run(
        "def gen():\n    yield 'Hello '\n    yield 'world'\nst.write(repr(st.write_stream(gen)))\n"
        "def mixed():\n    yield 'a'\n    yield {'k': 1}\n    yield ''\n    yield 'b'\n"
        "st.write(repr(st.write_stream(mixed())))\n"
        "async def agen():\n    yield 'as'\n    yield 'ync'\nst.write(repr(st.write_stream(agen)))\n"
        "st.write(repr(st.write_stream([])))"
    )
    assert _main(at) == [
        ("markdown", "Hello world"), ("markdown", "'Hello world'"),
        ("markdown", "a"), ("json", '{"k": 1}'), ("markdown", "b"), ("markdown", "['a', {'k': 1}, 'b']"),
        ("markdown", "async"), ("markdown", "'async'"), ("markdown", "''"),
    ]


def test_write_stream_cursor_callables_and_errors() -> None:
    at = _run(
        "calls = []\nout = st.write_stream(['a', lambda: calls.append(1), 'b'], cursor='▌')\n"
        "st.write(repr(out), calls)\nst.write(out)"
    )
    assert _main(at) == [("markdown", "a"), ("markdown", "b"), ("markdown", "['a', 'b']"),
                         ("json", "[1]"), ("markdown", "a"), ("markdown", "b")]
    assert _only_error("st.write_stream('abc')").startswith("StreamlitInvalidParameterTypeError")
    assert _only_error("st.write_stream(5)").startswith("StreamlitAPIException: The provided input")


def _fake_type(module: str, name: str, **attrs: Any) -> Any:
    cls = type(name, (), {})
    cls.__module__ = module
    obj = cls()
    obj.__dict__.update(attrs)
    return obj


def test_write_stream_openai_and_langchain_chunks() -> None:
    def chunk(text: Any) -> Any:
        delta = types.SimpleNamespace(content=text)
        return _fake_type("openai.types.chat", "ChatCompletionChunk",
                          choices=[types.SimpleNamespace(delta=delta)])

    chunks = [chunk("Hel"), _fake_type("openai.types.chat", "ChatCompletionChunk", choices=[]),
              _fake_type("openai.types.responses", "ResponseTextDeltaEvent",
                         type="response.output_text.delta", delta="lo"),
              _fake_type("openai.types.responses", "ResponseCreatedEvent", type="response.created"),
              _fake_type("langchain_core.messages.ai", "AIMessageChunk", content="!"), chunk(None)]
    at = AppTest.from_function(_stream_app, args=(chunks,)).run()
    assert _main(at) == [("markdown", "Hello!"), ("markdown", "'Hello!'")]


def _stream_app(chunks):  # type: ignore[no-untyped-def]
    import streamlit as st

    st.write(repr(st.write_stream(iter(chunks))))


# --------------------------------------------------------------------------- st.write


def test_write_dispatch_for_display_kinds() -> None:
    pytest.importorskip("pandas")
    at = _run(
        "import io, dataclasses\nimport pandas as pd, numpy as np\nfrom PIL import Image\n"
        "df = pd.DataFrame({'a': [1, 2]})\n@dataclasses.dataclass\nclass P:\n    x: int\n"
        "def g():\n    yield 'streamed'\n"
        "st.write(df, df['a'], np.array([1, 2]), df.style, {'s': pd.Series([1])})\n"
        "st.write(np.int64(5))\nst.write(io.StringIO('from *io*'))\nst.write(g())\n"
        "st.write(P)\nst.write(P(1))\nst.write(Image.new('RGB', (2, 2)))\nst.write(st.write)"
    )
    kinds = [n.type for n in at.main.children.values()]
    assert kinds == ["dataframe"] * 5 + ["markdown"] * 3 + ["help_info"] * 2 + ["image", "help_info"]
    assert [m.value for m in at.markdown] == ["`5`", "from *io*", "streamed"]
    assert [h.value for h in at.help] == ["P", "P(x=1)", "st.write"]


def test_write_repr_html_only_with_unsafe_allow_html() -> None:
    at = _run(
        "class H:\n    def _repr_html_(self): return '<i>h</i>'\n"
        "st.write('pre', H(), 'post')\nst.write('pre', H(), 'post', unsafe_allow_html=True)"
    )
    assert _main(at) == [
        ("markdown", "pre"), ("help_info", "__main__.H()"), ("markdown", "post"),
        ("html", "<i>h</i>"), ("markdown", "pre post"),  # written before the buffered text
    ]


def test_write_objects_with_to_pandas_become_dataframes() -> None:
    pd = pytest.importorskip("pandas")
    at = _run("class T:\n    def to_pandas(self):\n        import pandas as pd\n"
              "        return pd.DataFrame({'t': [1]})\nst.write(T())")
    assert isinstance(at.dataframe[0].value, pd.DataFrame)
    assert at.dataframe[0].value.to_dict("list") == {"t": [1]}


def test_sympy_expressions_become_latex(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = types.ModuleType("sympy")

    class Expr:
        pass

    class Symbol(Expr):
        __module__ = "sympy.core.symbol"

    fake.Expr = Expr  # type: ignore[attr-defined]
    fake.latex = lambda e: r"\alpha"  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "sympy", fake)
    at = AppTest.from_function(_sympy_app, args=(Symbol(),)).run()
    assert [n.value for n in at.latex] == ["$$\n\\alpha\n$$", "$$\n\\alpha\n$$"]


def _sympy_app(expr):  # type: ignore[no-untyped-def]
    import streamlit as st

    st.latex(expr)
    st.write(expr)


def test_elements_doc_example_runs(tmp_path: Path) -> None:
    doc = (Path(__file__).resolve().parents[2] / "docs" / "elements.md").read_text("utf-8")
    start = doc.index("    st.set_page_config(page_title=\"Report\")")
    example = tmp_path / "example.py"
    example.write_text(doc[doc.rindex("```python\n", 0, start) + 10:doc.index("```", start)])
    runpy.run_path(str(example))["test_display"]()


# --------------------------------------------------------------------------- parameter errors

#: (app code, the start of the error it shows): Streamlit's classes and messages
PARAMETER_ERRORS = [
    # text parameter errors
    ("st.header('h', divider='pink')", "StreamlitValueError: Invalid `divider` value"),
    ("st.title('h', anchor=True)", "StreamlitValueError: Invalid `anchor` value"),
    ("st.title('h', anchor=3)", "StreamlitInvalidParameterTypeError: Invalid `anchor` type"),
    ("st.space(0)", "StreamlitValueError: Invalid `size` value"),
    ("st.space('huge')", "StreamlitValueError: Invalid `size` value"),
    ("st.json({}, expanded='x')", "StreamlitInvalidParameterTypeError: Invalid `expanded` type"),
    # metric errors
    ("st.metric('m', [1])", "StreamlitInvalidParameterTypeError: Invalid `value` type"),
    ("st.metric('m', 1, delta_color='pink')", "StreamlitValueError: Invalid `delta_color`"),
    ("st.metric('m', 1, delta_arrow='left')", "StreamlitValueError: Invalid `delta_arrow`"),
    ("st.metric('m', 1, chart_data=['a'])", "StreamlitAPIException: Only numeric values"),
    ("st.metric('m', 1, label_visibility='no')", "StreamlitValueError: Invalid `label_visibility`"),
    # image errors
    ("st.image(['https://a.com/x.png'], caption=['a', 'b'])", "StreamlitAPIException: Cannot pair 2"),
    ("st.image(['https://a.com/x', 'https://a.com/y'], link='https://b.com')", "StreamlitAPIException: The `link`"),
    ("st.image('/no/such/file.png')", "MediaFileStorageError: Error opening"),
    # media errors
    ("st.video('https://a.com/v', start_time=5, end_time=2)", "StreamlitAPIException: Invalid start_time"),
    ("st.video('https://a.com/v', start_time='abc')", "StreamlitAPIException: Failed to convert 'start_time'"),
    ("import numpy as np\nst.audio(np.zeros(3))", "StreamlitMissingRequiredParameterError: The `sample_rate`"),
    ("st.iframe('https://a.com', tab_index=-2)", "StreamlitValueError: Invalid `tab_index` value"),
    ("st.iframe('https://a.com', tab_index='1')", "StreamlitInvalidParameterTypeError: Invalid `tab_index`"),
    ("st.pdf(None)", "StreamlitMissingRequiredParameterError: The `data` parameter"),
    # page errors
    ("st.set_page_config(layout='narrow')", "StreamlitValueError: Invalid `layout`"),
    ("st.set_page_config(initial_sidebar_state=0)", "StreamlitValueError: Invalid `initial_sidebar_state`"),
    ("st.set_page_config(menu_items={'Bad': 'https://a.com'})", "StreamlitValueError: Invalid `menu_items`"),
    ("st.set_page_config(menu_items={'Get help': 'x'})", 'StreamlitInvalidURLError: "x" is not a valid URL'),
    ("st.logo('https://a.com/l.png', size='huge')", "StreamlitValueError: Invalid `size`"),
    ("st.logo('https://a.com/l.png', link='ftp://x')", 'StreamlitInvalidURLError: "ftp://x"'),
    # status errors
    ("st.progress(101)", "StreamlitValueOutOfRangeError"),
    ("st.progress(1.5)", "StreamlitValueOutOfRangeError"),
    ("st.progress('a')", "StreamlitInvalidParameterTypeError: Invalid `value` type"),
    ("st.progress(5, text=3)", "StreamlitInvalidParameterTypeError: Invalid `text` type"),
    ("st.progress(True)", "TypeError: Field Progress.value: Expected an int, got a boolean."),
    ("st.toast('')", "StreamlitMissingRequiredParameterError: The `body` parameter is required."),
    ("st.toast('x', duration=0)", "StreamlitValueError: Invalid `duration` value"),
]


@pytest.mark.parametrize(("call", "error"), PARAMETER_ERRORS)
def test_parameter_errors(call: str, error: str) -> None:
    assert _only_error(call).startswith(error)
