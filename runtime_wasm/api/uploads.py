"""Public st commands of the 'uploads' family."""

from appwasm.elements.uploads.chat import chat_input, chat_message
from appwasm.elements.uploads.download import download_button, link_button
from appwasm.elements.uploads.file_uploader import file_uploader
from appwasm.elements.uploads.media_inputs import audio_input, camera_input, experimental_audio_input

__all__ = [
    "audio_input", "camera_input", "chat_input", "chat_message", "download_button", "experimental_audio_input",
    "file_uploader", "link_button",
]
