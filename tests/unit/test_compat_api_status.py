"""docs/COMPATIBILITY.md is generated from appwasm itself and must stay true: regenerate it with
`python benchmarks/compat/api_status.py` when a name becomes supported."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SCRIPT = REPO / "benchmarks" / "compat" / "api_status.py"


def test_compatibility_doc_is_up_to_date() -> None:
    proc = subprocess.run([sys.executable, str(SCRIPT), "--check"], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr


def test_status_follows_appwasm(monkeypatch: pytest.MonkeyPatch) -> None:
    sys.path.insert(0, str(SCRIPT.parent))
    try:
        import api_status
    finally:
        sys.path.remove(str(SCRIPT.parent))
    entry = {"name": "st.slider", "params": ["label", "min_value", "no_such_param"], "note": None}
    assert api_status.status_of(entry) == ("partial", "missing parameters: `no_such_param`")
    assert api_status.status_of({"name": "st.slider", "params": ["label"], "note": None}) == ("supported", "")
    # A Streamlit name appwasm lacks resolves to the "not supported yet" stand-in.
    import appwasm
    from appwasm.unsupported import UnsupportedName

    monkeypatch.setattr(appwasm, "slider", UnsupportedName("st.slider", None))
    assert api_status.status_of(entry) == ("not supported yet", "")
    monkeypatch.undo()
    members = {"name": "st.session_state", "params": None, "note": None, "members": ["to_dict", "no_such_member"]}
    assert api_status.status_of(members) == ("partial", "missing members: `no_such_member`")
