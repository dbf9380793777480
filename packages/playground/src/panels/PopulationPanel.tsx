/**
 * The population the scheme is tried on. Each field is a number box and a slider over its
 * typical range; a value outside what the simulator takes is shown as wrong, with what to
 * type instead, and never silently replaced by the nearest allowed one.
 */
import { memo, useEffect, useId, useState } from "react";
import { MAX_PERIODS, MAX_STAFF, STAFF_TYPES, type Population, type StaffType } from "../sim/population.ts";

interface Props {
  value: Population;
  onChange(next: Population): void;
}

const TYPE_HELP: Record<StaffType, string> = {
  saints: "Saints: never game; work for the public",
  honest: "Honest triers: game only in soft, deniable ways",
  reactive: "Reactive gamers: game when a target and reward make it pay",
  maniacs: "Rational maniacs: manipulate whenever it pays",
};
const TYPE_NAME: Record<StaffType, string> = {
  saints: "Saints",
  honest: "Honest triers",
  reactive: "Reactive gamers",
  maniacs: "Rational maniacs",
};

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

function problemWith(raw: string, min: number, max: number, whole: boolean): string | null {
  if (raw.trim() === "") return "Enter a number.";
  const n = Number(raw);
  if (!Number.isFinite(n)) return "Enter a number.";
  if (whole && !Number.isInteger(n)) return `Enter a whole number from ${fmt(min)} to ${fmt(max)}.`;
  if (n < min || n > max) return `Enter ${whole ? "a whole number" : "a value"} from ${fmt(min)} to ${fmt(max)}; ${fmt(n)} is outside.`;
  return null;
}

function Field(p: FieldProps) {
  const id = useId();
  const [draft, setDraft] = useState(String(p.value));
  // The value changed elsewhere (a scheme's simulation block, a slider): show it.
  useEffect(() => setDraft((d) => (Number(d) === p.value ? d : String(p.value))), [p.value]);
  const whole = (p.step ?? 1) >= 1;
  const problem = problemWith(draft, p.min, p.max, whole);
  const take = (raw: string) => {
    setDraft(raw);
    if (problemWith(raw, p.min, p.max, whole) === null) p.onChange(Number(raw));
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
            aria-label={`${p.label} slider, typical ${fmt(p.typical[0])} to ${fmt(p.typical[1])}${p.unit ? ` ${p.unit}` : ""}`}
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

const toPct = (x: number) => Math.round(x * 1000) / 10;

// Memoised: the page re-renders on every keystroke, these only when their inputs change.
export const PopulationPanel = memo(function PopulationPanel({ value, onChange }: Props) {
  const set = (patch: Partial<Population>) => onChange({ ...value, ...patch });
  const mixTotal = STAFF_TYPES.reduce((s, t) => s + value.mix[t], 0);
  return (
    <details className="population" data-testid="population">
      <summary>
        <h2>Population</h2>
        <span className="open-hint">change ▾</span>
        <span className="hint">
          {fmt(value.staff)} staff × {value.periods} periods, teams of {value.team}, seed {value.seed}
        </span>
      </summary>
      <div className="fields">
        <Field
          label="Staff"
          title="Number of staff simulated"
          value={value.staff}
          min={1}
          max={MAX_STAFF}
          typical={[100, 10_000]}
          step={100}
          onChange={(staff) => set({ staff })}
        />
        <Field
          label="Periods"
          title="Number of periods (months, quarters…) simulated"
          value={value.periods}
          min={1}
          max={MAX_PERIODS}
          typical={[1, 36]}
          onChange={(periods) => set({ periods })}
        />
        <Field
          label="Team size"
          title="Staff per team (the quota pool)"
          value={value.team}
          min={1}
          max={1000}
          typical={[5, 50]}
          onChange={(team) => set({ team })}
        />
        <Field
          label="Seed"
          title="Random seed: the same seed gives the same results"
          value={value.seed}
          min={0}
          max={2 ** 31 - 1}
          onChange={(seed) => set({ seed })}
        />
        <Field
          label="Hard cases"
          unit="%"
          title="Share of cases that are hard, in percent"
          value={toPct(value.hard)}
          min={0}
          max={100}
          typical={[0, 60]}
          onChange={(p) => set({ hard: p / 100 })}
        />
        <Field
          label="Luck"
          unit="%"
          title="How much of a period's outcome is chance rather than ability, in percent"
          value={toPct(value.luck)}
          min={0}
          max={100}
          typical={[0, 80]}
          onChange={(p) => set({ luck: p / 100 })}
        />
      </div>
      <fieldset className="mix fields">
        <legend>
          Who the staff are{" "}
          {Math.abs(mixTotal - 1) > 0.001 ? <em>(sums to {toPct(mixTotal)}%; simulated as shares of that total)</em> : null}
        </legend>
        {STAFF_TYPES.map((t) => (
          <Field
            key={t}
            label={TYPE_NAME[t]}
            unit="%"
            title={`${TYPE_HELP[t]}, percent of staff`}
            value={toPct(value.mix[t])}
            min={0}
            max={100}
            typical={[0, 100]}
            onChange={(p) => set({ mix: { ...value.mix, [t]: p / 100 } })}
          />
        ))}
      </fieldset>
    </details>
  );
});
