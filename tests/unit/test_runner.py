"""The script runner: magic, errors in place, st.stop / st.rerun, import streamlit."""

import ast

from appwasm.runner.magic import MAGIC_NAME, add_magic
from appwasm.testing import AppTest


def magic_calls(source: str) -> int:
    tree = add_magic(ast.parse(source))
    return sum(1 for n in ast.walk(tree) if isinstance(n, ast.Call) and getattr(n.func, "id", "") == MAGIC_NAME)


def test_magic_rewrites_bare_expressions_only():
    assert magic_calls("x = 1\nx\n'text'\n(1, 2)") == 3
    assert magic_calls("print('x')\nf()") == 0  # calls are left alone
    assert magic_calls('"""doc"""\nx = 1') == 0  # the module docstring is not shown
    assert magic_calls("def f():\n    '''doc'''\n    x\n") == 1
    assert magic_calls("if True:\n    x\nelse:\n    y\nfor i in r:\n    i\nwith c:\n    z") == 4
    assert magic_calls("try:\n    a\nexcept E:\n    b\nfinally:\n    c") == 3
    assert magic_calls("class C:\n    x = 1\n    x") == 0
    assert magic_calls("async def f():\n    await g()\n    yield 1") == 0


def test_magic_writes_values_and_tuples():
    at = AppTest.from_string("x = 41\n'# Heading from magic'\nx + 1\n'a', 'b'\n[1, 2]").run()
    assert at.markdown.values == ["# Heading from magic", "`42`", "a b"]
    assert at.json[0].value == "[1, 2]"


def test_write_joins_strings_and_code_formats_other_objects():
    at = AppTest.from_string(
        "import streamlit as st\n"
        "st.write('a', 1, 'b')\n"
        "st.write({'k': [1, 2]})\n"
        "st.write(ValueError('bad'))\n"
        "class M:\n    def __str__(self):\n        return 'em'\n"
        "st.write(M())\n"
    ).run()
    assert at.markdown.values == ["a `1` b", "`em`"]
    assert at.json[0].value == '{"k": [1, 2]}'
    assert at.exception[0].message == "bad"


def test_exception_is_shown_in_place_and_elements_above_stay():
    at = AppTest.from_string(
        "import streamlit as st\n"
        "st.title('Above')\n"
        "v = st.slider('s', 0, 10, 1)\n"
        "if v > 5:\n"
        "    1 / 0\n"
        "st.write('below')\n"
    ).run()
    assert at.markdown.values == ["below"]
    at.slider[0].set_value(8).run()
    assert at.title[0].value == "Above"
    assert at.markdown.values == []
    exc = at.exception[0]
    assert exc.exc_type == "ZeroDivisionError"
    frame = exc.node["frames"][-1]
    assert frame == {"filename": "app.py", "lineno": 5, "name": "<module>", "line": "1 / 0", "user_code": True}
    # Runtime frames above the script are not shown.
    assert all("appwasm" not in f["filename"] for f in exc.node["frames"])
    at.slider[0].set_value(2).run()  # the next interaction reruns normally
    assert not at.exception and at.markdown.values == ["below"]


def test_api_misuse_traceback_ends_at_the_users_line():
    at = AppTest.from_string("import streamlit as st\n\nst.slider('s', 0, 1.5)\n").run()
    frames = at.exception[0].node["frames"]
    assert frames[-1]["filename"] == "app.py" and frames[-1]["lineno"] == 3


def test_syntax_error_shows_the_offending_line():
    at = AppTest.from_string("import streamlit as st\nst.write('ok')\nx = (1 +\n").run()
    exc = at.exception[0]
    assert exc.exc_type == "SyntaxError"
    assert exc.node["frames"][-1]["filename"] == "app.py"
    assert exc.node["source_line"] is not None
    assert at.messages[-1]["status"] == "compile_error"


