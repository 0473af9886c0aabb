"""Text: st.write (every kind of object), st.write_stream, st.latex, st.echo, st.help, st.html,
st.components.v1 (value semantics and Streamlit's errors)."""

import textwrap

from appwasm.testing import AppTest


def run(script: str) -> AppTest:
    return AppTest.from_string("import streamlit as st\n" + textwrap.dedent(script)).run()


def errors(at: AppTest) -> list[str]:
    return [e.value for e in at.exception]


def kinds(at: AppTest) -> list[str]:
    return [e.type for e in at]


def test_write_dispatches_like_streamlit():
    at = run('''
        import io, types
        class WithHtml:
            def _repr_html_(self):
                return "<b>html</b>"
        class WithMarkdown:
            def _repr_markdown_(self):
                return "**md**"
        def documented(a, b=2):
            """Add things."""
        st.write("a", "b", 3)
        st.write(WithHtml(), WithMarkdown())
        st.write(documented)
        st.write(WithHtml)
        st.write(types)
        st.write(io.StringIO("from *StringIO*"))
        st.write({"k": [1, 2]})
        st.write(ValueError("bad"))
    ''')
    # Streamlit 1.40: an object whose _repr_html_ has tags (without unsafe_allow_html), and one
    # with only _repr_markdown_, fall through to their default repr, which st.write documents.
    assert kinds(at) == ["markdown", "doc_string", "doc_string", "doc_string", "doc_string", "doc_string", "markdown",
                         "json", "exception"]
    assert at.markdown[0].value == "a b `3`"
    fn = at.help[2]
    assert (fn.name, fn.node["type_name"], fn.node["value"], fn.value) == ("documented", "function", "(a, b=2)", "Add things.")
    assert at.help[3].node["type_name"] == "class"
    assert at.help[4].node["type_name"] == "module"
    assert at.markdown[1].value == "from *StringIO*"


def test_write_streams_generators_and_returns_none():
    at = run('''
        def gen():
            yield "Hello "
            yield "world"
        st.session_state.out = st.write(gen())
    ''')
    assert at.markdown[0].value == "Hello world"
    assert at.session_state.out is None


def test_write_stream_returns_the_text_and_shows_a_cursor_while_streaming():
    at = run('''
        def gen():
            yield "One"
            yield ""
            yield " two"
            yield " three"
        st.session_state.out = st.write_stream(gen)
    ''')
    assert at.session_state.out == "One two three"
    bodies = [m["node"]["body"] for m in at.messages if m.get("type") == "delta" and m["node"]["type"] == "markdown"]
    assert bodies == ["One", "One two\u2595", "One two three\u2595", "One two three"]  # Streamlit's cursor
    assert [e.value for e in at.markdown] == ["One two three"]


def test_write_stream_mixed_content_returns_a_list():
    at = run('''
        def gen():
            yield "Intro"
            yield {"a": 1}
            yield lambda: st.caption("called")
            yield "Outro"
        st.session_state.out = st.write_stream(gen())
    ''')
    assert at.session_state.out == ["Intro", {"a": 1}, "Outro"]
    assert kinds(at) == ["markdown", "json", "caption", "markdown"]


def test_write_stream_async_generators_and_openai_chunks():
    at = run('''
        import asyncio
        async def agen():
            for word in ["async ", "words"]:
                await asyncio.sleep(0)
                yield word
        class Delta:
            def __init__(self, content): self.content = content
        class Choice:
            def __init__(self, content): self.delta = Delta(content)
        class ChatCompletionChunk:
            def __init__(self, content): self.choices = [Choice(content)] if content is not None else []
        st.session_state.a = st.write_stream(agen())
        st.session_state.b = st.write_stream(iter([ChatCompletionChunk(None), ChatCompletionChunk("Hi"), ChatCompletionChunk(" there")]))
    ''')
    assert (at.session_state.a, at.session_state.b) == ("async words", "Hi there")


