/**
 * A lesson's claim checked against the numbers: the lesson test asserts it on every lesson,
 * and the presentation shows whether it still holds after the room's what-if.
 */
import type { Claim } from "./schema.ts";
import { figureLabel, formatFigure } from "./metric.ts";

export type Evidence =
  | { kind: "sweep"; points: { value: number; figure: number | null }[] }
  | { kind: "pair"; before: number | null; after: number | null };

export interface Verdict {
  holds: boolean;
  /** What was compared, in words and numbers, e.g. "Closures that were false: 1.3% → 2.3%". */
  detail: string;
}

export function describeClaim(claim: Claim, along: string): string {
  const label = figureLabel(claim.metric);
  if ("along" in claim) return `${label} ${claim.direction === "increases" ? "rises" : "falls"} as ${along} goes from one end to the other.`;
  return `${label} is ${claim.compare === "after < before" ? "lower" : "higher"} after the change than before.`;
}

export function checkClaim(claim: Claim, evidence: Evidence): Verdict {
  const fmt = (v: number | null) => formatFigure(claim.metric, v);
  let first: number | null;
  let last: number | null;
  if ("along" in claim) {
    if (evidence.kind !== "sweep" || evidence.points.length < 2) return { holds: false, detail: "needs a sweep of at least two points" };
    first = evidence.points[0]!.figure;
    last = evidence.points[evidence.points.length - 1]!.figure;
  } else {
    if (evidence.kind !== "pair") return { holds: false, detail: "needs a before and an after" };
    first = evidence.before;
    last = evidence.after;
  }
  const detail = `${figureLabel(claim.metric)}: ${fmt(first)} → ${fmt(last)}`;
  if (first === null || last === null) return { holds: false, detail: `${detail} (undefined)` };
  const up = "along" in claim ? claim.direction === "increases" : claim.compare === "after > before";
  const holds = up ? last > first + claim.by : last < first - claim.by;
  return { holds, detail };
}
