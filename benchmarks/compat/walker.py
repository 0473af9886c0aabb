"""Run apps under one AppTest implementation and dump their normalized element trees.

    python walker.py --impl streamlit|appwasm < jobs.json > dumps.json

Executed once per interpreter by run.py: by the Streamlit virtual environment's Python with
`--impl streamlit` (streamlit.testing.v1.AppTest) and by the project's Python with `--impl
appwasm` (appwasm.testing.AppTest). All apps run in this one process, one after the other.

jobs.json: [{"name": ..., "script": abs path, "steps": [interaction steps]}]. Output: one
record per app with a dump per run (the first run, then one per step that runs).
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import io
import json
import os
import random
import re
import sys
import traceback
import uuid
from typing import Any

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from tree_dump import BLOCK_ATTRS, ELEMENT_ATTRS, Normalizer, attr, call  # noqa: E402

RUN_TIMEOUT = 30.0
_FRAME = re.compile(r'File "(?P<file>[^"]+)", line (?P<line>\d+), in (?P<name>[^\n]+)')


class Adapter:
    """What differs in how the two AppTests are reached (never in what they show)."""

    impl = ""

    def __init__(self, norm: Normalizer) -> None:
        self.norm = norm

    def prepare(self, app_dir: str) -> None:
        """Set up what `streamlit run` from the app's folder would (before the app's first run)."""

    def app_test(self, script: str) -> Any:
        raise NotImplementedError

    def open_page(self, at: Any, page_hash: str) -> None:
        """What a click on a page of the st.navigation menu sends (no AppTest API does it)."""
        raise NotImplementedError

    def roots(self, at: Any) -> dict[int, Any]:
        raise NotImplementedError

    def session_state(self, at: Any) -> dict[str, Any]:
        raise NotImplementedError

    def block_facts(self, block: Any) -> dict[str, Any]:
        return {}

    def element_facts(self, el: Any) -> dict[str, Any]:
        """Facts of element types Streamlit's AppTest has no class for (UnknownElement)."""
        return {}

    def upload(self, at: Any, widget: Any, files: list[tuple[str, bytes, str]]) -> None:
        raise NotImplementedError

    def stack(self, el: Any) -> list[str]:
        """The exception's frames in the app's own files, as "file:line in name".

        Normalized: Streamlit lists absolute paths with the source line under them; appwasm
        lists paths relative to the app folder (the browser has no host paths). Frames of
        either runtime legitimately differ and are left out.
        """
        frames = []
        for entry in call(lambda: list(el.stack_trace), self.norm) or []:
            match = _FRAME.search(str(entry))
            if not match:
                continue
            file = match["file"]
            if file.startswith("<app>/"):
                file = file[len("<app>/"):]
            elif file.startswith(("/", "<")):
                continue
            frames.append(f'{file}:{match["line"]} in {match["name"].strip()}')
        return frames


