"""The exception classes of `streamlit.errors`, under the same names.

Real apps catch these (`except StreamlitAPIException`), so the names and the hierarchy follow
Streamlit's. Messages are written for the person reading the traceback: what went wrong, and
how to fix it.
"""

from __future__ import annotations


class Error(Exception):
    """The base class of appwasm's (and Streamlit's) errors."""


class CustomComponentError(Error):
    pass


class DeprecationError(Error):
    pass


class NoSessionContext(Error):
    pass


class MarkdownFormattedException(Error):
    """An exception whose message is markdown (shown formatted in the app)."""


class StreamlitAPIException(MarkdownFormattedException):
    """The script used the API wrongly (a bad argument, a duplicate key...)."""

    def __repr__(self) -> str:
        return f"{type(self).__name__}({str(self)!r})"


class StreamlitAPIWarning(StreamlitAPIException, Warning):
    """A misuse that does not stop the script; shown as a warning in place."""


class StreamlitModuleNotFoundError(StreamlitAPIWarning):
    def __init__(self, module_name: str, *args: object):
        super().__init__(f'This Streamlit command requires module "{module_name}" to be installed.', *args)


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


class StreamlitValueAssignmentNotAllowedError(StreamlitAPIException):
    """st.session_state cannot set the value of this widget (buttons, uploaders...)."""

    def __init__(self, key: str):
        super().__init__(
            f"Values for the widget with `key='{key}'` cannot be set using `st.session_state`."
        )


class StreamlitValueAboveMaxError(StreamlitAPIException):
    def __init__(self, value: object, max_value: object):
        super().__init__(f"The `value` {value} is greater than the `max_value` {max_value}.")


class StreamlitValueBelowMinError(StreamlitAPIException):
    def __init__(self, value: object, min_value: object):
        super().__init__(f"The `value` {value} is less than the `min_value` {min_value}.")


class StreamlitInvalidColumnSpecError(StreamlitAPIException):
    """st.columns got no weights, or a weight that is not positive."""

    def __init__(self) -> None:
        super().__init__(
            "The `spec` argument to `st.columns` must be either a positive integer (number of columns) or a "
            "list of positive numbers (width ratios of the columns). See "
            "[documentation](https://docs.streamlit.io/develop/api-reference/layout/st.columns) for more information."
        )


class StreamlitInvalidVerticalAlignmentError(StreamlitAPIException):
    def __init__(self, vertical_alignment: object):
        super().__init__(
            'The `vertical_alignment` argument to `st.columns` must be `"top"`, `"center"`, or `"bottom"`. \n'
            f"The argument passed was {vertical_alignment}."
        )


class StreamlitInvalidColumnGapError(StreamlitAPIException):
    def __init__(self, gap: object):
        super().__init__(
            'The `gap` argument to `st.columns` must be `"small"`, `"medium"`, or `"large"`. \n'
            f"The argument passed was {gap}."
        )


class StreamlitInvalidFormCallbackError(StreamlitAPIException):
    """A widget inside st.form other than st.form_submit_button has a callback."""

    def __init__(self) -> None:
        super().__init__(
            "Within a form, callbacks can only be defined on `st.form_submit_button`. "
            "Defining callbacks on other widgets inside a form is not allowed."
        )


class StreamlitFragmentWidgetsNotAllowedOutsideError(StreamlitAPIException):
    """A fragment created a widget in a container outside the fragment."""

    def __init__(self) -> None:
        super().__init__("Fragments cannot write widgets to outside containers.")


class StreamlitBadTimeStringError(StreamlitAPIException):
    """A time string (run_every, ttl) that cannot be read."""

    def __init__(self, time_string: str):
        super().__init__(
            "Time string doesn't look right. It should be formatted as`'1d2h34m'` or `2 days`, for example. "
            f"Got: {time_string}"
        )


class FragmentHandledException(Exception):
    """An exception a fragment raised and already showed in place (the run then stops quietly)."""


class StreamlitSecretNotFoundError(StreamlitAPIException, FileNotFoundError):
    pass


class UncaughtAppException(Error):
    def __init__(self, exc: BaseException):
        super().__init__(str(exc))
        self.exc = exc


class StreamlitNotSupportedError(StreamlitAPIException):
    """appwasm-specific: the script used a Streamlit name appwasm does not implement yet."""


# Input widgets' errors, under Streamlit's class names (apps may catch them by name).


class StreamlitSelectionCountExceedsMaxError(StreamlitAPIException):
    """st.multiselect got more selections (default or session state) than `max_selections`."""

    def __init__(self, current_selections_count: int, max_selections_count: int):
        current_noun = "option" if current_selections_count == 1 else "options"
        max_noun = "option" if max_selections_count == 1 else "options"
        super().__init__(
            f"Multiselect has {current_selections_count} {current_noun} selected but `max_selections` is set "
            f"to {max_selections_count}. This happened because you either gave too many options to `default` "
            "or you manipulated the widget's state through `st.session_state`. Note that the latter can happen "
            f"before the line indicated in the traceback. Please select at most {max_selections_count} {max_noun}."
        )


class StreamlitMixedNumericTypesError(StreamlitAPIException):
    """st.number_input got ints and floats mixed."""

    def __init__(self, value: object, min_value: object, max_value: object, step: object):
        message = "All numerical arguments must be of the same type."
        for name, arg in (("value", value), ("min_value", min_value), ("max_value", max_value), ("step", step)):
            if arg:  # Streamlit names only the arguments that are truthy
                message += f"\n`{name}` has {type(arg).__name__} type."
        super().__init__(message)


class StreamlitJSNumberBoundsError(StreamlitAPIException):
    """A number is outside what JavaScript numbers hold."""


class StreamlitInvalidNumberFormatError(StreamlitAPIException):
    """st.number_input's `format` is not a printf-style number format."""

    def __init__(self, format: str):
        super().__init__(f"Format string for `st.number_input` contains invalid characters: {format}")


class StreamlitInvalidFormCallbackError(StreamlitAPIException):
    """A widget inside st.form has a callback (only st.form_submit_button may)."""

    def __init__(self) -> None:
        super().__init__(
            "Within a form, callbacks can only be defined on `st.form_submit_button`. "
            "Defining callbacks on other widgets inside a form is not allowed."
        )
