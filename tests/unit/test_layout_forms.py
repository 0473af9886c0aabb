"""st.form and st.form_submit_button under AppTest: submission, clear_on_submit, callbacks and
Streamlit's errors. (The renderer holds form values until submit; AppTest, like Streamlit's,
sends the values it was given at each run, and `button.click()` on the submit button submits.)"""

from __future__ import annotations

from appwasm.testing import AppTest

FORM = """
import streamlit as st
st.session_state.setdefault("log", [])
def saved(tag):
    st.session_state.log.append((tag, st.session_state.get("name")))
with st.form("profile", clear_on_submit=CLEAR):
    name = st.text_input("Name", key="name")
    age = st.slider("Age", 0, 100, 30)
    sent = st.form_submit_button("Save", on_click=saved, args=("cb",), type="primary")
st.write(f"sent={sent} name={name} age={age} state={st.session_state.name}")
"""


def form_app(clear: bool = False) -> AppTest:
    return AppTest.from_string(FORM.replace("CLEAR", str(clear))).run()


def test_submit_sends_the_values_with_the_click_and_runs_the_callback_first():
    at = form_app()
    assert at.markdown[0].value == "sent=False name= age=30 state="
    at.text_input[0].input("Ada")
    at.slider[0].set_value(41)
    at.button[0].click().run()
    assert at.markdown[0].value == "sent=True name=Ada age=41 state=Ada"
    assert at.session_state.log == [("cb", "Ada")]
    at.run()  # the submit button is a trigger: True for one run only
    assert at.markdown[0].value == "sent=False name=Ada age=41 state=Ada"


def test_form_tree_and_submit_button_key():
    at = form_app()
    form = at.get("form")[0]
    assert (form.type, form.form_id, form.clear_on_submit, form.enter_to_submit) == ("form", "profile", False, True)
    assert form.node["border"] is True
    assert form.button[0].label == "Save"
    assert form.button[0].node["kind"] == "primary"
    assert form.button[0].node["form_id"] == "profile"
    assert {w.node["form_id"] for w in (at.text_input[0], at.slider[0])} == {"profile"}
    # Streamlit keys the submit button "FormSubmitter:<form>-<label>".
    assert "FormSubmitter:profile-Save" in at.session_state
    assert at.session_state["FormSubmitter:profile-Save"] is False


def test_clear_on_submit_shows_the_defaults_after_the_submitted_run():
    at = form_app(clear=True)
    at.text_input[0].input("Grace")
    at.slider[0].set_value(77)
    at.button[0].click().run()
    # The run that handles the submission sees the values, in the return value and the state...
    assert at.markdown[0].value == "sent=True name=Grace age=77 state=Grace"
    assert at.session_state.log == [("cb", "Grace")]
    # ...while the renderer is sent the defaults.
    assert at.text_input[0].node["value"] == ""
    assert at.slider[0].node["value"] == [30]
    # AppTest, like Streamlit's, does not clear the widgets itself (the browser does): the
    # next runs still get the submitted values.
    assert at.text_input[0].value == "Grace"
    at.run()
    assert at.markdown[0].value == "sent=False name=Grace age=77 state=Grace"


def test_clear_on_submit_in_the_browser_session_resets_the_state_after_the_run():
    # The worker's session (the renderer does not send the cleared values again) puts the
    # defaults back once the submitted run is over.
    at = form_app(clear=True)
    at._session.clear_submitted_forms = True
    at.text_input[0].input("Grace")
    at.slider[0].set_value(77)
    at.button[0].click().run()
    assert at.markdown[0].value == "sent=True name=Grace age=77 state=Grace"
    assert at.session_state.name == ""
    at.run()
    assert at.markdown[0].value == "sent=False name= age=30 state="


