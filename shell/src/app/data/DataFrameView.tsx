// st.dataframe / st.data_editor (the grid, as a widget when it has an id) and st.table.
// This module and the grid are a lazy chunk: a page without tables never downloads them.
import { useEffect, useMemo, useState } from "preact/hooks";
import type { FrameRef } from "../../protocol.gen";
import type { ArrowDataFrameNode, ArrowTableNode, DataframeSelectionState, EditingState } from "../../protocol.gen";
import type { ElementProps } from "../elements/registry";
import { tableOf, type Table } from "../frames/columns";
import { onFrameArrival } from "../frames/frame";
import { useWidgetValue, type WidgetCommon } from "../widgets/common";
import { CellContent } from "./grid/cells";
import { Grid } from "./grid/Grid";
import { buildColumns, cellStyle, cellText } from "./grid/model";

const EMPTY_EDITING: EditingState = { edited_rows: {}, added_rows: [], deleted_rows: [] };

// The element's table; if a frame is not there yet (a page drawn before the worker ran),
// the element draws itself again when it arrives.
function useTable(refs: FrameRef[]): Table | null {
  const [arrived, setArrived] = useState(0);
  const table = useMemo(() => tableOf(refs), [refs, arrived]);
  useEffect(() => {
    if (table) return undefined;
    const wanted = new Set(refs.map((r) => r.hash));
    return onFrameArrival((schema) => {
      if (wanted.has(schema.hash ?? "")) setArrived((n) => n + 1);
    });
  }, [table, refs]);
  return table;
}

function Missing() {
  return <div class="aw-grid-loading" role="status" aria-busy="true">Loading data…</div>;
}

export function DataFrameView({ node, eventSeq }: ElementProps<ArrowDataFrameNode>) {
  const table = useTable(node.frames);
  const columns = useMemo(
    () => (table ? buildColumns({ table, config: node.column_config, columnOrder: node.column_order, editable: node.editable, disabled: node.disabled }) : []),
    [table, node.column_config, node.column_order, node.editable, node.disabled],
  );
  const widgetNode = { ...node, label: "", help: null, label_visibility: "visible" } as unknown as WidgetCommon;
  const wire = (node.editable ? node.editing ?? EMPTY_EDITING : node.selection) as unknown;
  const { value, commit, preview } = useWidgetValue<unknown>(widgetNode, eventSeq, wire);
  // A new row is sent only once its required columns have values (shown meanwhile).
  const required = columns.filter((c) => c.config.required).map((c) => c.key);
  const onEditingChange = (state: EditingState) => {
    const incomplete = state.added_rows.some((row) => required.some((key) => row[key] === null || row[key] === undefined));
    if (incomplete) preview(state);
    else commit(state);
  };
  if (!table) return <Missing />;
  const modes = node.selection_mode;
  const selection = (node.id && !node.editable ? value as DataframeSelectionState | null : null)?.selection;
  const rowSelection = modes.includes("multi-row") ? "multi" : modes.includes("single-row") ? "single" : null;
  const columnSelection = modes.includes("multi-column") ? "multi" : modes.includes("single-column") ? "single" : null;
  return (
    <div class="aw-dataframe" data-testid="stDataFrame">
      <Grid
        table={table} columns={columns} height={node.height} width={node.width} useContainerWidth={node.use_container_width}
        rowSelection={rowSelection} columnSelection={columnSelection}
        selectedRows={selection?.rows ?? []} selectedColumns={selection?.columns ?? []}
        onSelectionChange={node.id && !node.editable ? (rows, cols) => commit({ selection: { rows, columns: cols } }) : undefined}
        editing={node.editable ? (value as EditingState) : null}
        onEditingChange={node.editable ? onEditingChange : undefined}
        dynamic={node.editable && node.num_rows === "dynamic"}
        label={node.editable ? "Data editor" : "Data table"}
      />
      {node.caption && <div class="aw-grid-caption">{node.caption}</div>}
    </div>
  );
}

export function TableView({ node }: ElementProps<ArrowTableNode>) {
  const table = useTable(node.frames);
  const columns = useMemo(() => (table ? buildColumns({ table, config: {}, columnOrder: null, editable: false, disabled: true }) : []), [table]);
  if (!table) return <Missing />;
  const rows = [];
  for (let r = 0; r < table.numRows; r++) {
    rows.push(
      <tr key={r}>
        {columns.map((col, c) => {
          const cell = col.source.get(r);
          const text = cellText(col, cell, r);
          const style = cellStyle(col, table.styles, r) ?? undefined;
          const Tag = col.isIndex ? "th" : "td";
          return (
            <Tag key={c} scope={col.isIndex ? "row" : undefined} class={`aw-align-${col.align}`} style={style}>
              <CellContent col={col} cell={cell} text={text} />
            </Tag>
          );
        })}
      </tr>,
    );
  }
  return (
    <div class="aw-table-wrap" data-testid="stTable">
      <table class="aw-table">
        {node.caption && <caption>{node.caption}</caption>}
        <thead>
          <tr>{columns.map((col, c) => <th key={c} scope="col" class={`aw-align-${col.align}`}>{col.title}</th>)}</tr>
        </thead>
        <tbody>{rows}</tbody>
      </table>
    </div>
  );
}
