"""The exception classes of `streamlit.errors`, under the same names.

Real apps catch these (`except StreamlitAPIException`), so the names and the hierarchy follow
Streamlit's. Messages are written for the person reading the traceback: what went wrong, and
how to fix it.
"""

from __future__ import annotations

import os
from typing import Any


class Error(Exception):
    """The base class of appwasm's (and Streamlit's) errors."""


class CustomComponentError(Error):
    """An error in the custom components code path."""


class DeprecationError(Error):
    pass


class FragmentStorageKeyError(Error, KeyError):
    """A KeyError raised while storing or reading a fragment."""


class FragmentHandledException(Exception):
    """Raised by a fragment that has already shown its own exception."""


class NoStaticFiles(Error):
    pass


class NoSessionContext(Error):
    pass


class MarkdownFormattedException(Error):
    """An exception whose message is markdown (shown formatted in the app)."""


class UncaughtAppException(Error):
    """Wraps an exception that escaped the script."""

    def __init__(self, exc: BaseException):
        super().__init__(str(exc))
        self.exc = exc


class StreamlitAPIException(MarkdownFormattedException):
    """The script used the API wrongly (a bad argument, a duplicate key...)."""

    def __repr__(self) -> str:
        return f"{type(self).__name__}({str(self)!r})"


class DuplicateWidgetID(StreamlitAPIException):
    pass


class StreamlitDuplicateElementId(DuplicateWidgetID):
    """Two widgets of a run got the same id (same kind, label and parameters, no key)."""

    def __init__(self, element_type: str):
        super().__init__(
            f"There are multiple `{element_type}` elements with the same auto-generated ID. "
            f"When this element is created, it is assigned an internal ID based on the element type "
            f"and provided parameters. Multiple elements with the same type and parameters will cause "
            f"this error.\n\nTo fix this error, please pass a unique `key` argument to the "
            f"`{element_type}` element."
        )


class StreamlitDuplicateElementKey(DuplicateWidgetID):
    """Two elements of a run use the same user key."""

    def __init__(self, user_key: str):
        super().__init__(
            f"There are multiple elements with the same `key='{user_key}'`. To fix this, please make "
            f"sure that the `key` argument is unique for each element you create."
        )


class UnserializableSessionStateError(StreamlitAPIException):
    pass


class StreamlitAPIWarning(StreamlitAPIException, Warning):
    """A misuse that does not stop the script; passed to st.exception, shown as a warning."""

    def __init__(self, *args: object):
        super().__init__(*args)
        import inspect
        import traceback

        self.tacked_on_stack = traceback.extract_stack(inspect.currentframe())


class StreamlitModuleNotFoundError(StreamlitAPIWarning):
    """A command needs a module that is not installed."""

    def __init__(self, module_name: str, *args: object):
        super().__init__(f'This Streamlit command requires module "{module_name}" to be installed.', *args)


class LocalizableStreamlitException(StreamlitAPIException):
    """An API exception whose message is a template filled from keyword arguments."""

    def __init__(self, message: str, **kwargs: Any):
        super().__init__(message.format(**kwargs))
        self._exec_kwargs = kwargs

    @property
    def exec_kwargs(self) -> dict[str, Any]:
        return self._exec_kwargs


# ---- st.set_page_config


class StreamlitSetPageConfigMustBeFirstCommandError(LocalizableStreamlitException):
    """set_page_config was called twice, or after another command drew something."""

    def __init__(self) -> None:
        super().__init__(
            "`set_page_config()` can only be called once per app page, and must be called as the first "
            "Streamlit command in your script.\n\nFor more information refer to the [docs]"
            "(https://docs.streamlit.io/develop/api-reference/configuration/st.set_page_config)."
        )


class StreamlitInvalidPageLayoutError(LocalizableStreamlitException):
    def __init__(self, layout: str):
        super().__init__('`layout` must be `"centered"` or `"wide"` (got `"{layout}"`)', layout=layout)


class StreamlitInvalidSidebarStateError(LocalizableStreamlitException):
    def __init__(self, initial_sidebar_state: str):
        super().__init__(
            '`initial_sidebar_state` must be `"auto"` or `"expanded"` or `"collapsed"` '
            '(got `"{initial_sidebar_state}"`)',
            initial_sidebar_state=initial_sidebar_state,
        )


class StreamlitInvalidMenuItemKeyError(LocalizableStreamlitException):
    def __init__(self, key: str):
        super().__init__(
            'We only accept the keys: `"Get help"`, `"Report a bug"`, and `"About"` '
            '(`"{key}"` is not a valid key.)',
            key=key,
        )


class StreamlitInvalidURLError(LocalizableStreamlitException):
    def __init__(self, url: str):
        super().__init__(
            '"{url}" is a not a valid URL. You must use a fully qualified domain beginning with '
            '"http://", "https://", or "mailto:".',
            url=url,
        )


# ---- st.columns


class StreamlitInvalidColumnSpecError(LocalizableStreamlitException):
    def __init__(self) -> None:
        super().__init__(
            "The `spec` argument to `st.columns` must be either a positive integer (number of columns) "
            "or a list of positive numbers (width ratios of the columns). See [documentation]"
            "(https://docs.streamlit.io/develop/api-reference/layout/st.columns) for more information."
        )


class StreamlitInvalidVerticalAlignmentError(LocalizableStreamlitException):
    def __init__(self, vertical_alignment: str):
        super().__init__(
            'The `vertical_alignment` argument to `st.columns` must be `"top"`, `"center"`, or '
            '`"bottom"`. \nThe argument passed was {vertical_alignment}.',
            vertical_alignment=vertical_alignment,
        )


