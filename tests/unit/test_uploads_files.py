"""st.file_uploader, st.camera_input, st.audio_input: values and errors, as in Streamlit 1.40."""

import pytest

from appwasm.elements.uploads.file_uploader import normalize_upload_file_type
from appwasm.runtime.uploaded_file_manager import UploadedFile, UploadedFileRec
from appwasm.testing import AppTest
from appwasm.worker_entry import WorkerSession


def run(script: str) -> AppTest:
    return AppTest.from_string("import streamlit as st\n" + script).run()


def files_in_store(at: AppTest) -> int:
    store = at._session.family_state.get("uploads.files")
    return 0 if store is None else len(store)


def test_defaults_are_none_and_empty_list():
    at = run("a = st.file_uploader('one')\nb = st.file_uploader('many', accept_multiple_files=True)\n"
             "st.session_state.out = (a, b)")
    assert at.session_state.out == (None, [])
    assert at.file_uploader[0].value is None
    assert at.file_uploader[1].value == []
    assert not at.file_uploader[0].multiple and at.file_uploader[1].multiple


def test_uploaded_file_is_a_bytesio_with_streamlits_attributes():
    at = run(
        "from streamlit.runtime.uploaded_file_manager import UploadedFile\n"
        "import io\n"
        "f = st.file_uploader('Data', key='f')\n"
        "if f is not None:\n"
        "    st.session_state.out = (isinstance(f, UploadedFile), isinstance(f, io.BytesIO), f.name, f.type,\n"
        "                            f.size, f.read(2), f.read(), f.seek(0), f.getvalue(),\n"
        "                            st.session_state.f is f, bool(f.file_id))\n"
    )
    at.file_uploader[0].set_value(("data.csv", b"a,b\n1,2\n")).run()
    assert at.session_state.out == (True, True, "data.csv", "text/csv", 8, b"a,", b"b\n1,2\n", 0, b"a,b\n1,2\n",
                                    True, True)


def test_each_run_gets_fresh_file_objects():
    # A script that reads (or closes) the file must find all its bytes again in the next run.
    at = run("f = st.file_uploader('Data')\n"
             "if f is not None:\n"
             "    st.write(f.read().decode())\n"
             "    f.close()\n")
    at.file_uploader[0].set_value(("a.txt", "hello")).run()
    assert at.markdown[0].value == "hello"
    at.run()
    assert at.markdown[0].value == "hello"


def test_mime_type_is_kept_and_unknown_types_are_octet_stream():
    at = run("f = st.file_uploader('x')\nst.session_state.out = f and f.type")
    at.file_uploader[0].set_value(("notes", b"x", "text/markdown")).run()
    assert at.session_state.out == "text/markdown"
    at.file_uploader[0].set_value(("blob.unknownext", b"x")).run()
    assert at.session_state.out == "application/octet-stream"


def test_replacing_and_clearing_forget_the_old_bytes():
    at = run("f = st.file_uploader('x')\nst.session_state.out = f and f.name")
    at.file_uploader[0].set_value(("a.txt", b"a")).run()
    at.file_uploader[0].set_value(("b.txt", b"b")).run()
    assert at.session_state.out == "b.txt"
    assert files_in_store(at) == 1
    at.file_uploader[0].clear().run()
    assert at.session_state.out is None
    assert files_in_store(at) == 0


def test_multiple_files_in_order_and_added_later():
    at = run("fs = st.file_uploader('x', accept_multiple_files=True)\n"
             "st.session_state.out = [(f.name, f.getvalue()) for f in fs]")
    at.file_uploader[0].set_value([("a.txt", b"A"), ("b.bin", b"\x00\xff")]).run()
    assert at.session_state.out == [("a.txt", b"A"), ("b.bin", b"\x00\xff")]
    at.file_uploader[0].upload(("c.txt", b"C")).run()
    assert [name for name, _ in at.session_state.out] == ["a.txt", "b.bin", "c.txt"]


