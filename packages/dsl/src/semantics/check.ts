/**
 * The checker: binds names, validates properties, applies the structural rules (KPI002–KPI008,
 * KPI101–KPI103) and, when nothing is wrong, lowers the file to the resolved `Scheme` that
 * scoring runs on. Each step is a module of check/; the order here is the order diagnostics
 * come in.
 */
import type { DeclarationKind, SchemeFile } from "../syntax/ast.ts";
import type { Diagnostic } from "../diagnostics/diagnostic.ts";
import type { Scheme } from "./model.ts";
import type { SymbolTable } from "./symbols.ts";
import { bindExpressions, bindParents, checkNames, checkObservables, membersByParent } from "./check/bind.ts";
import { CheckContext } from "./check/context.ts";
import { buildScheme } from "./check/lower.ts";
import {
  checkGateCaps,
  checkGateRatingCaps,
  checkGroupCycles,
  checkGroupDepth,
  checkIndicatorCycles,
  checkLayout,
  checkMix,
  checkRatings,
  checkRatioComparisons,
  checkThresholds,
  checkWeightSums,
  pointsCeiling,
} from "./check/rules.ts";
import { checkProperties } from "./check/validate-properties.ts";

export interface CheckResult {
  diagnostics: Diagnostic[];
  scheme: Scheme | null;
  symbols: SymbolTable;
}

export function check(file: SchemeFile): CheckResult {
  const c = new CheckContext(file);
  checkNames(c);
  for (const d of file.declarations) checkProperties(c, d);

  const decls = (kind: DeclarationKind) => file.declarations.filter((d) => d.kind === kind && d.name);
  const metrics = decls("metric");
  const indicators = decls("indicator");
  const groups = decls("group");
  const gates = decls("gate");
  const ratings = decls("rating");

  for (const d of file.declarations) checkLayout(c, d);
  checkObservables(c, metrics);
  const parentOf = bindParents(c, groups, indicators);
  const inCycle = checkGroupCycles(c, groups, parentOf);
  checkGroupDepth(c, groups, indicators, parentOf, inCycle);
  const reads = bindExpressions(c, indicators, gates, ratings);
  const order = checkIndicatorCycles(c, indicators, reads);
  for (const d of indicators) checkThresholds(c, d);
  checkRatioComparisons(c, [...indicators, ...gates]);
  const ceiling = pointsCeiling(c, indicators);
  checkRatings(c, ratings, ceiling);
  checkGateCaps(c, gates, ceiling);
  checkGateRatingCaps(c, gates, ratings);
  checkMix(c, decls("simulation"));
  const memberDecls = membersByParent(c, parentOf);
  checkWeightSums(c, memberDecls);

  const symbols: SymbolTable = { byName: c.byName, references: c.references };
  if (c.hasErrors || inCycle.size > 0) return { diagnostics: c.diagnostics, scheme: null, symbols };
  const scheme = buildScheme(c, file, { metrics, indicators, groups, gates, ratings }, parentOf, memberDecls, order);
  return { diagnostics: c.diagnostics, scheme, symbols };
}
