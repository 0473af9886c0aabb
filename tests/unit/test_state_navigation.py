"""Multipage apps: st.navigation/st.Page, the pages/ folder, st.switch_page, st.page_link, page URLs."""

from __future__ import annotations

from pathlib import Path

import pytest
from appwasm.alias import streamlit_alias
from appwasm.protocol import PROTOCOL_VERSION
from appwasm.testing import AppTest

V2_APP = """
import streamlit as st

def about():
    st.markdown(f"about page, __name__={__name__}")

pages = {
    "Main": [st.Page("home.py", title="Home", icon="🏠", default=True), st.Page("reports/sales.py")],
    "More": [st.Page(about, icon=":material/info:"), st.Page("reports/sales.py", title="Again", url_path="again")],
}
pg = st.navigation(pages, position=st.session_state.get("position", "sidebar"))
st.sidebar.markdown("common sidebar")
pg.run()
"""


def make_app(tmp_path: Path, files: dict[str, str]) -> AppTest:
    for name, content in files.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(content)
    return AppTest.from_file(str(tmp_path / "app.py"))


def of_type(at: AppTest, kind: str) -> list[dict]:
    return [m for m in at.messages if m["type"] == kind]


def send(at: AppTest, message: dict) -> list[dict]:
    """Deliver a renderer message as the worker would, and return what the runs posted."""
    at._sink.messages.clear()
    with streamlit_alias():
        at._session.handle_messages([dict(message, v=PROTOCOL_VERSION, seq=99)])
    return list(at._sink.messages)


@pytest.fixture()
def v2(tmp_path: Path) -> AppTest:
    return make_app(tmp_path, {
        "app.py": V2_APP,
        "home.py": "import streamlit as st\nst.markdown(f'home page, __name__={__name__}')\n",
        "reports/sales.py": "import streamlit as st\nst.markdown('sales page')\nst.query_params['region'] = 'eu'\n",
    })


def test_navigation_runs_the_default_page_and_describes_the_pages(v2: AppTest):
    v2.run()
    assert [m.value for m in v2.main.markdown] == ["home page, __name__=__page__"]
    nav = of_type(v2, "navigation")[0]
    assert nav["sections"] == ["Main", "More"] and nav["position"] == "sidebar" and nav["expanded"] is False
    assert [(p["title"], p["icon"], p["url_path"], p["section"], p["is_default"]) for p in nav["pages"]] == [
        ("Home", "🏠", "", "Main", True), ("sales", "", "sales", "Main", False),
        ("about", ":material/info:", "about", "More", False), ("Again", "", "again", "More", False)]
    assert nav["current"] == nav["pages"][0]["page_script_hash"]
    assert not of_type(v2, "page_url"), "the root URL is already right"


def test_clicking_a_page_runs_it_and_pushes_its_url(v2: AppTest):
    v2.run()
    about = of_type(v2, "navigation")[0]["pages"][2]
    v2.query_params["x"] = "1"
    v2.run()
    posted = send(v2, {"type": "navigate", "page_script_hash": about["page_script_hash"]})
    bodies = [m["node"]["body"] for m in posted if m.get("type") == "delta" and m["node"]["type"] == "markdown"]
    assert "about page, __name__=__main__" in bodies, "a callable page runs in the entry script's module"
    assert [m for m in posted if m["type"] == "page_url"] == [
        {"type": "page_url", "v": 1, "url_path": "about", "query_string": "", "history": "push"}]
    nav = [m for m in posted if m["type"] == "navigation"][0]
    assert nav["current"] == about["page_script_hash"]


def test_a_deep_link_opens_its_page_and_an_unknown_one_falls_back(v2: AppTest):
    v2._session.family_state["client"] = {"page_path": "again", "headers": [], "cookies": ""}
    v2.run()
    assert [m.value for m in v2.main.markdown] == ["sales page"]
    assert v2.query_params == {"region": ["eu"]}
    assert of_type(v2, "page_url")[-1]["url_path"] == "again"
    posted = send(v2, {"type": "location", "page_path": "nowhere", "query_string": ""})
    assert {"type": "page_not_found", "v": 1, "page_name": "nowhere"} in posted
    assert [m for m in posted if m["type"] == "page_url"][-1]["url_path"] == ""
    assert "home page, __name__=__page__" in [m["node"]["body"] for m in posted if m.get("type") == "delta"
                                              and m["node"]["type"] == "markdown"]


