"""st.container, st.columns, st.tabs, st.expander, st.popover, st.empty and st.sidebar under
AppTest: values, the element tree (Streamlit's Block classes) and Streamlit's error messages."""

from __future__ import annotations

import pytest

from appwasm.testing import AppTest


def run(script: str) -> AppTest:
    return AppTest.from_string("import streamlit as st\n" + script).run()


def error_of(at: AppTest) -> str:
    assert len(at.exception) == 1, at.exception
    return at.exception[0].message


def test_columns_weights_and_blocks():
    at = run(
        "a, b, c = st.columns([1, 2, 1], gap='LARGE', vertical_alignment='bottom')\n"
        "a.write('left')\n"
        "with b:\n    st.write('middle')\n"
        "c.button('go')\n"
        "st.session_state.kinds = [type(x).__name__ for x in st.columns(2)]\n"
    )
    assert [c.weight for c in at.columns[:3]] == [0.25, 0.5, 0.25]
    assert {c.gap for c in at.columns[:3]} == {"large"}
    assert at.columns[0].vertical_alignment == "bottom"
    assert at.columns[0].markdown[0].value == "left"
    assert at.columns[1].markdown[0].value == "middle"
    assert at.columns[2].button[0].label == "go"
    row = at.main[0]
    assert row.type == "horizontal" and len(row.children) == 3
    assert all(child.type == "column" for child in row.children.values())
    assert at.columns[3].weight == pytest.approx(0.5)
    assert at.session_state.kinds == ["DeltaGenerator", "DeltaGenerator"]


@pytest.mark.parametrize("spec", ["0", "[]", "[1, 0]", "[2, -1]", "-3"])
def test_columns_spec_errors(spec):
    at = run(f"st.columns({spec})")
    assert error_of(at).startswith(
        "The `spec` argument to `st.columns` must be either a positive integer (number of columns) or a list of "
        "positive numbers (width ratios of the columns)."
    )
    assert at.exception[0].exc_type == "StreamlitInvalidColumnSpecError"


def test_columns_gap_and_alignment_errors():
    at = run("st.columns(2, gap='huge')")
    assert error_of(at) == (
        'The `gap` argument to `st.columns` must be `"small"`, `"medium"`, or `"large"`. \nThe argument passed was huge.'
    )
    at = run("st.columns(2, vertical_alignment='middle')")
    assert error_of(at) == (
        'The `vertical_alignment` argument to `st.columns` must be `"top"`, `"center"`, or `"bottom"`. \n'
        "The argument passed was middle."
    )


def test_columns_nest_one_level_only():
    at = run(
        "outer, _ = st.columns(2)\n"
        "with outer:\n"
        "    inner, _ = st.columns(2)\n"
        "    inner.write('one level is fine')\n"
        "    with inner:\n"
        "        st.columns(2)\n"
    )
    assert at.columns[1].markdown[0].value == "one level is fine"  # document order: outer, its inner ones, outer
    assert error_of(at) == "Columns can only be placed inside other columns up to one level of nesting."


def test_columns_in_sidebar_columns_are_refused():
    at = run("with st.sidebar:\n    a, b = st.columns(2)\n    a.write('ok')\n    a.columns(2)\n")
    assert at.sidebar.columns[0].markdown[0].value == "ok"
    assert error_of(at) == (
        "Columns cannot be placed inside other columns in the sidebar. This is only possible in the main area of the app."
    )


def test_sidebar_parity_attribute_and_with():
    at = run(
        "st.sidebar.title('Side')\n"
        "with st.sidebar:\n    x = st.slider('x', 0, 5, 2)\n    with st.expander('more'):\n        st.write('deep')\n"
        "st.write(f'x={x}')\n"
    )
    assert at.sidebar.title[0].value == "Side"
    assert at.sidebar.slider[0].value == 2
    assert at.sidebar.expander[0].markdown[0].value == "deep"
    assert at.main.markdown[0].value == "x=2"
    assert len(at.main.slider) == 0


def test_tabs_return_one_container_per_label():
    at = run(
        "tabs = st.tabs(['**One**', 'Two'])\n"
        "tabs[0].write('first')\n"
        "with tabs[1]:\n    st.checkbox('in two')\n"
        "st.session_state.kind = type(tabs).__name__\n"
    )
    assert [t.label for t in at.tabs] == ["**One**", "Two"]
    assert at.tabs[0].markdown[0].value == "first"
    assert at.tabs[1].checkbox[0].label == "in two"
    assert at.main[0].type == "tab_container"
    assert at.session_state.kind == "tuple"


