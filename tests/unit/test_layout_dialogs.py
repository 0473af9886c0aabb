"""@st.dialog: the dialog block in the event root, its body as a fragment, st.rerun() closing
it, and Streamlit's errors."""

from __future__ import annotations

from appwasm.testing import AppTest

VOTE = """
import streamlit as st
st.session_state.full = st.session_state.get("full", 0) + 1

@st.dialog("Cast your **vote**", width="large")
def vote(item):
    st.session_state.body = st.session_state.get("body", 0) + 1
    st.write(f"Why {item}?")
    reason = st.text_input("Because...")
    if st.button("Submit"):
        st.session_state.vote = {"item": item, "reason": reason}
        st.rerun()

if "vote" not in st.session_state:
    if st.button("A"):
        vote("A")
else:
    st.write(f"You voted for {st.session_state.vote['item']} because {st.session_state.vote['reason']}")
"""


def open_vote(fragment_reruns: bool = False) -> AppTest:
    at = AppTest.from_string(VOTE)
    at._session.fragment_reruns = fragment_reruns
    at.run()
    at.button[0].click().run()
    return at


def test_calling_the_function_opens_a_dialog_in_the_event_root():
    at = open_vote()
    (dialog,) = at.get("dialog")
    assert (dialog.title, dialog.width, dialog.type) == ("Cast your **vote**", "large", "dialog")
    assert dialog.path[0] == 2  # the event root, outside the app's flow
    assert dialog.markdown[0].value == "Why A?"
    assert dialog.text_input[0].label == "Because..."
    assert len(at.main.get("dialog")) == 0


def test_rerun_inside_the_dialog_closes_it():
    # As in the browser, the dialog's button reruns the body (a fragment), which calls st.rerun().
    at = open_vote(fragment_reruns=True)
    at.text_input[0].input("it is first")
    at.get("dialog")[0].button[0].click().run()
    assert at.get("dialog") == []
    assert at.markdown.values == ["You voted for A because it is first"]


def test_the_dialog_body_is_a_fragment():
    at = open_vote(fragment_reruns=True)
    full = at.session_state.full
    at.text_input[0].input("typing").run()
    assert at.session_state.full == full  # only the body ran
    assert at.session_state.body == 2
    assert at.get("dialog")[0].text_input[0].value == "typing"


def test_a_dialog_closes_when_a_full_run_does_not_call_it():
    at = open_vote()
    at.run()  # the button is False again: the function is not called
    assert at.get("dialog") == []


def errors(script: str) -> list[str]:
    at = AppTest.from_string("import streamlit as st\n" + script).run()
    return [e.message for e in at.exception]


def test_a_title_is_required():
    expected = ['A non-empty `title` argument has to be provided for dialogs, for example `@st.dialog("Example Title")`.']
    assert errors("@st.dialog('')\ndef d():\n    pass\n") == expected
    assert errors("@st.dialog\ndef d():\n    pass\n") == expected


def test_only_one_dialog_per_run():
    assert errors("@st.dialog('a')\ndef d():\n    pass\nd()\nd()\n") == [
        "Only one dialog is allowed to be opened at the same time. Please make sure to not call a "
        "dialog-decorated function more than once in a script run."
    ]


def test_dialogs_cannot_nest():
    assert errors(
        "@st.dialog('inner')\ndef inner():\n    pass\n"
        "@st.dialog('outer')\ndef outer():\n    inner()\n"
        "outer()\n"
    ) == ["Dialogs may not be nested inside other dialogs."]


def test_experimental_dialog_warns_inside_the_dialog():
    at = AppTest.from_string(
        "import streamlit as st\n@st.experimental_dialog('Old')\ndef d():\n    st.write('body')\nd()\n"
    ).run()
    dialog = at.get("dialog")[0]
    assert dialog.width == "small"
    assert dialog.warning[0].value.startswith("Please replace `st.experimental_dialog` with `st.dialog`.")
    assert dialog.markdown[0].value == "body"
