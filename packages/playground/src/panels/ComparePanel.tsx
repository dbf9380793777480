/**
 * Compare mode, for a reviewer: the meaning that changed and the simulated figures old → new
 * at the top, then the two schemes' charts side by side, then Monaco's diff editor with the
 * unchanged regions folded. Each column is one run, and the panel says which: the same
 * population only once both runs have landed on it (the draft's may still be a quick first
 * look on fewer staff, or from an earlier text).
 */
import { useEffect, useMemo, useRef, useState } from "react";
import { DiffEditor } from "@monaco-editor/react";
import { KPI_LANGUAGE_ID } from "../editor/kpi-language.ts";
import { EDITOR_THEME } from "../editor/themes.ts";
import { EDITOR_FONT_FAMILY } from "../editor/editor-font.ts";
import { languageClient } from "../language/language-client.ts";
import type { LsSchemeDiff } from "../language/protocol.ts";
import { latestWins } from "../lib/latest-wins.ts";
import { debounce } from "../lib/debounce.ts";
import { EXAMPLES } from "../examples/examples.ts";
import { SimulationClient } from "../sim/simulation-client.ts";
import type { Population } from "../sim/population.ts";
import type { SimulationView } from "../sim/result.ts";
import { pct } from "../charts/format.ts";
import { paletteFor, type Theme } from "../charts/palette.ts";
import { ChartFigure } from "../charts/ChartFigure.tsx";
import { bandText, ratingBandsCaption, ratingBandsConfig, ratingBandsTable } from "../charts/rating-bands.ts";
import { gamingCaption, gamingOverTimeConfig, gamingTable } from "../charts/gaming-over-time.ts";
import { figure, FIGURE_ORDER, formatFigureValue, type FigureKey } from "../figures/figures.ts";
import { useLang } from "../i18n/lang.ts";
import { CompareMeaning } from "./CompareMeaning.tsx";
import { render, t, type Lang, type Message } from "@goodhart/dsl";

interface Props {
  text: string;
  population: Population;
  theme: Theme;
  current: SimulationView | null;
  /** Whether `current` is from an earlier text or population, or a quick look on fewer staff. */
  currentStale?: boolean;
  schemeName: string;
}

/** "5,000 staff × 12 periods, seed 42": what one run was computed on. */
function runWords(view: Pick<SimulationView, "staff" | "periods" | "seed">, lang: Lang = "en"): string {
  return t(lang, "ui.compare.run", { staff: view.staff.toLocaleString(lang), periods: view.periods, seed: String(view.seed) });
}

/** The sentence under the baseline's name: what the two columns compare, truthfully. */
export function compareWords(
  old: SimulationView | null,
  draft: SimulationView | null,
  draftStale: boolean,
  population: Population,
  oldPending = false,
  lang: Lang = "en",
): string {
  const words = (v: Pick<SimulationView, "staff" | "periods" | "seed">) => runWords(v, lang);
  if (!old || !draft) return t(lang, "ui.compare.willBe", { run: words(population), team: population.team });
  const same = words(old) === words(draft);
  if (oldPending) return t(lang, "ui.compare.pending", { run: words(old) });
  if (same && !draftStale) return t(lang, "ui.compare.same", { run: words(draft), team: population.team });
  return t(lang, "ui.compare.notYet", { old: words(old), source: draftStale ? "stale" : "other", draft: words(draft) });
}

/** Whether a change of a figure is good news, bad news or neither (by the figure's `better`). */
export function verdict(
  key: FigureKey,
  old: number | null | undefined,
  now: number | null | undefined,
): "better" | "worse" | "same" | "unknown" {
  if (old === null || old === undefined || now === null || now === undefined) return "unknown";
  const d = now - old;
  const f = figure(key);
  // Shares and indices bounded by 1 move in hundredths; counts and points relative to their size.
  const noise = f.format === "share" || (f.range.max !== null && f.range.max <= 1) ? 0.005 : Math.max(0.01, Math.abs(old) * 0.005);
  if (Math.abs(d) < noise || f.better === null) return "same";
  return d > 0 === (f.better === "higher") ? "better" : "worse";
}

