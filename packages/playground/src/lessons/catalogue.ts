/**
 * The lessons the built playground carries: lessons/*.json and the schemes they name, inlined
 * at build time (a training room may have no network). Each file is checked with the lesson
 * schema; a broken one is listed with its problem instead of taking the others down.
 */
import { EXAMPLES } from "../examples/examples.ts";
import { lessonSchema, type Lesson, type SchemeRef } from "./schema.ts";

const files = import.meta.glob("../../../../lessons/*.json", { import: "default", eager: true }) as Record<string, unknown>;
const schemeFiles = import.meta.glob("../../../../lessons/schemes/*.kpi", { query: "?raw", import: "default", eager: true }) as Record<
  string,
  string
>;

const baseName = (path: string) => path.split("/").pop()!;

export const LESSONS: Lesson[] = [];
export const LESSON_PROBLEMS: { file: string; message: string }[] = [];

for (const [path, data] of Object.entries(files).sort(([a], [b]) => a.localeCompare(b))) {
  const parsed = lessonSchema.safeParse(data);
  if (parsed.success) LESSONS.push(parsed.data);
  else
    LESSON_PROBLEMS.push({ file: baseName(path), message: parsed.error.issues.map((i) => `${i.path.join(".")} ${i.message}`).join("; ") });
}

export function resolveScheme(ref: SchemeRef): string {
  if ("text" in ref) return ref.text;
  if ("example" in ref) {
    const ex = EXAMPLES.find((e) => e.id === ref.example);
    if (!ex) throw new Error(`The example ${ref.example}.kpi is not in this build.`);
    return ex.text;
  }
  const entry = Object.entries(schemeFiles).find(([p]) => baseName(p) === ref.file);
  if (!entry) throw new Error(`The lesson scheme ${ref.file} is not in this build.`);
  return entry[1];
}
