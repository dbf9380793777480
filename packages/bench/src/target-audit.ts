/**
 * The audit of the first phenomenon of docs/model.md §10 ("raising a self-reported target
 * toward 100% raises falsification and gaming, and lowers the correlation between score and
 * true value") on designs a policy designer might write: a self-reported on-time share of
 * closures or of cases received, floor 0% or 60%, three sets of bands, alone or beside a volume
 * count from the records; and a self-reported completion share. Each is run at a moderate target (90% with a
 * 0% floor, 80% otherwise) and at 100%, on seeds 1–3 at 1,500 staff × 6 periods.
 *
 * Run from the repository: `pnpm exec tsx packages/bench/src/target-audit.ts [NAME=VALUE …]`
 * (about 10 s); each NAME=VALUE sets a model constant for every run, to audit a change before
 * making it (`settlePeriods=0`: the model without the world before the scheme). It prints a
 * Markdown table, one design per row, with ✗ where the figure does not move the contract's way
 * by the margin in MARGIN, and a count of those. docs/model.md §12 quotes it.
 */
import { modelConstant, simulate } from "@goodhart/simulator";

const model: Record<string, number> = {};
for (const arg of process.argv.slice(2)) {
  const [name = "", value = ""] = arg.split("=");
  if (modelConstant(name) === undefined || value.trim() === "" || !Number.isFinite(Number(value))) {
    console.error(`target-audit: '${arg}' is not NAME=VALUE for a model constant (see 'goodhart help model')`);
    process.exit(2);
  }
  model[name] = Number(value);
}

const SEEDS = [1, 2, 3];
const RUN = { staff: 1500, periods: 6 } as const;

/** What "moves the contract's way" means here: well beyond seed noise at this size. */
const MARGIN = { falsifiedRatio: 1.2, gamingPoints: 2, correlation: 0.03 } as const;

const BANDS = {
  "3 bands": `
rating excellent { min 90 reward 10% }
rating good { min 70 reward 3% }
rating not_completed { reward -5% }`,
  "4 bands": `
rating top { min 95 reward 8% }
rating fine { min 80 reward 4% }
rating pass { min 50 reward 0% }
rating fail { reward -3% }`,
  "1 bonus": `
rating bonus { min 75 reward 12% }
rating none { reward 0% }`,
} as const;
type Bands = keyof typeof BANDS;

interface Design {
  label: string;
  moderate: string;
  text: (target: string) => string;
}

function onTime(den: "closed" | "received", floor: string, bands: Bands, withVolume: boolean): Design {
  return {
    label: `on-time ÷ ${den}, floor ${floor}, ${bands}${withVolume ? ", + volume (records)" : ""}`,
    moderate: floor === "0%" ? "90%" : "80%",
    text: (t) => `
metric closed { type count source self observes cases.closed }
metric received { type count source system observes cases.received }
metric on_time_n { type count source self observes cases.closed_on_time }
indicator on_time { aspect timeliness value on_time_n / ${den} floor ${floor} target ${t} weight ${withVolume ? 70 : 100} }
${
  withVolume
    ? `metric closed_records { type count source system observes cases.closed }
indicator volume { aspect volume value closed_records floor 25 target 40 weight 30 }`
    : ""
}
${BANDS[bands]}`,
  };
}

function completion(floor: string, bands: Bands): Design {
  return {
    label: `completion ÷ received, floor ${floor}, ${bands}`,
    moderate: "80%",
    text: (t) => `
metric closed { type count source self observes cases.closed }
metric received { type count source system observes cases.received }
indicator completion { aspect volume value closed / received floor ${floor} target ${t} weight 100 }
${BANDS[bands]}`,
  };
}

const DESIGNS: Design[] = [];
for (const den of ["closed", "received"] as const)
  for (const floor of ["0%", "60%"])
    for (const bands of Object.keys(BANDS) as Bands[]) for (const v of [false, true]) DESIGNS.push(onTime(den, floor, bands, v));
for (const floor of ["50%", "70%"]) for (const bands of ["3 bands", "4 bands"] as const) DESIGNS.push(completion(floor, bands));

interface Means {
  falsified: number;
  gaming: number;
  correlation: number;
}

function means(text: string): Means {
  const m = { falsified: 0, gaming: 0, correlation: 0 };
  for (const seed of SEEDS) {
    const s = simulate(text, { ...RUN, seed, model }).summary;
    m.falsified += (s.falsifiedShare ?? Number.NaN) / SEEDS.length;
    m.gaming += (s.gamingRate ?? Number.NaN) / SEEDS.length;
    m.correlation += (s.scoreTruthCorrelation ?? Number.NaN) / SEEDS.length;
  }
  return m;
}

const fails = { falsified: 0, gaming: 0, correlation: 0 };
const mark = (ok: boolean, key: keyof typeof fails) => {
  if (ok) return "";
  fails[key]++;
  return " ✗";
};
console.log("| design | moderate → 100% | false closures % | gaming % of staff-periods | score–truth correlation |");
console.log("|---|---|---|---|---|");
for (const d of DESIGNS) {
  const a = means(d.text(d.moderate));
  const b = means(d.text("100%"));
  const f = mark(b.falsified > MARGIN.falsifiedRatio * a.falsified, "falsified");
  const g = mark(100 * (b.gaming - a.gaming) > MARGIN.gamingPoints, "gaming");
  const c = mark(b.correlation < a.correlation - MARGIN.correlation, "correlation");
  console.log(
    `| ${d.label} | ${d.moderate} → 100% | ${(100 * a.falsified).toFixed(2)} → ${(100 * b.falsified).toFixed(2)}${f} | ` +
      `${(100 * a.gaming).toFixed(1)} → ${(100 * b.gaming).toFixed(1)}${g} | ${a.correlation.toFixed(3)} → ${b.correlation.toFixed(3)}${c} |`,
  );
}
console.log(
  `\nOf ${DESIGNS.length} designs, against the contract's direction (✗): false closures ${fails.falsified}, gaming ${fails.gaming}, correlation ${fails.correlation}.`,
);
