"""Magic: bare expression statements are written with ``st.write``, where Streamlit does it."""

from __future__ import annotations

import ast

import pytest

from apptest import AppTest
from apptest.runtime import Script
from apptest.runtime._magic import MagicOptions, add_magic, magic_write


def _shown(script: str, **config: object) -> list[object]:
    at = AppTest.from_string(script, config=config or None).run()
    assert not at.exception, at.exception[0].value
    return [node.value for node in at.main.children.values()]


def _rewritten(source: str, options: MagicOptions | None = None) -> str:
    tree = add_magic(ast.parse(source), source, options or MagicOptions())
    return ast.unparse(tree)


def test_strings_numbers_lists_and_names_are_written():
    assert _shown(
        """
        import streamlit as st
        "hello"
        42
        [1, 2]
        x = 5
        x
        """
    ) == ["hello", "`42`", "[1, 2]", "`5`"]


def test_a_tuple_is_written_as_several_arguments():
    assert _shown('import streamlit as st\nn = 3\n"Count =", n\n') == ["Count = `3`"]


def test_works_without_importing_streamlit():
    assert _shown('x = 1\n"no import"\n7\n') == ["no import", "`7`"]


def test_calls_are_not_written():
    assert _shown(
        """
        import streamlit as st
        def f():
            return "returned"
        f()
        st.markdown("once")
        len([1, 2])
        """
    ) == ["once"]


def test_walrus_and_expressions_are_written():
    assert _shown("(y := 3)\n1 + 1\n") == ["`3`", "`2`"]


def test_docstrings_are_not_written():
    assert _shown(
        '''
        """Module docstring."""
        import streamlit as st
        def f():
            """Function docstring."""
            "function body"
        f()
        class C:
            "class docstring"
            def m(self):
                "method docstring"
                "method body"
        C().m()
        '''
    ) == ["function body", "method body"]


def test_a_string_first_in_a_block_is_not_a_docstring():
    assert _shown('if True:\n    "first in if"\nfor _ in [0]:\n    "first in for"\n') == [
        "first in if",
        "first in for",
    ]


def test_root_docstring_is_written_when_configured():
    script = '"""Root doc."""\n"after"\n'
    assert _shown(script) == ["after"]
    assert _shown(script, **{"magic.displayRootDocString": True}) == ["Root doc.", "after"]


def test_compound_statements_are_rewritten():
    assert _shown(
        """
        for i in range(2):
            "for", i
        else:
            "for-else"
        n = 0
        while n < 1:
            n += 1
            "while"
        else:
            "while-else"
        if False:
            "no"
        elif True:
            "elif"
        else:
            "no"
        try:
            "try"
            raise ValueError
        except ValueError:
            "except"
        else:
            "no"
        finally:
            "finally"
        match n:
            case 1:
                "case"
        """
    ) == [
        "for `0`",
        "for `1`",
        "for-else",
        "while",
        "while-else",
        "elif",
        "try",
        "except",
        "finally",
        "case",
    ]


def test_with_blocks_and_functions_are_rewritten():
    assert _shown(
        """
        import contextlib
        with contextlib.nullcontext():
            "in with"
        def show(n):
            "n is", n
            return n
        show(1)
        show(2)
        """
    ) == ["in with", "n is `1`", "n is `2`"]


def test_async_functions_are_rewritten_and_await_is_not_written():
    assert _shown(
        """
        import asyncio
        async def main():
            "async docstring"
            "async body"
            await asyncio.sleep(0)
        asyncio.run(main())
        """
    ) == ["async body"]


def test_yield_is_not_written():
    assert _shown("def gen():\n    yield 1\n    'after yield'\nlist(gen())\n") == ["after yield"]


def test_class_bodies_and_nested_classes_are_not_rewritten():
    # Streamlit only rewrites the methods of a class, not a class nested in a class.
    assert _shown(
        """
        class A:
            "class body"
            class B:
                def m(self):
                    "nested method"
        A.B().m()
        """
    ) == []


def test_magic_can_be_turned_off():
    assert _shown('import streamlit as st\n"hidden"\nst.write("shown")\n',
                  **{"runner.magicEnabled": False}) == ["shown"]


def test_last_expression_call_is_written_when_configured():
    options = {"magic.displayLastExprIfNoSemicolon": True}
    assert _shown("len([1, 2])\nlen([1])\n", **options) == ["`1`"]
    assert _shown("len([1, 2])\nlen([1]);\n", **options) == []


def test_line_numbers_are_preserved_in_tracebacks():
    at = AppTest.from_string('"first"\n\n1 / 0\n').run()
    assert at.exception[0].value == "division by zero"
    assert 'line 3' in "\n".join(at.exception[0].stack_trace)


def test_from_function_body_is_rewritten():
    def app() -> None:
        """Not shown."""
        import streamlit as st  # noqa: F401

        "shown"

    assert [n.value for n in AppTest.from_function(app).run().markdown] == ["shown"]


def test_code_is_compiled_once_per_magic_options():
    script = Script.from_source("'x'\n", name="magic-cache")
    on = script.compile()
    assert script.compile(MagicOptions()) is on
    off = script.compile(MagicOptions(enabled=False))
    assert off is not on
    assert script.compile(MagicOptions(enabled=False)) is off


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("x = 1\n'hi'", "x = 1\n__apptest_magic__('hi')"),
        ("x, y", "__apptest_magic__(x, y)"),
        ("f(x)", "f(x)"),
        ("st.write(x)", "st.write(x)"),
        ("def f():\n    'doc'\n    x", 'def f():\n    """doc"""\n    __apptest_magic__(x)'),
    ],
)
def test_rewrite(source, expected):
    assert _rewritten(source) == expected


def test_rewritten_call_keeps_the_expression_location():
    tree = add_magic(ast.parse("a = 1\n\n(a)\n"), "", MagicOptions())
    call = tree.body[1].value  # type: ignore[attr-defined]
    assert (call.lineno, call.func.lineno) == (3, 3)


def test_magic_write_returns_its_arguments():
    at = AppTest.from_string("r1 = __apptest_magic__('a')\nr2 = __apptest_magic__('b', 1)\n"
                             "import streamlit as st\nst.session_state.r = [r1, r2]\n").run()
    assert at.session_state.r == ["a", ("b", 1)]
    assert magic_write.__name__ == "magic_write"


def test_future_imports_and_syntax_errors_still_work():
    assert _shown('"""Doc."""\nfrom __future__ import annotations\n"x"\n') == ["x"]
    at = AppTest.from_string('"ok"\nif True\n').run()
    assert at.exception[0].proto.type == "SyntaxError"
    assert "line 2" in at.exception[0].value
