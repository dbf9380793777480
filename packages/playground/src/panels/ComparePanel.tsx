/**
 * Compare mode, for a reviewer: a baseline scheme against the draft in Monaco's diff editor,
 * the dsl's semantic diff (the same facts `goodhart diff` prints), and both schemes simulated
 * on the same population, figures side by side (old → new).
 */
import { useEffect, useMemo, useRef, useState } from "react";
import { DiffEditor } from "@monaco-editor/react";
import { KPI_LANGUAGE_ID } from "../editor/kpi-language.ts";
import { EDITOR_THEME } from "../editor/themes.ts";
import { languageClient } from "../language/language-client.ts";
import type { LsSchemeDiff } from "../language/protocol.ts";
import { latestWins } from "../lib/latest-wins.ts";
import { debounce } from "../lib/debounce.ts";
import { EXAMPLES } from "../examples/examples.ts";
import { SimulationClient } from "../sim/simulation-client.ts";
import type { Population } from "../sim/population.ts";
import { HEADLINES, type SimulationView, type Summary } from "../sim/result.ts";
import { num, pct } from "../charts/format.ts";
import type { Theme } from "../charts/palette.ts";

interface Props {
  text: string;
  population: Population;
  theme: Theme;
  current: SimulationView | null;
}

const SHARES = new Set(["gamingRate", "falsifiedShare", "morale"]);
const show = (key: string, v: number | null | undefined) => (SHARES.has(key) ? pct(v, 1) : num(v, 2));

export function ComparePanel({ text, population, theme, current }: Props) {
  const [baseline, setBaseline] = useState<{ title: string; text: string } | null>(null);
  const [diff, setDiff] = useState<LsSchemeDiff | null>(null);
  const [old, setOld] = useState<{ summary: Summary | null; status: string }>({ summary: null, status: "" });
  const gate = useMemo(() => latestWins(), []);
  const clientRef = useRef<SimulationClient | null>(null);

  const client = () =>
    (clientRef.current ??= new SimulationClient((event) => {
      if (event.type === "started") setOld((o) => ({ ...o, status: "Simulating the baseline…" }));
      else if (event.type === "result") setOld({ summary: event.view.summary, status: "" });
      else if (event.type === "error") setOld({ summary: null, status: `The baseline cannot be simulated: ${event.message}` });
    }));
  useEffect(() => () => clientRef.current?.dispose(), []);

  const runOld = useMemo(() => debounce((t: string, p: Population) => client().run(t, p), 150), []);
  useEffect(() => {
    if (baseline) runOld(baseline.text, population);
  }, [baseline, population, runOld]);

  useEffect(() => {
    if (!baseline) return;
    const seq = gate.next();
    languageClient()
      .call("diff", text, { other: baseline.text })
      .then((d) => gate.isCurrent(seq) && setDiff(d))
      .catch(() => gate.isCurrent(seq) && setDiff(null));
  }, [baseline, text, gate]);

  const bands = useMemo(() => {
    const names = new Set([...Object.keys(old.summary?.ratings ?? {}), ...Object.keys(current?.summary.ratings ?? {})]);
    return [...names];
  }, [old.summary, current]);

  return (
    <section className="compare" aria-label="Compare" data-testid="compare">
      <h2>Compare</h2>
      <div className="row">
        <button type="button" onClick={() => setBaseline({ title: "the draft as it was", text })}>
          Use the draft as it is now as the baseline
        </button>
        <select
          aria-label="Use an example as the baseline"
          value=""
          onChange={(e) => {
            const ex = EXAMPLES.find((x) => x.id === e.currentTarget.value);
            if (ex) setBaseline({ title: ex.title, text: ex.text });
          }}
        >
          <option value="">…or an example as the baseline</option>
          {EXAMPLES.map((ex) => (
            <option key={ex.id} value={ex.id}>
              {ex.title}
            </option>
          ))}
        </select>
      </div>
      {!baseline ? (
        <p className="hint">Set a baseline, then edit the scheme: the changes, their gaming risks and the simulated impact appear here.</p>
      ) : (
        <>
          <p className="hint">
            Baseline: <strong>{baseline.title}</strong> (left or struck out) → your draft (right or underlined).
          </p>
          <div className="diff-host">
            <DiffEditor
              height="260px"
              language={KPI_LANGUAGE_ID}
              original={baseline.text}
              modified={text}
              theme={EDITOR_THEME[theme]}
              originalModelPath="baseline.kpi"
              modifiedModelPath="draft-compare.kpi"
              options={{ readOnly: true, originalEditable: false, minimap: { enabled: false }, automaticLayout: true, renderOverviewRuler: false, fontSize: 12, scrollBeyondLastLine: false }}
            />
          </div>
          <h3>What changed</h3>
          {diff === null ? (
            <p className="hint">Computing the differences…</p>
          ) : diff.changes.length === 0 ? (
            <p className="hint">No change in meaning (formatting and comments do not count).</p>
          ) : (
            <ul className="changes" data-testid="changes">
              {diff.changes.map((c, i) => (
                <li key={`${c.text}-${i}`} className={c.kind}>
                  {c.text}
                </li>
              ))}
              {Object.entries(diff.effectiveWeights).map(([name, w]) => (
                <li key={`w-${name}`} className="changed">
                  effective weight of {name}: {pct(w.old, 1)} → {pct(w.new, 1)}
                </li>
              ))}
              {diff.diagnostics.added.map((d, i) => (
                <li key={`a-${i}`} className="added">
                  now warns {d.code}{d.name ? ` on ${d.name}` : ""}: {d.message}
                </li>
              ))}
              {diff.diagnostics.removed.map((d, i) => (
                <li key={`r-${i}`} className="removed">
                  no longer warns {d.code}{d.name ? ` on ${d.name}` : ""}
                </li>
              ))}
            </ul>
          )}
          <h3>Simulated impact, same population and seed</h3>
          {old.status ? <p className="hint" role="status">{old.status}</p> : null}
          <table className="figures" data-testid="compare-figures">
            <thead>
              <tr>
                <th scope="col">Figure</th>
                <th scope="col">Baseline</th>
                <th scope="col">Draft</th>
              </tr>
            </thead>
            <tbody>
              {HEADLINES.map((h) => (
                <tr key={h.key}>
                  <th scope="row">{h.label}</th>
                  <td>{show(h.key, old.summary?.[h.key])}</td>
                  <td>
                    {show(h.key, current?.summary[h.key])}
                  </td>
                </tr>
              ))}
              {bands.map((b) => (
                <tr key={`band-${b}`}>
                  <th scope="row">Rated {b}</th>
                  <td>{pct(old.summary?.ratings[b], 1)}</td>
                  <td>{pct(current?.summary.ratings[b], 1)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
