/**
 * KPI205 cliff edge: 50 points or more hang on one threshold. Where a small change of the
 * value wins or loses half the points, values bunch just on the good side of the line —
 * ambulance times "corrected" to under 8 minutes, A&E patients moved in the last 20 of 240
 * minutes (Bevan & Hood 2006) — and those just short overstate the most (Schweitzer, Ordóñez
 * & Douma 2004). Two shapes: a step 50+ points above the next step down (or above 0 for the
 * least demanding step), and a floor and target so close (|target − floor| < 2% of |target|)
 * that the line is a step in disguise. Points are taken after the cap, as they score.
 */
import type { SchemeFile } from "../../syntax/ast.ts";
import type { Diagnostic, QuickFix } from "../../diagnostics/diagnostic.ts";
import type { Indicator, Scheme } from "../model.ts";
import type { Message } from "../../i18n/translate.ts";
import { foldConstant } from "../constant.ts";
import { commonScale, decimalOf } from "../../scoring/exact.ts";
import {
  findDeclaration,
  findProperties,
  findProperty,
  fixTitled,
  formatNumber,
  isPercentExpr,
  isRatioValue,
  makeDiagnostic,
  rangeOf,
  stepPoints,
} from "./shared.ts";

const CLIFF_POINTS = 50;
/** 2% as a fraction: the line is a cliff when |target − floor| × 100 < 2 × |target|. */
const NARROW_LINE = { num: 2n, den: 100n };

export function kpi205(scheme: Scheme, file: SchemeFile): Diagnostic[] {
  return scheme.indicators.flatMap((i) => (i.steps.length > 0 ? steps(scheme, file, i) : line(scheme, file, i)));
}

const WHY: Message = { key: "lint.KPI205.why" };

function steps(scheme: Scheme, file: SchemeFile, i: Indicator): Diagnostic[] {
  const decl = findDeclaration(file, "indicator", i.name);
  const props = findProperties(decl, "step");
  const ratio = isRatioValue(scheme, i.value);
  const out: Diagnostic[] = [];
  i.steps.forEach((s, k) => {
    const here = stepPoints(i, s.points);
    const next = i.steps[k + 1];
    const below = next ? stepPoints(i, next.points) : 0;
    if (here - below < CLIFF_POINTS) return;
    const p = props.find((sp) => sp.value.kind === "step" && foldConstant(sp.value.threshold) === s.threshold);
    const shown = (x: number) => formatNumber(x, ratio);
    const drop: Message = next
      ? { key: "lint.KPI205.dropNext", params: { next: shown(next.threshold), below } }
      : { key: "lint.KPI205.dropNone" };
    const middle = next ? (s.threshold + next.threshold) / 2 : null;
    out.push(
      makeDiagnostic(
        "KPI205",
        p?.range ?? rangeOf(decl, null, i.range),
        {
          key: "lint.KPI205.step",
          params: {
            name: i.name,
            at: shown(s.threshold),
            points: here,
            drop,
            lost: here - below,
            why: WHY,
            example:
              middle !== null
                ? { key: "lint.KPI205.example", params: { threshold: shown(middle), points: Math.round((here + below) / 2) } }
                : { key: "lint.KPI205.exampleBelow" },
          },
        },
        { kind: "indicator", name: i.name },
      ),
    );
  });
  return out;
}

function line(scheme: Scheme, file: SchemeFile, i: Indicator): Diagnostic[] {
  if (i.floor === null || i.target === null) return [];
  if (!narrow(i.floor, i.target)) return [];
  const decl = findDeclaration(file, "indicator", i.name);
  const floorP = findProperty(decl, "floor");
  const percent = floorP?.value.kind === "expr" ? isPercentExpr(floorP.value.expr) : isRatioValue(scheme, i.value);
  // A tenth of the target's size is wide enough to make each point a small step.
  const widened = i.better === "higher" ? i.target - 0.1 * Math.abs(i.target) : i.target + 0.1 * Math.abs(i.target);
  const fixes: QuickFix[] = floorP
    ? [
        fixTitled({ key: "lint.KPI205.fix", params: { value: formatNumber(widened, percent) } }, [
          { range: floorP.value.range, newText: formatNumber(widened, percent) },
        ]),
      ]
    : [];
  return [
    makeDiagnostic(
      "KPI205",
      rangeOf(decl, "floor", i.range),
      {
        key: "lint.KPI205.line",
        params: {
          name: i.name,
          floor: formatNumber(i.floor, percent),
          target: formatNumber(i.target, percent),
          why: WHY,
          widened: formatNumber(widened, percent),
        },
      },
      { kind: "indicator", name: i.name },
      fixes,
    ),
  ];
}

/**
 * Whether floor and target are closer than 2% of the target's size, decided on the decimals
 * as written: `floor 93.1%` `target 95%` is exactly 2% apart (not a cliff), which the doubles
 * 0.95 − 0.931 = 0.01899999… would have called one.
 */
function narrow(floor: number, target: number): boolean {
  const [f, t] = commonScale(decimalOf(floor), decimalOf(target));
  const abs = (x: bigint) => (x < 0n ? -x : x);
  return abs(t - f) * NARROW_LINE.den < NARROW_LINE.num * abs(t);
}
