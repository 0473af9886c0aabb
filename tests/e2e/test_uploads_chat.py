"""Chat in real Chromium: the input pinned to the bottom returns its text once; messages show avatars."""

from __future__ import annotations


def test_chat_input_returns_text_once_and_messages_show_avatars(open_app):
    app = open_app("uploads_chat.py")
    page = app.page
    page.get_by_text("Returned: None").wait_for()

    # At the top level of the main area the input sits in the bottom bar; in the sidebar, inline.
    ask = page.get_by_test_id("bottom").get_by_role("textbox", name="Ask me")
    assert ask.is_visible()
    side = page.locator(".aw-sidebar").get_by_role("textbox", name="Side chat")
    assert side.count() == 1
    assert page.get_by_test_id("bottom").get_by_role("textbox").count() == 1
    box = ask.bounding_box()
    assert box is not None and box["y"] > 600, "the chat input is at the foot of the viewport"

    # Enter sends; the text comes back for one run, after on_submit; the box is emptied.
    send = page.get_by_role("button", name="Send message").first
    assert send.is_disabled()
    ask.fill("hello there")
    ask.press("Enter")
    page.get_by_text("Returned: 'hello there'").wait_for()
    page.get_by_text("Submits: 1").wait_for()
    assert ask.input_value() == ""
    assert ask.get_attribute("maxlength") == "50"

    # Any other rerun: None again, and no second submit.
    page.get_by_role("button", name="Rerun").click()
    page.get_by_text("Returned: None").wait_for()
    assert page.get_by_text("Submits: 1").count() == 1

    # Shift+Enter adds a line; the send button sends.
    ask.press_sequentially("line one")
    ask.press("Shift+Enter")
    ask.press_sequentially("line two")
    assert ask.input_value() == "line one\nline two"
    page.get_by_test_id("bottom").get_by_role("button", name="Send message").click()
    page.get_by_text("Submits: 2").wait_for()
    page.get_by_text(r"Returned: 'line one\nline two'").wait_for()

    side.fill("from the side")
    side.press("Enter")
    page.get_by_text("Side: 'from the side'").wait_for()
    page.get_by_text("Returned: None").wait_for()

    # Messages: preset avatars, the name's initial, an emoji, an image sent as bytes.
    messages = page.get_by_test_id("chat-message")
    assert messages.count() == 5
    assert messages.nth(0).get_by_test_id("avatar-assistant").count() == 1
    assert messages.nth(1).get_by_test_id("avatar-user").count() == 1
    assert messages.nth(0).get_by_role("group", name="Chat message from assistant").inner_text() == "Hello, how can I help?"
    assert messages.nth(2).locator(".aw-avatar").inner_text() == "Z"
    assert messages.nth(3).get_by_role("img", name="bot avatar").inner_text() == "🦖"
    image = messages.nth(4).get_by_role("img", name="painter avatar")
    assert (image.get_attribute("src") or "").startswith("blob:")
    page.wait_for_function(
        "() => { const img = document.querySelector('img[alt=\"painter avatar\"]'); return img && img.complete && img.naturalWidth === 2; }"
    )

    app.wait_idle()
    assert app.foreign_requests() == []
    assert app.errors == []
