"""st.query_params and the deprecated experimental_*_query_params, through AppTest."""

from __future__ import annotations

from appwasm.testing import AppTest


def url_messages(at: AppTest) -> list[dict]:
    return [m for m in at.messages if m["type"] == "page_url"]


def test_read_item_attribute_repeated_keys_and_to_dict():
    at = AppTest.from_string("""
import streamlit as st
qp = st.query_params
st.text(qp["a"])
st.text(qp.a)
st.text(qp.get_all("a"))
st.text(qp.get_all("missing"))
st.text(qp.to_dict())
st.text(sorted(qp))
st.text(len(qp))
st.text("b" in qp and "embed" not in qp)
st.text(qp.get("nope", "default"))
""")
    at.query_params = {"a": ["1", "2"], "b": "x", "embed": "true"}
    at.run()
    assert [t.value for t in at.text] == [
        "2", "2", "['1', '2']", "[]", "{'a': '2', 'b': 'x'}", "['a', 'b']", "2", "True", "default"]


def test_writes_update_the_url_without_a_rerun_and_persist():
    at = AppTest.from_string("""
import streamlit as st
if st.session_state.get("step", 0) == 0:
    st.query_params["page"] = 2
    st.query_params.tags = ["a", "b"]
    st.query_params.update({"x": "1"}, y="2")
    del st.query_params["x"]
    del st.query_params.y
st.session_state.step = 1
st.text(st.query_params.to_dict())
""").run()
    assert at.query_params == {"page": ["2"], "tags": ["a", "b"]}
    assert at.text[0].value == "{'page': '2', 'tags': 'b'}"
    assert url_messages(at)[-1] == {"type": "page_url", "v": 1, "url_path": "", "query_string": "page=2&tags=a&tags=b",
                                    "history": "push"}
    assert len(url_messages(at)) == 5, "each write that changes the URL is a history entry, as in Streamlit"
    at.run()
    assert at.text[0].value == "{'page': '2', 'tags': 'b'}"
    assert url_messages(at) == [], "an unchanged URL is not sent again"


def test_clear_and_from_dict_keep_the_embed_keys():
    at = AppTest.from_string("""
import streamlit as st
if st.session_state.get("do") == "clear":
    st.query_params.clear()
elif st.session_state.get("do") == "from_dict":
    st.query_params.from_dict({"k": ["1", "2"], "z": 3})
st.session_state.do = None
st.text(st.query_params.to_dict())
""")
    at.query_params = {"a": "1", "embed": "true"}
    at.run()
    at.session_state.do = "from_dict"
    at.run()
    assert at.query_params == {"k": ["1", "2"], "z": ["3"], "embed": ["true"]}
    at.session_state.do = "clear"
    at.run()
    assert at.query_params == {"embed": ["true"]} and at.text[0].value == "{}"


def test_streamlits_errors():
    at = AppTest.from_string("""
import streamlit as st
for attempt in (
    lambda: st.query_params["missing"],
    lambda: st.query_params.missing,
    lambda: st.query_params.__setitem__("d", {"a": 1}),
    lambda: st.query_params.__setitem__("embed", "x"),
    lambda: st.query_params["embed"],
    lambda: st.query_params.from_dict({"ok": "1", "embed_options": "x"}),
):
    try:
        attempt()
    except Exception as exc:
        st.text(f"{type(exc).__name__}: {exc}")
st.text(st.query_params.to_dict())
""")
    at.query_params = {"keep": "1"}
    at.run()
    assert [t.value for t in at.text] == [
        "KeyError: 'st.query_params has no key \"missing\". Did you forget to initialize it?'",
        'AttributeError: st.query_params has no key "missing". Did you forget to initialize it?',
        "StreamlitAPIException: You cannot set a query params key `d` to a dictionary.",
        "StreamlitAPIException: Query param embed and embed_options (case-insensitive) cannot be set programmatically.",
        "KeyError: 'st.query_params has no key \"embed\". Did you forget to initialize it?'",
        "StreamlitAPIException: Query param embed and embed_options (case-insensitive) cannot be set programmatically.",
        "{'keep': '1'}",
    ]


def test_experimental_apis_keep_their_shapes_and_warn():
    at = AppTest.from_string("""
import streamlit as st
st.text(st.experimental_get_query_params())
st.experimental_set_query_params(show_map=True, selected=["asia", "america"])
st.text(st.experimental_get_query_params())
""")
    at.query_params = {"a": ["1", "2"], "embed": "true"}
    at.run()
    assert at.text[0].value == "{'a': ['1', '2']}"
    assert at.text[1].value == "{'show_map': ['True'], 'selected': ['asia', 'america']}"
    assert at.query_params == {"show_map": ["True"], "selected": ["asia", "america"], "embed": ["true"]}
    assert len(at.warning) == 3
    assert at.warning[0].value.startswith(
        "Please replace `st.experimental_get_query_params` with `st.query_params`.\n\n"
        "`st.experimental_get_query_params` will be removed after 2024-04-11.")


def test_experimental_set_refuses_embed_and_mixing_the_apis_is_an_error():
    at = AppTest.from_string("""
import streamlit as st
try:
    st.experimental_set_query_params(embed="true")
except Exception as exc:
    st.text(str(exc))
st.query_params.to_dict()
""").run()
    assert at.text[0].value == (
        "Query param embed and embed_options (case-insensitive) cannot be set using set_query_params method.")
    assert "Using `st.query_params` together with either `st.experimental_get_query_params`" in at.exception[0].message


def test_query_params_are_read_again_at_each_run():
    at = AppTest.from_string("""
import streamlit as st
st.text(st.query_params.get("n", "none"))
""").run()
    assert at.text[0].value == "none"
    at.query_params["n"] = "7"
    assert at.run().text[0].value == "7"


def test_back_and_forward_send_the_new_query_string_and_rerun():
    at = AppTest.from_string("""
import streamlit as st
st.text(st.query_params.to_dict())
""").run()
    from appwasm.alias import streamlit_alias
    from appwasm.protocol import PROTOCOL_VERSION

    at._sink.messages.clear()
    with streamlit_alias():
        at._session.handle_messages([{"type": "location", "v": PROTOCOL_VERSION, "seq": 5, "page_path": "",
                                      "query_string": "q=back"}])
    texts = [m["node"]["body"] for m in at._sink.messages if m.get("type") == "delta" and m["node"]["type"] == "text"]
    assert texts[-1] == "{'q': 'back'}"
    assert not [m for m in at._sink.messages if m["type"] == "page_url"], "the URL is already right"
