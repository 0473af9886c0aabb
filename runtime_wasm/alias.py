"""`import streamlit` resolves to appwasm: an import hook, not a copy of anything.

Inside the worker the hook is installed for good. Under AppTest on a host that may also have
the real Streamlit installed, `streamlit_alias()` installs it for the length of a run and puts
the real modules back afterwards.
"""

from __future__ import annotations

import importlib
import importlib.abc
import importlib.machinery
import importlib.util
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from types import ModuleType

# `streamlit.<name>` is served by `appwasm.<name>`: the runtime keeps Streamlit's module names
# for everything apps import (errors, runtime, runtime.scriptrunner, testing.v1, version, ...).


def target_module(fullname: str) -> str:
    return "appwasm" + fullname[len("streamlit"):]


class _AliasLoader(importlib.abc.Loader):
    def __init__(self, target: str) -> None:
        self.target = target

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> ModuleType:
        return importlib.import_module(self.target)

    def exec_module(self, module: ModuleType) -> None:
        # The target module is already executed. When `streamlit` itself loads, register the
        # subpackages whose name is also an st command (`streamlit.navigation` vs
        # `st.navigation`): importing them later would otherwise rebind the command to the
        # package on the parent module, as importlib sets a loaded submodule on its parent.
        if self.target == "appwasm":
            for name, sub in list(sys.modules.items()):
                short = name[len("appwasm."):]
                if name.startswith("appwasm.") and "." not in short and getattr(module, short, sub) is not sub:
                    sys.modules.setdefault("streamlit." + short, sub)


class StreamlitAliasFinder(importlib.abc.MetaPathFinder):
    """Finds `streamlit` and its known submodules in appwasm; refuses the others clearly."""

    def find_spec(self, fullname: str, path: object = None, target: object = None) -> importlib.machinery.ModuleSpec | None:
        if fullname != "streamlit" and not fullname.startswith("streamlit."):
            return None
        target = target_module(fullname)
        if importlib.util.find_spec(target) is None:
            raise ModuleNotFoundError(
                f"No module named '{fullname}': appwasm does not provide this part of Streamlit (yet).",
                name=fullname,
            )
        return importlib.machinery.ModuleSpec(fullname, _AliasLoader(target))


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
