"""st.download_button and st.link_button, as in Streamlit 1.40."""

import pytest

from appwasm.elements.uploads.download import default_file_name
from appwasm.testing import AppTest


def run(script: str) -> AppTest:
    return AppTest.from_string("import streamlit as st\nimport io\n" + script).run()


@pytest.mark.parametrize(
    ("data", "mime", "expected_bytes", "expected_mime", "expected_name"),
    [
        ("'héllo'", None, "héllo".encode(), "text/plain", "streamlit_download.txt"),
        ("b'\\x00\\x01'", None, b"\x00\x01", "application/octet-stream", "streamlit_download.bin"),
        ("io.BytesIO(b'abc')", None, b"abc", "application/octet-stream", "streamlit_download.bin"),
        ("'a,b'", "'text/csv'", b"a,b", "text/csv", "streamlit_download.csv"),
        ("b'RIFF'", "'audio/wav'", b"RIFF", "audio/wav", "streamlit_download.wav"),
    ],
)
def test_data_types_mime_defaults_and_default_file_name(data, mime, expected_bytes, expected_mime, expected_name):
    at = run(f"st.download_button('Get', {data}, mime={mime})")
    button = at.download_button[0]
    assert button.data == expected_bytes
    assert button.mime == expected_mime
    assert button.file_name == expected_name
    assert button.node["size"] == len(expected_bytes)


def test_file_objects_are_read_from_their_start(tmp_path):
    path = tmp_path / "f.bin"
    path.write_bytes(b"0123456789")
    at = run(f"f = open({str(path)!r}, 'rb')\nf.read(4)\nst.download_button('Get', f, file_name='x.bin')\n"
             f"t = open({str(path)!r})\nst.download_button('Text', t)")
    assert at.download_button[0].data == b"0123456789"
    assert at.download_button[0].file_name == "x.bin"
    assert at.download_button[1].data == b"0123456789"
    assert at.download_button[1].mime == "text/plain"


def test_invalid_data_raises_streamlits_runtime_error():
    at = run("st.download_button('Get', 42)")
    assert at.exception[0].exc_type == "RuntimeError"
    assert at.exception[0].message == "Invalid binary data format: <class 'int'>"


def test_click_is_true_for_one_run_after_on_click():
    at = run(
        "def clicked(n, *, by):\n"
        "    st.session_state.n = st.session_state.get('n', 0) + n * by\n"
        "v = st.download_button('Get', 'x', on_click=clicked, args=(2,), kwargs={'by': 3})\n"
        "st.write(f'clicked={v} n={st.session_state.get(\"n\", 0)}')"
    )
    assert at.markdown[0].value == "clicked=False n=0"
    assert at.download_button[0].value is False
    at.download_button[0].click().run()
    assert at.markdown[0].value == "clicked=True n=6"
    at.run()
    assert at.markdown[0].value == "clicked=False n=6"


def test_new_data_changes_the_digest_so_the_renderer_takes_it():
    at = run("st.session_state.setdefault('v', 0)\nst.session_state.v += 1\n"
             "st.download_button('Get', f'version {st.session_state.v}', key='d')")
    first = at.download_button[0].node["digest"]
    at.run()
    assert at.download_button[0].data == b"version 2"
    assert at.download_button[0].node["digest"] != first


def test_type_icon_and_value_errors():
    at = run("st.download_button('Get', 'x', type='big')")
    assert at.exception[0].message == (
        'The type argument to st.download_button must be "primary", "secondary", or "tertiary". \n'
        'The argument passed was "big".'
    )
    at = run("st.download_button('Get', 'x', icon='not an emoji at all')")
    assert "is not a valid emoji" in at.exception[0].message
    at = run("st.session_state.d = True\nst.download_button('Get', 'x', key='d')")
    assert at.exception[0].exc_type == "StreamlitValueAssignmentNotAllowedError"
    at = run("st.download_button('Get', 'x', type='primary', icon=':material/download:', "
             "use_container_width=True, disabled=True, help='tip')")
    node = at.download_button[0].node
    assert (node["kind"], node["icon"], node["use_container_width"], node["disabled"], node["help"]) == (
        "primary", ":material/download:", True, True, "tip")


def test_link_button_is_an_element_without_a_value():
    at = run("r = st.link_button('Docs', 'https://docs.streamlit.io', help='h', type='tertiary', icon='📖', "
             "disabled=True, use_container_width=True)\nst.session_state.out = type(r).__name__")
    link = at.link_button[0]
    assert (link.label, link.url, link.disabled) == ("Docs", "https://docs.streamlit.io", True)
    assert link.node["kind"] == "tertiary" and link.node["icon"] == "📖" and link.node["help"] == "h"
    assert at.session_state.out == "DeltaGenerator"
    at = run("st.link_button('Docs', 'https://x', type='link')")
    assert at.exception[0].message == (
        'The type argument to st.link_button must be "primary", "secondary", or "tertiary". \n'
        'The argument passed was "link".'
    )


def test_default_file_names_follow_the_mime_type():
    assert default_file_name("text/plain") == "streamlit_download.txt"
    assert default_file_name("application/json") == "streamlit_download.json"
    assert default_file_name("application/x-nothing-known") == "streamlit_download"
