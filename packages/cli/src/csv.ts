/**
 * Reading a staff CSV for `goodhart score`, and writing cells for `--csv`.
 *
 * A header row; `id` required, `unit` optional, one column per metric, the scheme's declared
 * `pool` columns (required when declared), other columns ignored.
 * Cells are plain decimals (`12`, `-3.5`, `0.98`, `1e-3`) or percents (`98%` = 0.98); an empty
 * cell is a missing value. The text is read strictly (see parseCsv): a malformed file is an
 * error at its line and column, never scored as if it said something else. Thousands
 * separators (`1,234`, `1 234`) and decimal commas are refused rather than guessed at. Every problem names the file, the row (its line number in
 * the file, the header being line 1) and the column.
 */
import Papa from "papaparse";
import { nameText, render, type Message, type MessageKey, type PoolSpec, type StaffInput } from "@goodhart/dsl";
import { parseNumberish } from "./args.ts";
import { InputError } from "./errors.ts";
import { displayPath } from "./display.ts";

/** At most this many problems are listed; one table rarely has a new kind of error per row. */
const MAX_PROBLEMS = 20;

export interface RawTable {
  header: string[];
  /** Data rows with the 1-based line each starts on. Blank lines are left out. */
  rows: { line: number; cells: string[] }[];
}

/** A place in the CSV text where it does not follow the format; the row is its line. */
export class CsvSyntaxError extends Error {
  constructor(
    /** What is wrong, in any language. */
    readonly said: Message,
    readonly line: number,
    readonly column: number,
  ) {
    super(render("en", said));
    this.name = "CsvSyntaxError";
  }
}

const CR = 13;
const LF = 10;
const QUOTE = 34;
const COMMA = 44;

function isBlank(c: number): boolean {
  return c === 32 || c === 9;
}

/**
 * Parses CSV text strictly (RFC 4180, read generously only where nothing is ambiguous):
 * cells separated by commas; records by CRLF, LF or CR, mixed freely; a quoted cell may hold
 * commas, line breaks and `""` for a quote, and may have spaces around its quotes. A line
 * that is empty or only spaces is skipped. Anything else is a CsvSyntaxError at its line and
 * column rather than a guess: an unterminated quote, text after a closing quote, a quote
 * inside an unquoted cell. A BOM is dropped.
 */