class StreamlitAdapter(Adapter):
    impl = "streamlit"

    def __init__(self, norm: Normalizer) -> None:
        super().__init__(norm)
        from streamlit.runtime.memory_uploaded_file_manager import MemoryUploadedFileManager
        from streamlit.testing.v1 import element_tree, local_script_runner

        # Streamlit's AppTest cannot put files in st.file_uploader. The harness does what the
        # browser does: it stores the file in the uploaded-file manager (one that outlives a
        # single run) and sends the widget's state with the next run.
        self.files = MemoryUploadedFileManager("/mock/upload")
        local_script_runner.MemoryUploadedFileManager = lambda *_: self.files  # type: ignore[assignment]
        self.extra_states: dict[str, Any] = {}
        self._added_path = ""
        original = element_tree.ElementTree.get_widget_states
        adapter = self

        def get_widget_states(tree: Any) -> Any:
            # A browser sends the state of every widget on the page at each rerun: so do the
            # uploaders here, while they are in the tree.
            states = original(tree)
            shown = {node.proto.id for node in tree if getattr(getattr(node, "proto", None), "id", None)}
            for ws in adapter.extra_states.values():
                if ws.id in shown:
                    states.widgets.append(ws)
            return states

        element_tree.ElementTree.get_widget_states = get_widget_states  # type: ignore[method-assign]

        # Streamlit 1.40's AppTest cannot rerun an app with st.feedback, st.pills or
        # st.segmented_control: ButtonGroup._widget_state looks formatted strings up among
        # Option protos (ValueError), and iterates single values (TypeError). The harness sends
        # what the browser sends instead: the widget's own serializer applied to its value.
        def button_group_state(widget: Any) -> Any:
            from streamlit.proto.WidgetStates_pb2 import WidgetState

            ws = WidgetState()
            ws.id = widget.id
            state = widget.root.session_state._state
            meta = state._new_widget_state.widget_metadata[widget.id]
            ws.int_array_value.data[:] = meta.serializer(widget.value)
            return ws

        element_tree.ButtonGroup._widget_state = property(button_group_state)  # type: ignore[assignment]

        # Streamlit 1.40's AppTest gives its PagesManager no script cache, so the page files of
        # st.navigation run as empty scripts (get_page_script_byte_code returns ""). A server
        # session has one: so does the harness.
        from streamlit.runtime.pages_manager import PagesManager
        from streamlit.runtime.scriptrunner.script_cache import ScriptCache
        from streamlit.testing.v1 import app_test

        app_test.PagesManager = lambda path, **kw: PagesManager(path, script_cache=ScriptCache(), **kw)  # type: ignore

    def prepare(self, app_dir: str) -> None:
        import streamlit as st
        from streamlit import config, file_util

        # `streamlit run app.py` puts the app's folder on sys.path (its bootstrap does; AppTest
        # does not), so an app imports its helper modules. Streamlit also resolves the
        # project's secrets file against the folder it was started in.
        if self._added_path in sys.path:
            sys.path.remove(self._added_path)
        sys.path.insert(0, app_dir)
        self._added_path = app_dir
        self.extra_states = {}
        config.set_option("secrets.files", [file_util.get_streamlit_file_path("secrets.toml"),
                                            os.path.join(app_dir, ".streamlit", "secrets.toml")])
        st.secrets._reset()

    def app_test(self, script: str) -> Any:
        from streamlit.testing.v1 import AppTest

        return AppTest.from_file(script, default_timeout=RUN_TIMEOUT)

    def open_page(self, at: Any, page_hash: str) -> None:
        # AppTest.switch_page hashes a file path; st.navigation pages are hashed by url path.
        at._page_hash = page_hash

    def roots(self, at: Any) -> dict[int, Any]:
        return dict(at._tree.children)  # main, sidebar, event (+ bottom): not public API

    def session_state(self, at: Any) -> dict[str, Any]:
        return dict(at.session_state.filtered_state)

    def block_facts(self, block: Any) -> dict[str, Any]:
        proto = block.proto
        # Typed blocks (Column, Tab...) hold their sub-message; other blocks the Block message.
        if proto is None or getattr(getattr(proto, "DESCRIPTOR", None), "name", "") != "Block":
            return {}
        kind = proto.WhichOneof("type")
        if kind == "vertical":
            return {"border": proto.vertical.border, "height": proto.vertical.height or None}
        if kind == "form":
            return {"form_id": proto.form.form_id, "clear_on_submit": proto.form.clear_on_submit,
                    "border": proto.form.border}
        if kind == "popover":
            return {"label": proto.popover.label}
        if kind == "dialog":
            return {"title": proto.dialog.title}
        return {}

    def element_facts(self, el: Any) -> dict[str, Any]:
        p = el.proto
        facts = {
            "progress": lambda: {"value": p.value, "text": p.text},
            "imgs": lambda: {"captions": [i.caption for i in p.imgs], "width": p.width},
            "html": lambda: {"body": p.body},
            "page_link": lambda: _page_link(p.label, p.page, p.disabled, p.external),
            "link_button": lambda: {"label": p.label, "url": p.url, "disabled": p.disabled},
            "download_button": lambda: {"label": p.label, "disabled": p.disabled},
            "file_uploader": lambda: {"label": p.label, "multiple": p.multiple_files,
                                      "value": el.root.session_state[p.id]},
            "camera_input": lambda: {"label": p.label},
            "audio_input": lambda: {"label": p.label},
            "spinner": lambda: {"text": p.text},
            "doc_string": lambda: {"name": p.name, "doc": p.doc_string},
            "audio": lambda: {"start_time": p.start_time, "loop": p.loop, "autoplay": p.autoplay},
            "video": lambda: {"start_time": p.start_time, "loop": p.loop, "autoplay": p.autoplay},
            # Options are Option protos in Streamlit's tree: compare their text.
            "button_group": lambda: {"options": [o.content for o in p.options]},
        }.get(el.type)
        return {k: self.norm.value(v) for k, v in facts().items()} if facts else {}

    def upload(self, at: Any, widget: Any, files: list[tuple[str, bytes, str]]) -> None:
        from streamlit.proto.WidgetStates_pb2 import WidgetState
        from streamlit.runtime.uploaded_file_manager import UploadedFileRec

        ws = WidgetState()
        ws.id = widget.proto.id
        for name, data, mime in files:
            rec = UploadedFileRec(file_id=str(uuid.uuid4()), name=name, type=mime, data=data)
            self.files.add_file("test session id", rec)
            info = ws.file_uploader_state_value.uploaded_file_info.add()
            info.file_id, info.name, info.size = rec.file_id, name, len(data)
        self.extra_states[ws.id] = ws


