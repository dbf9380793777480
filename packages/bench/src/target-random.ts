/**
 * The first phenomenon of docs/model.md §10 on designs drawn at random, where target-audit.ts
 * runs 28 written ones: a self-reported share (on-time ÷ cases received, on-time ÷ closures,
 * or closures ÷ cases received) with a floor of 0–70% and a moderate target of 75–95%, at
 * 30–100% of the weight, alone or beside a rework ratio, a volume count or a survey, under two
 * paid bands and a fallback drawn as well. Each design runs at its moderate target and at 100%
 * (same floor), seeds 1–3 at 1,500 staff × 6 periods, and is judged by the validation suite's
 * margins (TARGET_MARGIN) and by direction alone.
 *
 * Run from the repository: `pnpm exec tsx packages/bench/src/target-random.ts [N] [SEED]` (N
 * designs, default 40, drawn from SEED, default 1: the same N and SEED draw the same designs;
 * about 0.5 s a design). It prints one line per design that fails a margin and the counts.
 * docs/model.md §12 quotes it.
 */
import fc from "fast-check";
import { analyze } from "@goodhart/dsl";
import { TARGET_MARGIN, targetMeans, targetMoves } from "../../simulator/test/validation/designs.ts";

const design = fc.record({
  share: fc.constantFrom("on-time ÷ received", "on-time ÷ closed", "closed ÷ received"),
  floor: fc.integer({ min: 0, max: 70 }),
  target: fc.integer({ min: 75, max: 95 }),
  weight: fc.integer({ min: 30, max: 100 }),
  beside: fc.constantFrom("nothing", "a rework ratio", "a volume count", "a survey"),
  top: fc.record({ min: fc.integer({ min: 70, max: 95 }), reward: fc.integer({ min: 3, max: 20 }) }),
  middle: fc.record({ min: fc.integer({ min: 30, max: 65 }), reward: fc.integer({ min: 0, max: 5 }) }),
});
type Design = typeof design extends fc.Arbitrary<infer T> ? T : never;

function text(d: Design, target: string): string {
  const [num, den] =
    d.share === "on-time ÷ received"
      ? ["cases.closed_on_time", "received"]
      : d.share === "on-time ÷ closed"
        ? ["cases.closed_on_time", "closed"]
        : ["cases.closed", "received"];
  const rest = 100 - d.weight;
  const beside = {
    nothing: "",
    "a rework ratio": `indicator beside { value reopened / records better lower floor 10% target 2% weight ${rest} }`,
    "a volume count": `indicator beside { value records floor 25 target 40 weight ${rest} }`,
    "a survey": `indicator beside { value satisfied floor 60% target 90% weight ${rest} }`,
  }[d.beside];
  return `
metric reported { type count source self observes ${num} }
metric closed { type count source self observes cases.closed }
metric received { type count source system observes cases.received }
metric records { type count source system observes cases.closed }
metric reopened { type count source system observes cases.reopened }
metric satisfied { type ratio source survey observes survey.satisfaction }
indicator share { value reported / ${den} floor ${d.floor}% target ${target} weight ${d.weight} }
${rest > 0 ? beside : ""}
rating top { min ${d.top.min} reward ${d.top.reward}% }
rating middle { min ${d.middle.min} reward ${d.middle.reward}% }
rating rest { reward 0% }`;
}

const n = Number(process.argv[2] ?? 40);
const seed = Number(process.argv[3] ?? 1);
const checks = (t: string) => !analyze(t).diagnostics.some((x) => x.severity === "error");
const designs = fc.sample(design, { numRuns: 4 * n, seed }).filter((d) => checks(text(d, `${d.target}%`)) && checks(text(d, "100%")));
const margin = { falsified: 0, gaming: 0, correlation: 0 };
const direction = { falsified: 0, gaming: 0, correlation: 0 };
let ran = 0;
for (const d of designs.slice(0, n)) {
  const a = targetMeans(text(d, `${d.target}%`));
  const b = targetMeans(text(d, "100%"));
  const moved = targetMoves(a, b);
  const way = { falsified: b.falsified > a.falsified, gaming: b.gaming > a.gaming, correlation: b.correlation < a.correlation };
  for (const k of ["falsified", "gaming", "correlation"] as const) {
    if (!moved[k]) margin[k]++;
    if (!way[k]) direction[k]++;
  }
  ran++;
  if (!moved.falsified || !moved.gaming || !moved.correlation) {
    const fig = (x: number, y: number, digits: number, scale = 100) => `${(scale * x).toFixed(digits)} → ${(scale * y).toFixed(digits)}`;
    console.log(
      `- ${d.share}, floor ${d.floor}%, ${d.target}% → 100%, weight ${d.weight} beside ${d.beside}, bands ${d.top.min}/${d.top.reward}% and ${d.middle.min}/${d.middle.reward}%: ` +
        `false closures ${fig(a.falsified, b.falsified, 2)}%${moved.falsified ? "" : " ✗"}, gaming ${fig(a.gaming, b.gaming, 1)}%${moved.gaming ? "" : " ✗"}, ` +
        `correlation ${fig(a.correlation, b.correlation, 3, 1)}${moved.correlation ? "" : " ✗"}`,
    );
  }
}
console.log(
  `\nOf ${ran} designs (draw seed ${seed}), short of the margins (false closures ×${TARGET_MARGIN.falsifiedRatio}, gaming +${TARGET_MARGIN.gamingPoints} points, correlation −${TARGET_MARGIN.correlation}): ` +
    `false closures ${margin.falsified}, gaming ${margin.gaming}, correlation ${margin.correlation}; the wrong way at all: ${direction.falsified}, ${direction.gaming}, ${direction.correlation}.`,
);