export function parseCsv(text: string): RawTable {
  const body = text.startsWith("\uFEFF") ? text.slice(1) : text;
  const records: { line: number; cells: string[] }[] = [];
  let i = 0;
  let line = 1;
  let lineStart = 0;
  const n = body.length;
  const fail = (key: MessageKey, at: number, atLine = line, atLineStart = lineStart): never => {
    throw new CsvSyntaxError({ key }, atLine, at - atLineStart + 1);
  };
  /** Consumes one line break at `i`, if there is one. */
  const lineBreak = (): boolean => {
    const c = body.charCodeAt(i);
    if (c === CR) i += body.charCodeAt(i + 1) === LF ? 2 : 1;
    else if (c === LF) i += 1;
    else return false;
    line++;
    lineStart = i;
    return true;
  };
  while (i < n) {
    const recordLine = line;
    const cells: string[] = [];
    let quotedAny = false;
    for (;;) {
      // One cell, starting at i.
      let j = i;
      while (j < n && isBlank(body.charCodeAt(j))) j++;
      if (body.charCodeAt(j) === QUOTE) {
        quotedAny = true;
        const openLine = line;
        const openLineStart = lineStart;
        const open = j;
        i = j + 1;
        let value = "";
        let chunk = i;
        for (;;) {
          if (i >= n) fail("csv.unclosed", open, openLine, openLineStart);
          const c = body.charCodeAt(i);
          if (c === QUOTE) {
            if (body.charCodeAt(i + 1) === QUOTE) {
              value += body.slice(chunk, i + 1);
              i += 2;
              chunk = i;
              continue;
            }
            value += body.slice(chunk, i);
            i++;
            break;
          }
          if (c === CR || c === LF) {
            lineBreak();
            continue;
          }
          i++;
        }
        while (i < n && isBlank(body.charCodeAt(i))) i++;
        const after = body.charCodeAt(i);
        if (i < n && after !== COMMA && after !== CR && after !== LF) fail("csv.afterQuote", i);
        cells.push(value);
      } else {
        let k = i;
        while (k < n) {
          const c = body.charCodeAt(k);
          if (c === COMMA || c === CR || c === LF) break;
          if (c === QUOTE) fail("csv.quoteInside", k);
          k++;
        }
        cells.push(body.slice(i, k));
        i = k;
      }
      if (i < n && body.charCodeAt(i) === COMMA) {
        i++;
        continue;
      }
      break;
    }
    lineBreak();
    const blank = !quotedAny && cells.length === 1 && cells[0]!.trim() === "";
    if (!blank) records.push({ line: recordLine, cells });
  }
  const [head, ...rows] = records;
  // Headers are names: composed (NFC) like the scheme's, so a column typed decomposed matches.
  return { header: head ? head.cells.map((h) => nameText(h.trim())) : [], rows };
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

function hint(cell: string): Message {
  if (/^[+-]?\d{1,3}(,\d{3})+(\.\d+)?%?$/.test(cell.trim())) return { key: "csv.hint.thousands" };
  if (/^[+-]?\d+,\d+%?$/.test(cell.trim())) return { key: "csv.hint.decimal" };
  return { key: "csv.hint.plain" };
}

/**
 * `pools`: the quota pool columns of the scheme(s) the table is scored by. A declared column is
 * required; the default (`unit`) is read when present.
 */
export function readStaffTable(text: string, name: string, metrics: readonly string[], pools: readonly PoolSpec[] = []): StaffInput[] {
  const file = displayPath(name);
  let table: RawTable;
  try {
    table = parseCsv(text);
  } catch (e) {
    if (!(e instanceof CsvSyntaxError)) throw e;
    throw new InputError({ key: "csv.syntax", params: { file, line: String(e.line), column: String(e.column), problem: e.said } });
  }
  const problems: Message[] = [];
  const at = (line: number, column: string): Message => ({ key: "csv.at", params: { file, line: String(line), column: quote(column) } });
  if (table.header.length === 0) throw new InputError({ key: "csv.empty", params: { file } });
  const index = new Map<string, number>();
  table.header.forEach((h, i) => {
    if (h === "") return;
    if (index.has(h)) problems.push({ key: "csv.twice", params: { file, column: quote(h) } });
    else index.set(h, i);
  });
  if (table.header.length === 1 && /[;\t]/.test(table.header[0]!)) {
    throw new InputError({
      key: "csv.oneColumn",
      params: { file, header: quote(table.header[0]!), separator: table.header[0]!.includes(";") ? "semicolon" : "tab" },
    });
  }
  const idCol = index.get("id");
  if (idCol === undefined) problems.push({ key: "csv.noId", params: { file } });
  const missing = metrics.filter((m) => !index.has(m));
  for (const m of missing) problems.push({ key: "csv.missingMetric", params: { file, column: quote(m), metric: m } });
  const poolColumns = [...new Set(pools.flatMap((p) => p.columns))];
  for (const c of poolColumns) {
    const declared = pools.some((p) => p.declared && p.columns.includes(c));
    if (declared && !index.has(c) && !metrics.includes(c)) {
      const columns = pools
        .flatMap((p) => (p.declared ? p.columns : []))
        .map(quote)
        .join(", ");
      problems.push({ key: "csv.missingPool", params: { file, column: quote(c), columns } });
    }
  }
  if (problems.length > 0) throw new InputError(problems);

  const unitCol = index.get("unit");
  const poolCols = poolColumns.flatMap((c) => (index.has(c) ? [[c, index.get(c)!] as const] : []));
  const metricCols = metrics.map((m) => [m, index.get(m)!] as const);
  const seen = new Map<string, number>();
  const staff: StaffInput[] = [];
  for (const { line, cells } of table.rows) {
    if (problems.length >= MAX_PROBLEMS) break;
    if (cells.length !== table.header.length) {
      problems.push({
        key: "csv.cellCount",
        params: { file, line: String(line), cells: String(cells.length), header: String(table.header.length) },
      });
      continue;
    }
    const id = cells[idCol!]!.trim();
    if (id === "") {
      problems.push({ key: "csv.emptyId", params: { at: at(line, "id") } });
      continue;
    }
    // Two ids that differ only in Unicode composition look the same to the reader: one staff
    // member twice. The id is kept as typed in the output.
    const idKey = nameText(id);
    const first = seen.get(idKey);
    if (first !== undefined) problems.push({ key: "csv.duplicateId", params: { at: at(line, "id"), id: quote(id), first: String(first) } });
    else seen.set(idKey, line);
    // A unit or pool value names a group of staff, like a name in the scheme: composed (NFC),
    // so the same unit typed decomposed on some rows is one pool, not two.
    const unitText = unitCol === undefined ? "" : nameText(cells[unitCol]!.trim());
    const row: Record<string, number | null> = Object.create(null);
    for (const [metric, col] of metricCols) {
      const v = parseCell(cells[col]!);
      if (v === "invalid")
        problems.push({ key: "csv.notNumber", params: { at: at(line, metric), cell: quote(cells[col]!), hint: hint(cells[col]!) } });
      else row[metric] = v;
    }
    const pool: Record<string, string | null> = Object.create(null);
    for (const [c, col] of poolCols) {
      const t = nameText(cells[col]!.trim());
      pool[c] = t === "" ? null : t;
    }
    staff.push({ id, unit: unitText === "" ? null : unitText, pool, row });
  }
  if (problems.length > 0) {
    const more: Message[] = problems.length >= MAX_PROBLEMS ? [{ key: "csv.stopped", params: { file, max: String(MAX_PROBLEMS) } }] : [];
    throw new InputError([...problems.slice(0, MAX_PROBLEMS), ...more]);
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
