/**
 * Effective weight: an indicator's (or group's) share of the total score — its weight over
 * its siblings' sum, times its parent's share. Missing values can change the real shares for
 * one staff member; this is the share when everything is measured.
 */
import type { Scheme } from "./model.ts";

export function computeEffectiveWeights(scheme: Scheme): void {
  const indicators = new Map(scheme.indicators.map((i) => [i.name, i]));
  const groups = new Map(scheme.groups.map((g) => [g.name, g]));
  const visit = (parent: string, share: number) => {
    const members = scheme.members.get(parent) ?? [];
    const weightOf = (m: { kind: string; name: string }) =>
      m.kind === "group" ? groups.get(m.name)!.weight : indicators.get(m.name)!.weight;
    const sum = members.reduce((s, m) => s + weightOf(m), 0);
    for (const m of members) {
      const w = sum > 0 ? (weightOf(m) / sum) * share : 0;
      if (m.kind === "group") {
        groups.get(m.name)!.effectiveWeight = w;
        visit(m.name, w);
      } else {
        indicators.get(m.name)!.effectiveWeight = w;
      }
    }
  };
  visit("", 1);
}
