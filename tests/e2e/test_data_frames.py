"""The data family in real Chromium with real Pyodide 0.29.0, numpy and pandas.

One page load covers rendering, sorting, selection (reaching Python), editing (reaching Python
and surviving a rerun), copy, metric, table and number formats; another scrolls a 1,000,000-row
frame to its last row with a bounded DOM; a third shows that plain data needs no pandas.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.e2e.pyodide_pandas import pandas_pyodide_dist

pytestmark = pytest.mark.pandas_wasm


@pytest.fixture(scope="session")
def pandas_dist() -> str:
    return str(pandas_pyodide_dist())


def grid(page, index: int):
    return page.locator('[role="grid"]').nth(index)


def press(page, *keys: str) -> None:
    for key in keys:
        page.keyboard.press(key)


def cell_texts(page, grid_index: int, column: int) -> list[str]:
    """Texts of the rendered body cells of one column (aria-colindex), top to bottom."""
    return page.evaluate(
        """([g, c]) => {
          const grid = document.querySelectorAll('[role="grid"]')[g];
          const rows = [...grid.querySelectorAll('[role="row"]')].filter(r => r.getAttribute('aria-rowindex') !== '1');
          rows.sort((a, b) => a.getAttribute('aria-rowindex') - b.getAttribute('aria-rowindex'));
          return rows.map(r => { const el = r.querySelector(`[aria-colindex="${c}"]`); return el ? el.textContent : null; });
        }""",
        [grid_index, column],
    )


def test_frames_render_sort_select_edit_and_copy(open_app, pandas_dist):
    app = open_app("data_frames.py", "--pyodide-dist", pandas_dist)
    page = app.page
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    page.get_by_text("pandas 2.3.2, numpy 2.2.5").wait_for()
    # numpy, pandas and their dependencies are in the site and loaded in the one loadPackage call.
    packages = page.evaluate("window.__appwasm.config.packages")
    assert {"numpy", "pandas", "python-dateutil", "pytz", "six"} <= set(packages)
    assert any(u.endswith(".whl") and "pandas-2.3.2" in u for u in app.requests)

    frame = grid(page, 0)
    frame.wait_for()
    assert frame.get_attribute("aria-rowcount") == "5"  # header + 4 rows
    # Columns: row markers, index, name, qty, price, when.
    assert cell_texts(page, 0, 3) == ["banana", "apple", "cherry", "None"]
    assert cell_texts(page, 0, 5) == ["$1.50", "$0.25", "$3.00", "None"]
    assert cell_texts(page, 0, 6) == ["2024-01-02 00:00:00", "2024-03-04 00:00:00", "None", "2023-12-31 00:00:00"]

    # Sort by qty (the header's sort button), ascending then descending.
    qty_header = frame.get_by_role("columnheader").filter(has_text="qty")
    qty_header.get_by_role("button", name="Sort by qty").click()
    assert qty_header.get_attribute("aria-sort") == "ascending"
    assert cell_texts(page, 0, 3) == ["None", "banana", "cherry", "apple"]
    qty_header.get_by_role("button", name="Sort by qty").click()
    assert cell_texts(page, 0, 3) == ["apple", "cherry", "banana", "None"]
    # Strings sort by their text, nulls last; a third click restores the data's order.
    name_sort = frame.get_by_role("columnheader").filter(has_text="name").get_by_role("button", name="Sort by name")
    name_sort.click()
    assert cell_texts(page, 0, 3) == ["apple", "banana", "cherry", "None"]
    name_sort.click()
    name_sort.click()
    assert cell_texts(page, 0, 3) == ["banana", "apple", "cherry", "None"]
    qty_header.get_by_role("button", name="Sort by qty").click()
    qty_header.get_by_role("button", name="Sort by qty").click()

    # Select the second displayed row (cherry, position 2 in the data): Python sees it.
    frame.get_by_role("checkbox", name="Select row 2").click()
    page.get_by_text("Selected rows: [2]").wait_for()
    # Keyboard: focus the grid, move down one row, Space selects it too (banana, position 0).
    frame.focus()
    press(page, "Control+Home", "ArrowDown", "ArrowDown", "Space")
    page.get_by_text("Selected rows: [2, 0]").wait_for()
    # A column header click selects the column (single-column mode).
    frame.get_by_role("columnheader").filter(has_text="price").click()
    page.get_by_text("Selected columns: ['price']").wait_for()
    app.wait_idle()

    # Copy the selected rows as tab-separated text.
    grid(page, 0).focus()
    page.keyboard.press("Control+c")
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied.splitlines()[0].split("\t")[1:3] == ["cherry", "7"]

    # Edit a cell of the data editor: type into n of the first row, Enter commits.
    editor = grid(page, 1)
    editor.focus()
    page.keyboard.press("Control+Home")
    page.keyboard.press("ArrowRight")  # from item to n
    page.keyboard.type("5")
    edit_box = page.get_by_role("spinbutton", name="Edit n")
    edit_box.wait_for()
    page.keyboard.press("Enter")
    page.get_by_text("Edited total: 7 rows: 2").wait_for()
    state = page.evaluate("window.__appwasm.store.roots[0].children.map(c => c.node && c.node.editing).filter(Boolean)[0]")
    assert state == {"edited_rows": {"0": {"n": 5}}, "added_rows": [], "deleted_rows": []}
    # The edit survives a rerun (the widget state is kept in the session), and the rerun sends
    # no frame again: the data is equal, the renderer keeps its buffers.
    page.evaluate("""() => {
      const s = window.__appwasm.store; const receive = s.receive.bind(s); window.__frames = 0;
      s.receive = (m) => { if (m.type === 'frame') window.__frames++; receive(m); };
    }""")
    run_id = app.run_id()
    page.get_by_role("button", name="Rerun").click()
    app.wait_for_run_after(run_id)
    page.get_by_text("Edited total: 7 rows: 2").wait_for()
    assert page.evaluate("window.__frames") == 0
    assert cell_texts(page, 0, 3) == ["apple", "cherry", "banana", "None"]
    assert "5" in cell_texts(page, 1, 3)
    # Add a row (num_rows="dynamic"): it is sent only once its required "item" has a value.
    sent = page.evaluate("window.__appwasm.transport.seq")
    page.get_by_role("button", name="Add row").click()
    assert editor.get_attribute("aria-rowcount") == "4"
    editor.focus()
    press(page, "Control+End", "Home", "ArrowRight")
    page.keyboard.type("10")
    page.keyboard.press("Enter")
    assert page.evaluate("window.__appwasm.transport.seq") == sent, "an incomplete new row must not be sent"
    assert page.get_by_text("Edited total: 7 rows: 2").is_visible()
    press(page, "Control+End", "Home")
    page.keyboard.type("c")
    page.keyboard.press("Enter")
    page.get_by_text("Edited total: 17 rows: 3").wait_for()

    # Metric, table and Styler.
    metric = page.get_by_test_id("stMetric")
    assert metric.get_by_test_id("stMetricValue").inner_text() == "70 °F"
    delta = metric.get_by_test_id("stMetricDelta")
    assert "-1.2 °F" in delta.inner_text() and "aw-metric-red" in delta.get_attribute("class")
    table = page.locator("table.aw-table")
    assert table.locator("tbody tr").count() == 2
    assert table.locator("thead th").all_inner_texts()[1:3] == ["name", "qty"]
    # hide_index and column_order: no row header, columns w then v (z left out).
    assert cell_texts(page, 2, 1) == ["p", "q"] and cell_texts(page, 2, 2) == ["1.0 kg", "2.0 kg"]
    assert grid(page, 2).get_attribute("aria-colcount") == "2"
    assert grid(page, 2).get_by_role("rowheader").count() == 0

    # Resize a column by dragging the edge of its header.
    head = grid(page, 2).get_by_role("columnheader").first
    head.scroll_into_view_if_needed()
    before = head.bounding_box()
    page.mouse.move(before["x"] + before["width"] - 2, before["y"] + before["height"] / 2)
    page.mouse.down()
    page.mouse.move(before["x"] + before["width"] + 60, before["y"] + before["height"] / 2, steps=4)
    page.mouse.up()
    assert head.bounding_box()["width"] > before["width"] + 40

    # Delete a row of the editor: mark it, then "Delete selected rows".
    editor.get_by_role("checkbox", name="Select row 2").click()
    page.get_by_role("button", name="Delete selected rows").click()
    page.get_by_text("Edited total: 15 rows: 2").wait_for()

    # Time zones: wall-clock time and offset of each instant, across a daylight-saving change.
    assert cell_texts(page, 3, 2) == ["2024-03-31 00:30:00+01:00", "2024-03-31 01:30:00+01:00",
                                      "2024-03-31 03:30:00+02:00", "2024-03-31 04:30:00+02:00"]

    app.wait_idle()
    assert app.foreign_requests() == []
    assert app.errors == []


def test_a_million_rows_scroll_to_the_last_with_a_bounded_dom(open_app, pandas_dist):
    app = open_app("data_big.py", "--pyodide-dist", pandas_dist)
    page = app.page
    page.get_by_text("Big frame sent").wait_for()
    frame = grid(page, 0)
    frame.wait_for()
    assert frame.get_attribute("aria-rowcount") == "1000001"
    page.wait_for_function("document.querySelectorAll('[role=\"grid\"] [role=\"row\"]').length > 5")
    dom_before = page.evaluate("document.querySelectorAll('*').length")
    frame.focus()
    page.keyboard.press("Control+End")
    page.wait_for_function("[...document.querySelectorAll('[role=\"rowheader\"]')].some(c => c.textContent === '999999')")
    # The last row is in view: its cell lies inside the grid's visible box.
    inside = page.evaluate("""() => {
      const g = document.querySelector('[role="grid"]').getBoundingClientRect();
      const c = [...document.querySelectorAll('[role="rowheader"]')].find(c => c.textContent === '999999').getBoundingClientRect();
      return c.top >= g.top && c.bottom <= g.bottom + 1;
    }""")
    assert inside
    rows = page.evaluate("document.querySelectorAll('[role=\"grid\"] [role=\"row\"]').length")
    assert rows < 40, f"{rows} rows in the DOM"
    # Scrolling with the scrollbar to the very end shows the last row too, and the DOM stays small.
    page.evaluate("() => { const g = document.querySelector('[role=\"grid\"]'); g.scrollTop = g.scrollHeight; }")
    page.wait_for_function("[...document.querySelectorAll('[role=\"rowheader\"]')].some(c => c.textContent === '999999')")
    dom_after = page.evaluate("document.querySelectorAll('*').length")
    assert dom_after < dom_before + 200
    # Sorting a million rows in the browser (descending by i) puts 999999 first.
    page.evaluate("() => document.querySelector('[role=\"grid\"]').scrollTop = 0")
    header = frame.get_by_role("columnheader").filter(has_text="i")
    header.get_by_role("button", name="Sort by i").click()
    header.get_by_role("button", name="Sort by i").click()
    page.wait_for_function("document.querySelector('[role=\"grid\"] [role=\"row\"][aria-rowindex=\"2\"] [role=\"gridcell\"]')?.textContent === '999999'")
    assert app.errors == []


def test_plain_data_needs_no_pandas(open_app):
    app = open_app("data_lite.py")
    page = app.page
    grid(page, 0).wait_for()
    assert cell_texts(page, 0, 1) == ["Oslo", "Lima"]
    assert cell_texts(page, 0, 2) == ["3.5", "19"]
    assert page.locator("table.aw-table tbody tr").count() == 2
    assert page.get_by_test_id("stMetricValue").inner_text() == "1234"
    # st.data_editor on a list of dicts, without pandas: Space toggles a checkbox cell.
    todo = grid(page, 1)
    todo.focus()
    press(page, "Control+Home", "ArrowDown", "ArrowRight", "Space")
    page.get_by_text("Done: ['test']").wait_for()
    # Columns are virtualized too: 60 columns, a few in the DOM; scrolling right brings the last.
    wide = grid(page, 2)
    assert wide.get_attribute("aria-colcount") == "60"
    assert wide.get_by_role("columnheader").count() < 20
    wide.evaluate("g => g.scrollLeft = g.scrollWidth")
    wide.get_by_role("columnheader").filter(has_text="col59").wait_for()
    assert wide.get_by_role("columnheader").count() < 20
    packages = page.evaluate("window.__appwasm.config.packages")
    assert "pandas" not in packages and "numpy" not in packages
    assert not any("pandas" in u or "numpy" in u for u in app.requests)
    stats = page.evaluate("JSON.stringify(window.__appwasm.store.history.length)")
    assert json.loads(stats) >= 1
    assert app.errors == []


def rowcount(page, grid_index: int) -> str:
    return grid(page, grid_index).get_attribute("aria-rowcount")


def download_csv(page, grid_index: int) -> str:
    grid(page, grid_index).hover()  # the toolbar shows over a hovered grid
    with page.expect_download() as csv:
        page.get_by_role("toolbar").nth(grid_index).get_by_role("button", name="Download as CSV").click()
    assert csv.value.suggested_filename.endswith("_export.csv")
    return Path(csv.value.path()).read_bytes().decode("utf-8")


def test_the_grid_toolbar_searches_downloads_and_goes_fullscreen(open_app):
    app = open_app("data_lite.py")
    page = app.page
    cities = grid(page, 0)
    cities.wait_for()
    assert page.get_by_role("toolbar", name="Data editor tools").count() == 1

    # Search keeps the rows whose shown text contains the query, ignoring case; Escape clears it.
    cities.hover()
    page.get_by_role("toolbar", name="Data table tools").first.get_by_role("button", name="Search").click()
    box = page.get_by_role("searchbox", name="Search data table")
    box.fill("LIM")
    page.wait_for_function("document.querySelector('[role=\"grid\"]').getAttribute('aria-rowcount') === '2'")
    assert cell_texts(page, 0, 1) == ["Lima"]
    assert page.get_by_role("status").filter(has_text="1 of 2 rows").count() == 1
    box.fill("3.5")  # numbers are searched as shown
    page.wait_for_function("document.querySelector('[role=\"grid\"] [role=\"gridcell\"]')?.textContent === 'Oslo'")
    assert rowcount(page, 0) == "2"
    box.press("Escape")
    page.wait_for_function("document.querySelector('[role=\"grid\"]').getAttribute('aria-rowcount') === '3'")
    assert box.count() == 0
    # Ctrl+F in the grid opens the grid's own search (the browser's cannot see rows out of view).
    cities.focus()
    page.keyboard.press("Control+f")
    page.wait_for_function("document.activeElement?.getAttribute('aria-label') === 'Search data table'")
    cities.focus()  # again, with the search already open: back to the search box
    page.keyboard.press("Control+f")
    page.wait_for_function("document.activeElement?.getAttribute('aria-label') === 'Search data table'")
    page.keyboard.press("Escape")

    # CSV: UTF-8 with a byte-order mark, numbers as values, quoting where needed.
    assert download_csv(page, 0) == "\ufeffcity,temp\nOslo,3.5\nLima,19\n"
    assert download_csv(page, 3) == '\ufeffname,n\n"a ""quoted"", name",1\nplain,2\n'
    # The editor's CSV has the user's edits.
    todo = grid(page, 1)
    todo.focus()
    press(page, "Control+Home", "ArrowDown", "ArrowRight", "Space")
    page.get_by_text("Done: ['test']").wait_for()
    assert download_csv(page, 1) == "\ufefftask,done\nwrite,false\ntest,true\n"

    # The toolbar is an ARIA toolbar: arrow keys move between its buttons.
    search_button = page.get_by_role("toolbar").first.get_by_role("button", name="Search")
    search_button.focus()
    page.keyboard.press("ArrowRight")
    page.wait_for_function("document.activeElement?.getAttribute('aria-label') === 'Download as CSV'")
    page.keyboard.press("ArrowLeft")
    page.keyboard.press("ArrowLeft")
    page.wait_for_function("document.activeElement?.getAttribute('aria-label') === 'Fullscreen'")

    # Fullscreen fills the window; Escape returns.
    small = cities.bounding_box()["height"]
    cities.hover()
    page.get_by_role("toolbar").first.get_by_role("button", name="Fullscreen").click()
    page.wait_for_function("document.querySelector('[role=\"grid\"]').getBoundingClientRect().height > 700")
    page.keyboard.press("Escape")
    page.wait_for_function(f"document.querySelector('[role=\"grid\"]').getBoundingClientRect().height === {small}")
    assert app.errors == []
