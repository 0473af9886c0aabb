"""Public st commands of the 'display' family: status elements, media, HTML, components, help."""

from appwasm import components
from appwasm.elements.display.av import audio, video
from appwasm.elements.display.docs import echo, help
from appwasm.elements.display.html import html
from appwasm.elements.display.image import image
from appwasm.elements.display.logo import logo
from appwasm.elements.display.status import balloons, progress, snow, spinner, status
from appwasm.elements.display.status import st_toast as toast
from appwasm.elements.text import latex
from appwasm.elements.write_stream import write_stream

__all__ = [
    "audio", "balloons", "components", "echo", "help", "html", "image", "latex", "logo", "progress", "snow",
    "spinner", "status", "toast", "video", "write_stream",
]
