// The virtualized grid of st.dataframe and st.data_editor. Only the rows and columns in view
// are in the DOM (plus a small margin), whatever the size of the data: a million rows scroll
// like ten. Past ~10 million pixels the scroll range is scaled, since browsers cap element
// heights. ARIA grid semantics: the grid keeps focus and names the active cell with
// aria-activedescendant; the keyboard moves it, sorts, selects, edits and copies.
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from "preact/hooks";
import type { EditingState } from "../../../protocol.gen";
import type { Table } from "../../frames/columns";
import { CellContent } from "./cells";
import { Editor } from "./Editor";
import { downloadCsv } from "./export";
import { handleGridKey, takeCopyText, type GridApi } from "./keys";
import { cellStyle, ROW_HEIGHT, type GridColumn } from "./model";
import { rowList, textOf, valueAt, withAddedRow, withoutRows } from "./rows";
import { useRowSearch } from "./search";
import { sortedRows } from "./sort";
import { Toolbar } from "./Toolbar";

const MAX_CANVAS = 10_000_000;
const OVERSCAN = 3;
const MARKER_WIDTH = 40;
let gridCount = 0;

export interface GridProps {
  table: Table;
  columns: GridColumn[];
  height: number | null;
  width: number | null;
  useContainerWidth: boolean;
  rowSelection: "single" | "multi" | null;
  columnSelection: "single" | "multi" | null;
  selectedRows: number[];
  selectedColumns: string[];
  onSelectionChange?: (rows: number[], columns: string[]) => void;
  editing: EditingState | null;
  onEditingChange?: (state: EditingState) => void;
  dynamic: boolean;
  label: string;
}

