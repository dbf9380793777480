/**
 * Why the scheme rated one simulated staff member as it did: the dsl's explain, retraced on
 * the indicator values the simulation measured for them in the last period.
 */
import { useEffect, useRef, useState } from "react";
import { languageClient } from "../language/language-client.ts";
import type { LsExplanation } from "../language/protocol.ts";
import type { SimulationView } from "../sim/result.ts";
import { STAFF_TYPES } from "../sim/population.ts";
import { num, pct } from "../charts/format.ts";
import { bandText } from "../charts/rating-bands.ts";
import { TYPE_LABELS } from "../charts/score-vs-truth.ts";

interface Props {
  view: SimulationView;
  index: number;
  text: string;
  onClose(): void;
}

/** The last period's value of each indicator for staff member `i` (null = not measured). */
function staffValues(view: SimulationView, i: number): Record<string, number | null> {
  const out: Record<string, number | null> = {};
  for (const f of view.facts.indicators) {
    const all = view.perStaff.indicatorValues[f.name];
    if (!all) continue;
    const at = all.length > view.staff ? (view.periods - 1) * view.staff + i : i;
    const v = all[at];
    out[f.name] = v !== undefined && Number.isFinite(v) ? v : null;
  }
  return out;
}

export function StaffExplanation({ view, index, text, onClose }: Props) {
  const [e, setE] = useState<LsExplanation | null | "error">(null);
  const ref = useRef<HTMLElement>(null);
  // The panel opens above the charts: bring it to where the reader is looking.
  useEffect(() => ref.current?.scrollIntoView({ block: "nearest" }), [index]);
  const band = view.facts.bands[view.perStaff.rating[index] ?? 0];
  useEffect(() => {
    let live = true;
    setE(null);
    languageClient()
      .call("explain", text, { values: staffValues(view, index), ratingAfterQuota: band?.name })
      .then((x) => live && setE(x))
      .catch(() => live && setE("error"));
    return () => {
      live = false;
    };
  }, [view, index, text, band]);
  const type = STAFF_TYPES[view.perStaff.type[index] ?? 1]!;
  const label = (name: string) => {
    const b = view.facts.bands.find((x) => x.name === name);
    return b ? bandText(b) : name;
  };
  return (
    <section className="explain" aria-label="Why this rating" data-testid="explain" ref={ref} tabIndex={-1}>
      <div className="chart-head">
        <h3>
          Staff member #{index + 1} ({TYPE_LABELS[type]}): score {num(view.perStaff.score[index], 1)} points, real work{" "}
          {num(view.perStaff.trueValue[index], 2)} cases, rated {band ? bandText(band) : "—"}
        </h3>
        <button type="button" className="small" onClick={onClose} aria-label="Close the explanation">
          ✕
        </button>
      </div>
      {e === null ? (
        <p className="hint">Working out why…</p>
      ) : e === "error" ? (
        <p className="hint">The explanation could not be computed for this scheme.</p>
      ) : (
        <>
          <table className="figures">
            <thead>
              <tr>
                <th scope="col">Indicator</th>
                <th scope="col">Measured</th>
                <th scope="col">Points</th>
                <th scope="col">Share of score</th>
                <th scope="col">Adds</th>
                <th scope="col">Rule</th>
              </tr>
            </thead>
            <tbody>
              {e.indicators.map((i) => (
                <tr key={i.name}>
                  <th scope="row">{i.label ?? i.name}</th>
                  <td>{i.value === null ? "not measured" : i.ratio ? pct(i.value, 1) : num(i.value, 2)}</td>
                  <td>{num(i.points, 1)}</td>
                  <td>{pct(i.share, 0)}</td>
                  <td>{num(i.contribution, 1)}</td>
                  <td className="rule">{i.rule}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p data-testid="explain-verdict">
            Score {e.scoreBeforeGates === null ? "none" : num(e.scoreBeforeGates, 1)} → {label(e.ratingFromScore)}
            {e.gates.map((g) => `; gate ${g.label ?? g.name} ${g.effect}`).join("")}
            {e.ratingAfterQuota && e.ratingAfterQuota !== e.rating
              ? `; the quota moved them to ${label(e.ratingAfterQuota)} (the band above was full)`
              : ""}
            .
          </p>
          {e.nextBand ? (
            <ul className="lifts">
              {e.indicators.map((i) => (
                <li key={i.name}>
                  {i.label ?? i.name}:{" "}
                  {i.lift.kind === "lift"
                    ? `at ${i.ratio ? pct(i.lift.to, 1) : num(i.lift.to, 2)} alone they would reach ${label(i.lift.rating)}`
                    : i.lift.kind === "cannot"
                      ? `cannot lift them alone — ${i.lift.reason}`
                      : "already in the best band"}
                </li>
              ))}
            </ul>
          ) : (
            <p className="hint">Already in the best band.</p>
          )}
          <p className="hint">
            Retraced by the rule language on this person's measured values in the last period; gates that read a metric directly see it as
            not measured here.
          </p>
        </>
      )}
    </section>
  );
}
