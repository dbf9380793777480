/**
 * Reads and writes the numbers a lesson varies. A path names either a population setting
 * (`population.luck`) or one literal of the scheme found through its syntax tree
 * (`on_time.target`, `excellent.quota`, `response.step.1.points` for the first step's
 * points), so an edit changes that literal and leaves every other byte of the text alone.
 */
import { parse, type Expr } from "@goodhart/dsl";

export interface FoundLiteral {
  start: number;
  end: number;
  value: number;
  percent: boolean;
}

export class LessonPathError extends Error {
  override name = "LessonPathError";
}

/** The population setting a path names, or null when it names a scheme literal. */
export function populationKey(path: string): string | null {
  return path.startsWith("population.") ? path.slice("population.".length) : null;
}

function literalOf(expr: Expr): FoundLiteral | null {
  if (expr.kind === "number") return { start: expr.range.start.offset, end: expr.range.end.offset, value: expr.value, percent: expr.percent };
  if (expr.kind === "unary" && expr.op === "-" && expr.operand.kind === "number") {
    return { start: expr.range.start.offset, end: expr.range.end.offset, value: -expr.operand.value, percent: expr.operand.percent };
  }
  if (expr.kind === "paren") return literalOf(expr.expr);
  return null;
}

/** The literal `path` names in `text`; throws saying what is missing otherwise. */
export function findLiteral(text: string, path: string): FoundLiteral {
  const [name, property, index, part] = path.split(".");
  const decl = parse(text).file.declarations.find((d) => d.name?.text === name);
  if (!decl) throw new LessonPathError(`${path}: the scheme has no declaration named ${name}`);
  const props = decl.properties.filter((p) => p.key.text === property);
  if (props.length === 0) throw new LessonPathError(`${path}: ${name} has no ${property}`);
  let expr: Expr | null = null;
  if (index !== undefined) {
    const step = props[Number(index) - 1]?.value;
    if (!step || step.kind !== "step") throw new LessonPathError(`${path}: ${name} has no step number ${index}`);
    expr = part === "points" ? step.points : step.threshold;
  } else {
    if (props.length > 1) throw new LessonPathError(`${path}: ${name} has ${props.length} ${property} properties; name one as ${name}.${property}.N.threshold`);
    const v = props[0]!.value;
    expr = v.kind === "expr" ? v.expr : v.kind === "capScore" ? v.limit : v.kind === "quota" ? v.share : null;
  }
  const found = expr ? literalOf(expr) : null;
  if (!found) throw new LessonPathError(`${path}: not a single number`);
  return found;
}

/** How a value is written back: a percent stays a percent; rounding keeps float noise out. */
export function literalText(value: number, percent: boolean): string {
  const round = (x: number) => String(Number(x.toFixed(6)));
  return percent ? `${round(value * 100)}%` : round(value);
}

/** `text` with the literal at each path set to `value` (population paths are skipped). */
export function setLiteral(text: string, paths: readonly string[], value: number): string {
  let out = text;
  for (const path of paths) {
    if (populationKey(path) !== null) continue;
    const found = findLiteral(out, path);
    out = out.slice(0, found.start) + literalText(value, found.percent) + out.slice(found.end);
  }
  return out;
}
