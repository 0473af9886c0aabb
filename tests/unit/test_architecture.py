"""Architecture rules that are easy to break silently."""

import ast
import subprocess
import sys
from pathlib import Path

from appwasm_compiler.protocol_ts import default_output, generate

REPO = Path(__file__).resolve().parents[2]
RUNTIME = REPO / "runtime_wasm"
COMPILER = REPO / "compiler"
HEAVY = {"pandas", "numpy", "pyarrow", "matplotlib", "altair", "plotly", "PIL"}


def _imports(path: Path, *, module_level_only: bool = False) -> set[str]:
    tree = ast.parse(path.read_text())
    nodes = tree.body if module_level_only else list(ast.walk(tree))
    found = set()
    for node in nodes:
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


def test_generated_typescript_protocol_is_up_to_date():
    assert default_output().read_text() == generate(), (
        "shell/src/protocol.gen.ts is stale: run `python -m appwasm_compiler.protocol_ts`"
    )


def test_runtime_never_imports_the_compiler():
    for path in RUNTIME.rglob("*.py"):
        bad = {m for m in _imports(path) if m.split(".")[0] == "appwasm_compiler"}
        assert not bad, f"{path.relative_to(REPO)} imports the compiler: {bad}"


def test_protocol_imports_nothing_else_of_the_runtime():
    for path in (RUNTIME / "protocol").rglob("*.py"):
        for module in _imports(path):
            if module.startswith("appwasm"):
                assert module.startswith("appwasm.protocol"), f"{path.name} imports {module}"


def test_runtime_has_no_module_level_heavy_imports():
    for path in RUNTIME.rglob("*.py"):
        bad = {m for m in _imports(path, module_level_only=True) if m.split(".")[0] in HEAVY}
        assert not bad, f"{path.relative_to(REPO)} imports {bad} at module level"


def test_importing_the_runtime_loads_no_heavy_module():
    code = "import sys, appwasm, appwasm.worker_entry, appwasm.testing; print(sorted(m for m in sys.modules if m.split('.')[0] in %r))" % HEAVY
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert out == "[]"


def test_nothing_imports_the_compiler_but_itself_and_tests():
    for path in REPO.rglob("*.py"):
        if any(part in (".venv", "node_modules", "tests", ".cache") for part in path.parts) or COMPILER in path.parents:
            continue
        if path.name == "setup.py":
            continue
        bad = {m for m in _imports(path) if m.split(".")[0] == "appwasm_compiler"}
        assert not bad, f"{path.relative_to(REPO)} imports the compiler"


def test_source_files_stay_small():
    too_big = []
    for folder in (RUNTIME, COMPILER, REPO / "shell" / "src"):
        for path in folder.rglob("*"):
            if path.suffix in (".py", ".ts", ".tsx") and "node_modules" not in path.parts and not path.name.endswith(".gen.ts"):
                lines = path.read_text().count("\n")
                if lines > 550:
                    too_big.append(f"{path.relative_to(REPO)}: {lines} lines")
    assert not too_big, "split these files by responsibility: " + ", ".join(too_big)


def test_family_index_is_current():
    from appwasm.api._index import FAMILY_OF, generate

    assert FAMILY_OF == generate(), "runtime_wasm/api/_index.py is stale: run `python -m appwasm.api._index`"


def test_the_worker_imports_only_the_core_until_a_family_is_used():
    code = (
        "import sys, appwasm.worker_entry\n"
        "loaded = sorted({m.split('.')[2] for m in sys.modules if m.startswith('appwasm.elements.') and m.count('.') >= 2})\n"
        "print(','.join(loaded))\n"
        "import appwasm as st\n"
        "st.dataframe\n"
        "print('data' in {m.split('.')[2] for m in sys.modules if m.startswith('appwasm.elements.')})\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    loaded = set(out[0].split(","))
    assert not loaded & {"data", "charts", "display", "layout", "uploads"}, loaded
    assert out[1] == "True"
