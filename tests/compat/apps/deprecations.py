"""Deprecated parameters and commands old apps still use, and the warnings they get."""
import struct
import zlib

import streamlit as st


def chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


PNG = (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0))
       + chunk(b"IDAT", zlib.compress(b"\x00\xff\x00\x00")) + chunk(b"IEND", b""))
st.title("Deprecated")
st.image(PNG, use_column_width=True)
st.image(PNG, use_column_width="always", caption="always")


@st.cache(suppress_st_warning=True)
def legacy(n):
    return n + 1


st.write("legacy cache:", legacy(1))
st.write("params:", st.experimental_get_query_params())
