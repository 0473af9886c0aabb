"""`streamlit.components.v1`: html and iframe components, and declare_component.

    import streamlit.components.v1 as components
    components.html("<p>Hello</p><script>...</script>", height=200)
    components.iframe("https://example.com", height=400, scrolling=True)

Both run in sandboxed iframes. Bidirectional components (declare_component) need a component
server, which a static site does not have: calling one shows a clear error in place.
"""

from __future__ import annotations

from typing import Any

from appwasm.delta_generator import DeltaGenerator, active_dg
from appwasm.elements.display.html import _html, _iframe


def html(html: str, width: int | None = None, height: int | None = None, scrolling: bool = False) -> DeltaGenerator:
    """Display an HTML string in a sandboxed iframe; its JavaScript runs. `height` defaults to
    150 pixels; `width` to the container's; `scrolling` adds scrollbars."""
    return _html(html, width=width, height=height, scrolling=scrolling)


def iframe(src: str, width: int | None = None, height: int | None = None, scrolling: bool = False) -> DeltaGenerator:
    """Load a remote URL in a sandboxed iframe. `height` defaults to 150 pixels."""
    return _iframe(src, width=width, height=height, scrolling=scrolling)


class CustomComponent:
    """What declare_component returns. Calling it shows that appwasm cannot run it yet."""

    def __init__(self, name: str, path: str | None = None, url: str | None = None) -> None:
        self.name = name
        self.path = path
        self.url = url

    def __call__(self, *args: Any, default: Any = None, key: str | None = None, on_change: Any = None,
                 **kwargs: Any) -> Any:
        from appwasm.elements.alerts import show_error_markdown

        show_error_markdown(
            active_dg(),
            f"The custom component `{self.name}` cannot run: `st.components.v1.declare_component` is not "
            "supported yet by appwasm (a static site has no component server). The rest of the app keeps running.",
        )
        return default

    def __repr__(self) -> str:
        return f"CustomComponent(name={self.name!r}, path={self.path!r}, url={self.url!r})"


def declare_component(name: str, path: str | None = None, url: str | None = None) -> CustomComponent:
    """Create a custom component. appwasm does not run bidirectional components yet: calling the
    result shows an error in place and returns `default`."""
    return CustomComponent(name, path, url)


__all__ = ["CustomComponent", "declare_component", "html", "iframe"]
