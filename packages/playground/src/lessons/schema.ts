/**
 * The shape of a lesson file (lessons/*.json). Lesson files are written by hand by trainers,
 * so zod checks every one when it is loaded — in the browser and in lessons/lessons.test.ts —
 * and a mistake names the field instead of breaking the presentation half-way through a talk.
 */
import { z } from "zod";
import { LANGS, type Lang } from "@goodhart/dsl";

/** `population.luck`, `on_time.target`, `response.step.1.points` (the dsl's literal-path grammar). */
const valuePathSchema = z
  .string()
  .regex(
    /^(population\.(staff|periods|seed|team|saints|honest|reactive|maniacs|hard|luck)|[^.\s]+\.[^.\s]+|[^.\s]+\.step\.[1-9]\d*\.(threshold|points))$/,
    "is not a value path (population.X, NAME.PROPERTY or NAME.step.N.threshold|points)",
  );

/** One path, or several set to the same value (an audit share on every self-reported count). */
const valuePathsSchema = z.union([valuePathSchema, z.array(valuePathSchema).min(1)]).transform((p) => (Array.isArray(p) ? p : [p]));

/** A figure of the simulation document: `summary.falsifiedShare`, `indicators.response.bunching`; bare names mean `summary.`. */
const metricSchema = z
  .string()
  .transform((m) => (m.startsWith("summary.") || m.startsWith("indicators.") ? m : `summary.${m}`))
  .pipe(
    z
      .string()
      .regex(
        /^(summary\.[A-Za-z]+(\.[^.\s]+)?|indicators\.[^.\s]+\.(bunching|meanValue|meanPoints))$/,
        "is not a figure of the simulation (summary.X, summary.gaming.X, summary.ratings.X or indicators.NAME.bunching|meanValue|meanPoints)",
      ),
  );

const schemeRefSchema = z.union([
  z.object({ example: z.string().regex(/^[a-z0-9-]+$/, "names a file of examples/ without .kpi") }).strict(),
  z.object({ file: z.string().regex(/^[a-z0-9-]+\.kpi$/, "names a file of lessons/schemes/") }).strict(),
  z.object({ text: z.string().min(1) }).strict(),
]);

const share = z.number().min(0).max(1);
const lessonPopulationSchema = z
  .object({
    // Small on purpose: a room waits for every re-run, and the test runs every lesson.
    staff: z.number().int().min(100).max(5000),
    periods: z.number().int().min(1).max(24),
    seed: z.number().int().min(0),
    team: z.number().int().min(1).max(1000).optional(),
    saints: share.optional(),
    honest: share.optional(),
    reactive: share.optional(),
    maniacs: share.optional(),
    hard: share.optional(),
    luck: share.optional(),
  })
  .strict();

/** An edit of the lesson's scheme: each path set to a number (percent literals as fractions). */
const editsSchema = z.record(valuePathSchema, z.number().finite()).default({});

const sideSchema = z.object({ label: z.string().min(1), scheme: schemeRefSchema.optional(), set: editsSchema }).strict();

const sweepSchema = z
  .object({
    path: valuePathsSchema,
    label: z.string().min(1),
    from: z.number().finite(),
    to: z.number().finite(),
    steps: z.number().int().min(2).max(11),
    watch: metricSchema,
  })
  .strict();

const pairSchema = z
  .object({
    before: sideSchema,
    after: sideSchema,
    watch: metricSchema,
    /** The what-if control; it edits the `after` scheme (population paths edit both). */
    control: z
      .object({ path: valuePathsSchema, label: z.string().min(1), min: z.number(), max: z.number(), step: z.number().positive() })
      .strict(),
  })
  .strict();

export const claimSchema = z.union([
  z
    .object({
      metric: metricSchema,
      direction: z.enum(["increases", "decreases"]),
      along: z.literal("sweep"),
      by: z.number().min(0).default(0),
    })
    .strict(),
  z.object({ metric: metricSchema, compare: z.enum(["after < before", "after > before"]), by: z.number().min(0).default(0) }).strict(),
]);

const CHARTS = ["sweep", "score-vs-truth", "gaming-over-time", "rating-bands", "morale-backlog"] as const;
const chartSchema = z.union([z.enum(CHARTS), z.string().regex(/^indicator:[^\s]+$/, "is a chart name or indicator:NAME")]);

const words = z.string().min(1);

/**
 * A lesson's words in another language: everything a room reads (title, takeaway, labels, the
 * steps, the source's fact), nothing that decides a number. Adding a language to a lesson is
 * adding one of these; the claim, the sweep and the population stay the lesson's own.
 */