class StreamlitInvalidColumnGapError(LocalizableStreamlitException):
    def __init__(self, gap: str):
        super().__init__(
            'The `gap` argument to `st.columns` must be `"small"`, `"medium"`, or `"large"`. \n'
            "The argument passed was {gap}.",
            gap=gap,
        )


# ---- st.multiselect


class StreamlitSelectionCountExceedsMaxError(LocalizableStreamlitException):
    def __init__(self, current_selections_count: int, max_selections_count: int):
        super().__init__(
            "Multiselect has {current_selections_count} {current_selections_noun} selected but "
            "`max_selections` is set to {max_selections_count}. This happened because you either gave "
            "too many options to `default` or you manipulated the widget's state through "
            "`st.session_state`. Note that the latter can happen before the line indicated in the "
            "traceback. Please select at most {max_selections_count} {options_noun}.",
            current_selections_count=current_selections_count,
            current_selections_noun="option" if current_selections_count == 1 else "options",
            max_selections_count=max_selections_count,
            options_noun="option" if max_selections_count == 1 else "options",
        )


# ---- st.number_input / st.slider


class StreamlitMixedNumericTypesError(LocalizableStreamlitException):
    def __init__(self, value: Any, min_value: Any, max_value: Any, step: Any):
        message = "All numerical arguments must be of the same type."
        types: dict[str, str | None] = {}
        for name, arg in (("value", value), ("min_value", min_value), ("max_value", max_value), ("step", step)):
            types[f"{name}_type"] = type(arg).__name__ if arg else None
            if arg:
                message += f"\n`{name}` has {{{name}_type}} type."
        super().__init__(message, **types)


class StreamlitValueBelowMinError(LocalizableStreamlitException):
    def __init__(self, value: object, min_value: object):
        super().__init__("The `value` {value} is less than the `min_value` {min_value}.",
                         value=value, min_value=min_value)


class StreamlitValueAboveMaxError(LocalizableStreamlitException):
    # Streamlit 1.40's text says "greater than than"; ours reads as intended.
    def __init__(self, value: object, max_value: object):
        super().__init__("The `value` {value} is greater than the `max_value` {max_value}.",
                         value=value, max_value=max_value)


class StreamlitJSNumberBoundsError(LocalizableStreamlitException):
    def __init__(self, message: str):
        super().__init__(message.replace("{", "{{").replace("}", "}}"))


class StreamlitInvalidNumberFormatError(LocalizableStreamlitException):
    def __init__(self, format: str):
        super().__init__("Format string for `st.number_input` contains invalid characters: {format}", format=format)


# ---- st.page_link / st.switch_page


class StreamlitMissingPageLabelError(LocalizableStreamlitException):
    def __init__(self) -> None:
        super().__init__(
            "The `label` param is required for external links used with `st.page_link` - please provide a `label`."
        )


class StreamlitPageNotFoundError(LocalizableStreamlitException):
    """The page given to st.page_link is not a page of the app."""

    def __init__(self, page: str, main_script_directory: str, is_mpa_v2: bool):
        directory = os.path.basename(main_script_directory)
        if is_mpa_v2:
            message = (
                "Could not find page: `{page}`. You must provide a `StreamlitPage` object or file path "
                "relative to the entrypoint file. Only pages previously defined by `st.Page` and passed "
                "to `st.navigation` are allowed."
            )
        else:
            message = (
                "Could not find page: `{page}`. You must provide a file path relative to the entrypoint "
                "file (from the directory `{directory}`). Only the entrypoint file and files in the "
                "`pages/` directory are supported."
            )
        super().__init__(message, page=page, directory=directory)


# ---- policies


class StreamlitFragmentWidgetsNotAllowedOutsideError(LocalizableStreamlitException):
    def __init__(self) -> None:
        super().__init__("Fragments cannot write widgets to outside containers.")


class StreamlitInvalidFormCallbackError(LocalizableStreamlitException):
    def __init__(self) -> None:
        super().__init__(
            "Within a form, callbacks can only be defined on `st.form_submit_button`. Defining "
            "callbacks on other widgets inside a form is not allowed."
        )


class StreamlitValueAssignmentNotAllowedError(LocalizableStreamlitException):
    """st.session_state cannot set the value of this widget (buttons, uploaders...)."""

    def __init__(self, key: str):
        super().__init__(
            "Values for the widget with `key` '{key}' cannot be set using `st.session_state`.", key=key
        )


class StreamlitInvalidColorError(LocalizableStreamlitException):
    def __init__(self, color: object):
        super().__init__(
            "This does not look like a valid color: {color}.\n\nColors must be in one of the following "
            "formats:* Hex string with 3, 4, 6, or 8 digits. Example: `'#00ff00'`* List or tuple with 3 "
            "or 4 components. Example: `[1.0, 0.5, 0, 0.2]`",
            color=repr(color),
        )


class StreamlitBadTimeStringError(LocalizableStreamlitException):
    """A time string (a cache `ttl`, for example) that cannot be parsed."""

    def __init__(self, time_string: str):
        super().__init__(
            "Time string doesn't look right. It should be formatted as`'1d2h34m'` or `2 days`, for "
            "example. Got: {time_string}",
            time_string=time_string,
        )


# ---- beyond Streamlit 1.40


class StreamlitSecretNotFoundError(StreamlitAPIException, FileNotFoundError):
    pass


class StreamlitNotSupportedError(StreamlitAPIException):
    """appwasm-specific: the script used a Streamlit name appwasm does not implement yet."""
