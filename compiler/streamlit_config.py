"""The app's `.streamlit/` folder: the [theme] of config.toml, and the secrets warning."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from appwasm_compiler.file_patterns import InvalidConfig

CONFIG_FILE = ".streamlit/config.toml"
SECRETS_FILE = ".streamlit/secrets.toml"
# Streamlit's theme options (1.39-1.40) that the renderer applies.
THEME_COLORS = ("primaryColor", "backgroundColor", "secondaryBackgroundColor", "textColor")
THEME_FONTS = ("sans serif", "serif", "monospace")
_COLOR = re.compile(r"^(#[0-9a-fA-F]{3,8}|(rgb|rgba|hsl|hsla)\([0-9.,%\s/]+\)|[a-zA-Z]{3,20})$")


def read_theme(root: Path, files: list[str]) -> tuple[dict[str, str], list[str]]:
    """The [theme] of .streamlit/config.toml as the BootConfig `theme`, and warnings."""
    if CONFIG_FILE not in files:
        return {}, []
    path = root / CONFIG_FILE
    try:
        config = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise InvalidConfig(f"{CONFIG_FILE} is not valid TOML ({exc})", "Streamlit would refuse it too; fix the file") from None
    section = config.get("theme", {})
    if not isinstance(section, dict):
        raise InvalidConfig(f"{CONFIG_FILE}: [theme] must be a table")
    theme: dict[str, str] = {}
    warnings: list[str] = []
    for key, value in section.items():
        if key in THEME_COLORS:
            if not isinstance(value, str) or not _COLOR.match(value.strip()):
                raise InvalidConfig(f"{CONFIG_FILE}: theme.{key} = {value!r} is not a CSS color",
                                    "use a color such as \"#ff4b4b\" or \"rgb(255, 75, 75)\"")
            theme[key] = value.strip()
        elif key == "base":
            if value not in ("light", "dark"):
                raise InvalidConfig(f"{CONFIG_FILE}: theme.base = {value!r} must be \"light\" or \"dark\"")
            theme[key] = value
        elif key == "font":
            if value not in THEME_FONTS:
                raise InvalidConfig(f"{CONFIG_FILE}: theme.font = {value!r} must be one of "
                                    + ", ".join(f'"{f}"' for f in THEME_FONTS))
            theme[key] = value
        else:
            warnings.append(f"{CONFIG_FILE}: theme.{key} is not supported by appwasm and is ignored")
    return theme, warnings


def secrets_warning(files: list[str]) -> str | None:
    if SECRETS_FILE not in files:
        return None
    return (f"{SECRETS_FILE} ships with the site: every visitor can download it. Keep only values that are "
            f"safe to publish there, or leave it out with --exclude {SECRETS_FILE}")
