import { analyze, CATALOGUES, scoreRows } from "@goodhart/dsl";
import { describe, expect, it } from "vitest";
import { parseCsv } from "../csv.ts";
import { runWith, SCHEME } from "../test-support/mem-io.ts";

const CSV = "id,unit,done,errors,comment\r\na1,north,50,1,ok\r\na2,north,30,,\r\na3,south,12,12,late\r\n";

async function score(csv: string, ...flags: string[]) {
  return runWith(["score", "s.kpi", "--data", "staff.csv", ...flags], { "s.kpi": SCHEME, "staff.csv": csv });
}

describe("goodhart score", () => {
  it("prints exactly scoreRows' document, numbers unrounded", async () => {
    const r = await score(CSV);
    expect(r.code).toBe(0);
    const expected = scoreRows(analyze(SCHEME).scheme!, [
      { id: "a1", unit: "north", row: { done: 50, errors: 1 } },
      { id: "a2", unit: "north", row: { done: 30, errors: null } },
      { id: "a3", unit: "south", row: { done: 12, errors: 12 } },
    ]);
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(JSON.stringify(expected)));
    const doc = JSON.parse(r.stdout);
    expect(doc.staff[1].indicators.quality).toEqual({ value: null, points: null });
    expect(doc.staff[2].gates).toEqual(["sloppy"]);
  });

  it("--explain finds an id typed in the other Unicode composition", async () => {
    const id = "Nguyễn_01";
    const csv = `id,unit,done,errors\n${id.normalize("NFD")},north,50,1\n`;
    const r = await score(csv, "--explain", id.normalize("NFC"));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Scheme:");
  });

  it("--json is the default and gives the same output", async () => {
    expect((await score(CSV, "--json")).stdout).toBe((await score(CSV)).stdout);
  });

  it("accepts a BOM, LF line ends, quoted cells and percents", async () => {
    const a = await score(CSV);
    const b = await score('\uFEFF"id","unit","done","errors"\n"a1","north","5000%","1"\na2,north,30,\na3,"south",12,"12"\n');
    expect(b.code).toBe(0);
    expect(JSON.parse(b.stdout).staff).toEqual(JSON.parse(a.stdout).staff);
  });

  it("without a unit column the whole file is one pool and unit is null", async () => {
    const r = await score("id,done,errors\nx,50,0\n");
    expect(JSON.parse(r.stdout).staff[0].unit).toBeNull();
  });

  it("--csv prints one row per staff member with the documented columns", async () => {
    const r = await score(CSV, "--csv");
    expect(r.code).toBe(0);
    const t = parseCsv(r.stdout);
    expect(t.header).toEqual([
      "id",
      "unit",
      "score",
      "rating",
      "ratingBeforeQuota",
      "gates",
      "volume.value",
      "volume.points",
      "quality.value",
      "quality.points",
    ]);
    const json = JSON.parse((await score(CSV)).stdout);
    t.rows.forEach((row, i) => {
      const s = json.staff[i];
      expect(row.cells[0]).toBe(s.id);
      expect(row.cells[2]).toBe(s.score === null ? "" : String(s.score));
      expect(Number(row.cells[2])).toBe(s.score);
      expect(row.cells[5]).toBe(s.gates.join(";"));
      expect(row.cells[8]).toBe(s.indicators.quality.value === null ? "" : String(s.indicators.quality.value));
    });
  });

  it("--csv escapes cells a spreadsheet would run as formulas", async () => {
    const r = await score('id,unit,done,errors\n"=HYPERLINK(""x"")",@evil,50,1\n-3,+a,20,1\n', "--csv");
    const t = parseCsv(r.stdout);
    expect(t.rows[0]!.cells[0]).toBe('\'=HYPERLINK("x")');
    expect(t.rows[0]!.cells[1]).toBe("'@evil");
    expect(t.rows[1]!.cells[0]).toBe("-3");
    expect(t.rows[1]!.cells[1]).toBe("'+a");
  });

  it("names file, row and column of a non-numeric cell, counting lines in quoted cells", async () => {
    const r = await score('id,done,errors,comment\na1,50,1,"two\nlines"\na2,fifty,1,x\n');
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain('staff.csv:4: row 4, column "done": "fifty" is not a number');
  });

  it("explains thousands separators and decimal commas", async () => {
    const r = await score('id,done,errors\na1,"1,234",0\na2,"0,5",0\n');
    expect(r.stderr).toContain("without thousands separators");
    expect(r.stderr).toContain("use a decimal point");
    expect(r.code).toBe(1);
  });

  it("a missing id column is an error naming the header row", async () => {
    const r = await score("name,done,errors\nx,1,1\n");
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("staff.csv:1: row 1: there is no 'id' column");
  });

  it("a semicolon-separated file gets a hint instead of a puzzling missing column", async () => {
    const r = await score("id;done;errors\nx;1;1\n");
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("separated by semicolons");
  });

  it("an absent metric column is an error naming the column", async () => {
    const r = await score("id,done\nx,1\n");
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('column "errors" is missing');
  });

  it("duplicate ids are an error naming both rows", async () => {
    const r = await score("id,done,errors\nx,1,1\ny,2,2\nx,3,3\n");
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('staff.csv:4: row 4, column "id": id "x" already appears on row 2');
  });

  it("an empty id, a short row and an empty file are errors", async () => {
    expect((await score("id,done,errors\n,1,1\n")).stderr).toContain('row 2, column "id": the id is empty');
    expect((await score("id,done,errors\nx,1\n")).stderr).toContain("row 2 has 2 cells but the header has 3");
    expect((await score("")).stderr).toContain("the file is empty");
  });

  it("a scheme with errors prints its diagnostics and scores nothing", async () => {
    const r = await runWith(["score", "s.kpi", "--data", "staff.csv"], { "s.kpi": SCHEME.replace("weight 50\n}", "}"), "staff.csv": CSV });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/^s\.kpi:\d+:\d+: error KPI005 /m);
  });

  it("usage errors: no --data, no file, --json with --csv, missing CSV", async () => {
    expect((await runWith(["score", "s.kpi"], { "s.kpi": SCHEME })).stderr).toContain("--data STAFF.csv is required");
    expect((await runWith(["score", "--data", "x.csv"])).code).toBe(2);
    expect((await score(CSV, "--json", "--csv")).code).toBe(2);
    const missing = await runWith(["score", "s.kpi", "--data", "none.csv"], { "s.kpi": SCHEME });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("cannot read none.csv: no such file");
  });

  describe("quota pools (`pool unit, role`)", () => {
    const POOLED = `scheme "Pooled" {
  pool unit, role
}
metric x { type number }
indicator i { value x floor 0 target 100 weight 100 }
rating excellent { min 90 quota 20% of good }
rating good { min 70 }
rating not_completed { }
`;
    const TABLE =
      "id,unit,role,x\na,A,clerk,95\nb,A,clerk,80\nc,A,clerk,80\nd,A,clerk,80\ne,A,clerk,80\nf,A,clerk,80\ng,A,head,96\nh,A,head,80\n";
    const run = (csv: string, ...flags: string[]) =>
      runWith(["score", "p.kpi", "--data", "staff.csv", ...flags], { "p.kpi": POOLED, "staff.csv": csv });

    it("counts the quota within each combination of the pool columns, and names the pool", async () => {
      const r = await run(TABLE);
      expect(r.code).toBe(0);
      const doc = JSON.parse(r.stdout);
      expect(doc.staff.map((s: { rating: string }) => s.rating)).toEqual([
        "excellent",
        "good",
        "good",
        "good",
        "good",
        "good",
        "good",
        "good",
      ]);
      expect(doc.staff[6].pool).toEqual({ unit: "A", role: "head" });
      expect(doc.staff[6].ratingBeforeQuota).toBe("excellent");
      const csv = parseCsv((await run(TABLE, "--csv")).stdout);
      expect(csv.header.slice(0, 3)).toEqual(["id", "unit", "pool"]);
      expect(csv.rows[6]!.cells[2]).toBe("unit=A, role=head");
    });

    it("a unit typed decomposed on some rows is one pool with the rows typed composed", async () => {
      const unit = "Tổ một cửa";
      const mixed = TABLE.replace(/,A,/g, (_, i: number) => `,${unit.normalize(i % 2 ? "NFD" : "NFC")},`);
      expect(mixed).toContain(unit.normalize("NFD"));
      const doc = JSON.parse((await run(mixed, "--pools", "--json")).stdout);
      expect(doc.pools.map((p: { size: number }) => p.size)).toEqual([6, 2]);
      const scored = JSON.parse((await run(mixed)).stdout);
      expect(scored.staff.map((s: { rating: string }) => s.rating)).toEqual(
        JSON.parse((await run(TABLE)).stdout).staff.map((s: { rating: string }) => s.rating),
      );
    });

    it("a pool column missing from the CSV is an error naming it, and nothing is scored", async () => {
      const r = await run("id,unit,x\na,A,95\n");
      expect(r.code).toBe(1);
      expect(r.stdout).toBe("");
      expect(r.stderr).toContain('staff.csv:1: row 1: column "role" is missing');
    });

    it("--pools and --explain show CSV cells with line breaks escaped, so no output line starts where a cell does", async () => {
      const evil = TABLE.replace("g,A,head,96", '"g\n::error::pwn",A,head,96').replace("h,A,head,80", 'h,"A\n::error::unit",head,80');
      for (const flags of [["--pools"], ["--explain", "g\n::error::pwn"]]) {
        const r = await run(evil, ...flags);
        expect(r.code).toBe(0);
        expect(r.stdout.split("\n").some((l) => l.startsWith("::"))).toBe(false);
        if (flags[0] === "--pools") expect(r.stdout).toContain("\\n::error::");
      }
      // JSON keeps the cell as it is.
      expect(
        JSON.parse((await run(evil, "--pools", "--json")).stdout).pools.some((p: { moved: { id: string }[] }) =>
          p.moved.some((m) => m.id === "g\n::error::pwn"),
        ),
      ).toBe(true);
    });

    it("--pools reports each pool in text and JSON, and refuses --csv", async () => {
      const text = await run(TABLE, "--pools");
      expect(text.code).toBe(0);
      expect(text.stdout).toContain("unit=A, role=head: 2 staff");
      expect(text.stdout).toContain("nobody can be rated excellent here");
      const doc = JSON.parse((await run(TABLE, "--pools", "--json")).stdout);
      expect(Object.keys(doc)).toEqual(["scheme", "columns", "pools", "flags"]);
      expect(doc.pools[1].moved[0]).toMatchObject({ id: "g", from: "excellent", to: "good" });
      expect(doc.flags).toEqual([
        {
          kind: "unreachable",
          pool: { unit: "A", role: "head" },
          label: "unit=A, role=head",
          size: 2,
          band: "excellent",
          quota: "20% of good",
          ofCount: 1,
          counted: "bandAndOf",
          have: 2,
          needed: 6,
        },
      ]);
      expect((await run(TABLE, "--pools", "--csv")).code).toBe(2);
    });

    it("--explain names the pool and its size", async () => {
      const r = await run(TABLE, "--explain", "g");
      expect(r.stdout).toContain("Quota pool: unit=A, role=head (2 staff)");
      expect(r.stdout).toContain("After quotas: well completed (good)");
      const j = JSON.parse((await run(TABLE, "--explain", "g", "--json")).stdout);
      expect(j.pool).toEqual({ values: { unit: "A", role: "head" }, label: "unit=A, role=head", size: 2 });
    });

    it("--explain: a quota that moved the best score down says so and names the pool, in either language", async () => {
      const en = await run(TABLE, "--explain", "g");
      expect(en.stdout).not.toContain("Already in the best band");
      expect(en.stdout).toContain(
        "The score reaches the best band, excellently completed (excellent), but the quota in pool unit=A, role=head moved this person down to well completed (good)",
      );
      expect(en.stdout.endsWith("\n")).toBe(true);
      const vi = await run(TABLE, "--explain", "g", "--lang", "vi");
      expect(vi.stdout).not.toContain(CATALOGUES.vi["explain.best"]);
      expect(vi.stdout).toContain(
        "Điểm số đạt mức xếp loại cao nhất, hoàn thành xuất sắc nhiệm vụ (excellent), nhưng tỷ lệ khống chế trong nhóm unit=A, role=head đã hạ người này xuống hoàn thành tốt nhiệm vụ (good)",
      );
      // Someone the quota let through is simply in the best band.
      expect((await run(TABLE, "--explain", "a")).stdout).toContain("Already in the best band.");
      // The JSON keeps the band names.
      const j = JSON.parse((await run(TABLE, "--explain", "g", "--json", "--lang", "vi")).stdout);
      expect([j.rating, j.ratingAfterQuota, j.nextBand]).toEqual(["excellent", "good", null]);
    });

    it("--explain names bands by their labels in the reader's language, the band's name beside them", async () => {
      const labelled = POOLED.replace("rating good {", 'rating good "Well done" {')
        .replace("rating excellent {", 'rating top "Top" {')
        .replace("of good", "of good");
      const r = await runWith(["score", "p.kpi", "--data", "staff.csv", "--explain", "b", "--lang", "vi"], {
        "p.kpi": labelled,
        "staff.csv": TABLE,
      });
      expect(r.code, r.stderr).toBe(0);
      // `good` is one of the decree's bands: its Vietnamese words; `top` is the writer's own: its label.
      expect(r.stdout).toContain("Xếp loại: hoàn thành tốt nhiệm vụ (good)");
      expect(r.stdout).toContain("Để đạt Top (top) (tối thiểu 90)");
    });
  });

  it("a metric column typed in the other Unicode form (NFD, NFC) is the metric's column", async () => {
    const scheme = `metric đúng_hạn { type count }
indicator i { value ${"đúng_hạn".normalize("NFD")} floor 0 target 10 weight 100 }
rating good { min 70 }
rating poor { reward 0% }
`;
    for (const header of ["đúng_hạn".normalize("NFD"), "đúng_hạn".normalize("NFC")]) {
      const r = await runWith(["score", "u.kpi", "--data", "d.csv"], { "u.kpi": scheme, "d.csv": `id,${header}\na,5\n` });
      expect(r.code, r.stderr).toBe(0);
      expect(JSON.parse(r.stdout).staff[0].indicators.i).toEqual({ value: 5, points: 50 });
    }
    // Two headers that differ only in their Unicode form are one column given twice.
    const twice = await runWith(["score", "u.kpi", "--data", "d.csv"], {
      "u.kpi": scheme,
      "d.csv": `id,${"đúng_hạn".normalize("NFD")},${"đúng_hạn".normalize("NFC")}\na,5,6\n`,
    });
    expect(twice.code).toBe(1);
    expect(twice.stderr).toContain("đúng_hạn");
  });

  it("under missing zero, an undefined indicator reports the 0 points the score counted", async () => {
    const scheme = SCHEME.replace('version "1"', 'version "1"\n  missing zero');
    const csv = "id,done,errors\na,40,\n";
    const r = await runWith(["score", "s.kpi", "--data", "d.csv"], { "s.kpi": scheme, "d.csv": csv });
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).staff[0].indicators.quality).toEqual({ value: null, points: 0 });
    const compiled = await runWith(["compile", "s.kpi"], { "s.kpi": scheme });
    const mod = (await import(`data:text/javascript,${encodeURIComponent(compiled.stdout)}`)) as {
      score(row: Record<string, number | null>): { indicators: Record<string, unknown> };
    };
    expect(mod.score({ done: 40, errors: null }).indicators.quality).toEqual({ value: null, points: 0 });
    const excluded = await runWith(["score", "s.kpi", "--data", "d.csv"], { "s.kpi": SCHEME, "d.csv": csv });
    expect(JSON.parse(excluded.stdout).staff[0].indicators.quality).toEqual({ value: null, points: null });
  });
});
