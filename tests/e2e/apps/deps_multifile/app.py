"""A multi-file app: its own package, a CSV read with open(), and packages vendored from PyPI."""

import csv
import os

import humanize  # not declared: found from the import, vendored from PyPI
import streamlit as st
from slugify import slugify  # python-slugify, declared in requirements.txt (needs text-unidecode)

from shop.prices import total

st.title("Multi-file shop")
with open("data/items.csv", newline="", encoding="utf-8") as f:
    rows = list(csv.DictReader(f))
st.write(f"items: {len(rows)}")
st.write(f"total: {total(rows):.2f}")
st.write(f"size: {humanize.naturalsize(123456789)}")
st.write(f"slug: {slugify('Crème brûlée à la carte')}")
st.write(f"pages shipped: {sorted(os.listdir('pages'))}")
with open(".streamlit/secrets.toml", encoding="utf-8") as f:
    st.write(f"secrets file: {len(f.read().splitlines())} line(s)")
