"""The worker <-> renderer protocol, defined once.

Every message that crosses between the web worker (Pyodide + runtime) and the renderer (main
thread) is a TypedDict in this package. The TypeScript side (shell/src/protocol.gen.ts) is
generated from these definitions by `python -m appwasm_compiler.protocol_ts`; a test fails when
the two drift. Messages travel as JSON text; binary payloads travel beside them as transferable
ArrayBuffers and are referenced from the JSON by index.
"""

from __future__ import annotations

import importlib
from typing import Any

# Both sides check it on every message (see messages.py). Defined here so that the runtime,
# which needs only this at run time, does not build every TypedDict of the protocol.
PROTOCOL_VERSION = 1

_NAMES = {"BlockNode": "blocks", "BootConfig": "boot", "ElementNode": "elements", "MainToWorker": "messages",
          "WorkerToMain": "messages"}

__all__ = ["PROTOCOL_VERSION", *sorted(_NAMES)]


def __getattr__(name: str) -> Any:
    module = _NAMES.get(name)
    if module is None:
        raise AttributeError(f"module 'appwasm.protocol' has no attribute '{name}'")
    return getattr(importlib.import_module(f"appwasm.protocol.{module}"), name)