def test_switch_page_by_page_or_path_clears_query_params(tmp_path: Path):
    at = make_app(tmp_path, {
        "app.py": """
import streamlit as st
home = st.Page("home.py", default=True)
other = st.Page("other.py")
st.navigation([home, other]).run()
""",
        "home.py": """
import streamlit as st
st.markdown("home")
st.query_params["q"] = "1"
if st.session_state.get("go") == "page":
    st.session_state.go = None
    st.switch_page(st.Page("other.py"))
if st.session_state.get("go") == "path":
    st.session_state.go = None
    st.switch_page("other.py")
if st.session_state.get("go") == "bad":
    st.switch_page("missing.py")
""",
        "other.py": "import streamlit as st\nst.markdown('other')\nif st.button('back'):\n    st.switch_page('home.py')\n",
    })
    at.run()
    at.session_state.go = "page"
    at.run()
    assert [m.value for m in at.markdown] == ["other"] and at.query_params == {}
    assert of_type(at, "page_url")[-1] == {"type": "page_url", "v": 1, "url_path": "other", "query_string": "",
                                           "history": "push"}
    at.button[0].click().run()
    assert [m.value for m in at.markdown] == ["home"]
    at.session_state.go = "path"
    assert [m.value for m in at.run().markdown] == ["other"]
    at.button[0].click().run()
    at.session_state.go = "bad"
    at.run()
    assert at.exception[0].message == (
        f"Could not find page: `missing.py`. Must be the file path relative to the main script, from the directory: "
        f"`{tmp_path.name}`. Only the main app file and files in the `pages/` directory are supported.")


def test_apptest_switch_page(v2: AppTest):
    v2.run()
    v2.switch_page("reports/sales.py").run()
    assert [m.value for m in v2.main.markdown] == ["sales page"]
    assert v2.run().main.markdown[0].value == "sales page", "the app stays on the page"
    with pytest.raises(ValueError, match="Unable to find script at nope.py"):
        v2.switch_page("nope.py")


def test_hidden_navigation_and_the_show_sidebar_navigation_option(v2: AppTest):
    v2.session_state.position = "hidden"
    assert of_type(v2.run(), "navigation")[0]["position"] == "hidden"
    v2.session_state.position = "sidebar"
    assert of_type(v2.run(), "navigation")[0]["position"] == "sidebar"
    at = AppTest.from_string("""
import streamlit as st
st.set_option("client.showSidebarNavigation", False)
st.navigation([st.Page(lambda: None, title="a"), st.Page(lambda: None, title="b", url_path="b")])
""").run()
    assert of_type(at, "navigation")[0]["position"] == "hidden"


@pytest.mark.parametrize(("code", "message"), [
    ("st.navigation([])", "`st.navigation` must be called with at least one `st.Page`."),
    ("st.navigation([st.Page(f, default=True), st.Page(g, default=True)])",
     "Multiple Pages specified with `default=True`. At most one Page can be set to default."),
    ("st.navigation([st.Page(f), st.Page(g, url_path='f')])",
     "Multiple Pages specified with URL pathname f. URL pathnames must be unique. The url pathname may be inferred "
     "from the filename, callable name, or title."),
    ("st.Page('missing.py')", "Unable to create Page. The file `missing.py` could not be found."),
    ("st.Page(Callable())", "Cannot infer page title for Callable. Set the `title=` keyword argument."),
    ("st.Page(f, title='   ')", "The title of the page cannot be empty or consist of underscores/spaces only"),
    ("st.Page(f, url_path='')", "The URL path cannot be an empty string unless the page is the default page."),
    ("st.Page(f, url_path='a/b')", "The URL path cannot contain a nested path (e.g. foo/bar)."),
    ("st.Page(f).run()",
     "This page cannot be called directly. Only the page returned from st.navigation can be called once."),
    ("p = st.navigation([st.Page(f)]); p.run(); p.run()",
     "This page cannot be called directly. Only the page returned from st.navigation can be called once."),
])
def test_navigation_and_page_errors(code: str, message: str):
    at = AppTest.from_string(f"""
import streamlit as st
def f():
    pass
def g():
    pass
class Callable:
    def __call__(self):
        pass
{code}
""").run()
    assert at.exception[0].message == message


def test_page_properties():
    at = AppTest.from_string("""
import streamlit as st
def my_page():
    pass
p = st.Page(my_page)
d = st.Page(my_page, title="Start", url_path="start", default=True, icon="🚀")
st.text(f"{p.title}|{p.icon}|{p.url_path}|{d.title}|{d.icon}|{d.url_path}")
""").run()
    assert at.text[0].value == "my page||my_page|Start|🚀|"


V1_FILES = {
    "app.py": "import streamlit as st\nst.markdown(f'main {__name__}')\n",
    "pages/10_📈_Plotting_Demo.py": "import streamlit as st\nst.markdown('plotting')\n",
    "pages/2_Mapping.py": """
import streamlit as st
st.markdown('mapping')
st.page_link("app.py", icon="🏠")
st.page_link("pages/10_📈_Plotting_Demo.py", label="To plots", help="Go")
st.page_link("https://streamlit.io", label="Streamlit")
if st.button("plots"):
    st.switch_page("pages/10_📈_Plotting_Demo.py")
""",
    "pages/about.py": "import streamlit as st\nst.markdown('about')\n",
    "pages/__init__.py": "",
}


