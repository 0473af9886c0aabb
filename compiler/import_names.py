"""From an import name to the distribution that provides it.

Pyodide's lock says which modules each of its packages provides (its `imports` field). For
the rest, a maintained table covers the well-known cases where the import name is not the
distribution's name; otherwise the distribution of the same name on the index is a guess
that is checked against the modules its wheel really contains.
"""

from __future__ import annotations

from packaging.utils import canonicalize_name

# Import name -> distribution, for distributions whose name differs from what they provide.
KNOWN_DISTRIBUTIONS = {
    "attr": "attrs",
    "Bio": "biopython",
    "bs4": "beautifulsoup4",
    "Crypto": "pycryptodome",
    "cv2": "opencv-python",
    "dateutil": "python-dateutil",
    "dns": "dnspython",
    "docx": "python-docx",
    "dotenv": "python-dotenv",
    "fitz": "pymupdf",
    "git": "gitpython",
    "github": "pygithub",
    "google.protobuf": "protobuf",
    "googleapiclient": "google-api-python-client",
    "jose": "python-jose",
    "jwt": "pyjwt",
    "Levenshtein": "levenshtein",
    "magic": "python-magic",
    "markdown_it": "markdown-it-py",
    "mpl_toolkits": "matplotlib",
    "multipart": "python-multipart",
    "nacl": "pynacl",
    "OpenSSL": "pyopenssl",
    "PIL": "pillow",
    "pkg_resources": "setuptools",
    "pptx": "python-pptx",
    "serial": "pyserial",
    "skimage": "scikit-image",
    "sklearn": "scikit-learn",
    "slugify": "python-slugify",
    "socks": "pysocks",
    "st_aggrid": "streamlit-aggrid",
    "streamlit_option_menu": "streamlit-option-menu",
    "telegram": "python-telegram-bot",
    "usb": "pyusb",
    "websocket": "websocket-client",
    "yaml": "pyyaml",
    "zmq": "pyzmq",
}


def known_distribution(module: str) -> str | None:
    """The distribution of a top-level (or dotted) import from the table, if listed."""
    if module in KNOWN_DISTRIBUTIONS:
        return KNOWN_DISTRIBUTIONS[module]
    return KNOWN_DISTRIBUTIONS.get(module.split(".")[0])


def pyodide_import_map(lock_packages: dict[str, dict]) -> dict[str, str]:
    """Import name -> Pyodide package, from the lock's `imports` fields (tests excluded)."""
    mapping: dict[str, str] = {}
    for name, package in sorted(lock_packages.items()):
        if package.get("package_type") == "shared_library":
            continue
        for module in package.get("imports", []):
            mapping.setdefault(module, canonicalize_name(name))
    return mapping


def guessed_distribution(module: str) -> str:
    """The index project to try for an import nothing else explains."""
    return canonicalize_name(module)
