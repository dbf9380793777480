/**
 * CSV fuzzing against a strict reading. The reader in csv.ts is a hand-written scanner; the
 * reference below is an independent reading of the same rules with a regular expression.
 * Random texts must read the same under both (or be refused by both), generated tables must
 * read back exactly with their line numbers, and no damaged staff file may end in anything
 * but an InputError. Bounded by run counts, not time.
 */
import fc from "fast-check";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CsvSyntaxError, parseCsv, readStaffTable } from "./csv.ts";
import { InputError } from "./errors.ts";

type Records = { line: number; cells: string[] }[];

const CELL = /[ \t]*"((?:[^"]|"")*)"[ \t]*(?=,|\r|\n|$)|([^,"\r\n]*)(?=,|\r|\n|$)/y;
const BREAK = /\r\n|\r|\n/y;

function reference(text: string): Records | "refused" {
  const body = text.startsWith("\uFEFF") ? text.slice(1) : text;
  const out: Records = [];
  let pos = 0;
  const lineAt = (p: number) => 1 + (body.slice(0, p).match(/\r\n|\r|\n/g) ?? []).length;
  while (pos < body.length) {
    const start = pos;
    const cells: string[] = [];
    let quoted = false;
    for (;;) {
      CELL.lastIndex = pos;
      const m = CELL.exec(body);
      if (!m) return "refused";
      if (m[1] !== undefined) quoted = true;
      cells.push(m[1] !== undefined ? m[1].replace(/""/g, '"') : m[2]!);
      pos = CELL.lastIndex;
      if (body[pos] === ",") {
        pos++;
        continue;
      }
      break;
    }
    BREAK.lastIndex = pos;
    if (BREAK.exec(body)) pos = BREAK.lastIndex;
    if (!(cells.length === 1 && !quoted && cells[0]!.trim() === "")) out.push({ line: lineAt(start), cells });
  }
  return out;
}

function ours(text: string): Records | "refused" {
  try {
    const t = parseCsv(text);
    return t.rows.length === 0 && t.header.length === 0 ? [] : [{ line: 0, cells: [] }, ...t.rows];
  } catch (e) {
    if (e instanceof CsvSyntaxError) return "refused";
    throw e;
  }
}

function withoutHeader(r: Records | "refused"): Records | "refused" {
  return r === "refused" ? r : r.slice(1);
}

describe("CSV against a strict reading", () => {
  it("random texts read the same as the reference, or are refused by both", () => {
    const text = fc.string({ unit: fc.constantFrom("a", "1", " ", "\t", ",", '"', "\n", "\r", "\r\n", "é", "\uFEFF"), maxLength: 30 });
    fc.assert(
      fc.property(text, (t) => {
        expect(withoutHeader(ours(t))).toEqual(withoutHeader(reference(t)));
      }),
      { numRuns: 2000 },
    );
  });

  it("generated tables read back exactly, whatever the line ends, blank lines and quoting", () => {
    const cell = fc.string({ unit: fc.constantFrom("a", "é", " ", ",", '"', "\n", "\r\n", "1", "%", "-"), maxLength: 6 });
    const row = fc.array(cell, { minLength: 3, maxLength: 3 });
    const ending = fc.constantFrom("\r\n", "\n", "\r");
    const blank = fc.constantFrom("", " ", "\t ", "   ");
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            cells: row,
            end: ending,
            blanks: fc.array(fc.tuple(blank, ending), { maxLength: 2 }),
            quoteAll: fc.boolean(),
            pad: fc.boolean(),
          }),
          { minLength: 1, maxLength: 6 },
        ),
        fc.boolean(),
        (records, bom) => {
          let text = bom ? "\uFEFF" : "";
          let line = 1;
          const expected: Records = [];
          for (const r of records) {
            const needs = (c: string) => r.quoteAll || /[",\r\n]/.test(c) || c.trim() !== c || c === "";
            const write = (c: string) => (needs(c) ? `${r.pad ? " " : ""}"${c.replace(/"/g, '""')}"${r.pad ? "\t" : ""}` : c);
            expected.push({ line, cells: r.cells });
            const written = r.cells.map(write).join(",") + r.end;
            text += written;
            line += (written.match(/\r\n|\r|\n/g) ?? []).length;
            for (const [spaces, end] of r.blanks) {
              // A CR then an empty line's LF would be one CRLF: give that line a space.
              text += (spaces === "" && text.endsWith("\r") && end.startsWith("\n") ? " " : spaces) + end;
              line++;
            }
          }
          const t = parseCsv(text);
          expect([{ line: 1, cells: t.header }, ...t.rows]).toEqual([
            { line: 1, cells: expected[0]!.cells.map((c) => c.trim()) },
            ...expected.slice(1),
          ]);
        },
      ),
      { numRuns: 500 },
    );
  });

  it("a damaged staff file is scored or refused with an InputError naming its place, nothing else", () => {
    const good = readFileSync(new URL("../../../examples/one-stop-shop-clerk.staff.csv", import.meta.url), "utf8");
    const header = good.split(/\r?\n/)[0]!.split(",");
    const metrics = header.filter((h) => h !== "id" && h !== "unit");
    const edit = fc.record({
      at: fc.nat(),
      cut: fc.nat({ max: 3 }),
      insert: fc.string({ unit: fc.constantFrom('"', ",", "\n", "\r", " ", "x", "9", "%"), maxLength: 3 }),
    });
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 4 }), (edits) => {
        let text = good;
        for (const e of edits) {
          const at = e.at % (text.length + 1);
          text = text.slice(0, at) + e.insert + text.slice(at + e.cut);
        }
        try {
          const staff = readStaffTable(text, "staff.csv", metrics);
          const values = staff.flatMap((s) => Object.values(s.row));
          expect(values.every((v) => v === null || Number.isFinite(v))).toBe(true);
        } catch (e) {
          expect(e).toBeInstanceOf(InputError);
          expect((e as Error).message).toMatch(/^staff\.csv(:\d+)+: /);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe("malformed CSV is refused, not read as something else", () => {
  const metrics = ["a"];
  const read = (text: string) => readStaffTable(text, "s.csv", metrics);

  it("an unterminated quote at the end is an error at the quote", () => {
    expect(() => read('id,a\nx,1\ny,"2\n')).toThrow(/^s\.csv:3:3: row 3: this quoted cell is never closed/);
  });

  it("a CRLF header with LF rows gives one staff member per line", () => {
    expect(read("id,a\r\nx,1\ny,2\n").map((s) => [s.id, s.row.a])).toEqual([
      ["x", 1],
      ["y", 2],
    ]);
  });

  it("a whitespace-only line is skipped like a blank one, and rows keep their line numbers", () => {
    expect(read("id,a\nx,1\n   \n\t\ny,2\n").map((s) => s.id)).toEqual(["x", "y"]);
    expect(() => read("id,a\nx,1\n  \ny,zz\n")).toThrow(/^s\.csv:4: row 4, column "a"/);
  });

  it("text after a closing quote and a stray quote are errors at their place", () => {
    expect(() => read('id,a\n"x"y,1\n')).toThrow(/^s\.csv:2:4: /);
    expect(() => read('id,a\nx"y,1\n')).toThrow(/^s\.csv:2:2: /);
  });
});
