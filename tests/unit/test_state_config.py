"""st.set_page_config, st.get_option/st.set_option, st.secrets, st.context, st.experimental_user."""

from __future__ import annotations

import base64
import os
from pathlib import Path

import pytest
from appwasm.testing import AppTest


def page_configs(at: AppTest) -> list[dict]:
    return [m for m in at.messages if m["type"] == "page_config"]


def app(tmp_path: Path, source: str, files: dict[str, str | bytes] | None = None) -> AppTest:
    (tmp_path / "app.py").write_text(source)
    for name, content in (files or {}).items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content if isinstance(content, bytes) else content.encode())
    return AppTest.from_file(str(tmp_path / "app.py"))


# ---------------------------------------------------------------- st.set_page_config


def test_page_config_message():
    at = AppTest.from_string("""
import streamlit as st
st.set_page_config(page_title="Sales", page_icon="🧊", layout="wide", initial_sidebar_state="collapsed",
                   menu_items={"Get Help": "https://example.com/help", "About": "# About"})
st.write("after")
""").run()
    assert page_configs(at) == [{"type": "page_config", "v": 1, "title": "Sales", "icon": "🧊", "layout": "wide",
                                 "initial_sidebar_state": "collapsed"}]
    assert not at.exception


@pytest.mark.parametrize(("icon", "expected"), [
    (":shark:", "🦈"), (":tada:", "🎉"), (":+1:", "👍"), (":material/thumb_up:", ":material/thumb_up:"),
])
def test_page_icon_forms(icon: str, expected: str):
    at = AppTest.from_string(f"import streamlit as st\nst.set_page_config(page_icon={icon!r})").run()
    assert page_configs(at)[0]["icon"] == expected


def test_page_icon_images_become_data_urls(tmp_path: Path):
    png = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgYGD4DwABBAEAwS2OUAAAAABJRU5ErkJggg==")
    at = app(tmp_path, "import streamlit as st\nst.set_page_config(page_icon='icon.png')\n", {"icon.png": png}).run()
    assert page_configs(at)[0]["icon"] == "data:image/png;base64," + base64.b64encode(png).decode()
    at = app(tmp_path, "import streamlit as st\nst.set_page_config(page_icon=open(__file__.replace('app.py', 'icon.png'), 'rb').read())\n").run()
    assert page_configs(at)[0]["icon"].startswith("data:image/png;base64,")
    at = app(tmp_path, "import streamlit as st\nst.set_page_config(page_icon='random')\n").run()
    assert page_configs(at)[0]["icon"] and not page_configs(at)[0]["icon"].startswith("data:")


@pytest.mark.parametrize(("call", "message"), [
    ('layout="full"', '`layout` must be `"centered"` or `"wide"` (got `"full"`)'),
    ('initial_sidebar_state="open"',
     '`initial_sidebar_state` must be `"auto"` or `"expanded"` or `"collapsed"` (got `"open"`)'),
    ('menu_items={"Docs": "https://x.org"}',
     'We only accept the keys: `"Get help"`, `"Report a bug"`, and `"About"` (`"docs"` is not a valid key.)'),
    ('menu_items={"Report a bug": "example.com"}',
     '"example.com" is a not a valid URL. You must use a fully qualified domain beginning with "http://", '
     '"https://", or "mailto:".'),
])
def test_invalid_arguments(call: str, message: str):
    at = AppTest.from_string(f"import streamlit as st\nst.set_page_config({call})").run()
    assert at.exception[0].message == message


def test_must_be_the_first_command_and_once_per_run():
    must_be_first = ("`set_page_config()` can only be called once per app page, and must be called as the first "
                     "Streamlit command in your script.")
    at = AppTest.from_string("import streamlit as st\nst.write('x')\nst.set_page_config(page_title='t')").run()
    assert at.exception[0].message.startswith(must_be_first)
    at = AppTest.from_string("import streamlit as st\nst.set_page_config()\nst.set_page_config()").run()
    assert at.exception[0].exc_type.endswith("StreamlitSetPageConfigMustBeFirstCommandError")
    at = AppTest.from_string("""
import streamlit as st
st.session_state.x = 1
st.query_params.to_dict()
@st.cache_data(show_spinner=False)
def f():
    return 1
f()
st.set_page_config(page_title="fine")
""").run()
    assert not at.exception
    at.run()
    assert not at.exception, "each run may call it once again"
    # As in Streamlit, a cached function's spinner draws (an st.empty): it counts as a command.
    at = AppTest.from_string("""
import streamlit as st
@st.cache_data
def f():
    return 1
f()
st.set_page_config(page_title="too late")
""").run()
    assert at.exception[0].message.startswith(must_be_first)


