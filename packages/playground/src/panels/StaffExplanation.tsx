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
import { typeLabel } from "../charts/score-vs-truth.ts";
import { useLang } from "../i18n/lang.ts";
import { t } from "@goodhart/dsl";

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
  const lang = useLang();
  const ref = useRef<HTMLElement>(null);
  // The panel opens above the charts: bring it to where the reader is looking.
  useEffect(() => ref.current?.scrollIntoView({ block: "nearest" }), [index]);
  const band = view.facts.bands[view.perStaff.rating[index] ?? 0];
  useEffect(() => {
    let live = true;
    setE(null);
    languageClient()
      .call("explain", text, { values: staffValues(view, index), ratingAfterQuota: band?.name, lang })
      .then((x) => live && setE(x))
      .catch(() => live && setE("error"));
    return () => {
      live = false;
    };
  }, [view, index, text, band, lang]);
  const type = STAFF_TYPES[view.perStaff.type[index] ?? 1]!;
  const label = (name: string) => {
    const b = view.facts.bands.find((x) => x.name === name);
    return b ? bandText(b, lang) : name;
  };
  return (
    <section className="explain" aria-label={t(lang, "ui.staff.title")} data-testid="explain" ref={ref} tabIndex={-1}>
      <div className="chart-head">
        <h3>
          {t(lang, "ui.staff.heading", {
            number: index + 1,
            type: typeLabel(type, lang),
            score: num(view.perStaff.score[index], 1),
            work: num(view.perStaff.trueValue[index], 2),
            band: band ? bandText(band, lang) : "—",
          })}
        </h3>
        <button type="button" className="small" onClick={onClose} aria-label={t(lang, "ui.staff.close")}>
          ✕
        </button>
      </div>
      {e === null ? (
        <p className="hint">{t(lang, "ui.staff.working")}</p>
      ) : e === "error" ? (
        <p className="hint">{t(lang, "ui.staff.failed")}</p>
      ) : (
        <>
          <table className="figures">
            <thead>
              <tr>
                {(["indicator", "measured", "points", "share", "adds", "rule"] as const).map((c) => (
                  <th key={c} scope="col">
                    {t(lang, `ui.staff.col.${c}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {e.indicators.map((i) => (
                <tr key={i.name}>
                  <th scope="row">{i.label ?? i.name}</th>
                  <td>{i.value === null ? t(lang, "ui.staff.notMeasured") : i.ratio ? pct(i.value, 1) : num(i.value, 2)}</td>
                  <td>{num(i.points, 1)}</td>
                  <td>{pct(i.share, 0)}</td>
                  <td>{num(i.contribution, 1)}</td>
                  <td className="rule">{i.rule}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p data-testid="explain-verdict">
            {t(lang, "ui.staff.verdict", {
              score: e.scoreBeforeGates === null ? t(lang, "ui.staff.noScore") : num(e.scoreBeforeGates, 1),
              band: label(e.ratingFromScore),
              gates: e.gates.map((g) => t(lang, "ui.staff.gate", { gate: g.label ?? g.name, effect: g.effect })).join(""),
              quota:
                e.ratingAfterQuota && e.ratingAfterQuota !== e.rating ? t(lang, "ui.staff.quota", { band: label(e.ratingAfterQuota) }) : "",
            })}
          </p>
          {e.nextBand ? (
            <ul className="lifts">
              {e.indicators.map((i) => (
                <li key={i.name}>
                  {i.label ?? i.name}:{" "}
                  {i.lift.kind === "lift"
                    ? t(lang, "ui.staff.lift", { value: i.ratio ? pct(i.lift.to, 1) : num(i.lift.to, 2), band: label(i.lift.rating) })
                    : i.lift.kind === "cannot"
                      ? t(lang, "ui.staff.cannot", { reason: i.lift.reason })
                      : t(lang, "ui.staff.top")}
                </li>
              ))}
            </ul>
          ) : (
            <p className="hint">{t(lang, "ui.staff.atTop")}</p>
          )}
          <p className="hint">{t(lang, "ui.staff.retraced")}</p>
        </>
      )}
    </section>
  );
}
