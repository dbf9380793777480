/**
 * The report: per phenomenon a table of each arm (mean over seeds, then each seed) and the
 * verdicts, each a comparison of two arms with whether it moved the contract's way on every
 * seed. Nothing here fails: a verdict of "NO" or "false" is a finding to report.
 */
import type { IndicatorSummary, Summary } from "@goodhart/simulator";
import { fmt, mean, type Outcome } from "./lib.ts";
import type { Phenomenon, Result } from "./run.ts";

interface Field {
  label: string;
  of: (s: Summary) => number | null;
}
const field = (label: string, of: (s: Summary) => number | null): Field => ({ label, of });
const F = {
  falsifiedShare: field("falsifiedShare", (s) => s.falsifiedShare),
  gamingRate: field("gamingRate", (s) => s.gamingRate),
  scoreTruthCorrelation: field("scoreTruthCorrelation", (s) => s.scoreTruthCorrelation),
  scoreAbilityCorrelation: field("scoreAbilityCorrelation", (s) => s.scoreAbilityCorrelation),
  falsify: field("gaming.falsify", (s) => s.gaming.falsify),
  rush: field("gaming.rush", (s) => s.gaming.rush),
  cherryPick: field("gaming.cherryPick", (s) => s.gaming.cherryPick),
  holdBack: field("gaming.holdBack", (s) => s.gaming.holdBack),
  auditFailures: field("auditFailures", (s) => s.auditFailures),
  meanTrueValue: field("meanTrueValue", (s) => s.meanTrueValue),
  meanEffort: field("meanEffort", (s) => s.meanEffort),
  meanScore: field("meanScore", (s) => s.meanScore),
  morale: field("morale", (s) => s.morale),
  hardBacklog: field("hardBacklog", (s) => s.hardBacklog),
  rushed: field("amounts.rushed", (s) => s.amounts.rushed),
  withheld: field("amounts.withheld", (s) => s.amounts.withheld),
  deferred: field("amounts.deferred", (s) => s.amounts.deferred),
};

const num = (x: number | null): number => x ?? Number.NaN;

function indicatorOf(o: Outcome, name: string): IndicatorSummary {
  const ind = o.indicators[name];
  if (!ind) throw new Error(`holdout-audit: the run has no indicator ${name}`);
  return ind;
}

/** Whether b − a has the contract's sign on every seed, and the means. */
interface Comparison {
  a: number;
  b: number;
  diff: number;
  all: boolean;
}

