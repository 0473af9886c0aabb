"""The worker <-> renderer protocol, defined once.

Every message that crosses between the web worker (Pyodide + runtime) and the renderer (main
thread) is a TypedDict in this package. The TypeScript side (shell/src/protocol.gen.ts) is
generated from these definitions by `python -m appwasm_compiler.protocol_ts`; a test fails when
the two drift. Messages travel as JSON text; binary payloads travel beside them as transferable
ArrayBuffers and are referenced from the JSON by index.
"""

from appwasm.protocol.blocks import BlockNode
from appwasm.protocol.boot import BootConfig
from appwasm.protocol.elements import ElementNode
from appwasm.protocol.messages import (
    PROTOCOL_VERSION,
    MainToWorker,
    WorkerToMain,
)

__all__ = ["PROTOCOL_VERSION", "BlockNode", "BootConfig", "ElementNode", "MainToWorker", "WorkerToMain"]
