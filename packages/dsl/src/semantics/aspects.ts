/**
 * Aspect inference: an indicator without `aspect` measures what its metrics observe.
 * Rule (documented in docs/language-reference.md): collect the aspects of the observables
 * (semantics/observables.ts) of every metric the value reads, directly or through other
 * indicators; the most "protective" one wins — quality, then satisfaction, conduct,
 * timeliness, cost, volume — because `on_time / closed` measures timeliness, not volume.
 * A metric without `observes` contributes nothing; no contribution means no aspect.
 */
import type { Expr } from "../syntax/ast.ts";
import type { Aspect, Indicator, Metric } from "./model.ts";
import { OBSERVABLE_BY_NAME } from "./observables.ts";
import { walkExpr } from "./symbols.ts";

const PRIORITY: Aspect[] = ["quality", "satisfaction", "conduct", "timeliness", "cost", "volume"];

export function inferAspect(value: Expr, metrics: ReadonlyMap<string, Metric>, indicators: ReadonlyMap<string, Indicator>): Aspect | null {
  const found = new Set<Aspect>();
  const seen = new Set<string>();
  // A work list, not recursion: indicators may read indicators thousands deep.
  const work: Expr[] = [value];
  while (work.length > 0) {
    walkExpr(work.pop()!, (n) => {
      const name = n.kind === "name" ? n.name : n.kind === "member" && n.member.text === "value" ? n.object.text : null;
      if (name === null || seen.has(name)) return;
      seen.add(name);
      const m = metrics.get(name);
      if (m?.observes) {
        const o = OBSERVABLE_BY_NAME.get(m.observes);
        if (o) found.add(o.aspect);
        return;
      }
      const i = indicators.get(name);
      if (i) {
        if (i.aspect && !i.aspectInferred) found.add(i.aspect);
        else work.push(i.value);
      }
    });
  }
  return PRIORITY.find((a) => found.has(a)) ?? null;
}
