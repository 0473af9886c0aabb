// The grid's column model: which columns show, in which order, with which label, width,
// alignment, column type and formatter, from the table and the element's column_config
// (keys: column name, "_index", or "_pos:<n>").
import type { ColumnConfigNode } from "../../../protocol.gen";
import type { Cell, Kind, Table, TableColumn } from "../../frames/columns";
import { formatCell, type FormatSpec } from "./format";

export const ROW_HEIGHT = 35;
const WIDTHS: Record<string, number> = { small: 75, medium: 200, large: 400 };
const EDITABLE_TYPES = new Set(["text", "number", "checkbox", "selectbox", "date", "time", "datetime", "link"]);

export interface GridColumn {
  key: string; // the editing-state name: the column's name, or "_index"
  title: string;
  help: string | null;
  source: TableColumn;
  isIndex: boolean;
  dataPosition: number; // position among data columns (-1 for index columns)
  kind: Kind;
  columnType: string; // st.column_config type, or the default for the data kind
  typeConfig: Record<string, unknown>;
  config: ColumnConfigNode;
  width: number;
  align: "left" | "right" | "center";
  pinned: boolean;
  editable: boolean;
  options: string[] | null; // selectbox choices
  spec: FormatSpec;
  display: TableColumn | null; // a Styler's display text
  style: TableColumn | null;
}

function defaultType(kind: Kind, isCategorical: boolean): string {
  if (isCategorical) return "selectbox";
  switch (kind) {
    case "int": case "float": case "decimal": return "number";
    case "bool": return "checkbox";
    case "string": return "text";
    case "timestamp": return "datetime";
    case "date": return "date";
    case "time": return "time";
    case "list": return "list";
    default: return "object";
  }
}

function estimateWidth(title: string, col: TableColumn, spec: FormatSpec, numRows: number): number {
  let chars = title.length + 2;
  const sample = Math.min(numRows, 50);
  for (let r = 0; r < sample; r++) chars = Math.max(chars, formatCell(col.get(r), spec).length);
  return Math.max(60, Math.min(400, Math.round(chars * 8 + 40)));
}

export interface ModelInput {
  table: Table;
  config: Record<string, ColumnConfigNode>;
  columnOrder: string[] | null;
  editable: boolean;
  disabled: boolean;
}

export function buildColumns({ table, config, columnOrder, editable, disabled }: ModelInput): GridColumn[] {
  const numIndex = table.index.length;
  const make = (source: TableColumn, isIndex: boolean, dataPosition: number, position: number): GridColumn | null => {
    const first = source.first;
    const cfgName = isIndex ? "_index" : first.name;
    const cfg: ColumnConfigNode = { ...(isIndex ? config["_index"] : {}), ...config[`_pos:${position}`], ...(isIndex ? {} : config[cfgName]) };
    if (cfg.hidden) return null;
    const typeConfig = (cfg.type_config ?? {}) as Record<string, unknown>;
    const isCategorical = first.dictionary !== null;
    const columnType = (typeConfig.type as string | undefined) ?? defaultType(first.kind, isCategorical && editable);
    const zone = (typeConfig.timezone as string | undefined) ?? first.type.timezone ?? null;
    const spec: FormatSpec = { kind: first.range ? "int" : first.kind, format: typeConfig.format as string | undefined, zone, columnType };
    const title = cfg.label ?? (isIndex ? first.name : first.name);
    let options: string[] | null = null;
    if (Array.isArray(typeConfig.options)) options = (typeConfig.options as unknown[]).map(String);
    else if (first.dictionary) options = Array.from({ length: first.dictionary.length }, (_, i) => String(first.dictionary!.get(i)));
    const numeric = ["int", "float", "decimal"].includes(first.kind) || !!first.range;
    const canEdit = editable && !disabled && !cfg.disabled && EDITABLE_TYPES.has(columnType) && !first.range &&
      first.kind !== "list" && first.kind !== "binary" && first.kind !== "duration";
    return {
      key: isIndex ? "_index" : first.name, title, help: cfg.help ?? null, source, isIndex, dataPosition, kind: spec.kind,
      columnType, typeConfig, config: cfg, width: cfg.width ? WIDTHS[cfg.width] ?? 200 : estimateWidth(title, source, spec, table.numRows),
      align: columnType === "checkbox" ? "center" : numeric && columnType !== "text" ? "right" : "left",
      pinned: isIndex, editable: canEdit, options, spec,
      display: isIndex ? null : table.display.get(dataPosition) ?? null,
      style: isIndex ? null : table.style.get(dataPosition) ?? null,
    };
  };
  const out: GridColumn[] = [];
  table.index.forEach((col, i) => {
    const c = make(col, true, -1, i);
    if (c) out.push(c);
  });
  const data = table.data.map((col, i) => ({ col, i }));
  const chosen = columnOrder
    ? columnOrder.flatMap((name) => data.filter((d) => d.col.first.name === name))
    : data;
  for (const { col, i } of chosen) {
    const c = make(col, false, i, i + numIndex);
    if (c) out.push(c);
  }
  return out;
}

// The CSS a Styler gave a cell (property by property, never as markup).
export function cellStyle(col: GridColumn, styles: Array<Record<string, string>>, row: number): Record<string, string> | null {
  if (!col.style) return null;
  const id = col.style.get(row);
  if (typeof id !== "number" || id < 0) return null;
  return styles[id] ?? null;
}

export function cellText(col: GridColumn, cell: Cell, row: number | null): string {
  if (col.display && row !== null && cell !== null) {
    const shown = col.display.get(row);
    if (typeof shown === "string") return shown;
  }
  return formatCell(cell, col.spec);
}