def test_a_file_removed_by_the_user_disappears_from_the_value():
    at = run("fs = st.file_uploader('x', accept_multiple_files=True)\nst.session_state.out = [f.name for f in fs]")
    at.file_uploader[0].set_value([("a.txt", b"A"), ("b.txt", b"B")]).run()
    gone = at.file_uploader[0].node["value"][0]["file_id"]
    # The renderer forgets the bytes at once (even inside a form whose value is not sent yet).
    at._outbox.append({"type": "upload_files", "files": [], "remove": [gone]})
    at.run()
    assert at.session_state.out == ["b.txt"]


def test_on_change_runs_with_args_when_files_change():
    at = run(
        "def changed(tag):\n"
        "    st.session_state.log = st.session_state.get('log', []) + [tag]\n"
        "st.file_uploader('x', on_change=changed, args=('up',))\n"
    )
    at.file_uploader[0].set_value(("a.txt", b"a")).run()
    at.run()
    assert at.session_state.log == ["up"]
    at.file_uploader[0].clear().run()
    assert at.session_state.log == ["up", "up"]


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("csv", [".csv"]),
        (["CSV", ".Txt"], [".csv", ".txt"]),
        (["jpg"], [".jpg", ".jpeg"]),
        ([".jpeg", "png"], [".jpeg", ".png", ".jpg"]),
        (["TIFF", "mp4", "htm", "mpeg"], [".tiff", ".mp4", ".htm", ".mpeg", ".mpg", ".mpeg4", ".tif", ".html"]),
    ],
)
def test_type_is_normalised_like_streamlit(given, expected):
    assert normalize_upload_file_type(given) == expected


def test_type_reaches_the_renderer_normalised():
    at = run("st.file_uploader('x', type=['CSV', 'jpg'])\nst.file_uploader('y', type=[])")
    assert at.file_uploader[0].accept == [".csv", ".jpg", ".jpeg"]
    assert at.file_uploader[1].accept == []
    assert at.file_uploader[0].node["max_upload_size_mb"] == 200


def test_apptest_refuses_files_of_other_types_as_the_page_does():
    at = run("st.file_uploader('x', type='csv')")
    with pytest.raises(ValueError, match="image/png files are not allowed."):
        at.file_uploader[0].set_value(("photo.png", b"x"))
    at.file_uploader[0].set_value(("DATA.CSV", b"x")).run()
    assert at.file_uploader[0].value.name == "DATA.CSV"


def test_value_cannot_be_set_through_session_state():
    at = run("st.session_state.f = None\nst.file_uploader('x', key='f')")
    assert at.exception[0].exc_type == "StreamlitValueAssignmentNotAllowedError"
    assert "Values for the widget with `key` 'f' cannot be set using `st.session_state`." in at.exception[0].message
    at = run("st.file_uploader('x', key='f')\nst.session_state.f = None")
    assert at.exception[0].exc_type == "StreamlitAPIException"


def test_identical_uploaders_need_a_key():
    at = run("st.file_uploader('x')\nst.file_uploader('x')")
    assert "multiple `file_uploader` elements with the same auto-generated ID" in at.exception[0].message
    at = run("st.file_uploader('x', key=1)\nst.file_uploader('x', key=2)")
    assert not at.exception


def test_uploaded_file_equality_hash_and_repr():
    a = UploadedFile(UploadedFileRec("id-1", "a.txt", "text/plain", b"abc"))
    b = UploadedFile(UploadedFileRec("id-1", "other.txt", "text/plain", b"zzz"))
    assert a == b and a != UploadedFile(UploadedFileRec("id-2", "a.txt", "text/plain", b"abc"))
    with pytest.raises(TypeError):
        hash(a)
    assert repr(a) == "UploadedFile(file_id='id-1', name='a.txt', type='text/plain', size=3)"


def test_upload_message_needs_one_attachment_per_file():
    at = run("st.file_uploader('x')")
    at._outbox.append({"type": "upload_files", "files": [{"file_id": "1", "name": "a", "size": 1, "type": ""}],
                       "remove": []})
    with pytest.raises(ValueError, match="1 files but 0 attachments"):
        at.run()