class AppwasmAdapter(Adapter):
    impl = "appwasm"

    def app_test(self, script: str) -> Any:
        from appwasm.testing import AppTest

        return AppTest.from_file(script, default_timeout=RUN_TIMEOUT)

    def open_page(self, at: Any, page_hash: str) -> None:
        at._outbox.append({"type": "navigate", "page_script_hash": page_hash})

    def roots(self, at: Any) -> dict[int, Any]:
        return dict(at._roots)  # main, sidebar, event, bottom: not public API

    def session_state(self, at: Any) -> dict[str, Any]:
        return dict(at.session_state.to_dict())

    def block_facts(self, block: Any) -> dict[str, Any]:
        node = block.node
        kind = node.get("type")
        if kind == "vertical":
            return {"border": bool(node.get("border")), "height": node.get("height")}
        if kind == "form":
            return {"form_id": node.get("form_id"), "clear_on_submit": bool(node.get("clear_on_submit")),
                    "border": bool(node.get("border"))}
        if kind == "popover":
            return {"label": node.get("label")}
        if kind == "dialog":
            return {"title": node.get("title")}
        return {}

    def element_facts(self, el: Any) -> dict[str, Any]:
        n = el.node
        facts = {
            "progress": lambda: {"value": el.value, "text": n.get("text") or ""},
            "imgs": lambda: {"captions": [c or "" for c in el.captions], "width": el.width},
            "html": lambda: {"body": n.get("body")},
            "page_link": lambda: _page_link(el.label, el.page, el.disabled, el.external),
            "link_button": lambda: {"label": el.label, "url": el.url, "disabled": el.disabled},
            "download_button": lambda: {"label": el.label, "disabled": el.disabled},
            "file_uploader": lambda: {"label": el.label, "multiple": el.multiple, "value": el.value},
            "camera_input": lambda: {"label": el.label},
            "audio_input": lambda: {"label": el.label},
            "spinner": lambda: {"text": el.value},
            "doc_string": lambda: {"name": el.name, "doc": el.value},
            "audio": lambda: {"start_time": n.get("start_time"), "loop": n.get("loop"), "autoplay": n.get("autoplay")},
            "video": lambda: {"start_time": n.get("start_time"), "loop": n.get("loop"), "autoplay": n.get("autoplay")},
            "button_group": lambda: {"options": [o.content for o in el.options]},
        }.get(el.type)
        return {k: self.norm.value(v) for k, v in facts().items()} if facts else {}

    def upload(self, at: Any, widget: Any, files: list[tuple[str, bytes, str]]) -> None:
        widget.set_value(files if widget.multiple else files[0])


ROOT_NAMES = {0: "main", 1: "sidebar", 2: "event", 3: "bottom"}