export function report(results: readonly Result[]): string[] {
  const out: string[] = [];
  const print = (...parts: string[]) => out.push(parts.join(" "));

  const byKey = new Map(results.map((r) => [`${r.phen}|${r.row}|${r.variant}`, r]));
  const get = (phen: Phenomenon, row: string, variant: string): Result => {
    const r = byKey.get(`${phen}|${row}|${variant}`);
    if (!r) throw new Error(`holdout-audit: no run ${phen} ${row} ${variant}`);
    return r;
  };
  const vals = (phen: Phenomenon, row: string, variant: string, f: Field): number[] =>
    get(phen, row, variant).outcomes.map((o) => num(f.of(o.summary)));
  const rows = (phen: Phenomenon): string[] => [...new Set(results.filter((r) => r.phen === phen).map((r) => r.row))];
  const variants = (phen: Phenomenon, row: string): string[] =>
    results.filter((r) => r.phen === phen && r.row === row).map((r) => r.variant);

  function table(phen: Phenomenon, fields: Field[], digits = 4): void {
    print(`\n=== ${phen} ===  (mean over seeds [s1 s2 s3])`);
    for (const row of rows(phen))
      for (const v of variants(phen, row)) {
        const cells = fields.map((f) => {
          const xs = vals(phen, row, v, f);
          return `${f.label}=${fmt(mean(xs), digits)} [${xs.map((x) => fmt(x, digits)).join(" ")}]`;
        });
        print(`${row.padEnd(6)} ${v.padEnd(22)} ${cells.join("  ")}`);
      }
  }
  function cmp(phen: Phenomenon, row: string, a: string, b: string, f: Field, dir: 1 | -1): Comparison {
    const xa = vals(phen, row, a, f);
    const xb = vals(phen, row, b, f);
    const diffs = xb.map((x, i) => x - xa[i]!);
    return { a: mean(xa), b: mean(xb), diff: mean(diffs), all: diffs.every((x) => Math.sign(x) === dir) };
  }
  const line = (label: string, c: Comparison, digits = 4): string =>
    `${label}: ${fmt(c.a, digits)} -> ${fmt(c.b, digits)} (Δ ${c.diff >= 0 ? "+" : ""}${fmt(c.diff, digits)}, every seed ${c.all ? "yes" : "NO"})`;

  // P1: from the lowest target to 100%, falsification and gaming rise, the correlation falls.
  table("P1", [F.falsifiedShare, F.gamingRate, F.scoreTruthCorrelation]);
  print("\nP1 verdicts (lowest target -> 100%):");
  for (const row of rows("P1")) {
    const vs = variants("P1", row);
    const lo = vs[0]!;
    const hi = vs[vs.length - 1]!;
    print(
      row,
      "|",
      line("fs", cmp("P1", row, lo, hi, F.falsifiedShare, 1)),
      "|",
      line("gaming", cmp("P1", row, lo, hi, F.gamingRate, 1)),
      "|",
      line("corr", cmp("P1", row, lo, hi, F.scoreTruthCorrelation, -1)),
    );
  }

  // P2: the gate's effect at sanction 0 is the gate alone; the percentages are against no audit.
  table("P2", [F.falsifiedShare, F.falsify, F.auditFailures]);
  print("\nP2 verdicts:");
  for (const row of rows("P2"))
    for (const tag of ["base", "high"]) {
      const fs = (variant: string) => mean(vals("P2", row, `${tag} ${variant}`, F.falsifiedShare));
      const none = fs("none s0");
      const audit = fs("audit s0");
      const gated = fs("audit+gate s0");
      const g = cmp("P2", row, `${tag} none s0`, `${tag} audit+gate s0`, F.falsifiedShare, -1);
      const ag = cmp("P2", row, `${tag} audit s0`, `${tag} audit+gate s0`, F.falsifiedShare, -1);
      print(
        `${row} ${tag}: s0 none ${fmt(none)} audit ${fmt(audit)} (${fmt(100 * (audit / none - 1), 1)}%) gate ${fmt(gated)} (${fmt(100 * (gated / none - 1), 1)}%); ` +
          `gate<none every seed ${g.all}; gate<audit every seed ${ag.all} | s5 none ${fmt(fs("none s5"))} audit ${fmt(fs("audit s5"))} gate ${fmt(fs("audit+gate s5"))}`,
      );
    }

  // P3: pairing quality with volume lowers rushing and raises true value.
  table("P3", [F.rush, F.meanTrueValue, F.rushed]);
  print("\nP3 verdicts:");
  for (const row of rows("P3"))
    for (const [a, b] of [
      ["volume only", "volume+quality"],
      ["full", "full+quality"],
    ] as const)
      print(
        row,
        a,
        "->",
        b,
        "|",
        line("rush", cmp("P3", row, a, b, F.rush, -1)),
        "|",
        line("trueValue", cmp("P3", row, a, b, F.meanTrueValue, 1), 3),
      );

  // P4: saints never game; with zero rewards gaming stays under 3% and false closures under 0.2%.
  table("P4", [F.gamingRate, F.falsifiedShare, F.falsify]);
  print("\nP4 verdicts:");
  for (const row of rows("P4")) {
    const sg = vals("P4", row, "saints 1", F.gamingRate);
    const zg = vals("P4", row, "zero rewards", F.gamingRate);
    const zf = vals("P4", row, "zero rewards", F.falsifiedShare);
    print(
      `${row}: saints gamingRate max ${fmt(Math.max(...sg), 6)} (${sg.every((x) => x === 0) ? "all 0" : "NONZERO"}); ` +
        `zero-reward gaming max ${fmt(Math.max(...zg))} (<0.03 ${zg.every((x) => x < 0.03)}), fs max ${fmt(Math.max(...zf), 5)} (<0.002 ${zf.every((x) => x < 0.002)})`,
    );
  }

  // P5: a cliff bunches scores just over its threshold; read on the design's main indicator.
  print("\n=== P5 === bunching of main indicator");
  for (const row of rows("P5"))
    for (const v of ["smooth", "cliff"]) {
      const r = get("P5", row, v);
      const main = r.design.main;
      const inds = r.outcomes.map((o) => indicatorOf(o, main));
      const b = inds.map((i) => num(i.bunching));
      const s1 = inds[0]!;
      print(
        `${row} ${v.padEnd(7)} ${main} threshold ${s1.threshold}: bunching mean ${fmt(mean(b), 2)} [${b.map((x) => fmt(x, 2)).join(" ")}] ` +
          `meet/miss s1 ${s1.justMeeting}/${s1.justMissing}  gaming ${fmt(mean(r.outcomes.map((o) => num(o.summary.gamingRate))), 3)}`,
      );
    }

  // P6: a ratchet brings holding back.
  table("P6", [F.holdBack, F.withheld, F.gamingRate]);
  print("\nP6 verdicts:");
  for (const row of rows("P6")) print(row, line("holdBack", cmp("P6", row, "ratchet 0%", "ratchet 50%", F.holdBack, 1)));

  // P7: an unreachable target lowers morale and true value; a hard one raises effort.
  table("P7", [F.morale, F.meanTrueValue, F.meanEffort, F.meanScore], 4);
  print("\nP7 verdicts:");
  for (const row of rows("P7")) {
    print(
      row,
      "|",
      line("morale hard->unreach", cmp("P7", row, "hard", "unreachable", F.morale, -1)),
      "|",
      line("trueValue hard->unreach", cmp("P7", row, "hard", "unreachable", F.meanTrueValue, -1), 3),
    );
    print(
      row,
      "|",
      line("effort easy->hard", cmp("P7", row, "easy", "hard", F.meanEffort, 1)),
      "|",
      line("morale hard->hard+1", cmp("P7", row, "hard", "hard1", F.morale, -1)),
      "|",
      line("morale easy->unreach", cmp("P7", row, "easy", "unreachable", F.morale, -1)),
    );
  }

  // P8: volume alone leaves more hard cases open, and sets more aside, than either pairing.
  table("P8", [F.hardBacklog, F.cherryPick, F.deferred]);
  print("\nP8 verdicts:");
  for (const row of rows("P8"))
    for (const b of ["volume+hard", "volume+quality"])
      print(
        row,
        b,
        "|",
        line("hardBacklog", cmp("P8", row, b, "volume only", F.hardBacklog, 1), 3),
        "|",
        line("cherryPick", cmp("P8", row, b, "volume only", F.cherryPick, 1)),
      );

  // P9: more luck, less of the score is ability.
  table("P9", [F.scoreAbilityCorrelation]);
  print("\nP9 verdicts:");
  for (const row of rows("P9"))
    print(row, line("abilityCorr 0.1->0.9", cmp("P9", row, "luck 0.1", "luck 0.9", F.scoreAbilityCorrelation, -1)));

  // P10: the A&E gap, reported minus true on-time share, read against the audit-sourced twin.
  print("\n=== P10 === reported minus true on-time share (percentage points)");
  for (const row of rows("P10"))
    for (const v of variants("P10", row)) {
      const r = get("P10", row, v);
      const onTime = r.design.onTime;
      if (!onTime) throw new Error(`holdout-audit: design ${r.design.id} has no on-time indicator for P10`);
      const reported = r.outcomes.map((o) => num(indicatorOf(o, onTime.scored).meanValue));
      const truth = r.outcomes.map((o) => num(indicatorOf(o, onTime.shadow).meanValue));
      const gaps = reported.map((x, i) => 100 * (x - truth[i]!));
      print(
        `${row} ${v.padEnd(14)} reported ${fmt(mean(reported))} true ${fmt(mean(truth))} gap ${fmt(mean(gaps), 2)} pp [${gaps.map((g) => fmt(g, 2)).join(" ")}] ` +
          `fs ${fmt(mean(r.outcomes.map((o) => num(o.summary.falsifiedShare))))}`,
      );
    }

  // X: quadrupling the run should move little.
  table("X", [F.hardBacklog, F.meanScore, F.morale], 3);
  print("\nX verdicts:");
  for (const row of rows("X")) {
    const a = cmp("X", row, "12 periods", "48 periods", F.hardBacklog, 1);
    const b = cmp("X", row, "12 periods", "48 periods", F.meanScore, 1);
    print(
      `${row}: hardBacklog 12 ${fmt(a.a, 3)} 48 ${fmt(a.b, 3)} (${fmt(100 * (a.b / a.a - 1), 1)}%); meanScore 12 ${fmt(b.a, 2)} 48 ${fmt(b.b, 2)} (${fmt(100 * (b.b / b.a - 1), 1)}%)`,
    );
  }
  return out;
}