def test_write_stream_errors():
    at = run("st.write_stream('text')")
    assert errors(at) == ["`st.write_stream` expects a generator or stream-like object as input not <class 'str'>. "
                          "Please use `st.write` instead for this data type."]
    at = run("st.write_stream(5)")
    assert errors(at) == ["The provided input (type: <class 'int'>) cannot be iterated. "
                          "Please make sure that it is a generator, generator function or iterable."]
    at = run("st.session_state.out = st.write_stream(iter([]))")
    assert at.session_state.out == ""  # nothing streamed: "" (Streamlit 1.40)
    assert kinds(at) == []


def test_latex_body_and_help():
    at = run(r'st.latex(r"\frac{a}{b}", help="A fraction")')
    assert at.latex[0].value == "$$\n\\frac{a}{b}\n$$"
    assert at.latex[0].type == "latex"
    assert at.latex[0].node["help"] == "A fraction"
    assert at.markdown.len == 0


def test_echo_shows_the_block_code_above_or_below():
    at = run('''
        with st.echo():
            x = 1 + 1
            st.write(f"x is {x}")
        with st.echo(code_location="below"):
            st.write("below")
    ''')
    assert kinds(at) == ["code", "markdown", "markdown", "code"]
    assert at.code[0].value == 'x = 1 + 1\nst.write(f"x is {x}")'
    assert at.code[0].language == "python"
    assert at.code[1].value == 'st.write("below")'


def test_help_of_values_and_default():
    at = run('''
        class Point:
            """A point."""
            def __init__(self):
                self.x = 3
            def norm(self):
                """Its length."""
        p = Point()
        st.help(p)
        st.help()
    ''')
    point, streamlit = at.help
    assert (point.name, point.node["type_name"], point.value) == ("p", "Point", "A point.")
    assert {m["name"]: (m["type_name"], m["value"], m["doc"]) for m in point.members} == {
        "norm": ("method", None, "Its length."), "x": ("int", "3", "")}
    assert streamlit.name == "streamlit" and streamlit.node["type_name"] == "module"
    assert any(m["name"] == "write" for m in streamlit.members)


def test_html_body_file_and_repr_html(tmp_path):
    (tmp_path / "snippet.html").write_text("<p>from a file</p>")
    at = AppTest.from_string(
        "import streamlit as st\n"
        "st.html('<div><script>alert(1)</script>raw</div>')\n"
        f"st.html({str(tmp_path / 'snippet.html')!r})\n"
    ).run()
    assert [h.value for h in at.get("html")] == ["<div><script>alert(1)</script>raw</div>", "<p>from a file</p>"]


def test_components_v1_html_iframe_and_declare_component():
    at = run('''
        import streamlit.components.v1 as components
        components.html("<p>hi</p>")
        components.html("<p>tall</p>", width=300, height=400, scrolling=True)
        components.iframe("https://example.com")
        comp = components.declare_component("my_comp", url="http://localhost:3001")
        st.session_state.out = comp(name="x", default=7)
        st.session_state.has = hasattr(st.components.v1, "html")
    ''')
    a, b, c = at.get("iframe")
    assert (a.node["srcdoc"], a.node["height"], a.node["width"], a.node["scrolling"]) == ("<p>hi</p>", 150, None, False)
    assert (b.node["width"], b.node["height"], b.node["scrolling"]) == (300, 400, True)
    assert (c.node["src"], c.node["srcdoc"], c.node["height"]) == ("https://example.com", None, 150)
    assert at.session_state.out == 7 and at.session_state.has is True
    assert "`my_comp` cannot run" in at.error[0].value


def test_magic_writes_generators_and_help():
    at = run('''
        def gen():
            yield "streamed by magic"
        g = gen()
        g
        len
    ''')
    assert at.markdown[0].value == "streamed by magic"
    assert at.help[0].name == "len"