def _page_link(label: str, page: str, disabled: bool, external: bool) -> dict[str, Any]:
    # Normalized: for a page of the app, Streamlit's proto `page` is the page's name (its title
    # under st.navigation) and its frontend navigates by page_script_hash; appwasm's payload
    # holds the page's url path, which its renderer links to. Both are internal: only an
    # external link's URL is compared.
    return {"label": label, "disabled": disabled, "external": external, **({"page": page} if external else {})}


def is_block(node: Any) -> bool:
    return hasattr(node, "children") and isinstance(node.children, dict)


def dump_tree(adapter: Adapter, at: Any) -> dict[str, Any]:
    tree = {}
    for index, root in sorted(adapter.roots(at).items()):
        children = [dump_node(adapter, root.children[i]) for i in sorted(root.children)]
        if children:
            tree[ROOT_NAMES.get(index, str(index))] = children
    return tree


def dump_node(adapter: Adapter, node: Any) -> dict[str, Any]:
    norm = adapter.norm
    if is_block(node):
        out: dict[str, Any] = {"block": node.type}
        for name in BLOCK_ATTRS.get(node.type, ()):
            out[name] = attr(node, name, norm)
        out.update({k: norm.value(v) for k, v in adapter.block_facts(node).items()})
        out["children"] = [dump_node(adapter, node.children[i]) for i in sorted(node.children)]
        return out
    out = {"type": node.type}
    if node.type in ELEMENT_ATTRS:
        out["key"] = attr(node, "key", norm)
    # Else: Streamlit has no class for the type (UnknownElement), whose key is always None;
    # appwasm's classes report the widget's key. Not compared.
    if node.type in ELEMENT_ATTRS:
        for name in ELEMENT_ATTRS[node.type]:
            out[name] = attr(node, name, norm)
        out["value"] = attr(node, "value", norm)
        if node.type == "exception":
            out["stack"] = adapter.stack(node)
    try:
        out.update(adapter.element_facts(node))
    except Exception as exc:  # noqa: BLE001 - part of the dump
        out["facts"] = {"unreadable": f"{type(exc).__name__}: {exc}"}
    return out


def find_widget(adapter: Adapter, at: Any, step: dict[str, Any]) -> Any:
    kind = step["widget"]
    found: list[Any] = []

    def visit(node: Any) -> None:
        if is_block(node):
            for i in sorted(node.children):
                visit(node.children[i])
        elif node.type == kind:
            found.append(node)

    for _, root in sorted(adapter.roots(at).items()):
        visit(root)
    if "key" in step:
        for node in found:
            if getattr(node, "key", None) == step["key"]:
                return node
        raise LookupError(f"no {kind} with key {step['key']!r}")
    index = step.get("index", 0)
    if index >= len(found):
        raise LookupError(f"no {kind}[{index}] (found {len(found)})")
    return found[index]


def from_json(v: Any) -> Any:
    """Interaction values: {"$date": ...}, {"$time": ...}, {"$tuple": [...]} become Python values."""
    import datetime as dt

    if isinstance(v, dict) and len(v) == 1:
        (tag, inner), = v.items()
        if tag == "$date":
            return dt.date.fromisoformat(inner)
        if tag == "$time":
            return dt.time.fromisoformat(inner)
        if tag == "$datetime":
            return dt.datetime.fromisoformat(inner)
        if tag == "$tuple":
            return tuple(from_json(x) for x in inner)
    if isinstance(v, list):
        return [from_json(x) for x in v]
    return v


NO_ARGUMENT = ("click", "check", "uncheck", "increment", "decrement")
ACTIONS = ("set_value", "click", "check", "uncheck", "input", "select", "unselect", "select_index",
           "set_range", "increment", "decrement", "pick", "upload")


