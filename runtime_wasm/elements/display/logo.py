"""st.logo: an image at the top of the sidebar and in the page's top-left corner."""

from __future__ import annotations

from typing import Any, Literal

from appwasm.elements.display._media import MediaBuffers, is_url
from appwasm.elements.display.image import image_source
from appwasm.errors import StreamlitAPIException
from appwasm.runner.context import RunContext, get_run_context
from appwasm.runner.session import AppSession, register_run_hook

_STATE_KEY = "display.logo"  # {"shown": bool, "set_in_run": int}


def logo(image: Any, *, size: Literal["small", "medium", "large"] = "medium", link: str | None = None,
         icon_image: Any = None) -> None:
    """Render a logo at the top of the sidebar (and of the page when the sidebar is closed).

    `image`: anything st.image accepts; `icon_image`: a smaller image shown instead while the
    sidebar is closed; `link`: an http(s) URL the logo links to; `size`: "small", "medium" or
    "large". A run that stops calling st.logo removes it.
    """
    if size not in ("small", "medium", "large"):
        raise StreamlitAPIException(f'The size argument to st.logo must be "small", "medium", or "large". Got "{size}".')
    if link is not None and not is_url(link, ("http", "https")):
        raise StreamlitAPIException(
            "Invalid link: {link} - the link param supports external links only and must start with either "
            "http:// or https://.".format(link=link))
    buffers = MediaBuffers()
    try:
        main = image_source(image, buffers)
        icon = image_source(icon_image, buffers) if icon_image is not None else None
    except StreamlitAPIException:
        raise
    except Exception as exc:
        raise StreamlitAPIException(f"The image passed to st.logo is not valid: {exc}") from exc
    ctx = get_run_context()
    if ctx is None:
        return
    ctx.post({"type": "logo", "image": main, "icon_image": icon, "link": link, "size": size}, buffers.buffers)
    if ctx.session is not None:
        ctx.session.family_state[_STATE_KEY] = {"shown": True, "set_in_run": ctx.run_id}


class _LogoHook:
    """Removes the logo after a complete run that did not call st.logo (as Streamlit does)."""

    def before_run(self, session: AppSession, ctx: RunContext) -> None:
        pass

    def after_run(self, session: AppSession, ctx: RunContext, outcome: Any) -> None:
        state = session.family_state.get(_STATE_KEY)
        if not state or not state["shown"] or state["set_in_run"] == ctx.run_id or outcome.status != "complete":
            return
        ctx.post({"type": "logo", "image": None, "icon_image": None, "link": None, "size": "medium"})
        state["shown"] = False


register_run_hook(_LogoHook())
