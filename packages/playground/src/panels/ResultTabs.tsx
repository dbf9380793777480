/**
 * The results side's one place per job: a tab strip (sticky at the top of the pane) with the
 * arrow keys moving between tabs, as WAI-ARIA's tabs pattern asks.
 */
import { useRef, type KeyboardEvent } from "react";

const TABS = [
  { id: "summary", label: "Summary", hint: "headline figures and the run's charts" },
  { id: "indicators", label: "Indicators", hint: "each indicator's measured values against its thresholds" },
  { id: "sweep", label: "Sweep", hint: "vary one number and watch the figures" },
  { id: "compare", label: "Compare", hint: "a baseline against the draft" },
  { id: "exploits", label: "Exploits", hint: "the cheapest ways to score without the work" },
  { id: "sensitivity", label: "Sensitivity", hint: "how much the figures move with the seed and the assumptions" },
] as const;
export type TabId = (typeof TABS)[number]["id"];

export const tabId = (id: TabId) => `tab-${id}`;
export const panelId = (id: TabId) => `panel-${id}`;

export function ResultTabs({
  active,
  onSelect,
  badges,
}: {
  active: TabId;
  onSelect(id: TabId): void;
  badges?: Partial<Record<TabId, string>>;
}) {
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const onKey = (e: KeyboardEvent<HTMLDivElement>) => {
    const i = TABS.findIndex((t) => t.id === active);
    const next =
      e.key === "ArrowRight" ? i + 1 : e.key === "ArrowLeft" ? i - 1 : e.key === "Home" ? 0 : e.key === "End" ? TABS.length - 1 : null;
    if (next === null) return;
    e.preventDefault();
    const j = (next + TABS.length) % TABS.length;
    onSelect(TABS[j]!.id);
    refs.current[j]?.focus();
  };
  return (
    <div className="tabs" role="tablist" aria-label="Results" onKeyDown={onKey} data-testid="tabs">
      {TABS.map((t, i) => (
        <button
          key={t.id}
          ref={(el) => {
            refs.current[i] = el;
          }}
          type="button"
          role="tab"
          id={tabId(t.id)}
          aria-selected={t.id === active}
          aria-controls={panelId(t.id)}
          tabIndex={t.id === active ? 0 : -1}
          title={t.hint}
          onClick={() => onSelect(t.id)}
        >
          {t.label}
          {badges?.[t.id] ? <span className="badge">{badges[t.id]}</span> : null}
        </button>
      ))}
    </div>
  );
}