const lessonWordsSchema = z
  .object({
    title: words,
    takeaway: words,
    sweep: z.object({ label: words }).strict().optional(),
    pair: z
      .object({
        before: z.object({ label: words }).strict(),
        after: z.object({ label: words }).strict(),
        control: z.object({ label: words }).strict(),
      })
      .strict()
      .optional(),
    steps: z.array(z.object({ title: words, text: words }).strict()),
    source: z.object({ fact: words }).strict(),
  })
  .strict();

export const lessonSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    title: z.string().min(1),
    /** One sentence: what the room should leave with. */
    takeaway: z.string().min(1),
    scheme: schemeRefSchema,
    /** Edits applied to the scheme before anything else (e.g. a floor lowered so a sweep has room). */
    set: editsSchema,
    population: lessonPopulationSchema,
    sweep: sweepSchema.optional(),
    pair: pairSchema.optional(),
    chart: chartSchema,
    steps: z
      .array(
        z
          .object({
            title: z.string().min(1),
            text: z.string().min(1),
            show: z.enum(["chart", "figure", "control", "claim"]).default("chart"),
          })
          .strict(),
      )
      .min(3)
      .max(6),
    source: z.object({ cite: z.string().min(1), fact: z.string().min(1) }).strict(),
    claim: claimSchema,
    /** The lesson's words in languages other than English, by language code. */
    translations: z.partialRecord(z.enum(LANGS).exclude(["en"]), lessonWordsSchema).default({}),
  })
  .strict()
  .superRefine((l, ctx) => {
    if (!!l.sweep === !!l.pair)
      ctx.addIssue({ code: "custom", message: "a lesson has either a sweep or a before/after pair, not both or neither" });
    if (l.sweep && l.sweep.from === l.sweep.to)
      ctx.addIssue({ code: "custom", path: ["sweep", "to"], message: "a sweep needs two different ends" });
    if (l.pair && l.pair.control.min >= l.pair.control.max)
      ctx.addIssue({ code: "custom", path: ["pair", "control"], message: "min must be below max" });
    if ("along" in l.claim && !l.sweep) ctx.addIssue({ code: "custom", path: ["claim"], message: "a claim along a sweep needs a sweep" });
    if ("compare" in l.claim && !l.pair) ctx.addIssue({ code: "custom", path: ["claim"], message: "a before/after claim needs a pair" });
    for (const [lang, w] of Object.entries(l.translations)) {
      const at = ["translations", lang];
      if (w.steps.length !== l.steps.length)
        ctx.addIssue({ code: "custom", path: [...at, "steps"], message: `has ${w.steps.length} steps; the lesson has ${l.steps.length}` });
      if (!!w.sweep !== !!l.sweep)
        ctx.addIssue({ code: "custom", path: [...at, "sweep"], message: "names the sweep's label exactly when the lesson has a sweep" });
      if (!!w.pair !== !!l.pair)
        ctx.addIssue({ code: "custom", path: [...at, "pair"], message: "names the pair's labels exactly when the lesson has a pair" });
    }
  });

export type Lesson = z.infer<typeof lessonSchema>;
export type LessonPopulation = z.infer<typeof lessonPopulationSchema>;
export type SchemeRef = z.infer<typeof schemeRefSchema>;
export type Claim = z.infer<typeof claimSchema>;
export type LessonSweep = z.infer<typeof sweepSchema>;
export type LessonPair = z.infer<typeof pairSchema>;

/** The lesson as a room reading `lang` sees it: its words in that language, English where it has none. */
export function lessonIn(lesson: Lesson, lang: Lang): Lesson {
  const w = lang === "en" ? undefined : lesson.translations[lang];
  if (!w) return lesson;
  return {
    ...lesson,
    title: w.title,
    takeaway: w.takeaway,
    ...(lesson.sweep && w.sweep ? { sweep: { ...lesson.sweep, label: w.sweep.label } } : {}),
    ...(lesson.pair && w.pair
      ? {
          pair: {
            ...lesson.pair,
            before: { ...lesson.pair.before, label: w.pair.before.label },
            after: { ...lesson.pair.after, label: w.pair.after.label },
            control: { ...lesson.pair.control, label: w.pair.control.label },
          },
        }
      : {}),
    steps: lesson.steps.map((s, i) => ({ ...s, title: w.steps[i]!.title, text: w.steps[i]!.text })),
    source: { ...lesson.source, fact: w.source.fact },
  };
}
