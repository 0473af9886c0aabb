"""Compile and execute the user's script once: the body of a run.

The script runs in a fresh `__main__` module each time, as under `streamlit run`, with magic
applied. Its outcome is a RunOutcome; exceptions in the script become an exception element in
place, so the elements above it stay and the app remains usable.
"""

from __future__ import annotations

import ast
import os
import sys
import types
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from appwasm.runner.exceptions import RerunRequest, RerunRun, StopRun
from appwasm.runner.magic import MAGIC_NAME, add_magic


@dataclass(frozen=True)
class RunOutcome:
    """How a run ended: status is one of protocol.messages.RunStatus."""

    status: str
    rerun: RerunRequest | None = None
    error: BaseException | None = None


class ScriptRunner:
    """Compiles the app's scripts (recompiled when a file changes) and runs them.

    The entry script is what a run executes, unless the run names another one (a page of a
    multipage app); every script is compiled once per change of its file, with magic.
    """

    def __init__(self, script_path: str, app_root: str | None = None) -> None:
        self.script_path = os.path.abspath(script_path)
        self.app_root = os.path.abspath(app_root or os.path.dirname(self.script_path))
        # path -> (stamp, code)
        self._codes: dict[str, tuple[tuple[float, int], types.CodeType]] = {}

    @staticmethod
    def _stamp(path: str) -> tuple[float, int]:
        stat = os.stat(path)
        return (stat.st_mtime, stat.st_size)

    def compile(self, script_path: str | None = None) -> types.CodeType:
        """The script's code with magic; raises SyntaxError with the user's file and line."""
        path = os.path.abspath(script_path) if script_path else self.script_path
        stamp = self._stamp(path)
        cached = self._codes.get(path)
        if cached is None or cached[0] != stamp:
            with open(path, encoding="utf-8") as f:
                source = f.read()
            tree = ast.parse(source, filename=path)
            tree = add_magic(tree)
            cached = (stamp, compile(tree, path, "exec", dont_inherit=True))
            self._codes[path] = cached
        return cached[1]

    def invalidate(self) -> None:
        self._codes.clear()

    def _fresh_module(self, script_path: str) -> types.ModuleType:
        from appwasm.elements.write import magic_write

        module = types.ModuleType("__main__")
        module.__dict__.update({
            "__file__": script_path,
            "__builtins__": __builtins__,
            MAGIC_NAME: magic_write,
        })
        return module

    def execute(self, script_path: str | None = None) -> RunOutcome:
        """Run the script (the entry script unless told otherwise) to its end, or to
        st.stop / st.rerun / an interrupt."""
        path = os.path.abspath(script_path) if script_path else self.script_path
        try:
            code = self.compile(path)
        except SyntaxError as exc:
            return RunOutcome("compile_error", error=exc)
        except OSError as exc:
            return RunOutcome("compile_error", error=exc)
        module = self._fresh_module(path)
        previous_main = sys.modules.get("__main__")
        sys.modules["__main__"] = module
        if self.app_root not in sys.path:
            sys.path.insert(0, self.app_root)
        try:
            return run_to_outcome(lambda: exec(code, module.__dict__))
        finally:
            if previous_main is not None:
                sys.modules["__main__"] = previous_main


def run_to_outcome(body: Callable[[], Any]) -> RunOutcome:
    """Run the body of a run (the script, or fragments) and say how it ended."""
    try:
        body()
    except StopRun:
        return RunOutcome("stopped")
    except KeyboardInterrupt:
        # The user's Stop button (Pyodide's interrupt buffer) lands here.
        return RunOutcome("stopped")
    except RerunRun as rerun:
        return RunOutcome("rerun", rerun=rerun.request)
    except Exception as exc:
        return RunOutcome("complete", error=exc)
    return RunOutcome("complete")


def exec_callback(fn: Any, args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
    fn(*args, **kwargs)
