"""Maps the repository folders to import names; everything else is in pyproject.toml.

`appwasm` is the runtime (runtime_wasm/): what `import appwasm as st` gives on the host and
inside Pyodide. `appwasm_compiler` is the host-only build pipeline (compiler/). The jinja2
templates (templates/) and the esbuild bundle ship inside `appwasm_compiler` as package data.
"""

from pathlib import Path

from setuptools import find_packages, setup

ROOT = Path(__file__).parent


def _mapped(import_name: str, folder: str, exclude: tuple[str, ...] = ()) -> list[str]:
    subpackages = find_packages(str(ROOT / folder), exclude=exclude)
    return [import_name] + [f"{import_name}.{name}" for name in subpackages]


def _data_files_under(folder: Path) -> list[str]:
    return [str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file()]


runtime_packages = _mapped("appwasm", "runtime_wasm")
compiler_packages = _mapped("appwasm_compiler", "compiler", exclude=("_backend", "_backend.*"))
package_dir = {"appwasm": "runtime_wasm", "appwasm_compiler": "compiler"}

setup(
    packages=runtime_packages + compiler_packages,
    package_dir=package_dir,
    package_data={
        "appwasm": ["py.typed"],
        # _bundled/ is filled by the build backend: the shell bundle and a copy of templates/.
        "appwasm_compiler": _data_files_under(ROOT / "compiler" / "_bundled") if (ROOT / "compiler" / "_bundled").exists() else [],
    },
)
