/**
 * The population the scheme is tried on. Each field is a number box and a slider over its
 * typical range; a value outside what the simulator takes is shown as wrong, with what to
 * type instead, and never silently replaced by the nearest allowed one.
 */
import { memo, useEffect, useId, useState } from "react";
import { MAX_PERIODS, MAX_STAFF, STAFF_TYPES, type Population } from "../sim/population.ts";
import { t, type Lang, type MessageKey } from "@goodhart/dsl";
import { toPct } from "./percent-box.ts";
import { useLang } from "../i18n/lang.ts";
import { typeLabel } from "../charts/score-vs-truth.ts";

interface Props {
  value: Population;
  onChange(next: Population): void;
}

interface FieldProps {
  label: string;
  title: string;
  value: number;
  /** What the simulator accepts. */
  min: number;
  max: number;
  /** The slider's span: the values people usually try. */
  typical?: [number, number];
  step?: number;
  unit?: string;
  onChange(n: number): void;
}

const fmt = (n: number) => n.toLocaleString("en");

function problemWith(raw: string, min: number, max: number, whole: boolean, lang: Lang): string | null {
  if (raw.trim() === "") return t(lang, "ui.population.enterNumber");
  const n = Number(raw);
  if (!Number.isFinite(n)) return t(lang, "ui.population.enterNumber");
  if (whole && !Number.isInteger(n)) return t(lang, "ui.population.enterWhole", { min: fmt(min), max: fmt(max) });
  if (n < min || n > max)
    return t(lang, "ui.population.outside", { whole: whole ? "yes" : "no", min: fmt(min), max: fmt(max), value: fmt(n) });
  return null;
}

function Field(p: FieldProps) {
  const id = useId();
  const [draft, setDraft] = useState(String(p.value));
  // The value changed elsewhere (a scheme's simulation block, a slider): show it.
  useEffect(() => setDraft((d) => (Number(d) === p.value ? d : String(p.value))), [p.value]);
  const whole = (p.step ?? 1) >= 1;
  const lang = useLang();
  const problem = problemWith(draft, p.min, p.max, whole, lang);
  const take = (raw: string) => {
    setDraft(raw);
    if (problemWith(raw, p.min, p.max, whole, lang) === null) p.onChange(Number(raw));
  };
  return (
    <div className={`field${problem ? " invalid" : ""}`}>
      <label htmlFor={id} title={p.title}>
        {p.label}
        {p.unit ? <span className="unit"> ({p.unit})</span> : null}
      </label>
      <div className="field-row">
        <input
          id={id}
          type="number"
          inputMode="decimal"
          step={p.step ?? 1}
          value={draft}
          aria-label={p.title}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `${id}-problem` : undefined}
          onChange={(e) => take(e.currentTarget.value)}
        />
        {p.typical ? (
          <input
            type="range"
            className="slider"
            min={p.typical[0]}
            max={p.typical[1]}
            step={p.step ?? 1}
            value={Math.min(p.typical[1], Math.max(p.typical[0], p.value))}
            aria-label={t(lang, "ui.population.slider", {
              label: p.label,
              low: fmt(p.typical[0]),
              high: fmt(p.typical[1]),
              unit: p.unit ? ` ${p.unit}` : "",
            })}
            onChange={(e) => take(e.currentTarget.value)}
          />
        ) : null}
      </div>
      {problem ? (
        <p className="field-problem" id={`${id}-problem`} role="alert">
          {problem}
        </p>
      ) : null}
    </div>
  );
}

// Memoised: the page re-renders on every keystroke, these only when their inputs change.
export const PopulationPanel = memo(function PopulationPanel({ value, onChange }: Props) {
  const set = (patch: Partial<Population>) => onChange({ ...value, ...patch });
  const lang = useLang();
  const tr = (key: MessageKey, params?: Parameters<typeof t>[2]) => t(lang, key, params);
  const mixTotal = STAFF_TYPES.reduce((sum, type) => sum + value.mix[type], 0);
  return (
    <details className="population" data-testid="population">
      <summary>
        <h2>{tr("ui.population.title")}</h2>
        <span className="open-hint">{tr("ui.population.change")}</span>
        <span className="hint">
          {tr("ui.population.summary", { staff: fmt(value.staff), periods: value.periods, team: value.team, seed: value.seed })}
        </span>
      </summary>
      <div className="fields">
        <Field
          label={tr("ui.population.staff")}
          title={tr("ui.population.staffTitle")}
          value={value.staff}
          min={1}
          max={MAX_STAFF}
          typical={[100, 10_000]}
          step={100}
          onChange={(staff) => set({ staff })}
        />
        <Field
          label={tr("ui.population.periods")}
          title={tr("ui.population.periodsTitle")}
          value={value.periods}
          min={1}
          max={MAX_PERIODS}
          typical={[1, 36]}
          onChange={(periods) => set({ periods })}
        />
        <Field
          label={tr("ui.population.team")}
          title={tr("ui.population.teamTitle")}
          value={value.team}
          min={1}
          max={1000}
          typical={[5, 50]}
          onChange={(team) => set({ team })}
        />
        <Field
          label={tr("ui.population.seed")}
          title={tr("ui.population.seedTitle")}
          value={value.seed}
          min={0}
          max={2 ** 31 - 1}
          onChange={(seed) => set({ seed })}
        />
        <Field
          label={tr("ui.population.hard")}
          unit="%"
          title={tr("ui.population.hardTitle")}
          value={toPct(value.hard)}
          min={0}
          max={100}
          typical={[0, 60]}
          onChange={(p) => set({ hard: p / 100 })}
        />
        <Field
          label={tr("ui.population.luck")}
          unit="%"
          title={tr("ui.population.luckTitle")}
          value={toPct(value.luck)}
          min={0}
          max={100}
          typical={[0, 80]}
          onChange={(p) => set({ luck: p / 100 })}
        />
      </div>
      <fieldset className="mix fields">
        <legend>
          {tr("ui.population.mix")}{" "}
          {Math.abs(mixTotal - 1) > 0.001 ? <em>{tr("ui.population.mixSum", { sum: toPct(mixTotal) })}</em> : null}
        </legend>
        {STAFF_TYPES.map((type) => (
          <Field
            key={type}
            label={typeLabel(type, lang)}
            unit="%"
            title={tr("ui.population.typeTitle", { help: tr(`ui.population.help.${type}` as MessageKey) })}
            value={toPct(value.mix[type])}
            min={0}
            max={100}
            typical={[0, 100]}
            onChange={(p) => set({ mix: { ...value.mix, [type]: p / 100 } })}
          />
        ))}
      </fieldset>
    </details>
  );
});
