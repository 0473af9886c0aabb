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
    """Holds the entry script's compiled code (recompiled when the file changes) and runs it."""

    def __init__(self, script_path: str, app_root: str | None = None) -> None:
        self.script_path = os.path.abspath(script_path)
        self.app_root = os.path.abspath(app_root or os.path.dirname(self.script_path))
        self._code: types.CodeType | None = None
        self._code_stamp: tuple[float, int] | None = None

    def _stamp(self) -> tuple[float, int]:
        stat = os.stat(self.script_path)
        return (stat.st_mtime, stat.st_size)

    def compile(self) -> types.CodeType:
        """The script's code with magic; raises SyntaxError with the user's file and line."""
        stamp = self._stamp()
        if self._code is None or stamp != self._code_stamp:
            with open(self.script_path, encoding="utf-8") as f:
                source = f.read()
            tree = ast.parse(source, filename=self.script_path)
            tree = add_magic(tree)
            self._code = compile(tree, self.script_path, "exec", dont_inherit=True)
            self._code_stamp = stamp
        return self._code

    def invalidate(self) -> None:
        self._code = None

    def _fresh_module(self) -> types.ModuleType:
        from appwasm.elements.write import magic_write

        module = types.ModuleType("__main__")
        module.__dict__.update({
            "__file__": self.script_path,
            "__builtins__": __builtins__,
            MAGIC_NAME: magic_write,
        })
        return module

    def execute(self) -> RunOutcome:
        """Run the script to its end (or to st.stop / st.rerun / an interrupt)."""
        try:
            code = self.compile()
        except SyntaxError as exc:
            return RunOutcome("compile_error", error=exc)
        except OSError as exc:
            return RunOutcome("compile_error", error=exc)
        module = self._fresh_module()
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
