"""What a page is, and the pages of a v1 app (its entry script plus pages/*.py).

Names follow Streamlit's rules: "01_📈_Plotting_Demo.py" is ordered by its number, shown as
"Plotting Demo" with the icon 📈, and reached at <site>/Plotting_Demo.
"""

from __future__ import annotations

import hashlib
import os
import re
import time
import unicodedata
from dataclasses import dataclass
from pathlib import Path

PAGE_FILENAME_REGEX = re.compile(r"([0-9]*)[_ -]*(.*)\.py")
_ZWJ = "\u200d"
_MODIFIERS = {"\ufe0f", "\ufe0e", "\u20e3"} | {chr(c) for c in range(0x1F3FB, 0x1F400)}


def calc_md5(text: str) -> str:
    return hashlib.md5(text.encode(), usedforsecurity=False).hexdigest()


def _is_emoji_char(ch: str) -> bool:
    return unicodedata.category(ch) in ("So", "Sk") and ord(ch) > 0x7F


def extract_leading_emoji(text: str) -> tuple[str, str]:
    """(the emoji the text starts with, the rest without a separator), or ("", text)."""
    if not text or not _is_emoji_char(text[0]):
        return "", text
    end = 1
    while end < len(text):
        ch = text[end]
        if ch in _MODIFIERS:
            end += 1
        elif ch == _ZWJ and end + 1 < len(text) and _is_emoji_char(text[end + 1]):
            end += 2
        elif 0x1F1E6 <= ord(text[0]) <= 0x1F1FF and end == 1 and 0x1F1E6 <= ord(ch) <= 0x1F1FF:
            end += 1  # a flag: two regional indicators
        else:
            break
    return text[:end], re.sub(r"^[_ -]+", "", text[end:])


def page_icon_and_name(script_path: Path) -> tuple[str, str]:
    """The icon and the name (underscores kept: it is also the URL path) of a page file."""
    match = PAGE_FILENAME_REGEX.search(script_path.name)
    if match is None:
        return "", ""
    icon_and_name = re.sub(r"[_ ]+", "_", match.group(2)).strip() or match.group(1)
    return extract_leading_emoji(icon_and_name)


def page_sort_key(script_path: Path) -> tuple[float, str]:
    number, label = PAGE_FILENAME_REGEX.findall(script_path.name)[0]
    return (float("inf") if number == "" else float(number), label.lower())


@dataclass
class PageInfo:
    """A page as the navigation knows it."""

    page_script_hash: str
    page_name: str  # v1: the file's name (underscores); v2: the page's title
    icon: str
    script_path: str  # absolute path, "" for a callable page
    url_pathname: str  # below the site root; "" for the default page
    section: str = ""
    is_default: bool = False

    @property
    def title(self) -> str:
        return self.page_name.replace("_", " ")

    def to_message(self) -> dict[str, object]:
        return {"page_script_hash": self.page_script_hash, "title": self.title, "icon": self.icon,
                "url_path": self.url_pathname, "section": self.section, "is_default": self.is_default}


def has_pages_dir(main_script_path: str) -> bool:
    return (Path(main_script_path).parent / "pages").is_dir()


# Every run of a pages/ app (and every st.page_link) asks for the pages; the folder is read
# again only when its entries change (its mtime). A folder changed in the last two seconds is
# always read: a second change within the file system's clock tick would keep the same mtime.
_v1_pages_seen: dict[str, tuple[int, list[PageInfo]]] = {}
_SETTLED_NS = 2_000_000_000


def v1_pages(main_script_path: str) -> list[PageInfo]:
    """The entry script, then pages/*.py in Streamlit's order."""
    try:
        stamp = (Path(main_script_path).parent / "pages").stat().st_mtime_ns
    except OSError:
        stamp = -1
    seen = _v1_pages_seen.get(main_script_path)
    if seen is None or seen[0] != stamp or time.time_ns() - stamp < _SETTLED_NS:
        seen = _v1_pages_seen[main_script_path] = (stamp, _read_v1_pages(main_script_path))
    return list(seen[1])


def _read_v1_pages(main_script_path: str) -> list[PageInfo]:
    main = Path(main_script_path)
    pages_dir = main.parent / "pages"
    icon, name = page_icon_and_name(main)
    pages = [PageInfo(calc_md5(str(main.resolve())), name, icon, str(main.resolve()), "", is_default=True)]
    if not pages_dir.is_dir():
        return pages
    scripts = sorted((f for f in pages_dir.glob("*.py") if not f.name.startswith(".") and f.name != "__init__.py"),
                     key=page_sort_key)
    for script in scripts:
        icon, name = page_icon_and_name(script)
        resolved = str(script.resolve())
        pages.append(PageInfo(calc_md5(resolved), name, icon, resolved, name))
    return pages


def resolve_page_path(main_script_path: str, page: str) -> str:
    """A page given as a path relative to the entry script, made absolute and real."""
    return os.path.realpath(os.path.join(os.path.dirname(os.path.abspath(main_script_path)), os.path.normpath(page)))
