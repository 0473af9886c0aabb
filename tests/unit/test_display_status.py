"""Status elements: progress, spinner, status, toast, balloons, snow (value semantics, errors)."""

import pytest

from appwasm.testing import AppTest


def run(script: str) -> AppTest:
    return AppTest.from_string("import streamlit as st\n" + script).run()


def errors(at: AppTest) -> list[str]:
    return [e.value for e in at.exception]


@pytest.mark.parametrize(("value", "expected"), [(0, 0), (42, 42), (100, 100), (0.0, 0), (0.5, 50), (1.0, 100),
                                                 (1.0000000000000013, 100), (-0.0000000000021, 0)])
def test_progress_accepts_ints_and_floats(value, expected):
    at = run(f"st.progress({value!r}, text='Working **hard**')")
    assert at.progress[0].value == expected
    assert at.progress[0].text == "Working **hard**"


@pytest.mark.parametrize(("value", "message"), [
    ("101", "Progress Value has invalid value [0, 100]: 101"),
    ("-1", "Progress Value has invalid value [0, 100]: -1"),
    ("1.5", "Progress Value has invalid value [0.0, 1.0]: 1.500000"),
    ("'50'", "Progress Value has invalid type: str"),
])
def test_progress_errors_are_streamlits(value, message):
    at = run(f"st.progress({value})")
    assert errors(at) == [message]
    assert at.exception[0].exc_type == "StreamlitAPIException"


def test_progress_text_must_be_a_string():
    at = run("st.progress(10, text=3)")
    assert errors(at) == ["Progress Text is of type <class 'int'>, which is not an accepted type."
                          "Text only accepts: str. Please convert the text to an accepted type."]


def test_progress_updates_in_place():
    at = run("bar = st.progress(0)\nfor i in range(5):\n    bar.progress(i * 25)\nst.write('done')")
    assert len(at.progress) == 1 and at.progress[0].value == 100
    values = [m["node"]["value"] for m in at.messages if m.get("type") == "delta" and m["node"]["type"] == "progress"]
    assert values == [0, 0, 25, 50, 75, 100]
    assert len({tuple(m["path"]) for m in at.messages if m.get("type") == "delta" and m["node"]["type"] == "progress"}) == 1


def test_spinner_shows_then_disappears_and_is_delayed():
    at = run("with st.spinner('Loading data...'):\n    st.session_state.inside = True\nst.write('after')")
    spinners = [m["node"] for m in at.messages if m.get("type") == "delta" and m["node"]["type"] == "spinner"]
    assert spinners == [{"type": "spinner", "text": "Loading data...", "delay_ms": 500, "cache": False}]
    assert at.get("spinner") == []  # replaced by an empty slot at the end of the block
    assert at.markdown[0].value == "after"
    assert at.session_state.inside is True


def test_spinner_default_text_and_exception_still_clears():
    at = run("try:\n    with st.spinner():\n        raise ValueError('x')\nexcept ValueError:\n    st.write('caught')")
    spinner = [m["node"] for m in at.messages if m.get("type") == "delta" and m["node"]["type"] == "spinner"]
    assert spinner[0]["text"] == "In progress..."
    assert at.get("spinner") == [] and at.markdown[0].value == "caught"


def test_status_container_lifecycle():
    at = run(
        "with st.status('Downloading...', expanded=True) as s:\n"
        "    st.write('step 1')\n"
        "st.session_state.kind = type(s).__name__\n"
    )
    status = at.status[0]
    assert (status.label, status.state, status.icon) == ("Downloading...", "complete", ":material/check:")
    assert status.markdown[0].value == "step 1"
    assert at.session_state.kind == "StatusContainer"


def test_status_update_and_error_state():
    at = run(
        "s = st.status('A')\n"
        "s.update(label='B', state='complete', expanded=True)\n"
        "try:\n"
        "    with st.status('C'):\n"
        "        raise RuntimeError('boom')\n"
        "except RuntimeError:\n"
        "    pass\n"
        "with st.status('D', state='error'):\n"
        "    pass\n"
    )
    assert [(s.label, s.state) for s in at.status] == [("B", "complete"), ("C", "error"), ("D", "error")]
    assert at.status[0].expanded is True
    assert at.status[1].icon == ":material/error:"


def test_status_update_leaves_expanded_unset_when_not_given():
    at = run("s = st.status('A', expanded=True)\ns.update(label='B')")
    assert at.status[0].expanded is None  # the renderer keeps what the user chose


def test_status_invalid_state():
    at = run("st.status('x', state='done')")
    assert errors(at) == ["Unknown state (done). Must be one of 'running', 'complete', or 'error'."]


def test_toast_goes_to_the_event_root_whatever_the_container():
    at = run("with st.sidebar:\n    st.toast('Saved!', icon='🎉')\nst.toast(':material/check: ok')")
    assert [(t.value, t.icon) for t in at.toast] == [("Saved!", "🎉"), (":material/check: ok", "")]  # "": as Streamlit's
    assert len(at.sidebar) == 0
    assert all(m["path"][0] == 2 for m in at.messages if m.get("type") == "delta" and m["node"]["type"] == "toast")


def test_toast_errors():
    at = run("st.toast('')")
    assert errors(at) == ["Toast body cannot be blank - please provide a message."]
    at = run("st.toast('x', icon='not an emoji')")
    assert "is not a valid emoji" in errors(at)[0]


def test_toast_can_be_updated_in_place():
    at = run("t = st.toast('Working')\nt.toast('Done')")
    assert [t.value for t in at.toast] == ["Done"]


def test_balloons_and_snow_replay_on_every_run():
    at = run("st.balloons()\nst.snow()")
    first = [m["node"]["nonce"] for m in at.messages if m.get("type") == "delta"]
    assert [e.type for e in at] == ["balloons", "snow"]
    at.run()
    second = [m["node"]["nonce"] for m in at.messages if m.get("type") == "delta"]
    assert len(set(first + second)) == 4  # a new node each run, so the animation plays again


def test_api_signatures_match_streamlit():
    import inspect

    import appwasm as st

    assert list(inspect.signature(st.progress).parameters) == ["value", "text"]
    assert list(inspect.signature(st.spinner).parameters) == ["text", "_cache"]
    assert inspect.signature(st.spinner).parameters["text"].default == "In progress..."
    assert list(inspect.signature(st.status).parameters) == ["label", "expanded", "state"]
    assert list(inspect.signature(st.toast).parameters) == ["body", "icon"]
    assert st.toast.__name__ == "toast"
