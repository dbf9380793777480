/**
 * A lesson's claim checked against the numbers: the lesson test asserts it on every lesson,
 * and the presentation shows whether it still holds after the room's what-if.
 */
import type { Claim } from "./schema.ts";
import { t, type Lang } from "@goodhart/dsl";
import { figureLabel, formatFigure } from "./metric.ts";

export type Evidence =
  | { kind: "sweep"; points: { value: number; figure: number | null }[] }
  | { kind: "pair"; before: number | null; after: number | null };

export interface Verdict {
  holds: boolean;
  /** What was compared, in words and numbers, e.g. "Closures that were false: 1.3% → 2.3%". */
  detail: string;
}

export function describeClaim(claim: Claim, along: string, lang: Lang = "en"): string {
  const label = figureLabel(claim.metric, lang);
  if ("along" in claim) return t(lang, "lesson.claim.along", { label, direction: claim.direction, along });
  return t(lang, "lesson.claim.compare", { label, compare: claim.compare === "after < before" ? "lower" : "higher" });
}

export function checkClaim(claim: Claim, evidence: Evidence, lang: Lang = "en"): Verdict {
  const fmt = (v: number | null) => formatFigure(claim.metric, v);
  let first: number | null;
  let last: number | null;
  if ("along" in claim) {
    if (evidence.kind !== "sweep" || evidence.points.length < 2) return { holds: false, detail: t(lang, "lesson.claim.needsSweep") };
    first = evidence.points[0]!.figure;
    last = evidence.points[evidence.points.length - 1]!.figure;
  } else {
    if (evidence.kind !== "pair") return { holds: false, detail: t(lang, "lesson.claim.needsPair") };
    first = evidence.before;
    last = evidence.after;
  }
  const detail = `${figureLabel(claim.metric, lang)}: ${fmt(first)} → ${fmt(last)}`;
  if (first === null || last === null) return { holds: false, detail: t(lang, "lesson.claim.undefined", { detail }) };
  const up = "along" in claim ? claim.direction === "increases" : claim.compare === "after > before";
  const holds = up ? last > first + claim.by : last < first - claim.by;
  return { holds, detail };
}