def test_pages_folder_navigation_names_and_order(tmp_path: Path):
    at = make_app(tmp_path, V1_FILES).run()
    assert [m.value for m in at.markdown] == ["main __main__"]
    nav = of_type(at, "navigation")[0]
    assert [(p["title"], p["icon"], p["url_path"]) for p in nav["pages"]] == [
        ("app", "", ""), ("Mapping", "", "Mapping"), ("Plotting Demo", "📈", "Plotting_Demo"), ("about", "", "about")]
    assert nav["mpa_version"] == 1 and nav["position"] == "sidebar"


def test_pages_folder_switching_links_and_deep_links(tmp_path: Path):
    at = make_app(tmp_path, V1_FILES)
    at._session.family_state["client"] = {"page_path": "Mapping", "headers": [], "cookies": ""}
    at.run()
    assert at.markdown[0].value == "mapping"
    links = at.get("page_link")
    assert [(link.value, link.page, link.icon, link.help, link.external) for link in links] == [
        ("app", "", "🏠", None, False), ("To plots", "Plotting_Demo", None, "Go", False),
        ("Streamlit", "https://streamlit.io", None, None, True)]
    at.button[0].click().run()
    assert at.markdown[0].value == "plotting"
    at.switch_page("pages/about.py").run()
    assert at.markdown[0].value == "about"
    posted = send(at, {"type": "location", "page_path": "Nope", "query_string": ""})
    assert {"type": "page_not_found", "v": 1, "page_name": "Nope"} in posted
    assert "main __main__" in [m["node"]["body"] for m in posted if m.get("type") == "delta"]


@pytest.mark.parametrize(("call", "message"), [
    ('st.page_link("https://x.org")',
     "The `label` param is required for external links used with `st.page_link` - please provide a `label`."),
    ('st.page_link("nope.py")',
     "Could not find page: `nope.py`. You must provide a file path relative to the entrypoint file (from the "
     "directory `{dir}`). Only the entrypoint file and files in the `pages/` directory are supported."),
])
def test_page_link_errors(tmp_path: Path, call: str, message: str):
    at = make_app(tmp_path, {"app.py": f"import streamlit as st\n{call}\n"}).run()
    assert at.exception[0].message == message.format(dir=tmp_path.name)


def test_page_link_to_v2_pages(v2: AppTest, tmp_path: Path):
    (tmp_path / "home.py").write_text("""
import streamlit as st
st.page_link(st.Page("reports/sales.py"))
st.page_link("reports/sales.py", label="Sales", disabled=True, use_container_width=True)
try:
    st.page_link("app.py")
except Exception as exc:
    st.text(str(exc))
""")
    v2.run()
    link = v2.get("page_link")[0]
    assert (link.value, link.page, link.disabled) == ("sales", "sales", False)
    second = v2.get("page_link")[1]
    assert (second.value, second.disabled, second.proto["use_container_width"]) == ("Sales", True, True)
    assert v2.text[0].value == (
        "Could not find page: `app.py`. You must provide a `StreamlitPage` object or file path relative to the "
        "entrypoint file. Only pages previously defined by `st.Page` and passed to `st.navigation` are allowed.")


def test_a_deep_link_into_a_single_page_app_is_not_found():
    at = AppTest.from_string("import streamlit as st\nst.markdown('only page')")
    at._session.family_state["client"] = {"page_path": "ghost", "headers": [], "cookies": ""}
    at.run()
    assert at.markdown[0].value == "only page"
    assert of_type(at, "page_not_found") == [{"type": "page_not_found", "v": 1, "page_name": "ghost"}]
    assert of_type(at, "page_url") == [{"type": "page_url", "v": 1, "url_path": "", "query_string": "",
                                        "history": "replace"}]


def test_streamlit_navigation_page_module_can_be_imported():
    at = AppTest.from_string("""
import streamlit as st
from streamlit.navigation.page import StreamlitPage
st.text(isinstance(st.Page(lambda: None, title="x"), StreamlitPage) and callable(st.navigation))
""").run()
    assert at.text[0].value == "True"


def test_v1_pages_are_read_again_when_the_pages_folder_changes(tmp_path):
    import os

    from appwasm.navigation.pages import v1_pages

    main = tmp_path / "app.py"
    main.write_text("")
    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / "1_first.py").write_text("")
    assert [p.page_name for p in v1_pages(str(main))] == ["app", "first"]
    (tmp_path / "pages" / "2_second.py").write_text("")  # within the same clock tick, maybe
    assert [p.page_name for p in v1_pages(str(main))] == ["app", "first", "second"]
    old = 1_000_000_000  # a settled folder (2001) is remembered until its mtime changes
    os.utime(tmp_path / "pages", ns=(old, old))
    first = v1_pages(str(main))
    assert v1_pages(str(main)) == first and v1_pages(str(main)) is not first
    (tmp_path / "pages" / "3_third.py").write_text("")
    assert [p.page_name for p in v1_pages(str(main))][-1] == "third"
