"""The frame codec writes Arrow's layout: pyarrow reads every buffer back as the same data."""

from __future__ import annotations

import datetime
import decimal

import numpy as np
import pandas as pd
import pyarrow as pa
import pytest
from appwasm.frames import codec, convert
from appwasm.frames.decode import decode_frame

PA_TYPES = {
    "bool": lambda t: pa.bool_(),
    "utf8": lambda t: pa.string(),
    "largeutf8": lambda t: pa.large_string(),
    "binary": lambda t: pa.binary(),
    "null": lambda t: pa.null(),
    "date": lambda t: pa.date32(),
    "time": lambda t: pa.time64("us"),
}
UNITS = {"SECOND": "s", "MILLISECOND": "ms", "MICROSECOND": "us", "NANOSECOND": "ns"}


def pa_type(col):
    t = col["type"]
    name = t["name"]
    if "dictionary" in col:
        d = col["dictionary"]
        it = d["indexType"]
        index = getattr(pa, f"{'int' if it['isSigned'] else 'uint'}{it['bitWidth']}")()
        return pa.dictionary(index, pa_type(d["values"]), d["isOrdered"])
    if name == "int":
        return getattr(pa, f"{'int' if t['isSigned'] else 'uint'}{t['bitWidth']}")()
    if name == "floatingpoint":
        return {"HALF": pa.float16(), "SINGLE": pa.float32(), "DOUBLE": pa.float64()}[t["precision"]]
    if name == "timestamp":
        return pa.timestamp(UNITS[t["unit"]], tz=t.get("timezone"))
    if name == "duration":
        return pa.duration(UNITS[t["unit"]])
    if name == "decimal":
        return pa.decimal128(t["precision"], t["scale"])
    if name == "list":
        return pa.list_(pa_type(col["children"][0]))
    return PA_TYPES[name](t)


def to_pyarrow(col, buffers):
    """Rebuild a pyarrow array from our schema + buffers with pa.Array.from_buffers."""
    if "range" in col:
        r = col["range"]
        return pa.array(np.arange(r["start"], r["start"] + r["step"] * col["length"], r["step"], dtype=np.int64))

    def buf(i):
        return None if i is None else pa.py_buffer(bytes(memoryview(buffers[i]).cast("B")))

    typ = pa_type(col)
    if "dictionary" in col:
        values = to_pyarrow(col["dictionary"]["values"], buffers)
        indices = pa.Array.from_buffers(typ.index_type, col["length"], [buf(col.get("validity")), buf(col["data"])],
                                        null_count=col["null_count"])
        return pa.DictionaryArray.from_arrays(indices, values, ordered=col["dictionary"]["isOrdered"])
    if col["type"]["name"] == "null":
        return pa.nulls(col["length"])
    if col["type"]["name"] == "list":
        child = to_pyarrow(col["children"][0], buffers)
        return pa.Array.from_buffers(typ, col["length"], [buf(col.get("validity")), buf(col["offsets"])],
                                     null_count=col["null_count"], children=[child])
    layout = [buf(col.get("validity"))]
    if col.get("offsets") is not None:
        layout.append(buf(col["offsets"]))
    layout.append(buf(col.get("data")))
    arr = pa.Array.from_buffers(typ, col["length"], layout, null_count=col["null_count"])
    arr.validate(full=True)
    return arr


def roundtrip(series: pd.Series):
    frame = convert.encode_data(pd.DataFrame({"c": series}))
    col = [c for c in frame.columns if c["role"] == "data"][0]
    return col, to_pyarrow(col, frame.buffers), frame


