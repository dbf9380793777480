/** The run's headline figures, each with what it means in plain words. */
import { memo } from "react";
import type { SimulationView } from "../sim/result.ts";
import { num, pct } from "../charts/format.ts";

// Memoised: the page re-renders on every keystroke, these only when their inputs change.
export const Headlines = memo(function Headlines({ view }: { view: SimulationView }) {
  const s = view.summary;
  const items: [string, string, string][] = [
    ["Mean score", num(s.meanScore), "average points the scheme gives"],
    ["Real value", num(s.meanTrueValue, 2), "real work delivered per staff member and period"],
    ["Gaming", pct(s.gamingRate), "of staff-periods used at least one trick"],
    ["False closures", pct(s.falsifiedShare, 1), "of reported closures were not done"],
    ["Score ↔ real value", num(s.scoreTruthCorrelation, 2), "1 = the score ranks real work perfectly; 0 = not at all"],
    ["Score ↔ ability", num(s.scoreAbilityCorrelation, 2), "near 0 means ratings rank luck, not ability"],
    ["Morale", pct(s.morale), "at the end of the last period"],
    ["Hard backlog", num(s.hardBacklog, 2), "hard cases left open per staff member"],
  ];
  return (
    <dl className="headlines" aria-label="Headline figures" data-testid="headlines">
      {items.map(([label, value, meaning]) => (
        <div key={label} className="headline">
          <dt>{label}</dt>
          <dd>
            <strong>{value}</strong> <span>{meaning}</span>
          </dd>
        </div>
      ))}
    </dl>
  );
});