def test_without_clear_on_submit_the_values_stay():
    at = form_app(clear=False)
    at.text_input[0].input("Linus")
    at.button[0].click().run()
    assert at.text_input[0].node["value"] == "Linus"
    at.run()
    assert at.markdown[0].value == "sent=False name=Linus age=30 state=Linus"


def test_form_options_reach_the_block():
    at = AppTest.from_string(
        "import streamlit as st\n"
        "with st.form('f', enter_to_submit=False, border=False):\n    st.form_submit_button()\n"
    ).run()
    form = at.get("form")[0]
    assert (form.enter_to_submit, form.node["border"]) == (False, False)
    assert at.button[0].label == "Submit"


def test_a_form_inside_columns_and_widgets_in_nested_blocks_belong_to_it():
    at = AppTest.from_string(
        "import streamlit as st\n"
        "left, _ = st.columns(2)\n"
        "with left.form('f'):\n"
        "    with st.expander('more'):\n        v = st.checkbox('deep')\n"
        "    st.form_submit_button()\n"
        "st.write(f'v={v}')\n"
    ).run()
    assert at.checkbox[0].node["form_id"] == "f"
    at.checkbox[0].check()
    at.button[0].click().run()
    assert at.markdown[0].value == "v=True"


def errors(script: str) -> list[str]:
    at = AppTest.from_string("import streamlit as st\n" + script).run()
    return [e.message for e in at.exception]


DOCS = (
    "\n\nFor more information, refer to the\n"
    "[documentation for forms](https://docs.streamlit.io/develop/api-reference/execution-flow/st.form)."
)  # (the exception element strips the message, as Streamlit's)


def test_nested_forms_are_refused():
    assert errors("with st.form('a'):\n    st.form('b')\n") == ["Forms cannot be nested in other forms."]


def test_button_in_a_form_is_refused():
    assert errors("with st.form('a'):\n    st.button('b')\n") == ["`st.button()` can't be used in an `st.form()`." + DOCS]


def test_submit_button_outside_a_form_is_refused():
    assert errors("st.form_submit_button()") == ["`st.form_submit_button()` must be used inside an `st.form()`." + DOCS]


def test_callbacks_on_other_widgets_in_a_form_are_refused():
    assert errors("with st.form('a'):\n    st.checkbox('c', on_change=print)\n") == [
        "Within a form, callbacks can only be defined on `st.form_submit_button`. "
        "Defining callbacks on other widgets inside a form is not allowed."
    ]


def test_duplicate_form_keys_are_refused():
    assert errors("st.form('a').form_submit_button()\nst.form('a')\n") == [
        "There are multiple identical forms with `key='a'`.\n\n"
        "To fix this, please make sure that the `key` argument is unique for\neach `st.form` you create."
    ]


def test_submit_button_type_is_checked():
    assert errors("with st.form('a'):\n    st.form_submit_button(type='tertiary')\n") == [
        'The type argument to st.button must be "primary" or "secondary". \nThe argument passed was "tertiary".'
    ]


def test_two_submit_buttons_with_one_label_collide_on_their_key():
    assert errors("with st.form('a'):\n    st.form_submit_button()\n    st.form_submit_button()\n") == [
        "There are multiple elements with the same `key='FormSubmitter:a-Submit'`. To fix this, please make sure "
        "that the `key` argument is unique for each element you create."
    ]


def test_a_form_without_submit_button_still_runs():
    # Streamlit's "Missing Submit Button" warning is drawn by the renderer, not the script.
    at = AppTest.from_string("import streamlit as st\nwith st.form('a'):\n    st.text_input('t')\n").run()
    assert len(at.exception) == 0 and len(at.get("form")) == 1


def test_apptest_applies_form_values_at_each_run_like_streamlit():
    # Streamlit's AppTest does not hold form values: a value set without clicking submit still
    # reaches the next run (the browser holds it until submit; see the e2e tests).
    at = form_app()
    at.text_input[0].input("Early").run()
    assert at.markdown[0].value == "sent=False name=Early age=30 state=Early"
