/** The population the scheme is tried on (SIMULATOR.md §2). Shares are entered in percent. */
import { memo, useId } from "react";
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

function NumberField(props: { label: string; title?: string; value: number; min: number; max: number; step?: number; onChange(n: number): void }) {
  const id = useId();
  return (
    <label htmlFor={id} title={props.title}>
      <span>{props.label}</span>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={props.min}
        max={props.max}
        step={props.step ?? 1}
        value={props.value}
        aria-label={props.title ?? props.label}
        onChange={(e) => {
          const n = e.currentTarget.valueAsNumber;
          if (Number.isFinite(n)) props.onChange(Math.min(props.max, Math.max(props.min, n)));
        }}
      />
    </label>
  );
}

const toPct = (x: number) => Math.round(x * 1000) / 10;

// Memoised: the page re-renders on every keystroke, these only when their inputs change.
export const PopulationPanel = memo(function PopulationPanel({ value, onChange }: Props) {
  const set = (patch: Partial<Population>) => onChange({ ...value, ...patch });
  const mixTotal = STAFF_TYPES.reduce((s, t) => s + value.mix[t], 0);
  return (
    <section className="population" aria-label="Population">
      <h2>Population</h2>
      <div className="fields">
        <NumberField label="Staff" title="Number of staff simulated" value={value.staff} min={1} max={MAX_STAFF} step={100} onChange={(staff) => set({ staff: Math.round(staff) })} />
        <NumberField label="Periods" title="Number of periods (months, quarters…) simulated" value={value.periods} min={1} max={MAX_PERIODS} onChange={(periods) => set({ periods: Math.round(periods) })} />
        <NumberField label="Team size" title="Staff per team (the quota pool)" value={value.team} min={1} max={1000} onChange={(team) => set({ team: Math.round(team) })} />
        <NumberField label="Seed" title="Random seed: the same seed gives the same results" value={value.seed} min={0} max={2 ** 31 - 1} onChange={(seed) => set({ seed: Math.round(seed) })} />
        <NumberField label="Hard cases %" title="Share of cases that are hard, in percent" value={toPct(value.hard)} min={0} max={100} onChange={(p) => set({ hard: p / 100 })} />
        <NumberField label="Luck %" title="How much of a period's outcome is chance rather than ability, in percent" value={toPct(value.luck)} min={0} max={100} onChange={(p) => set({ luck: p / 100 })} />
      </div>
      <fieldset className="mix">
        <legend>Type mix {Math.abs(mixTotal - 1) > 0.001 ? <em>(sums to {toPct(mixTotal)}%; rescaled to 100%)</em> : null}</legend>
        {STAFF_TYPES.map((t) => (
          <NumberField key={t} label={`${t} %`} title={`${TYPE_HELP[t]}, percent of staff`} value={toPct(value.mix[t])} min={0} max={100} onChange={(p) => set({ mix: { ...value.mix, [t]: p / 100 } })} />
        ))}
      </fieldset>
    </section>
  );
});