class _FakeBuffer:
    def __init__(self, data: bytes) -> None:
        self.data = data

    def to_bytes(self) -> bytes:
        return self.data


class _FakeBridge:
    """The worker's bridge as Python sees it: attachments are taken once, by number."""

    def __init__(self, buffers: dict[int, bytes]) -> None:
        self.buffers = {k: _FakeBuffer(v) for k, v in buffers.items()}

    def takeAttachment(self, number: int) -> _FakeBuffer | None:  # noqa: N802 - the JS name
        return self.buffers.pop(number, None)


def test_worker_session_turns_attachment_numbers_into_bytes():
    bridge = _FakeBridge({7: b"\x00\x01", 8: b"second"})
    worker = WorkerSession(session=None, bridge=bridge)  # type: ignore[arg-type]
    message = {"type": "upload_files", "files": [], "remove": [], "attachments": [7, 8]}
    worker._take_attachments(message)
    assert message["attachments"] == [b"\x00\x01", b"second"]
    assert bridge.buffers == {}, "each attachment is handed over once"
    plain = {"type": "rerun"}
    worker._take_attachments(plain)
    assert plain == {"type": "rerun"}


def test_camera_input_returns_the_photo_and_cannot_be_set():
    at = run("p = st.camera_input('Snap', key='p', help='smile')\n"
             "st.session_state.out = p and (p.name, p.type, p.getvalue())")
    assert at.session_state.out is None
    assert at.camera_input[0].label == "Snap" and at.camera_input[0].help == "smile"
    at.camera_input[0].take_photo(b"\xff\xd8\xff\xe0jpeg").run()
    assert at.session_state.out == ("camera-input.jpg", "image/jpeg", b"\xff\xd8\xff\xe0jpeg")
    at.camera_input[0].clear().run()
    assert at.session_state.out is None
    at = run("st.session_state.p = 1\nst.camera_input('Snap', key='p')")
    assert at.exception[0].exc_type == "StreamlitValueAssignmentNotAllowedError"


def test_audio_input_parameters_are_keyword_only():
    at = run("st.audio_input('Voice', 'k')")
    assert at.exception[0].exc_type == "TypeError"
    at = run("a = st.audio_input('Voice', key='k', disabled=True, label_visibility='collapsed')\n"
             "st.session_state.out = a and a.getvalue()")
    assert at.audio_input[0].disabled and at.audio_input[0].label_visibility == "collapsed"
    at.audio_input[0].record(b"RIFF....WAVE").run()
    assert at.session_state.out == b"RIFF....WAVE"
    assert at.session_state.k.type == "audio/wav"


def test_experimental_audio_input_is_the_same_widget_with_a_deprecation_warning():
    at = run("a = st.experimental_audio_input('Voice')\nst.session_state.out = a")
    assert at.audio_input[0].label == "Voice"
    assert at.warning[0].value == (
        "Please replace `st.experimental_audio_input` with `st.audio_input`.\n\n"
        "`st.experimental_audio_input` will be removed after 2025-01-01."
    )
    at = run("st.audio_input('Voice')\nst.experimental_audio_input('Voice')")
    assert "multiple `audio_input` elements with the same auto-generated ID" in at.exception[0].message


def test_label_visibility_is_checked():
    at = run("st.file_uploader('x', label_visibility='nope')")
    assert "Unsupported label_visibility option 'nope'" in at.exception[0].message


def test_uploaded_files_work_as_file_objects_for_libraries():
    at = run(
        "import csv, io\n"
        "f = st.file_uploader('x')\n"
        "if f:\n"
        "    rows = list(csv.reader(io.TextIOWrapper(f, encoding='utf-8')))\n"
        "    st.session_state.out = rows\n"
    )
    at.file_uploader[0].set_value(("t.csv", "a,b\n1,2\n")).run()
    assert at.session_state.out == [["a", "b"], ["1", "2"]]