DTYPE_CASES = {
    "int64": pd.Series([1, -2, 3], dtype="int64"),
    "int8": pd.Series([1, -2, 127], dtype="int8"),
    "uint32": pd.Series([1, 2, 4_000_000_000], dtype="uint32"),
    "Int64 with nulls": pd.Series([1, None, 3], dtype="Int64"),
    "float64 with NaN": pd.Series([1.5, np.nan, -0.25]),
    "float32": pd.Series([1.5, 2.5], dtype="float32"),
    "bool": pd.Series([True, False, True]),
    "boolean with nulls": pd.Series([True, None, False], dtype="boolean"),
    "object strings with None": pd.Series(["a", None, "ünï", ""], dtype=object),
    "string dtype": pd.Series(["x", None, "yz"], dtype="string"),
    "categorical": pd.Series(pd.Categorical(["b", "a", None, "b"], categories=["b", "a"], ordered=True)),
    "naive datetime": pd.Series(pd.to_datetime(["2024-01-01 12:00:00", None, "1969-12-31 23:59:59.5"], format="ISO8601")),
    "tz-aware datetime": pd.Series(pd.to_datetime(["2024-03-10 01:30", "2024-07-01 12:00"]).tz_localize("US/Eastern")),
    "timedelta": pd.Series(pd.to_timedelta(["1 days 02:00:00", None, "-3s"])),
    "decimal": pd.Series([decimal.Decimal("1.25"), None, decimal.Decimal("-3.5")], dtype=object),
    "dates": pd.Series([datetime.date(2020, 1, 2), None, datetime.date(1960, 5, 6)], dtype=object),
    "times": pd.Series([datetime.time(1, 2, 3, 4), None], dtype=object),
    "lists": pd.Series([[1, 2], [], None, [3]], dtype=object),
    "mixed objects": pd.Series([1, "a", 2.5, None], dtype=object),
    "bytes": pd.Series([b"\x00\x01", b"", None], dtype=object),
    "all null": pd.Series([None, None], dtype=object),
}


@pytest.mark.parametrize("case", list(DTYPE_CASES))
def test_every_dtype_reads_back_in_pyarrow_as_the_same_data(case):
    series = DTYPE_CASES[case]
    col, arr, frame = roundtrip(series)
    if case == "mixed objects":
        expected = pa.array(["1", "a", "2.5", None])
    elif case == "all null":
        expected = pa.nulls(2)
    elif case == "lists":
        expected = pa.array([[1, 2], [], None, [3]])
    else:
        expected = pa.Array.from_pandas(series)
        if pa.types.is_large_string(expected.type) and arr.type == pa.string():
            expected = expected.cast(pa.string())
        if pa.types.is_dictionary(expected.type):
            assert arr.type.ordered == expected.type.ordered
            arr, expected = arr.cast(expected.type.value_type), expected.cast(expected.type.value_type)
    if pa.types.is_timestamp(expected.type) and expected.type.tz:
        assert arr.type.tz == expected.type.tz
    assert arr.cast(expected.type).equals(expected), f"{case}: {arr} != {expected}"
    assert col["null_count"] == expected.null_count
    # And our own decoder gives pandas the same values back.
    back = decode_frame(frame)["c"]
    if case in ("object strings with None", "string dtype"):
        assert [None if pd.isna(v) else v for v in back] == [None if pd.isna(v) else v for v in series]
    elif case not in ("mixed objects", "lists", "all null", "dates", "times", "object strings with None", "string dtype"):
        pd.testing.assert_series_equal(back.reset_index(drop=True), series.reset_index(drop=True), check_dtype=False,
                                       check_categorical=False, check_names=False)


def test_index_columns_come_first_and_a_range_index_has_no_buffers():
    df = pd.DataFrame({"a": [1, 2, 3]})
    frame = convert.encode_data(df)
    index, data = frame.columns
    assert index["role"] == "index" and index["range"] == {"start": 0, "step": 1}
    assert index["data"] is None and data["name"] == "a"
    named = convert.encode_data(pd.DataFrame({"a": [1, 2]}, index=pd.Index(["x", "y"], name="key")))
    assert named.columns[0]["name"] == "key"
    assert to_pyarrow(named.columns[0], named.buffers).to_pylist() == ["x", "y"]
    multi = convert.encode_data(pd.DataFrame({"v": [1, 2]}, index=pd.MultiIndex.from_tuples([("a", 1), ("b", 2)])))
    assert [c["role"] for c in multi.columns] == ["index", "index", "data"]
    pd.testing.assert_frame_equal(decode_frame(multi), pd.DataFrame({"v": [1, 2]}, index=pd.MultiIndex.from_tuples(
        [("a", 1), ("b", 2)])))


def test_numbers_are_views_of_the_dataframes_own_memory():
    values = np.arange(1000, dtype=np.float64)
    frame = convert.encode_data(pd.DataFrame({"x": values}, copy=False))
    data = frame.buffers[frame.columns[1]["data"]]
    assert np.shares_memory(np.frombuffer(data, dtype=np.float64), values) or bytes(data) == values.tobytes()