# ---------------------------------------------------------------- options


def test_options_defaults_files_and_set_option(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("APP_PORT", "9123")
    at = app(tmp_path, """
import streamlit as st
for key in ("server.port", "browser.serverPort", "theme.primaryColor", "theme.font", "client.showErrorDetails",
            "server.maxUploadSize", "runner.magicEnabled", "client.toolbarMode", "global.developmentMode"):
    st.text(f"{key}={st.get_option(key)!r}")
if st.session_state.get("set"):
    st.set_option("client.toolbarMode", "minimal")
""", {".streamlit/config.toml": '[theme]\nprimaryColor = "#ff0000"\n[server]\nport = "env:APP_PORT"\n'}).run()
    assert [t.value for t in at.text] == [
        "server.port=9123", "browser.serverPort=9123", "theme.primaryColor='#ff0000'", "theme.font=None",
        "client.showErrorDetails=True", "server.maxUploadSize=200", "runner.magicEnabled=True",
        "client.toolbarMode='auto'", "global.developmentMode=False"]
    at.session_state.set = True
    at.run()
    at.session_state.set = False
    assert at.run().text[7].value == "client.toolbarMode='minimal'", "set_option lasts for the session"


def test_option_errors():
    at = AppTest.from_string("""
import streamlit as st
for attempt in (lambda: st.set_option("server.port", 1), lambda: st.set_option("no.such", 1),
                lambda: st.get_option("no.such")):
    try:
        attempt()
    except Exception as exc:
        st.text(f"{type(exc).__name__}: {exc}")
""").run()
    assert [t.value for t in at.text] == [
        "StreamlitAPIException: server.port cannot be set on the fly. Set as command line option, e.g. streamlit run "
        "script.py --server.port, or in config.toml instead.",
        "StreamlitAPIException: Unrecognized config option: no.such",
        'RuntimeError: Config key "no.such" not defined.',
    ]


def test_secrets_files_option_points_at_the_app_folder(tmp_path: Path):
    at = app(tmp_path, "import streamlit as st\nst.text(st.get_option('secrets.files'))\n").run()
    assert str(tmp_path / ".streamlit" / "secrets.toml") in at.text[0].value
    assert os.path.join(os.path.expanduser("~"), ".streamlit", "secrets.toml") in at.text[0].value


def test_show_error_details_off_hides_deprecation_warnings():
    at = AppTest.from_string("""
import streamlit as st
st.set_option("client.showErrorDetails", False)
st.experimental_get_query_params()
""").run()
    assert len(at.warning) == 0


# ---------------------------------------------------------------- st.secrets

SECRETS = """
api_key = "abc"
retries = 3

[db]
user = "ann"
port = 5432

[db.replica]
host = "r1"
"""


def test_secrets_from_the_app_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.delenv("api_key", raising=False)
    at = app(tmp_path, """
import os
import streamlit as st
s = st.secrets
st.text(f"{s['api_key']} {s.api_key} {s.db.user} {s['db']['port']} {s.db.replica.host}")
st.text(f"{s.has_key('db')} {'retries' in s} {sorted(s.keys())} {len(s)} {s.db.to_dict()}")
st.text(f"{s.to_dict()['db']['replica']} {os.environ.get('api_key')} {dict(s.items())['retries']}")
try:
    s.db["user"] = "x"
except TypeError as exc:
    st.text(str(exc))
try:
    s.db.user = "x"
except TypeError as exc:
    st.text(str(exc))
""", {".streamlit/secrets.toml": SECRETS}).run()
    assert [t.value for t in at.text] == [
        "abc abc ann 5432 r1",
        "True True ['api_key', 'db', 'retries'] 3 {'user': 'ann', 'port': 5432, 'replica': {'host': 'r1'}}",
        "{'host': 'r1'} abc 3",
        "Secrets does not support item assignment.",
        "Secrets does not support attribute assignment.",
    ]


def test_missing_secrets_and_keys(tmp_path: Path):
    docs = "More info: https://docs.streamlit.io/deploy/streamlit-community-cloud/deploy-your-app/secrets-management"
    at = app(tmp_path, """
import streamlit as st
try:
    st.secrets["token"]
except FileNotFoundError as exc:
    st.text(str(exc))
try:
    st.secrets.token
except AttributeError as exc:
    st.text(str(exc))
""").run()
    assert at.text[0].value.startswith("No secrets found. Valid paths for a secrets.toml file or secret directories are: ")
    assert str(tmp_path / ".streamlit" / "secrets.toml") in at.text[0].value
    assert at.error[0].value == at.text[0].value, "Streamlit also shows the error in the app"
    assert at.text[1].value.startswith('st.secrets has no attribute "token". Did you forget to add it to secrets.toml')
    at = app(tmp_path, """
import streamlit as st
try:
    st.secrets["nope"]
except KeyError as exc:
    st.text(exc.args[0])
""", {".streamlit/secrets.toml": SECRETS}).run()
    assert at.text[0].value == (
        'st.secrets has no key "nope". Did you forget to add it to secrets.toml, mount it to secret directory, or the '
        f"app settings on Streamlit Cloud? {docs}")


def test_apptest_secrets_replace_the_files_for_a_run(tmp_path: Path):
    at = app(tmp_path, "import streamlit as st\nst.text(st.secrets.to_dict())\n",
             {".streamlit/secrets.toml": SECRETS})
    at.secrets["token"] = "t"
    at.secrets["db"] = {"user": "test"}
    at.run()
    assert at.text[0].value == "{'token': 't', 'db': {'user': 'test'}}"
    assert at.secrets == {"token": "t", "db": {"user": "test"}}
    at.secrets = {}
    assert "'api_key': 'abc'" in at.run().text[0].value


# ---------------------------------------------------------------- st.context, st.experimental_user


def test_context_headers_and_cookies():
    at = AppTest.from_string("""
import streamlit as st
h = st.context.headers
st.text(f"{h['user-agent']} {h.get_all('Accept-Language')} {h.to_dict()['Host']} {len(h)}")
st.text(st.context.cookies.to_dict())
try:
    st.context.cookies["theme"] = "light"
except TypeError:
    st.text("read-only")
""")
    at._session.family_state["client"] = {
        "page_path": "", "headers": [["User-Agent", "Test/1.0"], ["Accept-Language", "fr,en;q=0.9"], ["Host", "x.org"]],
        "cookies": "theme=dark; session=a%20b; empty=",
    }
    at.run()
    assert [t.value for t in at.text] == [
        "Test/1.0 ['fr,en;q=0.9'] x.org 3", "{'theme': 'dark', 'session': 'a%20b', 'empty': ''}", "read-only"]


def test_context_is_empty_under_apptest_as_in_streamlit():
    at = AppTest.from_string("import streamlit as st\nst.text(f'{dict(st.context.headers)} {dict(st.context.cookies)}')")
    assert at.run().text[0].value == "{} {}"


def test_experimental_user_without_a_login():
    at = AppTest.from_string("""
import streamlit as st
u = st.experimental_user
st.text(f"{u.email} {u['email']} {u.to_dict()} {list(u)} {len(u)}")
for attempt in (lambda: setattr(u, "email", "x"), lambda: u.__setitem__("email", "x"), lambda: u.name):
    try:
        attempt()
    except Exception as exc:
        st.text(f"{type(exc).__name__}: {exc}")
""").run()
    assert [t.value for t in at.text] == [
        "test@example.com test@example.com {'email': 'test@example.com'} ['email'] 1",
        "StreamlitAPIException: st.experimental_user cannot be modified",
        "StreamlitAPIException: st.experimental_user cannot be modified",
        "AttributeError:",
    ]
