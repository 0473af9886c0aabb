"""st.camera_input, st.audio_input and st.experimental_audio_input."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Literal

from appwasm.delta_generator import DeltaGenerator, dg_command
from appwasm.elements.alerts import warning
from appwasm.elements.uploads.files import file_widget
from appwasm.runtime.uploaded_file_manager import UploadedFile


@dg_command
def camera_input(
    dg: DeltaGenerator,
    label: str,
    key: str | int | None = None,
    help: str | None = None,
    on_change: Callable[..., Any] | None = None,
    args: tuple[Any, ...] | list[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    *,
    disabled: bool = False,
    label_visibility: Literal["visible", "hidden", "collapsed"] = "visible",
) -> UploadedFile | None:
    """Display a widget that returns a picture from the user's camera.

    The page asks for the camera, shows its picture and a "Take Photo" button. Returns None
    until a photo is taken, then an UploadedFile holding a JPEG image (named
    ``camera-input-<time>.jpg``, type ``image/jpeg``); "Clear photo" returns to None. If the
    camera is denied or absent, the widget says so. Its value cannot be set through
    st.session_state.

        picture = st.camera_input("Take a picture")
        if picture:
            st.image(picture)
    """
    result = file_widget(
        dg, "camera_input", label, multiple=False, identity_params={"help": help}, key=key, help=help,
        on_change=on_change, args=args, kwargs=kwargs, disabled=disabled, label_visibility=label_visibility,
    )
    return result  # type: ignore[return-value]


@dg_command
def audio_input(
    dg: DeltaGenerator,
    label: str,
    *,
    key: str | int | None = None,
    help: str | None = None,
    on_change: Callable[..., Any] | None = None,
    args: tuple[Any, ...] | list[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    disabled: bool = False,
    label_visibility: Literal["visible", "hidden", "collapsed"] = "visible",
) -> UploadedFile | None:
    """Display a widget that returns an audio recording from the user's microphone.

    Returns None until a recording is made, then an UploadedFile holding a WAV file (16-bit
    PCM, type ``audio/wav``, named ``<date>T<hh>-<mm>_audio.wav``), as Streamlit returns it.
    If the microphone is denied or absent, the widget says so. Its value cannot be set
    through st.session_state.

        audio = st.audio_input("Record a voice message")
        if audio:
            st.audio(audio)
    """
    return _audio_widget(dg, label, key=key, help=help, on_change=on_change, args=args, kwargs=kwargs,
                         disabled=disabled, label_visibility=label_visibility)


def _audio_widget(dg: DeltaGenerator, label: str, **params: Any) -> UploadedFile | None:
    result = file_widget(dg, "audio_input", label, multiple=False, identity_params={"help": params["help"]},
                         **params)
    return result  # type: ignore[return-value]


@dg_command
def experimental_audio_input(
    dg: DeltaGenerator,
    label: str,
    *,
    key: str | int | None = None,
    help: str | None = None,
    on_change: Callable[..., Any] | None = None,
    args: tuple[Any, ...] | list[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    disabled: bool = False,
    label_visibility: Literal["visible", "hidden", "collapsed"] = "visible",
) -> UploadedFile | None:
    """Deprecated alias of st.audio_input (the same widget), which also shows Streamlit's
    deprecation warning below it."""
    value = _audio_widget(dg, label, key=key, help=help, on_change=on_change, args=args, kwargs=kwargs,
                          disabled=disabled, label_visibility=label_visibility)
    # As Streamlit's deprecation warnings: written where st.warning would write.
    warning(
        "Please replace `st.experimental_audio_input` with `st.audio_input`.\n\n"
        "`st.experimental_audio_input` will be removed after 2025-01-01."
    )
    return value