def apply_step(adapter: Adapter, at: Any, step: dict[str, Any]) -> str:
    """Apply one interaction; returns its label for the report."""
    if "page" in step:
        # An st.navigation page, by its url path: Streamlit and appwasm both hash the url path.
        adapter.open_page(at, hashlib.md5(step["page"].encode()).hexdigest())
        return f"open page {step['page']!r}"
    if "switch_page" in step:
        at.switch_page(step["switch_page"])
        return f"switch_page({step['switch_page']!r})"
    if "query_params" in step:
        at.query_params.update({k: v if isinstance(v, list) else [v] for k, v in step["query_params"].items()})
        return f"query_params {step['query_params']}"
    if "session_state" in step:
        for key, value in step["session_state"].items():
            at.session_state[key] = from_json(value)
        return f"session_state {step['session_state']}"
    if "rerun" in step:
        return "rerun"
    widget = find_widget(adapter, at, step)
    where = f"{step['widget']}[{step['key']!r}]" if "key" in step else f"{step['widget']}[{step.get('index', 0)}]"
    (action,) = [a for a in ACTIONS if a in step]
    arg = step[action]
    if action == "upload":
        files = [(name, data.encode(), mime) for name, data, mime in arg]
        adapter.upload(at, widget, files)
    elif action in NO_ARGUMENT:
        getattr(widget, action)()
    elif action == "set_range":
        getattr(widget, action)(*from_json(arg))
    else:
        getattr(widget, action)(from_json(arg))
    return f"{where}.{action}({'' if action in NO_ARGUMENT else json.dumps(arg)})"


def snapshot(adapter: Adapter, at: Any, label: str) -> dict[str, Any]:
    state = adapter.session_state(at)
    return {
        "step": label,
        "tree": dump_tree(adapter, at),
        "session_state": {str(k): adapter.norm.value(state[k]) for k in sorted(state, key=str)},
        "query_params": adapter.norm.value({k: list(v) for k, v in sorted(at.query_params.items())}),
    }


def run_app(adapter: Adapter, job: dict[str, Any]) -> dict[str, Any]:
    script = job["script"]
    app_dir = os.path.dirname(script)
    adapter.norm = Normalizer(app_dir)
    record: dict[str, Any] = {"name": job["name"], "runs": [], "crash": None}
    cwd, modules = os.getcwd(), set(sys.modules)
    os.chdir(app_dir)  # as `streamlit run` from the app's folder: relative file reads work
    try:
        adapter.prepare(app_dir)
        at = adapter.app_test(script)
        _seeded_run(at)
        record["runs"].append(snapshot(adapter, at, "first run"))
        for number, step in enumerate(job.get("steps", []), 1):
            try:
                label = f"step {number}: " + apply_step(adapter, at, step)
            except Exception as exc:  # noqa: BLE001 - the interaction failed: part of the result
                message = adapter.norm.text(f"{type(exc).__name__}: {exc}")
                record["runs"].append({"step": f"step {number}: {json.dumps(step)}", "error": message})
                break
            if step.get("run", True):
                _seeded_run(at)
                record["runs"].append(snapshot(adapter, at, label))
    except BaseException as exc:  # noqa: BLE001 - a crash is a result
        tb = traceback.format_exception(type(exc), exc, exc.__traceback__)
        record["crash"] = adapter.norm.text("".join(tb[-6:]))
    finally:
        os.chdir(cwd)
        # Modules of the app's own folder (helpers imported by pages) must not leak to the next app.
        for name in set(sys.modules) - modules:
            path = getattr(sys.modules[name], "__file__", None) or ""
            if path.startswith(app_dir):
                del sys.modules[name]
    return record


def _seeded_run(at: Any) -> None:
    # Apps that draw random numbers get the same ones under both implementations.
    random.seed(1234)
    at.run()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--impl", choices=("streamlit", "appwasm"), required=True)
    args = parser.parse_args()
    jobs = json.load(sys.stdin)
    adapter = (StreamlitAdapter if args.impl == "streamlit" else AppwasmAdapter)(Normalizer(""))
    results = []
    real_stdout = sys.stdout
    for job in jobs:
        # What apps print (and Streamlit's log lines) must not mix with the JSON on stdout.
        with contextlib.redirect_stdout(io.StringIO()):
            results.append(run_app(adapter, job))
    json.dump({"impl": args.impl, "results": results}, real_stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
