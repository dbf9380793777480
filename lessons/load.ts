/**
 * Node's reading of the lesson files, for the lesson test: every lessons/*.json validated
 * with the same zod schema the browser uses, schemes resolved from examples/ and
 * lessons/schemes/ on disk.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { lessonSchema, type Lesson, type SchemeRef } from "../packages/playground/src/lessons/schema.ts";

export const LESSONS_DIR = dirname(fileURLToPath(import.meta.url));
const EXAMPLES_DIR = join(LESSONS_DIR, "..", "examples");

export function lessonFiles(): string[] {
  return readdirSync(LESSONS_DIR)
    .filter((f) => f.endsWith(".json"))
    .sort();
}

export function loadLesson(file: string): Lesson {
  const parsed = lessonSchema.safeParse(JSON.parse(readFileSync(join(LESSONS_DIR, file), "utf8")));
  if (!parsed.success) throw new Error(`${file}: ${parsed.error.issues.map((i) => `${i.path.join(".")} ${i.message}`).join("; ")}`);
  return parsed.data;
}

export function resolveScheme(ref: SchemeRef): string {
  if ("text" in ref) return ref.text;
  const path = "example" in ref ? join(EXAMPLES_DIR, `${ref.example}.kpi`) : join(LESSONS_DIR, "schemes", ref.file);
  if (!existsSync(path)) throw new Error(`no scheme file ${path}`);
  return readFileSync(path, "utf8");
}
