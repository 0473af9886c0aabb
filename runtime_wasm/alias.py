"""`import streamlit` resolves to appwasm: an import hook, not a copy of anything.

Inside the worker the hook is installed for good. Under AppTest on a host that may also have
the real Streamlit installed, `streamlit_alias()` installs it for the length of a run and puts
the real modules back afterwards.
"""

from __future__ import annotations

import importlib
import importlib.abc
import importlib.machinery
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from types import ModuleType

# streamlit module name -> the appwasm module that provides it. Families add their entries.
ALIASES: dict[str, str] = {
    "streamlit": "appwasm",
    "streamlit.errors": "appwasm.errors",
    "streamlit.runtime": "appwasm.compat.runtime",
    "streamlit.runtime.scriptrunner": "appwasm.compat.scriptrunner",
    "streamlit.delta_generator": "appwasm.delta_generator",
    "streamlit.version": "appwasm.compat.version",
    "streamlit.testing": "appwasm.testing",
    "streamlit.testing.v1": "appwasm.testing",
}


class _AliasLoader(importlib.abc.Loader):
    def __init__(self, target: str) -> None:
        self.target = target

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> ModuleType:
        return importlib.import_module(self.target)

    def exec_module(self, module: ModuleType) -> None:
        pass  # the target module is already executed


class StreamlitAliasFinder(importlib.abc.MetaPathFinder):
    """Finds `streamlit` and its known submodules in appwasm; refuses the others clearly."""

    def find_spec(self, fullname: str, path: object = None, target: object = None) -> importlib.machinery.ModuleSpec | None:
        if fullname != "streamlit" and not fullname.startswith("streamlit."):
            return None
        alias_target = ALIASES.get(fullname)
        if alias_target is None:
            raise ModuleNotFoundError(
                f"No module named '{fullname}': appwasm provides `streamlit` and these submodules: "
                f"{', '.join(sorted(n for n in ALIASES if n != 'streamlit'))}.",
                name=fullname,
            )
        return importlib.machinery.ModuleSpec(fullname, _AliasLoader(alias_target))


_finder = StreamlitAliasFinder()


def install() -> None:
    """Make `import streamlit` give appwasm from now on (the worker does this at boot)."""
    if _finder not in sys.meta_path:
        sys.meta_path.insert(0, _finder)


def _is_streamlit_module(name: str) -> bool:
    return name == "streamlit" or name.startswith("streamlit.")


@contextmanager
def streamlit_alias() -> Iterator[None]:
    """`import streamlit` gives appwasm inside the block; the host's own modules come back after."""
    saved = {name: mod for name, mod in sys.modules.items() if _is_streamlit_module(name)}
    for name in saved:
        del sys.modules[name]
    already = _finder in sys.meta_path
    if not already:
        sys.meta_path.insert(0, _finder)
    try:
        yield
    finally:
        if not already:
            sys.meta_path.remove(_finder)
        for name in [n for n in sys.modules if _is_streamlit_module(n)]:
            del sys.modules[name]
        sys.modules.update(saved)
