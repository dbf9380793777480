/**
 * Reading a staff CSV for `goodhart score`, and writing cells for `--csv`.
 *
 * A header row; `id` required, `unit` optional, one column per metric, the scheme's declared
 * `pool` columns (required when declared), other columns ignored.
 * Cells are plain decimals (`12`, `-3.5`, `0.98`, `1e-3`) or percents (`98%` = 0.98); an empty
 * cell is a missing value. Thousands separators (`1,234`, `1 234`) and decimal commas are
 * refused rather than guessed at. Every problem names the file, the row (its line number in
 * the file, the header being line 1) and the column.
 */
import Papa from "papaparse";
import type { PoolSpec, StaffInput } from "@goodhart/dsl";
import { parseNumberish } from "./args.ts";
import { InputError } from "./errors.ts";

/** At most this many problems are listed; one table rarely has a new kind of error per row. */
const MAX_PROBLEMS = 20;

export interface RawTable {
  header: string[];
  /** Data rows with the 1-based line each starts on. Blank lines are left out. */
  rows: { line: number; cells: string[] }[];
}

/** Parses CSV text (BOM, CRLF, quoted cells with commas, quotes and newlines). */
export function parseCsv(text: string): RawTable {
  const body = text.startsWith("\uFEFF") ? text.slice(1) : text;
  const records: { line: number; cells: string[] }[] = [];
  let start = 0;
  let line = 1;
  Papa.parse<string[]>(body, {
    delimiter: ",",
    step: (result) => {
      records.push({ line, cells: result.data });
      const end = result.meta.cursor;
      // Count line breaks inside and after this record, so the next record knows its line.
      const span = body.slice(start, end);
      line += (span.match(/\r\n|\r|\n/g) ?? []).length;
      start = end;
    },
  });
  const nonBlank = records.filter((r) => !(r.cells.length === 1 && r.cells[0] === ""));
  const [head, ...rows] = nonBlank;
  return { header: head ? head.cells.map((h) => h.trim()) : [], rows };
}

/** A cell as a metric value: null for empty; NaN-free; null result means "not a number". */
export function parseCell(cell: string): number | null | "invalid" {
  const t = cell.trim();
  if (t === "") return null;
  const n = parseNumberish(t);
  return n === null || !Number.isFinite(n) ? "invalid" : n;
}

function quote(s: string): string {
  return JSON.stringify(s);
}

function hint(cell: string): string {
  if (/^[+-]?\d{1,3}(,\d{3})+(\.\d+)?%?$/.test(cell.trim())) return "; write numbers without thousands separators (1234, not 1,234)";
  if (/^[+-]?\d+,\d+%?$/.test(cell.trim())) return "; use a decimal point (0.5, not 0,5)";
  return "; write a plain decimal such as 12.5 or a percent such as 98%, or leave the cell empty for a missing value";
}

/**
 * `pools`: the quota pool columns of the scheme(s) the table is scored by. A declared column is
 * required; the default (`unit`) is read when present.
 */
