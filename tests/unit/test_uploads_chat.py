"""st.chat_input and st.chat_message, as in Streamlit 1.40."""

import pytest

from appwasm.elements.uploads.avatars import is_emoji
from appwasm.testing import AppTest

PNG = (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"
       b"\x00\x00\x00\rIDATx\x9cc\xf8\xcf\xc0\xf0\x1f\x00\x05\x00\x01\xff\x89\x99=\x1d\x00\x00\x00\x00IEND\xaeB`\x82")


def run(script: str) -> AppTest:
    return AppTest.from_string("import streamlit as st\n" + script).run()


def test_chat_input_returns_the_text_for_exactly_one_run():
    at = run("v = st.chat_input()\nst.write(f'got {v!r}')")
    assert at.markdown[0].value == "got None"
    assert at.chat_input[0].placeholder == "Your message"
    assert at.chat_input[0].value is None
    at.chat_input[0].set_value("hi there").run()
    assert at.markdown[0].value == "got 'hi there'"
    assert at.chat_input[0].value == "hi there"
    at.run()
    assert at.markdown[0].value == "got None"
    assert at.chat_input[0].value is None


def test_on_submit_runs_first_and_session_state_holds_the_text_during_that_run():
    at = run(
        "def sent(prefix, *, suffix):\n"
        "    st.session_state.log = st.session_state.get('log', []) + [prefix + st.session_state.msg + suffix]\n"
        "v = st.chat_input('Say', key='msg', on_submit=sent, args=('<',), kwargs={'suffix': '>'})\n"
        "st.session_state.seen = (v, st.session_state.msg)\n"
    )
    assert at.session_state.seen == (None, None)
    at.chat_input[0].set_value("yo").run()
    assert at.session_state.log == ["<yo>"]
    assert at.session_state.seen == ("yo", "yo")
    at.run()
    assert at.session_state.log == ["<yo>"]
    assert at.session_state.seen == (None, None)


def test_chat_input_value_cannot_be_set_through_session_state():
    at = run("st.session_state.msg = 'x'\nst.chat_input(key='msg')")
    assert at.exception[0].exc_type == "StreamlitValueAssignmentNotAllowedError"


def test_top_level_chat_input_goes_to_the_bottom_and_nested_ones_stay_inline():
    at = run(
        "st.write('above')\n"
        "st.chat_input('bottom one')\n"
        "st.empty().chat_input('through empty')\n"
        "st.sidebar.chat_input('in the sidebar')\n"
        "with st.chat_message('user'):\n"
        "    st.chat_input('in a message')\n"
        "st.write('below')\n"
    )
    positions = {c.placeholder: c.node["position"] for c in at.chat_input}
    assert positions == {"bottom one": "bottom", "through empty": "bottom", "in the sidebar": "inline",
                         "in a message": "inline"}
    bottom = [m for m in at.messages if m.get("type") == "delta" and m["path"][0] == 3]
    assert [m["node"]["placeholder"] for m in bottom] == ["bottom one", "through empty"]
    # The main area's own order is untouched by the inputs that moved to the bottom.
    assert [m.value for m in at.main.markdown] == ["above", "below"]
    assert at.chat_message[0].chat_input[0].placeholder == "in a message"


def test_chat_input_parameters():
    at = run("st.chat_input('Ask', max_chars=10, disabled=True, key='k')")
    chat = at.chat_input[0]
    assert (chat.placeholder, chat.max_chars, chat.disabled, chat.key) == ("Ask", 10, True, "k")
    at = run("st.chat_input('Ask', 'positional')")
    assert at.exception[0].exc_type == "TypeError"
    at = run("st.chat_input()\nst.chat_input()")
    assert "multiple `chat_input` elements with the same auto-generated ID" in at.exception[0].message


def test_chat_message_is_a_container_used_with_with_or_methods():
    at = run(
        "with st.chat_message('user'):\n"
        "    st.write('inside')\n"
        "m = st.chat_message('assistant')\n"
        "m.write('by method')\n"
        "st.write('outside')\n"
    )
    assert [m.name for m in at.chat_message] == ["user", "assistant"]
    assert at.chat_message[0].markdown[0].value == "inside"
    assert at.chat_message[1].markdown[0].value == "by method"
    assert at.main.markdown[-1].value == "outside"
    assert len(at.chat_message[0].markdown) == 1


@pytest.mark.parametrize(
    ("call", "kind", "avatar"),
    [
        ("st.chat_message('user')", "user", "user"),
        ("st.chat_message('Human')", "user", "user"),
        ("st.chat_message('assistant')", "assistant", "assistant"),
        ("st.chat_message('AI')", "assistant", "assistant"),
        ("st.chat_message('Ada')", "initial", ""),
        ("st.chat_message('🦖')", "emoji", "🦖"),
        ("st.chat_message('Ada', avatar='🧑‍💻')", "emoji", "🧑‍💻"),
        ("st.chat_message('Ada', avatar='assistant')", "assistant", "assistant"),
        ("st.chat_message('Ada', avatar=':material/smart_toy:')", "material", ":material/smart_toy:"),
        ("st.chat_message('Ada', avatar='https://example.com/a.png')", "url", "https://example.com/a.png"),
    ],
)
def test_avatars(call, kind, avatar):
    at = run(call)
    message = at.chat_message[0]
    assert message.node["avatar_kind"] == kind
    assert message.avatar == avatar


def test_image_avatars_travel_as_bytes(tmp_path):
    path = tmp_path / "face.png"
    path.write_bytes(PNG)
    at = run(f"import io\nst.chat_message('a', avatar={PNG!r})\nst.chat_message('b', avatar={str(path)!r})\n"
             f"st.chat_message('c', avatar=io.BytesIO({PNG!r}))")
    for message in at.chat_message:
        assert message.node["avatar_kind"] == "data"
        assert message.node["avatar_mime"] == "image/png"
    blocks = [m for m in at.messages if m.get("type") == "delta" and m["op"] == "block"]
    assert [m["_buffers"] for m in blocks] == [[PNG]] * 3


@pytest.mark.parametrize("avatar", ["'no/such/file.png'", "b'not an image'", "42"])
def test_bad_avatars_raise_streamlits_error(avatar):
    at = run(f"st.chat_message('a', avatar={avatar})")
    assert at.exception[0].exc_type == "StreamlitAPIException"
    assert at.exception[0].message == "Failed to load the provided avatar value as an image."


def test_chat_message_needs_a_name():
    at = run("st.chat_message(None)")
    assert at.exception[0].message == (
        "The author name is required for a chat message, please set it via the parameter `name`."
    )


@pytest.mark.parametrize("text", ["🦖", "🧑‍💻", "👍🏽", "🇫🇷", "❤️", "1️⃣", "☕"])
def test_is_emoji_accepts_emoji_sequences(text):
    assert is_emoji(text)


@pytest.mark.parametrize("text", ["", "a", "Ada", "user", "1", "🦖 rex", ":smile:"])
def test_is_emoji_refuses_words(text):
    assert not is_emoji(text)
