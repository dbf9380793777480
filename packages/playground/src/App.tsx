/**
 * The playground's one screen: the scheme in the editor beside its live simulation. State
 * flows one way — text and population in, diagnostics and figures out — through two workers.
 */
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { editor } from "monaco-editor/editor";
import { KpiEditor } from "./editor/KpiEditor.tsx";
import { monaco } from "./editor/monaco.ts";
import { languageClient } from "./language/language-client.ts";
import type { LsDiagnostic } from "./language/protocol.ts";
import { ProblemsPanel } from "./panels/ProblemsPanel.tsx";
import { PopulationPanel } from "./panels/PopulationPanel.tsx";
import { Headlines } from "./panels/Headlines.tsx";
import { Toolbar } from "./panels/Toolbar.tsx";
import type { Population } from "./sim/population.ts";
import { startup } from "./startup.ts";
import { encodeShareHash } from "./share/share-link.ts";
import { checkSchemeText } from "./share/open-file.ts";
import { downloadText } from "./export/download.ts";
import { resultsCsv, resultsJson } from "./export/results.ts";
import { EXAMPLES } from "./examples/examples.ts";
import { applyTheme, initialTheme } from "./theme.ts";
import type { Theme } from "./charts/palette.ts";
import { t, type Lang } from "@goodhart/dsl";
import { initialLang, LangContext, saveLang } from "./i18n/lang.ts";
import { ResultTabs, panelId, tabId, type TabId } from "./panels/ResultTabs.tsx";
import { Divider, loadSplit, saveSplit } from "./panels/Divider.tsx";
import { ExamplesGallery } from "./panels/ExamplesGallery.tsx";
import { sameRun } from "./lib/run-input.ts";
import { useSimulation } from "./hooks/use-simulation.ts";
import { useSchemeAnalysis } from "./hooks/use-scheme-analysis.ts";
import { refuseLargePaste } from "./editor/refuse-large-paste.ts";
import { Banner, type BannerMessage } from "./panels/Banner.tsx";
import { simulationStatus, staleNote } from "./panels/sim-status.ts";
import { useAutosave } from "./hooks/use-autosave.ts";
import { useSchemeLoading } from "./hooks/use-scheme-loading.ts";
import { useSweepCommand } from "./hooks/use-sweep-command.ts";
import { figureThatMoves, showMePopulation } from "./exploits/show-me.ts";
import type { ShownExploit } from "./panels/ExploitsPanel.tsx";
import { figure, type FigureKey } from "./figures/figures.ts";
import { GAMING_LABELS, gamingLabel } from "./charts/gaming-over-time.ts";
import type { GamingKind } from "./sim/result.ts";

// Charts (and chart.js) load after the editor: the first screen is interactive sooner, and
// the first simulation takes longer than fetching them anyway.
const SummaryCharts = lazy(() => import("./panels/ChartsPanel.tsx").then((m) => ({ default: m.SummaryCharts })));
const IndicatorCharts = lazy(() => import("./panels/ChartsPanel.tsx").then((m) => ({ default: m.IndicatorCharts })));
const ExploitsPanel = lazy(() => import("./panels/ExploitsPanel.tsx").then((m) => ({ default: m.ExploitsPanel })));
const StaffExplanation = lazy(() => import("./panels/StaffExplanation.tsx").then((m) => ({ default: m.StaffExplanation })));
const SweepPanel = lazy(() => import("./panels/SweepPanel.tsx").then((m) => ({ default: m.SweepPanel })));
const SensitivityPanel = lazy(() => import("./panels/SensitivityPanel.tsx").then((m) => ({ default: m.SensitivityPanel })));
const ComparePanel = lazy(() => import("./panels/ComparePanel.tsx").then((m) => ({ default: m.ComparePanel })));