def test_equal_frames_have_equal_hashes_and_any_change_changes_it():
    a = convert.encode_data(pd.DataFrame({"x": [1, 2], "s": ["a", "b"]}))
    b = convert.encode_data(pd.DataFrame({"x": [1, 2], "s": ["a", "b"]}))
    c = convert.encode_data(pd.DataFrame({"x": [1, 2], "s": ["a", "c"]}))
    d = convert.encode_data(pd.DataFrame({"y": [1, 2], "s": ["a", "b"]}))
    assert a.hash == b.hash
    assert len({a.hash, c.hash, d.hash}) == 3


def test_pyarrow_tables_are_encoded_from_their_own_buffers():
    table = pa.table({"n": pa.array([1, None, 3]), "s": pa.array(["a", "bb", None]),
                      "d": pa.array(["x", "y", "x"]).dictionary_encode()})
    frame = convert.encode_data(table)
    assert [c["role"] for c in frame.columns] == ["data", "data", "data"]  # no index
    for col, original in zip(frame.columns, table.columns):
        assert to_pyarrow(col, frame.buffers).equals(original.combine_chunks())
    sliced = convert.encode_data(table.slice(1, 2))
    assert to_pyarrow(sliced.columns[1], sliced.buffers).to_pylist() == ["bb", None]


@pytest.mark.parametrize("lite", [False, True])
def test_plain_python_data_gives_the_same_columns_with_and_without_pandas(lite, monkeypatch):
    monkeypatch.setattr(convert, "FORCE_LITE", lite)
    cases = {
        "list": ([1, 2, 3], ["value"], True),
        "records": ([{"a": 1, "b": "x"}, {"a": 2, "c": True}], ["a", "b", "c"], True),
        "rows": ([[1, "a"], [2, "b"]], ["0", "1"], True),
        "columns": ({"a": [1, 2], "b": [3.5, None]}, ["a", "b"], True),
        "key values": ({"x": 1, "y": 2}, ["value"], False),
        "column index mapping": ({"a": {"r1": 1, "r2": 2}}, ["a"], False),
        "set": ({5}, ["value"], True),
        "generator": ((i * i for i in range(3)), ["0"], False),
    }
    for name, (data, columns, hidden) in cases.items():
        frame = convert.encode_data(data)
        assert [c["name"] for c in frame.columns if c["role"] == "data"] == columns, name
        assert frame.meta["hide_index_default"] is hidden, name
    frame = convert.encode_data({"a": [1, 2], "b": [3.5, None]})
    b = [c for c in frame.columns if c["name"] == "b"][0]
    assert to_pyarrow(b, frame.buffers).to_pylist() == [3.5, None]


def test_styler_display_values_and_colors_travel_as_columns():
    df = pd.DataFrame({"a": [1.0, 2.0], "b": ["x", "y"]})
    styler = df.style.format({"a": "{:.1f} kg"}).map(lambda v: "background-color: red; color: white; "
                                                     "behavior: url(x)" if v == 2.0 else "", subset=["a"])
    frame = convert.encode_data(styler)
    display = [c for c in frame.columns if c["role"] == "display" and c["target"] == 0][0]
    assert to_pyarrow(display, frame.buffers).to_pylist() == ["1.0 kg", "2.0 kg"]
    style = [c for c in frame.columns if c["role"] == "style"][0]
    ids = to_pyarrow(style, frame.buffers).to_pylist()
    assert ids[0] == -1 and frame.schema["styles"][ids[1]] == {"background-color": "red", "color": "white"}


def test_utf8_layout_handles_non_ascii_offsets():
    offsets_data = codec.utf8_parts(["é", "ab", "€"])
    assert offsets_data == ("éab€".encode(), [2, 2, 3])


def test_numpy_arrays_need_no_pandas(monkeypatch):
    monkeypatch.setattr(convert, "FORCE_LITE", True)
    frame = convert.encode_data(np.arange(6, dtype=np.int32).reshape(3, 2))
    assert [c["name"] for c in frame.columns] == ["", "0", "1"] and frame.meta["hide_index_default"]
    assert to_pyarrow(frame.columns[2], frame.buffers).to_pylist() == [1, 3, 5]
    strings = convert.encode_data(np.array(["a", "bé"]))
    assert [c["name"] for c in strings.columns] == ["", "value"]
    assert to_pyarrow(strings.columns[1], strings.buffers).to_pylist() == ["a", "bé"]
