import { describe, expect, it } from "vitest";
import { csvCell, escapeFormula, toCsv } from "./csv.ts";

describe("CSV export", () => {
  it("escapes cells a spreadsheet would run as formulas", () => {
    expect(escapeFormula('=HYPERLINK("x")')).toBe('\'=HYPERLINK("x")');
    expect(escapeFormula("+cmd")).toBe("'+cmd");
    expect(escapeFormula("-2+3")).toBe("'-2+3");
    expect(escapeFormula("@SUM(A1)")).toBe("'@SUM(A1)");
  });

  it("leaves numbers, even signed ones, and ordinary text alone", () => {
    expect(escapeFormula("-3")).toBe("-3");
    expect(escapeFormula("+4.5")).toBe("+4.5");
    expect(escapeFormula("-1e-3")).toBe("-1e-3");
    expect(escapeFormula("good")).toBe("good");
    expect(csvCell(-12.5)).toBe("-12.5");
  });

  it("quotes commas, quotes and line breaks after escaping", () => {
    expect(csvCell('=a,"b"')).toBe(`"'=a,""b"""`);
    expect(csvCell("two\nlines")).toBe('"two\nlines"');
  });

  it("writes missing and non-finite values as empty cells", () => {
    expect(
      toCsv(
        ["id", "score"],
        [
          ["a1", null],
          ["a2", Number.NaN],
          ["a3", 70],
        ],
      ),
    ).toBe("id,score\r\na1,\r\na2,\r\na3,70\r\n");
  });
});