export function App() {
  const [lang, setLang] = useState<Lang>(() => initialLang(window.localStorage, navigator.languages ?? []));
  // A shared link's problem is said in the language the page opens in.
  const init = useMemo(() => startup(window.location.hash, window.localStorage, lang), []);
  const [text, setText] = useState(init.scheme);
  const [population, setPopulation] = useState<Population>(init.population);
  const [theme, setTheme] = useState<Theme>(initialTheme);
  // For callbacks the editor keeps from its mount (its context menu, the paste guard).
  const langRef = useRef(lang);
  langRef.current = lang;
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const [banner, setBanner] = useState<BannerMessage | null>(
    init.problem
      ? { kind: "error", text: init.problem }
      : init.source === "link"
        ? init.keptDraft
          ? {
              kind: "info",
              text: t(lang, "ui.banner.sharedKept"),
              action: { label: t(lang, "ui.banner.bringBack"), run: () => restorePrevious() },
            }
          : { kind: "info", text: t(lang, "ui.banner.shared") }
        : null,
  );
  const [tab, setTab] = useState<TabId>("summary");
  // Mounted on first opening and kept, so a result survives a look at another tab.
  const [sensitivityOpened, setSensitivityOpened] = useState(false);
  useEffect(() => {
    if (tab === "sensitivity") setSensitivityOpened(true);
  }, [tab]);
  const [split, setSplit] = useState(loadSplit);
  const [galleryOpen, setGalleryOpen] = useState(false);
  const [openExample, setOpenExample] = useState<{ id: string; text: string } | null>(() => {
    const ex = EXAMPLES.find((e) => e.text === init.scheme);
    return ex ? { id: ex.id, text: ex.text } : null;
  });
  const [staff, setStaff] = useState<number | null>(null);
  /** The headline an exploit's "show me" points at, until the population is changed again. */
  const [highlight, setHighlight] = useState<{ key: FigureKey; why: string; population: Population } | null>(null);
  const editorRef = useRef<editor.IStandaloneCodeEditor | null>(null);
  const [editorReady, setEditorReady] = useState(false);

  // A shared link has been read; leaving it in the address bar would make a reload reopen the
  // link over the user's newer draft.
  useEffect(() => {
    if (init.source === "link" || init.problem) history.replaceState(null, "", window.location.pathname + window.location.search);
  }, [init]);

  useEffect(() => applyTheme(theme), [theme]);

  const { sim, runSimulation } = useSimulation();
  const textRef = useRef(text);
  textRef.current = text;
  const { diagnostics, facts } = useSchemeAnalysis({
    text,
    population,
    editorReady,
    editorRef,
    langRef,
    runSimulation,
    report: setBanner,
  });
  useAutosave(text, population, () => setBanner({ kind: "error", text: t(lang, "ui.banner.storageRefused") }));

  const showSweepTab = useCallback(() => setTab("sweep"), []);
  const { sweep, setSweep, pickSweepNumber } = useSweepCommand({ editorRef, langRef, report: setBanner, onPicked: showSweepTab });
  const onLoad = useCallback(() => {
    setSweep(null);
    setStaff(null);
  }, [setSweep]);
  const { replaceText, hasPrevious, restorePrevious, loadScheme } = useSchemeLoading({
    editorRef,
    textRef,
    langRef,
    setText,
    setPopulation,
    report: setBanner,
    onLoad,
  });

  const onMount = useCallback(
    (ed: editor.IStandaloneCodeEditor) => {
      editorRef.current = ed;
      setEditorReady(true);
      ed.addAction({
        id: "goodhart.sweep",
        label: t(langRef.current, "ui.editor.sweepAction"),
        contextMenuGroupId: "navigation",
        contextMenuOrder: 0,
        keybindings: [monaco.KeyMod.CtrlCmd | monaco.KeyMod.Shift | monaco.KeyCode.KeyY],
        run: () => void pickSweepNumber(),
      });
      refuseLargePaste(ed, (pastedLength) =>
        setBanner({
          kind: "error",
          text: t(langRef.current, "ui.banner.pasteTooLarge", { size: (pastedLength / 1e6).toFixed(1) }),
        }),
      );
      ed.focus();
    },
    [pickSweepNumber],
  );

  const jumpTo = (d: LsDiagnostic) => {
    const ed = editorRef.current;
    if (!ed) return;
    ed.setSelection({
      startLineNumber: d.range.start.line,
      startColumn: d.range.start.column,
      endLineNumber: d.range.end.line,
      endColumn: d.range.end.column,
    });
    ed.revealRangeInCenter({
      startLineNumber: d.range.start.line,
      startColumn: d.range.start.column,
      endLineNumber: d.range.end.line,
      endColumn: d.range.end.column,
    });
    ed.focus();
  };

  const share = async () => {
    const hash = encodeShareHash({ scheme: text, population });
    const url = `${window.location.origin}${window.location.pathname}${hash}`;
    try {
      await navigator.clipboard.writeText(url);
      setBanner({
        kind: "info",
        text: t(lang, "ui.banner.linkCopied", { length: url.length.toLocaleString("en") }),
      });
    } catch {
      setBanner({ kind: "info", text: t(lang, "ui.banner.copyLink", { url }) });
    }
  };

  const openFile = async (file: File) => {
    const checked = checkSchemeText(file.name, file.size, file.size > 1_000_000 ? "" : await file.text(), lang);
    if (checked.ok) {
      setOpenExample(null);
      loadScheme(checked.text, t(lang, "ui.banner.openedFile", { file: file.name }));
    } else setBanner({ kind: "error", text: checked.message });
  };

  const format = async () => {
    const formatted = await languageClient().call("format", text);
    if (formatted === null) setBanner({ kind: "error", text: t(lang, "ui.banner.formatFirst") });
    else if (formatted !== text) replaceText(formatted);
    else setBanner({ kind: "info", text: t(lang, "ui.banner.formatted") });
  };

  const showMe = (e: ShownExploit) => {
    const before = population;
    const next = showMePopulation(before);
    const key = figureThatMoves(e.action);
    const act = e.action in GAMING_LABELS ? gamingLabel(e.action as GamingKind, lang) : e.action;
    setPopulation(next);
    setHighlight({ key, why: t(lang, "ui.showMe.why", { action: act }), population: next });
    setTab("summary");
    setBanner({
      kind: "info",
      text: t(lang, "ui.showMe.banner", { action: act, figure: figure(key, lang).label }),
      action: {
        label: t(lang, "ui.showMe.putBack"),
        run: () => {
          setPopulation(before);
          setHighlight(null);
          setBanner(null);
        },
      },
    });
  };

  const view = sim.view;
  const errorCount = diagnostics.list.filter((d) => d.severity === "error").length;
  const stale = view !== null && (sim.preview || sim.shown === null || !sameRun(sim.shown, { text, population }));
  const simStatus = simulationStatus({ errorCount, sim, population });
  const schemeName = facts?.title ?? t(lang, "ui.untitled");
  const edited = openExample !== null && openExample.text !== text;
  const openTitle = openExample ? (EXAMPLES.find((e) => e.id === openExample.id)?.title ?? null) : null;
  const wide = tab === "compare";
  const bandLabel = useCallback((name: string) => facts?.bands.find((x) => x.name === name)?.label ?? name, [facts]);

  return (
    <LangContext.Provider value={lang}>
      <div className="app">
        <Toolbar
          theme={theme}
          hasResults={view !== null}
          openTitle={openTitle}
          openEdited={edited}
          galleryOpen={galleryOpen}
          onToggleGallery={() => setGalleryOpen((o) => !o)}
          onOpenFile={(f) => void openFile(f)}
          onDownload={() => downloadText(text, "scheme.kpi", "text/plain;charset=utf-8")}
          onShare={() => void share()}
          onFormat={() => void format()}
          onOutline={() => {
            editorRef.current?.focus();
            void editorRef.current?.getAction("editor.action.quickOutline")?.run();
          }}
          onExportCsv={() => view && downloadText(resultsCsv(view), "results.csv", "text/csv;charset=utf-8")}
          onExportJson={() => view && downloadText(resultsJson(view), "results.json", "application/json")}
          onToggleTheme={() => setTheme((t) => (t === "dark" ? "light" : "dark"))}
          lang={lang}
          onLang={(next) => {
            setLang(next);
            saveLang(window.localStorage, next);
          }}
        />
        {banner ? <Banner banner={banner} onDismiss={() => setBanner(null)} /> : null}
        {galleryOpen ? (
          <ExamplesGallery
            openId={openExample?.id ?? null}
            edited={edited}
            onRestorePrevious={
              hasPrevious
                ? () => {
                    setGalleryOpen(false);
                    restorePrevious();
                  }
                : null
            }
            onClose={() => setGalleryOpen(false)}
            onOpen={(id) => {
              const ex = EXAMPLES.find((e) => e.id === id);
              if (!ex) return;
              setGalleryOpen(false);
              setOpenExample({ id: ex.id, text: ex.text });
              loadScheme(ex.text, t(lang, "ui.banner.openedExample", { title: ex.title }));
            }}
          />
        ) : null}
        <main className={`workspace${wide ? " wide" : ""}`} style={{ gridTemplateColumns: wide ? "0 0 1fr" : `${split}% 8px 1fr` }}>
          <section className="left" aria-label="Scheme">
            <div className="editor-host" data-testid="editor">
              <KpiEditor initialText={init.scheme} theme={theme} onChange={setText} onMount={onMount} />
            </div>
            <ProblemsPanel diagnostics={diagnostics.list} analysedLength={diagnostics.length} onJump={jumpTo} />
          </section>
          <Divider
            value={split}
            onChange={(n) => {
              setSplit(n);
              saveSplit(n);
            }}
          />
          <section className="right" aria-label="Simulation">
            <PopulationPanel value={population} onChange={setPopulation} />
            <p className={`sim-status ${errorCount > 0 ? "error" : sim.status}`} role="status" data-testid="sim-status">
              {simStatus}
              {sim.status === "running" && sim.progress > 0 ? ` ${Math.round(sim.progress * 100)}%` : ""}
            </p>
            <ResultTabs active={tab} onSelect={setTab} />
            <div
              className={`results${stale ? " stale" : ""}`}
              data-testid="results"
              data-result-seq={sim.resultSeq}
              data-mean-score={view?.summary.meanScore ?? ""}
              data-stale={stale ? "true" : "false"}
              data-preview={sim.preview ? "true" : "false"}
            >
              {view && stale && (tab === "summary" || tab === "indicators") ? (
                <p className="stale-note" role="status" data-testid="stale-note">
                  {staleNote({ errorCount, sim, population })}
                </p>
              ) : null}
              <div role="tabpanel" id={panelId("summary")} aria-labelledby={tabId("summary")} hidden={tab !== "summary"}>
                {view && tab === "summary" ? (
                  <>
                    <Headlines
                      view={view}
                      spread={stale ? null : sim.spread}
                      highlight={highlight && highlight.population === population ? highlight : null}
                    />
                    <Suspense fallback={<p className="hint">Loading the charts…</p>}>
                      {staff !== null && staff < view.perStaff.score.length ? (
                        <StaffExplanation view={view} index={staff} text={sim.shown?.text ?? text} onClose={() => setStaff(null)} />
                      ) : null}
                      <SummaryCharts
                        view={view}
                        theme={theme}
                        schemeName={schemeName}
                        onStaff={setStaff}
                        pools={sim.pools}
                        bandLabel={bandLabel}
                      />
                    </Suspense>
                  </>
                ) : !view ? (
                  <p className="hint">The first run appears here in a moment.</p>
                ) : null}
              </div>
              <div role="tabpanel" id={panelId("indicators")} aria-labelledby={tabId("indicators")} hidden={tab !== "indicators"}>
                {view && tab === "indicators" ? (
                  <Suspense fallback={<p className="hint">Loading the charts…</p>}>
                    <IndicatorCharts view={view} theme={theme} schemeName={schemeName} />
                  </Suspense>
                ) : null}
              </div>
            </div>
            <Suspense fallback={null}>
              <div role="tabpanel" id={panelId("sweep")} aria-labelledby={tabId("sweep")} hidden={tab !== "sweep"}>
                <SweepPanel
                  literal={sweep?.literal ?? null}
                  text={sweep?.text ?? text}
                  facts={facts}
                  population={population}
                  theme={theme}
                  schemeName={schemeName}
                  onPickFromCursor={() => void pickSweepNumber()}
                />
              </div>
              <div role="tabpanel" id={panelId("compare")} aria-labelledby={tabId("compare")} hidden={tab !== "compare"}>
                <ComparePanel
                  text={text}
                  population={population}
                  theme={theme}
                  current={view}
                  currentStale={stale}
                  schemeName={schemeName}
                />
              </div>
            </Suspense>
            <div role="tabpanel" id={panelId("exploits")} aria-labelledby={tabId("exploits")} hidden={tab !== "exploits"}>
              <Suspense fallback={<p className="hint">Loading…</p>}>
                <ExploitsPanel text={text} active={tab === "exploits"} bandLabel={bandLabel} onShowMe={showMe} />
              </Suspense>
            </div>
            <div role="tabpanel" id={panelId("sensitivity")} aria-labelledby={tabId("sensitivity")} hidden={tab !== "sensitivity"}>
              <Suspense fallback={<p className="hint">Loading…</p>}>
                {tab === "sensitivity" || sensitivityOpened ? (
                  <SensitivityPanel text={text} population={population} theme={theme} schemeName={schemeName} hasErrors={errorCount > 0} />
                ) : null}
              </Suspense>
            </div>
            {facts === null && errorCount === 0 && diagnostics.length >= 0 ? <p className="hint">Checking the scheme…</p> : null}
          </section>
        </main>
      </div>
    </LangContext.Provider>
  );
}