const VERDICT_KEY = { better: "ui.compare.better", worse: "ui.compare.worse", same: "ui.compare.same.verdict" } as const;

export function ComparePanel({ text, population, theme, current, currentStale = false, schemeName }: Props) {
  const lang = useLang();
  const tr = (key: Parameters<typeof t>[1], params?: Parameters<typeof t>[2]) => t(lang, key, params);
  const [baseline, setBaseline] = useState<{ title: string; text: string } | null>(null);
  const [diff, setDiff] = useState<LsSchemeDiff | null>(null);
  // The status is kept as a message, not words: the client outlives a change of language.
  const [old, setOld] = useState<{ view: SimulationView | null; status: Message | null }>({ view: null, status: null });
  const gate = useMemo(() => latestWins(), []);
  const clientRef = useRef<SimulationClient | null>(null);

  const client = () =>
    (clientRef.current ??= new SimulationClient((event) => {
      if (event.type === "started") setOld((o) => ({ ...o, status: { key: "ui.compare.simulating" } }));
      else if (event.type === "result") setOld({ view: event.view, status: null });
      else if (event.type === "error") setOld({ view: null, status: { key: "ui.compare.failed", params: { message: event.message } } });
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
      .call("diff", text, { other: baseline.text, lang })
      .then((d) => gate.isCurrent(seq) && setDiff(d))
      .catch(() => gate.isCurrent(seq) && setDiff(null));
  }, [baseline, text, gate, lang]);

  const bands = useMemo(() => {
    const facts = [...(current?.facts.bands ?? []), ...(old.view?.facts.bands ?? [])];
    const names = new Set([
      ...facts.map((b) => b.name),
      ...Object.keys(old.view?.summary.ratings ?? {}),
      ...Object.keys(current?.summary.ratings ?? {}),
    ]);
    return [...names].map((n) => facts.find((b) => b.name === n) ?? { name: n, label: null, min: null });
  }, [old.view, current]);
  const palette = paletteFor(theme);
  const charts = useMemo(
    () => ({
      oldBands: old.view ? ratingBandsConfig(old.view, palette, lang) : null,
      newBands: current ? ratingBandsConfig(current, palette, lang) : null,
      oldGaming: old.view ? gamingOverTimeConfig(old.view, palette, lang) : null,
      newGaming: current ? gamingOverTimeConfig(current, palette, lang) : null,
    }),
    [old.view, current, palette, lang],
  );

  return (
    <section className="compare" aria-label={tr("ui.compare.title")} data-testid="compare">
      <div className="row compare-head">
        <h2>{tr("ui.compare.title")}</h2>
        <button type="button" onClick={() => setBaseline({ title: tr("ui.compare.draftTitle"), text })}>
          {tr("ui.compare.useDraft")}
        </button>
        <select
          aria-label={tr("ui.compare.exampleLabel")}
          value=""
          onChange={(e) => {
            const ex = EXAMPLES.find((x) => x.id === e.currentTarget.value);
            if (ex) setBaseline({ title: ex.title, text: ex.text });
          }}
        >
          <option value="">{tr("ui.compare.orExample")}</option>
          {EXAMPLES.map((ex) => (
            <option key={ex.id} value={ex.id}>
              {ex.title}
            </option>
          ))}
        </select>
      </div>
      {!baseline ? (
        <p className="hint">{tr("ui.compare.hint")}</p>
      ) : (
        <>
          <p className="hint">
            {tr("ui.compare.baseline")} <strong>{baseline.title}</strong> {tr("ui.compare.toDraft")}{" "}
            <span data-testid="compare-basis">{compareWords(old.view, current, currentStale, population, old.status !== null, lang)}</span>
          </p>
          <div className="compare-top">
            <div>
              <h3>{tr("ui.compare.meaning")}</h3>
              <CompareMeaning diff={diff} />
            </div>
            <div>
              <h3>{tr("ui.compare.figures")}</h3>
              {old.status ? (
                <p className="hint" role="status">
                  {render(lang, old.status)}
                </p>
              ) : null}
              <table className="figures" data-testid="compare-figures">
                <thead>
                  <tr>
                    <th scope="col">{tr("ui.compare.col.figure")}</th>
                    <th scope="col">{tr("ui.compare.col.baseline")}</th>
                    <th scope="col">{tr("ui.compare.col.draft")}</th>
                    <th scope="col">{tr("ui.compare.col.change")}</th>
                  </tr>
                </thead>
                <tbody>
                  {FIGURE_ORDER.map((key) => {
                    const o = old.view?.summary[key];
                    const n = current?.summary[key];
                    const v = verdict(key, o, n);
                    return (
                      <tr key={key} className={`verdict-${v}`} data-figure={key}>
                        <th scope="row">{figure(key, lang).label}</th>
                        <td>{formatFigureValue(key, o)}</td>
                        <td>{formatFigureValue(key, n)}</td>
                        <td className="verdict">{v === "unknown" ? "" : tr(VERDICT_KEY[v])}</td>
                      </tr>
                    );
                  })}
                  {bands.map((b) => (
                    <tr key={`band-${b.name}`}>
                      <th scope="row">{tr("ui.compare.rated", { band: bandText(b, lang) })}</th>
                      <td>{pct(old.view?.summary.ratings[b.name], 1)}</td>
                      <td>{pct(current?.summary.ratings[b.name], 1)}</td>
                      <td />
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </div>
          <div className="compare-charts">
            {charts.oldBands && old.view ? (
              <ChartFigure
                id="compare-old-bands"
                title={tr("ui.compare.chart", { chart: "bands", side: "baseline" })}
                caption={ratingBandsCaption(lang)}
                config={charts.oldBands}
                generation={`${theme}-old`}
                schemeName={baseline.title}
                table={ratingBandsTable(old.view, lang)}
              />
            ) : (
              <p className="hint">{tr("ui.compare.simulating")}</p>
            )}
            {charts.newBands && current ? (
              <ChartFigure
                id="compare-new-bands"
                title={tr("ui.compare.chart", { chart: "bands", side: "draft" })}
                caption={ratingBandsCaption(lang)}
                config={charts.newBands}
                generation={`${theme}-new`}
                schemeName={schemeName}
                table={ratingBandsTable(current, lang)}
              />
            ) : null}
            {charts.oldGaming && old.view ? (
              <ChartFigure
                id="compare-old-gaming"
                title={tr("ui.compare.chart", { chart: "gaming", side: "baseline" })}
                caption={gamingCaption(lang)}
                config={charts.oldGaming}
                generation={`${theme}-old`}
                schemeName={baseline.title}
                table={gamingTable(old.view, lang)}
              />
            ) : null}
            {charts.newGaming && current ? (
              <ChartFigure
                id="compare-new-gaming"
                title={tr("ui.compare.chart", { chart: "gaming", side: "draft" })}
                caption={gamingCaption(lang)}
                config={charts.newGaming}
                generation={`${theme}-new`}
                schemeName={schemeName}
                table={gamingTable(current, lang)}
              />
            ) : null}
          </div>
          <h3>{tr("ui.compare.texts")}</h3>
          <div className="diff-host">
            <DiffEditor
              height="420px"
              language={KPI_LANGUAGE_ID}
              original={baseline.text}
              modified={text}
              theme={EDITOR_THEME[theme]}
              originalModelPath="baseline.kpi"
              // The draft's own model: an edit on the right is an edit of the draft, and
              // unmounting the diff must leave that model to the main editor.
              modifiedModelPath="scheme.kpi"
              keepCurrentModifiedModel
              options={{
                originalEditable: false,
                readOnly: false,
                minimap: { enabled: false },
                automaticLayout: true,
                renderOverviewRuler: false,
                fontSize: 13,
                fontFamily: EDITOR_FONT_FAMILY,
                scrollBeyondLastLine: false,
                hideUnchangedRegions: { enabled: true, contextLineCount: 2, minimumLineCount: 4, revealLineCount: 10 },
                renderSideBySide: true,
              }}
            />
          </div>
        </>
      )}
    </section>
  );
}