export function Grid(props: GridProps) {
  const { table, columns, editing, dynamic } = props;
  const uid = useMemo(() => `aw-grid-${++gridCount}`, []);
  const scroller = useRef<HTMLDivElement>(null);
  const [scroll, setScroll] = useState({ top: 0, left: 0 });
  const [viewport, setViewport] = useState({ w: 800, h: 400 });
  const [active, setActive] = useState<{ row: number; col: number }>({ row: 0, col: 0 });
  const [sort, setSort] = useState<{ col: number; desc: boolean } | null>(null);
  const [widths, setWidths] = useState<Record<number, number>>({});
  const [editor, setEditor] = useState<{ row: number; col: number; initial: string | null } | null>(null);
  // Rows marked for deletion in the editor when no row selection is configured.
  const [marked, setMarked] = useState<number[]>([]);
  const [searchOpen, setSearchOpen] = useState(false);
  const [searchFocus, setSearchFocus] = useState(0); // bumped by Ctrl/Cmd+F, even when the search is open
  const [query, setQuery] = useState("");
  const [expanded, setExpanded] = useState(false);
  const [exporting, setExporting] = useState<number | null>(null);
  const cancelExport = useRef<(() => void) | null>(null);
  useEffect(() => () => cancelExport.current?.(), []);
  const startExport = () => {
    if (cancelExport.current) return;
    setExporting(0);
    cancelExport.current = downloadCsv(columns, rows, editing, (fraction) => {
      setExporting(fraction);
      if (fraction === null) cancelExport.current = null;
    });
  };

  const markers = props.rowSelection !== null || dynamic;
  const selectedRows = props.rowSelection ? props.selectedRows : marked;
  const selectedRowSet = useMemo(() => new Set(selectedRows), [selectedRows]);

  const order = useMemo(() => {
    if (!sort || dynamic) return null;
    return sortedRows(columns[sort.col].source, table.numRows, sort.desc);
  }, [sort, columns, table, dynamic]);
  const allRows = useMemo(() => rowList(table, order, editing), [table, order, editing]);
  const search = useRowSearch(query, allRows, columns, editing);
  const rows = search.matches ?? allRows;
  const searchStatus = !search.matches ? "" : search.searching ? `Searching… ${search.matches.length} so far`
    : `${search.matches.length} of ${allRows.length} rows`;
  useEffect(() => {
    if (scroller.current) scroller.current.scrollTop = 0;
    setActive((a) => ({ row: Math.min(a.row, 0), col: a.col }));
  }, [search.query]);
  // A layout effect: Escape must work from the first frame the fullscreen grid is drawn.
  useLayoutEffect(() => {
    if (!expanded) return undefined;
    scroller.current?.focus();
    const close = (e: KeyboardEvent) => {
      if (e.key === "Escape" && !e.defaultPrevented) setExpanded(false);
    };
    document.addEventListener("keydown", close);
    return () => document.removeEventListener("keydown", close);
  }, [expanded]);

  // Column geometry: pinned (index) columns first, after the row markers. With
  // use_container_width, columns the user did not size share the spare width.
  const layout = useMemo(() => {
    const base = columns.map((col, i) => widths[i] ?? col.width);
    const fixed = markers ? MARKER_WIDTH : 0;
    const natural = base.reduce((a, b) => a + b, fixed);
    const flexible = columns.map((col, i) => !col.pinned && widths[i] === undefined && !col.config.width);
    const flexTotal = base.reduce((a, w, i) => a + (flexible[i] ? w : 0), 0);
    const spare = props.useContainerWidth ? viewport.w - natural : 0;
    const sized = spare > 0 && flexTotal > 0 ? base.map((w, i) => (flexible[i] ? Math.floor(w + (spare * w) / flexTotal) : w)) : base;
    const xs: number[] = [];
    let x = fixed;
    let pinnedWidth = x;
    columns.forEach((col, i) => {
      xs.push(x);
      x += sized[i];
      if (col.pinned) pinnedWidth = x;
    });
    return { xs, sizes: sized, total: x, pinnedWidth };
  }, [columns, widths, markers, props.useContainerWidth, viewport.w]);
  const widthOf = (i: number) => layout.sizes[i];

  const fullHeight = rows.length * ROW_HEIGHT;
  const canvasHeight = Math.min(fullHeight, MAX_CANVAS);
  const defaultHeight = Math.min((rows.length + 1) * ROW_HEIGHT + 2 + (dynamic ? ROW_HEIGHT : 0), 400);
  const outerHeight = props.height ?? defaultHeight;
  const bodyHeight = Math.max(ROW_HEIGHT, viewport.h - ROW_HEIGHT);
  const scale = fullHeight > canvasHeight ? (fullHeight - bodyHeight) / Math.max(1, canvasHeight - bodyHeight) : 1;
  const virtualTop = scroll.top * scale;

  useLayoutEffect(() => {
    const el = scroller.current!;
    const measure = () => setViewport({ w: el.clientWidth, h: el.clientHeight });
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  const frame = useRef(0);
  const onScroll = () => {
    if (frame.current) return;
    frame.current = requestAnimationFrame(() => {
      frame.current = 0;
      const el = scroller.current;
      if (el) setScroll({ top: el.scrollTop, left: el.scrollLeft });
    });
  };
  useEffect(() => () => cancelAnimationFrame(frame.current), []);

  const scrollToRow = (row: number) => {
    const el = scroller.current;
    if (!el || row < 0) return;
    let vt = virtualTop;
    if (row * ROW_HEIGHT < vt) vt = row * ROW_HEIGHT;
    else if ((row + 1) * ROW_HEIGHT > vt + bodyHeight) vt = (row + 1) * ROW_HEIGHT - bodyHeight;
    if (vt !== virtualTop) el.scrollTop = vt / scale;
  };
  const scrollToCol = (col: number) => {
    const el = scroller.current;
    if (!el || columns[col]?.pinned) return;
    const x = layout.xs[col];
    const w = widthOf(col);
    if (x - layout.pinnedWidth < el.scrollLeft) el.scrollLeft = x - layout.pinnedWidth;
    else if (x + w > el.scrollLeft + viewport.w) el.scrollLeft = x + w - viewport.w;
  };

  const setSelection = (rowsOut: number[], cols: string[]) => {
    if (props.rowSelection) props.onSelectionChange?.(rowsOut, cols);
    else setMarked(rowsOut);
  };
  const toggleRow = (rowId: number) => {
    if (!markers) return; // rows are selectable only with on_select or in a dynamic editor
    const single = props.rowSelection === "single";
    const next = selectedRowSet.has(rowId) ? selectedRows.filter((r) => r !== rowId) : single ? [rowId] : [...selectedRows, rowId];
    setSelection(next, props.selectedColumns);
  };
  const toggleColumn = (col: GridColumn) => {
    if (!props.columnSelection || col.isIndex) return;
    const has = props.selectedColumns.includes(col.key);
    const next = has ? props.selectedColumns.filter((c) => c !== col.key) : props.columnSelection === "single" ? [col.key] : [...props.selectedColumns, col.key];
    props.onSelectionChange?.(props.rowSelection ? props.selectedRows : [], next);
  };
  const toggleSort = (col: number) => {
    if (dynamic) return;
    setSort((s) => (s && s.col === col ? (s.desc ? null : { col, desc: true }) : { col, desc: false }));
  };
  const commitEditing = (state: EditingState) => props.onEditingChange?.(state);
  const deleteRows = (ids: number[]) => {
    if (!editing || !dynamic || !ids.length) return;
    commitEditing(withoutRows(editing, ids));
    setSelection([], props.selectedColumns);
  };

  const api: GridApi = {
    columns, rows, active, table, editing, dynamic, selectedRows, selectedColumns: props.selectedColumns,
    pageRows: Math.max(1, Math.floor(bodyHeight / ROW_HEIGHT) - 1),
    moveTo: (row, col) => {
      const r = Math.max(-1, Math.min(rows.length - 1, row));
      const c = Math.max(0, Math.min(columns.length - 1, col));
      setActive({ row: r, col: c });
      scrollToRow(r);
      scrollToCol(c);
    },
    toggleSort, toggleRow, toggleColumn: (c) => toggleColumn(columns[c]),
    startEdit: (initial) => {
      if (active.row >= 0 && columns[active.col]?.editable) setEditor({ row: active.row, col: active.col, initial });
    },
    commitEditing, deleteRows,
  };

  // Visible window.
  const first = Math.max(0, Math.floor(virtualTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(rows.length - 1, Math.ceil((virtualTop + bodyHeight) / ROW_HEIGHT) + OVERSCAN);
  const left = scroll.left + layout.pinnedWidth;
  const right = scroll.left + viewport.w;
  const visibleCols: number[] = [];
  columns.forEach((col, i) => {
    if (col.pinned || (layout.xs[i] + widthOf(i) > left && layout.xs[i] < right)) visibleCols.push(i);
  });
  const colX = (i: number) => (columns[i].pinned ? scroll.left + layout.xs[i] : layout.xs[i]);
  const rowTop = (i: number) => ROW_HEIGHT + scroll.top + i * ROW_HEIGHT - virtualTop;
  const cellId = (row: number, col: number) => `${uid}-${row < 0 ? "h" : row}-${col}`;
  const colIndex = (i: number) => i + 1 + (markers ? 1 : 0);

  const outerWidth = props.useContainerWidth || expanded ? "100%" : props.width ? `${props.width}px` : `${layout.total + 2}px`;
  const body = [];
  for (let i = first; i <= last; i++) {
    const rowId = rows.at(i);
    const selected = selectedRowSet.has(rowId);
    body.push(
      <div key={i} role="row" aria-rowindex={i + 2} aria-selected={markers ? selected : undefined}
        class={`aw-grid-row${selected ? " aw-selected" : ""}`} style={{ top: `${rowTop(i)}px`, width: `${layout.total}px` }}>
        {markers && (
          <div role="gridcell" aria-colindex={1} class="aw-grid-cell aw-grid-marker" style={{ left: `${scroll.left}px`, width: `${MARKER_WIDTH}px` }}>
            <input type="checkbox" tabIndex={-1} checked={selected} aria-label={`Select row ${i + 1}`} onChange={() => toggleRow(rowId)} />
          </div>
        )}
        {visibleCols.map((c) => {
          const col = columns[c];
          const value = valueAt(col, rowId, editing);
          const { cell, edited } = value;
          const text = textOf(col, value, rowId);
          const style = !edited && rowId >= 0 ? cellStyle(col, table.styles, rowId) : null;
          const isActive = active.row === i && active.col === c;
          return (
            <div key={c} id={cellId(i, c)} role={col.isIndex ? "rowheader" : "gridcell"} aria-colindex={colIndex(c)}
              aria-readonly={props.onEditingChange ? !col.editable : undefined}
              class={`aw-grid-cell aw-align-${col.align}${col.pinned ? " aw-pinned" : ""}${isActive ? " aw-active" : ""}${edited ? " aw-edited" : ""}${props.selectedColumns.includes(col.key) ? " aw-col-selected" : ""}`}
              style={{ left: `${colX(c)}px`, width: `${widthOf(c)}px`, ...(style ?? {}) }}
              onMouseDown={() => setActive({ row: i, col: c })}
              onDblClick={() => col.editable && setEditor({ row: i, col: c, initial: null })}
              title={text.length > 30 ? text : undefined}>
              <CellContent col={col} cell={cell} text={text} />
            </div>
          );
        })}
      </div>,
    );
  }

  const header = (
    <div role="row" aria-rowindex={1} class="aw-grid-header" style={{ width: `${layout.total}px` }}>
      {markers && (
        <div role="columnheader" aria-colindex={1} class="aw-grid-cell aw-grid-marker" style={{ left: `${scroll.left}px`, width: `${MARKER_WIDTH}px` }}>
          <span class="aw-visually-hidden">Row selection</span>
        </div>
      )}
      {visibleCols.map((c) => {
        const col = columns[c];
        const sorted = sort?.col === c ? (sort.desc ? "descending" : "ascending") : undefined;
        const isActive = active.row === -1 && active.col === c;
        return (
          <div key={c} id={cellId(-1, c)} role="columnheader" aria-colindex={colIndex(c)} aria-sort={sorted ?? (dynamic ? undefined : "none")}
            aria-selected={props.columnSelection && !col.isIndex ? props.selectedColumns.includes(col.key) : undefined}
            class={`aw-grid-cell aw-grid-head aw-align-${col.align}${col.pinned ? " aw-pinned" : ""}${isActive ? " aw-active" : ""}${props.selectedColumns.includes(col.key) ? " aw-col-selected" : ""}`}
            style={{ left: `${colX(c)}px`, width: `${widthOf(c)}px` }}
            title={col.help ?? undefined}
            onMouseDown={() => setActive({ row: -1, col: c })}
            onClick={() => (props.columnSelection && !col.isIndex ? toggleColumn(col) : toggleSort(c))}>
            <span class="aw-grid-title">{col.title}</span>
            {!dynamic && (
              <button type="button" tabIndex={-1} class={`aw-grid-sort${sorted ? " aw-on" : ""}`} aria-label={`Sort by ${col.title}`}
                onClick={(e) => { e.stopPropagation(); toggleSort(c); }}>
                {sorted === "descending" ? "↓" : sorted === "ascending" ? "↑" : "↕"}
              </button>
            )}
            <span class="aw-grid-resize" aria-hidden="true" onPointerDown={(e) => startResize(e, c)} onClick={(e) => e.stopPropagation()} />
          </div>
        );
      })}
    </div>
  );

  function startResize(e: PointerEvent, c: number) {
    e.stopPropagation();
    e.preventDefault();
    const target = e.currentTarget as HTMLElement;
    target.setPointerCapture(e.pointerId);
    const startX = e.clientX;
    const startW = widthOf(c);
    const move = (ev: PointerEvent) => setWidths((w) => ({ ...w, [c]: Math.max(40, Math.round(startW + ev.clientX - startX)) }));
    const up = () => {
      target.removeEventListener("pointermove", move);
      target.removeEventListener("pointerup", up);
    };
    target.addEventListener("pointermove", move);
    target.addEventListener("pointerup", up);
  }

  const activeId = active.row < rows.length && active.col < columns.length ? cellId(active.row, active.col) : undefined;
  const editorCol = editor ? columns[editor.col] : null;
  return (
    <div class={`aw-grid-outer${expanded ? " aw-grid-expanded" : ""}`} style={{ width: outerWidth, maxWidth: "100%" }}>
      <Toolbar gridLabel={props.label} searchOpen={searchOpen} query={query} status={searchStatus} statusQuery={search.query} searching={search.searching}
        expanded={expanded} focusRequest={searchFocus}
        onSearchOpen={setSearchOpen} onQuery={setQuery} onExpand={setExpanded}
        exportProgress={exporting} onDownload={startExport} />
      <div ref={scroller} class="aw-grid" role="grid" tabIndex={0} aria-label={props.label}
        aria-rowcount={rows.length + 1} aria-colcount={columns.length + (markers ? 1 : 0)}
        aria-multiselectable={props.rowSelection === "multi" || props.columnSelection === "multi" || dynamic ? true : undefined}
        aria-activedescendant={editor ? undefined : activeId}
        data-rows={rows.length} style={{ height: expanded ? undefined : `${outerHeight}px` }}
        onScroll={onScroll}
        onKeyDown={(e) => {
          if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === "f") {
            e.preventDefault(); // the grid's own search: the browser's cannot see rows out of view
            setSearchOpen(true);
            setSearchFocus((n) => n + 1);
          } else handleGridKey(e, api);
        }}
        onCopy={(e) => { const text = takeCopyText(api); if (text !== null) { e.clipboardData?.setData("text/plain", text); e.preventDefault(); } }}>
        <div role="presentation" class="aw-grid-canvas" style={{ height: `${ROW_HEIGHT + canvasHeight}px`, width: `${layout.total}px` }}>
          <div role="rowgroup" class="aw-grid-headgroup" style={{ width: `${layout.total}px` }}>{header}</div>
          <div role="rowgroup">{body}</div>
          {editor && editorCol && editor.row >= first && editor.row <= last && (
            <Editor col={editorCol} rowId={rows.at(editor.row)} editing={editing!} initial={editor.initial}
              style={{ top: `${rowTop(editor.row)}px`, left: `${colX(editor.col)}px`, width: `${Math.max(widthOf(editor.col), 120)}px`, height: `${ROW_HEIGHT}px` }}
              onDone={(state, move) => {
                setEditor(null);
                if (state) commitEditing(state);
                scroller.current?.focus();
                if (move) api.moveTo(editor.row + move, editor.col);
              }} />
          )}
        </div>
      </div>
      {dynamic && (
        <div class="aw-grid-toolbar">
          <button type="button" class="aw-button" onClick={() => editing && commitEditing(withAddedRow(editing, columns))}>Add row</button>
          <button type="button" class="aw-button" disabled={!selectedRows.length} onClick={() => deleteRows(selectedRows)}>
            Delete selected rows
          </button>
        </div>
      )}
    </div>
  );
}
