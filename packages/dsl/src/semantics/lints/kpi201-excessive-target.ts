/**
 * KPI201 excessive target: 100% of a share, or zero of something to keep low, asked of a
 * number the staff member moves by their own hand. Real work has hard cases; a target that
 * allows none is met by gaming (Goodhart 1975; Campbell 1976) — by falsifying where the staff
 * member writes the record, by rushing, deferring hard cases, timing or holding back where the
 * system counts it — and, when missed, raises overstatement most just short of it
 * (Schweitzer, Ordóñez & Douma 2004).
 *
 * "Controls": a metric of source `self` or `system`, or of no stated source (see shared.ts);
 * a survey, supervisor or audit figure is not at the staff member's fingertips. A step counts as a target too: a step
 * at 100% (better higher, on a share) or at 0 (better lower) with points above 0.
 */
import type { SchemeFile } from "../../syntax/ast.ts";
import type { Diagnostic, QuickFix } from "../../diagnostics/diagnostic.ts";
import type { Indicator, Metric, Scheme } from "../model.ts";
import type { Message } from "../../i18n/translate.ts";
import { foldConstant } from "../constant.ts";
import {
  controlledMetrics,
  findDeclaration,
  fixTitled,
  findProperties,
  findProperty,
  formatNumber,
  indicatorName,
  isPercentExpr,
  isRatioValue,
  makeDiagnostic,
  rangeOf,
  stepPoints,
} from "./shared.ts";

function excessive(i: Indicator, ratio: boolean, threshold: number): boolean {
  return i.better === "higher" ? ratio && threshold >= 1 : threshold <= 0;
}

/** A reachable target in place of the excessive one, still above (or below) the floor. */
function reachable(i: Indicator, ratio: boolean): number | null {
  const floor = i.floor!;
  if (i.better === "higher") return floor < 0.95 ? 0.95 : (floor + 1) / 2;
  if (ratio) return floor > 0.04 ? 0.02 : floor / 2;
  return floor > 0 ? floor / 10 : null;
}

export function kpi201(scheme: Scheme, file: SchemeFile): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const i of scheme.indicators) {
    const controlled = controlledMetrics(scheme, i);
    if (controlled.length === 0) continue;
    out.push(...check(scheme, file, i, controlled));
  }
  return out;
}

const names = (ms: Metric[]): string => ms.map((m) => `\`${m.name}\``).join(", ");

/**
 * Who moves the number, and how a perfect record is then reached without the work — only the
 * behaviour the metrics' sources allow (the simulator's observables): a `system` record (or
 * one of no stated source) cannot be falsified, but follows rushing, deferring hard cases,
 * shifting closures across the period boundary and holding work back; a `self` report
 * follows all of that and can be falsified besides.
 */
function sourceStory(controlled: Metric[]): { who: Message; how: Message; overstate: Message } {
  // Cases received arrive whatever the staff member does: a denominator, not a lever.
  const levers = controlled.filter((m) => m.observes !== "cases.received");
  const moved = levers.length > 0 ? levers : controlled;
  const self = moved.filter((m) => m.source === "self");
  const system = moved.filter((m) => m.source === "system");
  // No stated source: read as the system's count (nothing says the staff member writes it), and said so.
  const unstated = moved.filter((m) => m.source !== "self" && m.source !== "system");
  const part = (key: "lint.KPI201.who.self" | "lint.KPI201.who.system" | "lint.KPI201.who.unstated", ms: Metric[]): Message[] =>
    ms.length > 0 ? [{ key, params: { names: names(ms), count: ms.length } }] : [];
  const parts = [
    ...part("lint.KPI201.who.self", self),
    ...part("lint.KPI201.who.system", system),
    ...part("lint.KPI201.who.unstated", unstated),
  ];
  const who = parts.slice(1).reduce<Message>((a, b) => ({ key: "lint.KPI201.who.both", params: { self: a, system: b } }), parts[0]!);
  // A self-report carries the real work too, so everything that moves a record moves it.
  const soft: Message = { key: "lint.KPI201.soft" };
  const how: Message =
    self.length > 0 ? { key: "lint.KPI201.how.self", params: { soft } } : { key: "lint.KPI201.how.system", params: { soft } };
  // Overstating needs a record the staff member writes.
  const overstate: Message = { key: self.length > 0 ? "lint.KPI201.overstate" : "lint.KPI201.overstate.none" };
  return { who, how, overstate };
}

function check(scheme: Scheme, file: SchemeFile, i: Indicator, controlled: Metric[]): Diagnostic[] {
  const ratio = isRatioValue(scheme, i.value);
  const decl = findDeclaration(file, "indicator", i.name);
  const declaration = { kind: "indicator", name: i.name };
  const { who, how, overstate } = sourceStory(controlled);
  const out: Diagnostic[] = [];
  if (i.steps.length === 0) {
    if (i.target === null || !excessive(i, ratio, i.target)) return out;
    const targetP = findProperty(decl, "target");
    // A plain number on a share (`target 95`) is KPI102's finding: a typo, never reached; not an excessive 9500%.
    if (ratio && i.target > 1 && targetP?.value.kind === "expr" && !isPercentExpr(targetP.value.expr)) return out;
    const indicator = indicatorName(i);
    const asked: Message =
      i.better === "higher"
        ? { key: "lint.KPI201.asked.higher", params: { target: formatNumber(i.target, true), indicator } }
        : { key: "lint.KPI201.asked.lower", params: { target: formatNumber(i.target, ratio), indicator } };
    const better = reachable(i, ratio);
    const percent = targetP?.value.kind === "expr" ? isPercentExpr(targetP.value.expr) || ratio : ratio;
    const fixes: QuickFix[] =
      better !== null && targetP
        ? [
            fixTitled({ key: "lint.KPI201.fix", params: { value: formatNumber(better, percent) } }, [
              { range: targetP.value.range, newText: formatNumber(better, percent) },
            ]),
          ]
        : [];
    const such: Message =
      better !== null
        ? { key: "lint.KPI201.suchAs", params: { value: formatNumber(better, percent) } }
        : { key: "lint.KPI201.suchAs.none" };
    out.push(
      makeDiagnostic(
        "KPI201",
        rangeOf(decl, "target", i.range),
        { key: "lint.KPI201.target", params: { asked, who, how, such, overstate } },
        declaration,
        fixes,
      ),
    );
    return out;
  }
  const stepProps = findProperties(decl, "step");
  for (const s of i.steps) {
    if (!excessive(i, ratio, s.threshold) || stepPoints(i, s.points) <= 0) continue;
    const p = stepProps.find((sp) => sp.value.kind === "step" && foldConstant(sp.value.threshold) === s.threshold);
    const at = i.better === "higher" ? formatNumber(s.threshold, true) : formatNumber(s.threshold, ratio);
    out.push(
      makeDiagnostic(
        "KPI201",
        p?.range ?? rangeOf(decl, null, i.range),
        { key: "lint.KPI201.step", params: { at, indicator: indicatorName(i), points: String(s.points), who, how, overstate } },
        declaration,
      ),
    );
  }
  return out;
}
