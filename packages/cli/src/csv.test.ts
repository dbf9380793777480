import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseCell, parseCsv, readStaffTable, safeCell, writeCsv } from "./csv.ts";

/** Writes a table the way spreadsheets do, with a chosen line ending, optional BOM, quoting. */
function toCsv(rows: string[][], newline: string, bom: boolean, quoteAll: boolean): string {
  const cell = (c: string) => (quoteAll || /[",\r\n]/.test(c) || c.trim() !== c ? `"${c.replace(/"/g, '""')}"` : c);
  return (bom ? "\uFEFF" : "") + rows.map((r) => r.map(cell).join(",")).join(newline) + newline;
}

const cellText = fc.string({ unit: fc.constantFrom("a", "é", " ", ",", '"', "\n", "\r\n", "1", "%", "-", "=", "ỷ"), maxLength: 8 });

describe("parseCsv", () => {
  it("reads back what was written, with CRLF or LF, BOM, and quoted cells", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }).chain((width) =>
          fc.tuple(
            fc.array(fc.string({ unit: fc.constantFrom("a", "b", "_", "ỷ"), minLength: 1, maxLength: 5 }), {
              minLength: width,
              maxLength: width,
            }),
            fc.array(fc.array(cellText, { minLength: width, maxLength: width }), { maxLength: 6 }),
          ),
        ),
        fc.constantFrom("\r\n", "\n"),
        fc.boolean(),
        fc.boolean(),
        ([header, rows], newline, bom, quoteAll) => {
          // A one-column row whose only cell is empty is a blank line, which the reader skips;
          // written `""`, it is a row with one empty cell.
          const kept = quoteAll ? rows : rows.filter((r) => !(r.length === 1 && r[0] === ""));
          const table = parseCsv(toCsv([header, ...rows], newline, bom, quoteAll));
          expect(table.header).toEqual(header.map((h) => h.trim()));
          expect(table.rows.map((r) => r.cells)).toEqual(header.length === 1 ? kept : rows);
        },
      ),
    );
  });

  it("numbers each row by the line it starts on, counting line breaks inside quotes", () => {
    const t = parseCsv('\uFEFFid,note\r\na,"two\r\nlines"\r\n\r\nb,x\r\n');
    expect(t.rows.map((r) => [r.cells[0], r.line])).toEqual([
      ["a", 2],
      ["b", 5],
    ]);
  });

  it("round-trips writeCsv output for cells that need no formula escaping", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.array(
            cellText.filter((c) => safeCell(c) === c),
            { minLength: 2, maxLength: 2 },
          ),
          { maxLength: 5 },
        ),
        (rows) => {
          const written = writeCsv(["h1", "h2"], rows);
          const kept = rows;
          expect(parseCsv(written).rows.map((r) => r.cells)).toEqual(kept);
        },
      ),
    );
  });
});

describe("parseCell", () => {
  it("reads decimals, signs, exponents and percents; empty is missing", () => {
    expect(parseCell("")).toBeNull();
    expect(parseCell("  ")).toBeNull();
    expect(parseCell("12")).toBe(12);
    expect(parseCell(" -3.5 ")).toBe(-3.5);
    expect(parseCell("+.5")).toBe(0.5);
    expect(parseCell("1e-3")).toBe(0.001);
    expect(parseCell("98%")).toBe(0.98);
    expect(parseCell("0.1%")).toBe(0.001);
    expect(parseCell("57%")).toBe(0.57);
  });

  it("refuses what it would have to guess at", () => {
    for (const bad of ["1,234", "0,5", "abc", "NaN", "Infinity", "1_000", "12 %x", "1e400", "--1", "0x10", "%"])
      expect(parseCell(bad)).toBe("invalid");
  });

  it("reads any finite number JavaScript prints, exactly", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
        // String(-0) is "0": the sign of zero does not survive printing, so compare with ==.
        expect(parseCell(String(n)) === n).toBe(true);
      }),
    );
  });

  it("reads k% as the double nearest k/100", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100000 }), fc.integer({ min: 0, max: 3 }), (k, scale) => {
        const text = (k / 10 ** scale).toFixed(scale);
        expect(parseCell(`${text}%`)).toBe(Number(`${text}e-2`));
      }),
    );
  });
});

describe("safeCell", () => {
  it("escapes what a spreadsheet would run as a formula, and leaves numbers alone", () => {
    expect(safeCell("=SUM(A1)")).toBe("'=SUM(A1)");
    expect(safeCell("+1+1")).toBe("'+1+1");
    expect(safeCell("-x")).toBe("'-x");
    expect(safeCell("@cmd")).toBe("'@cmd");
    expect(safeCell("\tx")).toBe("'\tx");
    expect(safeCell("\rx")).toBe("'\rx");
    expect(safeCell("-3")).toBe("-3");
    expect(safeCell("+2.5")).toBe("+2.5");
    expect(safeCell("-1e-7")).toBe("-1e-7");
    expect(safeCell("plain")).toBe("plain");
  });

  it("never leaves a non-numeric cell starting with a formula character", () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const out = safeCell(s);
        const numeric = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?%?$/.test(out);
        expect(numeric || !/^[=+\-@\t\r]/.test(out)).toBe(true);
      }),
    );
  });
});

describe("readStaffTable: unit and pool values", () => {
  const units = ["Phòng Tư pháp", "Tổ một cửa", "Địa chính", "Văn phòng"];
  const roles = ["công chức", "lãnh đạo"];

  it("an id typed decomposed on one row and composed on another is a duplicate, kept as typed", () => {
    const id = "Nguyễn_01";
    const csv = `id,x\n${id.normalize("NFC")},1\n${id.normalize("NFD")},2\n`;
    expect(() => readStaffTable(csv, "s.csv", ["x"])).toThrow(/already appears on row 2; ids must be unique/);
    const one = readStaffTable(`id,x\n${id.normalize("NFD")},1\n`, "s.csv", ["x"]);
    expect(one[0]!.id).toBe(id.normalize("NFD"));
  });

  it("property: a unit or role typed decomposed on some rows is the same pool as typed composed", () => {
    const row = fc.tuple(fc.nat(units.length - 1), fc.nat(roles.length - 1), fc.boolean(), fc.boolean());
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 12 }), (rows) => {
        const form = (s: string, nfd: boolean) => s.normalize(nfd ? "NFD" : "NFC");
        const csv = `id,unit,role,x\n${rows.map(([u, r, du, dr], i) => `s${i},${form(units[u]!, du)},${form(roles[r]!, dr)},1`).join("\n")}\n`;
        const staff = readStaffTable(csv, "s.csv", ["x"], [{ columns: ["unit", "role"], declared: true }]);
        staff.forEach((s, i) => {
          const [u, r] = rows[i]!;
          expect(s.unit).toBe(units[u]!.normalize("NFC"));
          expect(s.pool).toEqual({ unit: units[u]!.normalize("NFC"), role: roles[r]!.normalize("NFC") });
        });
      }),
    );
  });
});