export function readStaffTable(text: string, file: string, metrics: readonly string[], pools: readonly PoolSpec[] = []): StaffInput[] {
  const table = parseCsv(text);
  const problems: string[] = [];
  const where = (line: number, column: string) => `${file}:${line}: row ${line}, column ${quote(column)}`;
  if (table.header.length === 0) throw new InputError(`${file}: the file is empty; it needs a header row with an 'id' column and one column per metric`);
  const index = new Map<string, number>();
  table.header.forEach((h, i) => {
    if (h === "") return;
    if (index.has(h)) problems.push(`${file}:1: row 1: column ${quote(h)} appears twice in the header`);
    else index.set(h, i);
  });
  if (table.header.length === 1 && /[;\t]/.test(table.header[0]!)) {
    throw new InputError(`${file}:1: row 1: the header is one column, ${quote(table.header[0]!)}; the file seems separated by ${table.header[0]!.includes(";") ? "semicolons" : "tabs"}, and goodhart reads comma-separated values (save it as CSV with commas)`);
  }
  const idCol = index.get("id");
  if (idCol === undefined) problems.push(`${file}:1: row 1: there is no 'id' column; add one with a unique id per staff member`);
  const missing = metrics.filter((m) => !index.has(m));
  for (const m of missing) problems.push(`${file}:1: row 1: column ${quote(m)} is missing; the scheme's metric ${m} needs a column of that name (leave its cells empty if there is no data)`);
  const poolColumns = [...new Set(pools.flatMap((p) => p.columns))];
  for (const c of poolColumns) {
    const declared = pools.some((p) => p.declared && p.columns.includes(c));
    if (declared && !index.has(c) && !metrics.includes(c)) {
      problems.push(`${file}:1: row 1: column ${quote(c)} is missing; the scheme's \`pool\` counts quotas within each distinct combination of ${pools.flatMap((p) => (p.declared ? p.columns : [])).map(quote).join(", ")}, so add a ${quote(c)} column (the same value for staff in the same pool)`);
    }
  }
  if (problems.length > 0) throw new InputError(problems.join("\n"));

  const unitCol = index.get("unit");
  const poolCols = poolColumns.flatMap((c) => (index.has(c) ? [[c, index.get(c)!] as const] : []));
  const metricCols = metrics.map((m) => [m, index.get(m)!] as const);
  const seen = new Map<string, number>();
  const staff: StaffInput[] = [];
  for (const { line, cells } of table.rows) {
    if (problems.length >= MAX_PROBLEMS) break;
    if (cells.length !== table.header.length) {
      problems.push(`${file}:${line}: row ${line} has ${cells.length} cells but the header has ${table.header.length}; check for a missing or extra comma, or an unquoted comma inside a cell`);
      continue;
    }
    const id = cells[idCol!]!.trim();
    if (id === "") {
      problems.push(`${where(line, "id")}: the id is empty; every staff member needs one`);
      continue;
    }
    const first = seen.get(id);
    if (first !== undefined) problems.push(`${where(line, "id")}: id ${quote(id)} already appears on row ${first}; ids must be unique`);
    else seen.set(id, line);
    const unitText = unitCol === undefined ? "" : cells[unitCol]!.trim();
    const row: Record<string, number | null> = Object.create(null);
    for (const [metric, col] of metricCols) {
      const v = parseCell(cells[col]!);
      if (v === "invalid") problems.push(`${where(line, metric)}: ${quote(cells[col]!)} is not a number${hint(cells[col]!)}`);
      else row[metric] = v;
    }
    const pool: Record<string, string | null> = Object.create(null);
    for (const [c, col] of poolCols) {
      const t = cells[col]!.trim();
      pool[c] = t === "" ? null : t;
    }
    staff.push({ id, unit: unitText === "" ? null : unitText, pool, row });
  }
  if (problems.length > 0) {
    const more = problems.length >= MAX_PROBLEMS ? `\n${file}: stopped after ${MAX_PROBLEMS} problems; fix these and run again` : "";
    throw new InputError(problems.slice(0, MAX_PROBLEMS).join("\n") + more);
  }
  return staff;
}

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?%?$/;

/**
 * A cell a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab or CR first) gets a
 * leading apostrophe, unless it is a number: `-3` must stay a number.
 */
export function safeCell(cell: string): string {
  if (/^[=+\-@\t\r]/.test(cell) && !NUMBER.test(cell)) return `'${cell}`;
  return cell;
}

export function numberCell(n: number | null): string {
  return n === null ? "" : String(n);
}

export function writeCsv(header: string[], rows: string[][]): string {
  return `${Papa.unparse({ fields: header.map(safeCell), data: rows.map((r) => r.map(safeCell)) }, { newline: "\r\n", quotes: false })}\r\n`;
}
