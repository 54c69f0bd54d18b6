"""Conformance scenarios for display elements: text, data, media, status, echo, write_stream
and the display kinds of ``st.write``.

Only elements whose ``type`` and ``value`` real ``streamlit.testing.v1`` reports are
compared: media given as URLs (data gets a media URL that differs), no DeltaGenerator
reprs. The root ``event`` block (toasts, style-only HTML) is not part of the normalized view.
"""

from __future__ import annotations

import textwrap

from tests.conformance.scenarios import RUN, Scenario, _s

_ERR = """import streamlit as st
def e(f):
    try:
        f()
        st.text("no error")
    except Exception as x:
        st.text(type(x).__name__ + ": " + str(x))
"""


def _errors(name: str, calls: str) -> Scenario:
    """A scenario showing, for each ``e(lambda: ...)`` call, the error it raised (as text)."""
    return _s(name, _ERR + textwrap.dedent(calls), [RUN])


SCENARIOS: list[Scenario] = [
    # ------------------------------------------------------------------ text
    _s("display_latex_divider_badge", """
        import streamlit as st
        st.latex(r"a^2 + b^2", help="h")
        st.divider()
        st.badge("New", icon=":material/star:", color="green")
        st.badge("a[b]")
        st.sidebar.latex("x")
        """, [RUN]),
    _s("display_space_sizes", """
        import streamlit as st
        st.space()
        st.space("large")
        st.space(30)
        st.space("stretch")
        """, [RUN]),
    _s("display_headings_with_divider_anchor_help", """
        import streamlit as st
        st.header("H", divider=True)
        st.subheader("S", divider="red", anchor="x", help="hh")
        st.title("T", anchor=False, icon="🔥")
        st.header("  indented  ")
        """, [RUN]),
    _s("display_html", """
        import streamlit as st
        class R:
            def _repr_html_(self):
                return "<u>r</u>"
        st.html("  <b>hi</b> ")
        st.html(R())
        st.html("<style>p {}</style>")
        st.write("after")
        """, [RUN]),
    _s("display_json_formats", """
        import streamlit as st
        from collections import namedtuple
        st.json({"a": {1, 2}, "b": (1, 2)}, expanded=1)
        st.json([1, "a"], expanded=False)
        st.json('{"raw": true}')
        st.json(None)
        st.json(namedtuple("P", "x y")(1, 2))
        st.json({(1, 2): 3})
        """, [RUN]),
    _s("display_code_newlines", """
        import streamlit as st
        st.code("\\n\\nx = 1\\n\\n")
        st.code("a\\nb", language=None, line_numbers=True)
        """, [RUN]),
    # ------------------------------------------------------------------ help
    _s("display_help_objects", """
        import streamlit as st
        import collections
        def f(a, b=1):
            '''Doc of f.'''
        x = 5
        st.help(x)
        st.help(f)
        st.help("hello")
        st.help(dict)
        st.help(collections)
        st.help(st.write)
        st.help()
        st.help(st)
        st.help(None)
        st.help([1, 2])
        """, [RUN]),
    _s("display_help_classes_and_instances", """
        import streamlit as st
        import dataclasses, collections
        @dataclasses.dataclass
        class P:
            x: int
            y: int = 2
        class K:
            def m(self, a):
                pass
        st.help(P(1))
        st.help(collections.namedtuple("P2", "x y")(1, 2))
        st.help(K)
        st.help(K().m)
        k = K()
        st.help(k)
        st.write(k)
        st.write(object())
        """, [RUN]),
    # ------------------------------------------------------------------ data
    _s("display_table", """
        import streamlit as st
        import pandas as pd, numpy as np
        df = pd.DataFrame({"a": [1, 2], "b": ["x", "y"]})
        st.table({"a": [1, 2]})
        st.table([[1, 2], [3, 4]])
        st.table(df, hide_index=False, border="horizontal")
        st.table(pd.Series([1, 2], name="s"))
        st.table(np.array([[1, 2]]))
        st.table({"k": 1, "j": 2})
        st.table()
        """, [RUN]),
    _s("display_metric", """
        import streamlit as st
        import numpy as np
        st.metric("Temp", 70, "1.2 °F")
        st.metric("Temp2", "70 °F", -3, delta_color="inverse", chart_data=[1, 2, 3], border=True)
        st.metric("n", None)
        st.metric("a", 1.5, 0)
        st.metric("b", np.float64(2.5), "-1")
        st.sidebar.metric("d", 3, 2, delta_color="red", delta_arrow="down", help="h")
        """, [RUN]),
    _s("display_metric_placeholder_update", """
        import streamlit as st
        if "n" not in st.session_state:
            st.session_state.n = 0
        st.session_state.n += 1
        m = st.metric("runs", st.session_state.n)
        m.metric("runs (updated)", st.session_state.n * 10, delta=1)
        """, [RUN, RUN]),
    # ------------------------------------------------------------------ media
    _s("display_media_urls", """
        import streamlit as st
        st.image("https://example.com/a.png", caption="cap")
        st.image(["https://example.com/a.png", "https://example.com/b.png"], caption=["c1", "c2"])
        st.image("data:image/png;base64,iVBORw0KGgo=")
        st.image('<svg xmlns="a"> <rect width="1" height="1"/></svg>')
        st.audio("https://example.com/a.mp3", start_time="1m")
        st.video("https://example.com/a.mp4", autoplay=True, muted=True)
        st.video("https://www.youtube.com/watch?v=dQw4w9WgXcQ")
        st.iframe("https://example.com")
        st.iframe("<p>inline</p>")
        """, [RUN]),
    _errors("display_media_errors", """
        e(lambda: st.image(["https://a.com/x.png"], caption=["a", "b"]))
        e(lambda: st.image(["https://a.com/x.png", "https://a.com/y.png"], link="https://b.com"))
        e(lambda: st.video("https://a.com/v.mp4", start_time=5, end_time=2))
        e(lambda: st.video("https://a.com/v.mp4", start_time="abc"))
        e(lambda: st.iframe("https://a.com", tab_index=-2))
        e(lambda: st.iframe("https://a.com", tab_index="1"))
        """),
    _s("display_page_config_and_logo_leave_no_node", """
        import streamlit as st
        st.set_page_config(page_title="T", layout="wide", initial_sidebar_state="collapsed")
        st.logo("https://example.com/l.png", link="https://example.com")
        st.write("body")
        """, [RUN]),
    _errors("display_page_errors", """
        e(lambda: st.set_page_config(layout="narrow"))
        e(lambda: st.set_page_config(initial_sidebar_state=0))
        e(lambda: st.set_page_config(initial_sidebar_state="x"))
        e(lambda: st.set_page_config(menu_items={"Bad": "https://a.com"}))
        e(lambda: st.set_page_config(menu_items={"Get help": "notaurl"}))
        e(lambda: st.logo("https://a.com/l.png", size="huge"))
        e(lambda: st.logo("https://a.com/l.png", link="ftp://x"))
        """),
    # ------------------------------------------------------------------ status
    _s("display_progress_updates_in_place", """
        import streamlit as st
        st.progress(10)
        st.progress(0.25, text="quarter")
        bar = st.progress(0)
        for i in range(5):
            bar.progress(i * 20, text=f"step {i}")
        """, [RUN]),
    _errors("display_status_errors", """
        e(lambda: st.progress(101))
        e(lambda: st.progress(1.5))
        e(lambda: st.progress("a"))
        e(lambda: st.progress(5, text=3))
        e(lambda: st.progress(True))
        e(lambda: st.toast(""))
        e(lambda: st.toast("x", duration=0))
        e(lambda: st.header("h", divider="pink"))
        e(lambda: st.title("h", anchor=True))
        e(lambda: st.space(0))
        e(lambda: st.metric("m", [1]))
        e(lambda: st.metric("m", 1, delta_color="pink"))
        e(lambda: st.metric("m", 1, chart_data=["a"]))
        e(lambda: st.json({}, expanded="x"))
        e(lambda: st.table([1], border="x"))
        e(lambda: st.html(""))
        """),
    _s("display_spinner_toast_effects", """
        import streamlit as st
        with st.spinner("Working", show_time=True):
            st.write("inside")
        st.toast("Toasty", icon="🍞")
        st.sidebar.toast("side")
        st.balloons()
        st.snow()
        with st.sidebar:
            st.progress(3)
        """, [RUN]),
    # ------------------------------------------------------------------ echo
    _s("display_echo", """
        import streamlit as st
        with st.echo():
            x = 1
            st.write("in echo", x)
        def show():
            with st.echo(code_location="below"):
                a = 1

                b = 2
            st.write(a + b)
        show()
        def deco(f):
            return f
        with st.echo():
            @deco
            def g():
                return 1
        """, [RUN]),
    _s("display_echo_errors", """
        import streamlit as st
        try:
            with st.echo():
                raise KeyError("in echo")
        except KeyError:
            st.write("caught echo")
        try:
            with st.echo(): z = 1
        except AttributeError as err:
            st.text(f"AttributeError: {err}")
        """, [RUN]),
    # ------------------------------------------------------------------ write_stream
    _s("display_write_stream", """
        import streamlit as st
        def gen():
            yield "Hello "
            yield "world"
        st.write(repr(st.write_stream(gen)))
        def mixed():
            yield "a"
            yield {"k": 1}
            yield ""
            yield "b"
        out = st.write_stream(mixed())
        st.write(repr(out))
        st.write(out)
        async def agen():
            yield "as"
            yield "ync"
        st.write(repr(st.write_stream(agen)))
        st.write(repr(st.write_stream([])))
        st.write(repr(st.write_stream(["x", "y"], cursor="▌")))
        ph = st.empty()
        ph.write_stream(["p", "q"])
        """, [RUN]),
    _errors("display_write_stream_errors", """
        def boom():
            yield "partial"
            raise ValueError("stream broke")
        e(lambda: st.write_stream(boom))
        e(lambda: st.write_stream("abc"))
        e(lambda: st.write_stream(5))
        """),
    # ------------------------------------------------------------------ st.write
    _s("display_write_dataframes_and_arrays", """
        import streamlit as st
        import pandas as pd, numpy as np
        df = pd.DataFrame({"a": [1, 2], "b": ["x", "y"]})
        st.write(df)
        st.write(df["a"])
        st.write(np.array([1, 2, 3]))
        st.write(np.array([[1, 2], [3, 4]]))
        st.write(df.style)
        st.write({"s": pd.Series([1, 2])})
        st.write(np.int64(5))
        st.write("text", df, "more")
        st.write(pd.Index([1, 2]))
        """, [RUN]),
    _s("display_write_other_kinds", """
        import streamlit as st
        import io, dataclasses
        from PIL import Image
        @dataclasses.dataclass
        class P:
            x: int
        def f():
            pass
        def gen():
            yield "streamed"
        class H:
            def _repr_html_(self):
                return "<i>h</i>"
        class T:
            def to_pandas(self):
                import pandas as pd
                return pd.DataFrame({"t": [1]})
        st.write(io.StringIO("from *stringio*"))
        st.write(gen())
        st.write(gen)
        st.write(P)
        st.write(P(1))
        st.write(f)
        st.write(st.write)
        st.write("pre", H(), "post")
        st.write("pre", H(), "post", unsafe_allow_html=True)
        st.write(T())
        st.write(Image.new("RGBA", (1, 1)).format)
        """, [RUN]),
]