def test_stop_keeps_what_was_drawn_and_ends_the_run():
    at = AppTest.from_string("import streamlit as st\nst.write('one')\nst.stop()\nst.write('two')").run()
    assert at.markdown.values == ["one"]
    assert at.messages[-1]["status"] == "stopped"


def test_rerun_starts_a_fresh_run_and_buttons_read_false():
    at = AppTest.from_string(
        "import streamlit as st\n"
        "st.session_state.setdefault('runs', 0)\n"
        "st.session_state.runs += 1\n"
        "if st.button('go'):\n"
        "    st.rerun()\n"
        "st.write(st.session_state.runs)\n"
    ).run()
    at.button[0].click().run()
    assert at.session_state.runs == 3  # first run, the click run (reran), the rerun
    assert at.markdown.values == ["`3`"]
    statuses = [m["status"] for m in at.messages if m["type"] == "run_finished"]
    assert statuses == ["rerun", "complete"]


def test_except_exception_does_not_swallow_stop_or_rerun():
    at = AppTest.from_string(
        "import streamlit as st\n"
        "try:\n    st.stop()\nexcept Exception:\n    st.write('swallowed')\n"
        "st.write('after')\n"
    ).run()
    assert at.markdown.values == []


def test_import_streamlit_resolves_to_appwasm_with_submodules():
    at = AppTest.from_string(
        "import streamlit as st\n"
        "import appwasm\n"
        "from streamlit import runtime\n"
        "from streamlit.errors import StreamlitAPIException\n"
        "from streamlit.runtime.scriptrunner import get_script_run_ctx\n"
        "st.write(st is appwasm, runtime.exists(), get_script_run_ctx() is not None, st.__version__)\n"
    ).run()
    assert at.markdown[0].value == "`True` `True` `True` 1.40.0"


def test_unsupported_names_show_an_error_in_place_and_the_run_goes_on():
    at = AppTest.from_string(
        "import streamlit as st\n"
        "st.write('before')\n"
        "st.bokeh_chart(None)\n"
        "st.sidebar.pydeck_chart(None)\n"
        "st.write('after')\n"
    ).run()
    assert at.markdown.values == ["before", "after"]
    assert "`st.bokeh_chart` is not supported yet" in at.error[0].value
    assert "`st.sidebar.pydeck_chart` is not supported yet" in at.sidebar.error[0].value
    at = AppTest.from_string("import streamlit as st\nst.not_a_streamlit_name()").run()
    assert at.exception[0].exc_type == "AttributeError"


def test_bare_mode_outside_a_run_returns_defaults():
    import appwasm as st

    assert st.slider("x", 0, 10, 3) == 3
    assert st.button("b") is False
    st.write("nothing happens")
    st.stop()  # a no-op outside a run


def test_containers_with_statement_and_sidebar():
    at = AppTest.from_string(
        "import streamlit as st\n"
        "st.sidebar.title('Side')\n"
        "with st.sidebar:\n    st.write('in sidebar')\n"
        "st.write('in main')\n"
    ).run()
    assert at.sidebar.title[0].value == "Side"
    assert at.sidebar.markdown.values == ["in sidebar"]
    assert at.main.markdown.values == ["in main"]


def test_element_slot_is_replaced_in_place():
    at = AppTest.from_string(
        "import streamlit as st\n"
        "slot = st.text('first')\n"
        "st.write('after')\n"
        "slot.markdown('replaced')\n"
    ).run()
    assert [type(e).__name__ for e in at.main] == ["Markdown", "Markdown"]
    assert at.markdown.values == ["replaced", "after"]


def test_empty_is_a_slot_replaced_in_place():
    at = AppTest.from_string(
        "import streamlit as st\n"
        "slot = st.empty()\n"
        "st.write('after')\n"
        "for i in range(3):\n"
        "    slot.write(f'step {i}')\n"
    ).run()
    assert at.markdown.values == ["step 2", "after"]
    at = AppTest.from_string("import streamlit as st\ns = st.empty()\ns.write('x')\ns.empty()\n").run()
    assert at.markdown.values == [] and len(at.get("empty")) == 1