def test_tabs_errors():
    at = run("st.tabs([])")
    assert error_of(at) == "The input argument to st.tabs must contain at least one tab label."
    at = run("st.tabs(['a', 1])")
    assert error_of(at) == "The tabs input list to st.tabs is only allowed to contain strings."


def test_expander_label_icon_and_nesting():
    at = run(
        "with st.expander('**Details**', expanded=True, icon=':material/info:'):\n"
        "    st.write('inside')\n"
        "    st.expander('nested')\n"
    )
    # Streamlit's AppTest lists an expander with an icon as a status (it tells them apart by
    # the icon), so appwasm's does too.
    assert at.expander == []
    exp = at.status[0]
    assert (exp.label, exp.icon, exp.expanded, exp.type) == ("**Details**", ":material/info:", True, "status")
    assert exp.markdown[0].value == "inside"
    assert error_of(at) == "Expanders may not be nested inside other expanders."
    at = run("st.expander(None)")
    assert error_of(at) == "A label is required for an expander"
    at = run("st.expander('x', icon='not an emoji at all')")
    assert "is not a valid emoji" in error_of(at)


def test_expander_defaults_collapsed():
    at = run("st.expander('x').write('y')")
    assert at.expander[0].expanded is False
    assert at.expander[0].icon == ""


def test_container_height_border_and_key():
    at = run(
        "a = st.container()\n"
        "b = st.container(height=200)\n"
        "c = st.container(height=200, border=False, key='box')\n"
        "d = st.container(border=True)\n"
        "b.write('scrolls')\n"
        "a.write('late')\n"
    )
    nodes = [block.node for block in at.main.children.values()]
    assert [(n["border"], n["height"], n["key"]) for n in nodes] == [
        (False, None, None), (True, 200, None), (False, 200, "box"), (True, None, None),
    ]
    assert at.main[0].markdown[0].value == "late"  # written out of order, shown in place
    assert at.main[1].markdown[0].value == "scrolls"


def test_container_keys_are_unique_with_widgets():
    at = run("st.container(key='k')\nst.text_input('t', key='k')\n")
    assert error_of(at) == (
        "There are multiple elements with the same `key='k'`. To fix this, please make sure that the `key` "
        "argument is unique for each element you create."
    )


def test_popover_fields_and_nesting():
    at = run(
        "with st.popover('Open', help='tip', icon='🎈', use_container_width=True):\n"
        "    v = st.checkbox('inside')\n"
        "    st.popover('again')\n"
    )
    pop = at.get("popover")[0]
    assert (pop.label, pop.help, pop.disabled) == ("Open", "tip", False)
    assert pop.node["icon"] == "🎈" and pop.node["use_container_width"] is True
    assert pop.checkbox[0].label == "inside"
    assert error_of(at) == "Popovers may not be nested inside other popovers."
    at = run("st.popover(None)")
    assert error_of(at) == "A label is required for a popover"


def test_empty_slot_and_container_in_it():
    at = run(
        "slot = st.empty()\n"
        "slot.write('first')\n"
        "with slot.container():\n    st.write('a')\n    st.write('b')\n"
        "st.write('after')\n"
    )
    assert at.main[0].type == "vertical"
    assert [m.value for m in at.main[0].markdown] == ["a", "b"]
    assert at.markdown.values == ["a", "b", "after"]


def test_blocks_expose_type_and_children_and_accessors():
    at = run("c1, c2 = st.columns(2)\nwith c1:\n    t1, = st.tabs(['T'])\n    t1.expander('E').button('deep')\n")
    col = at.columns[0]
    (tab_container,) = col.children.values()
    assert tab_container.type == "tab_container"
    assert at.tabs[0].expander[0].button[0].label == "deep"
    assert at.columns[1].children == {}


def test_layout_commands_work_outside_a_running_app():
    import appwasm as st

    a, b = st.columns(2)
    with a:
        st.write("nothing is drawn")
    assert len(st.tabs(["x", "y"])) == 2
    with st.expander("e"), st.popover("p"), st.container(height=10):
        pass
