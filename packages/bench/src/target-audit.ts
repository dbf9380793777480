/**
 * The audit of the first phenomenon of docs/model.md §10 ("raising a self-reported target
 * toward 100% raises falsification and gaming, and lowers the correlation between score and
 * true value") on designs a policy designer might write: a self-reported on-time share of
 * closures or of cases received, floor 0% or 60%, three sets of bands, alone or beside a volume
 * count from the records; and a self-reported completion share (TARGET_DESIGNS). Each is run
 * at a moderate target (90% with a 0% floor, 80% otherwise) and at 100%, on seeds 1–3 at 1,500
 * staff × 6 periods.
 *
 * Run from the repository: `pnpm exec tsx packages/bench/src/target-audit.ts [NAME=VALUE …]`
 * (about 10 s); each NAME=VALUE sets a model constant for every run, to audit a change before
 * making it (`settlePeriods=0`: the model without the world before the scheme). It prints a
 * Markdown table, one design per row, with ✗ where the figure does not move the contract's way
 * by TARGET_MARGIN, and a count of those. docs/model.md §12 quotes it.
 */
import { modelConstant } from "@goodhart/simulator";
// The designs and the margins are the validation suite's: target-sweep.test.ts holds the
// counts this prints.
import { TARGET_DESIGNS, targetMeans, targetMoves } from "../../simulator/test/validation/designs.ts";

const model: Record<string, number> = {};
for (const arg of process.argv.slice(2)) {
  const [name = "", value = ""] = arg.split("=");
  if (modelConstant(name) === undefined || value.trim() === "" || !Number.isFinite(Number(value))) {
    console.error(`target-audit: '${arg}' is not NAME=VALUE for a model constant (see 'goodhart help model')`);
    process.exit(2);
  }
  model[name] = Number(value);
}

const fails = { falsified: 0, gaming: 0, correlation: 0 };
const mark = (ok: boolean, key: keyof typeof fails) => {
  if (ok) return "";
  fails[key]++;
  return " ✗";
};
console.log("| design | moderate → 100% | false closures % | gaming % of staff-periods | score–truth correlation |");
console.log("|---|---|---|---|---|");
for (const d of TARGET_DESIGNS) {
  const a = targetMeans(d.text(d.moderate), model);
  const b = targetMeans(d.text("100%"), model);
  const moved = targetMoves(a, b);
  const f = mark(moved.falsified, "falsified");
  const g = mark(moved.gaming, "gaming");
  const c = mark(moved.correlation, "correlation");
  console.log(
    `| ${d.label} | ${d.moderate} → 100% | ${(100 * a.falsified).toFixed(2)} → ${(100 * b.falsified).toFixed(2)}${f} | ` +
      `${(100 * a.gaming).toFixed(1)} → ${(100 * b.gaming).toFixed(1)}${g} | ${a.correlation.toFixed(3)} → ${b.correlation.toFixed(3)}${c} |`,
  );
}
console.log(
  `\nOf ${TARGET_DESIGNS.length} designs, against the contract's direction (✗): false closures ${fails.falsified}, gaming ${fails.gaming}, correlation ${fails.correlation}.`,
);
