/**
 * Runs an expectation file's cases against a scheme: each case is one staff member scored on
 * their own (`compile(scheme).score(row)`), so ratings are before quotas. Metrics a case does
 * not set are missing. A check naming something the scheme lacks fails, saying so, rather
 * than passing vacuously.
 */
import { bandNamed, render, type Message, type MessageKey } from "../i18n/translate.ts";
import type { Scheme } from "../semantics/model.ts";
import { compile } from "../scoring/compile.ts";
import type { RowResult } from "../scoring/types.ts";
import type { Check, ExpectationFile, Location, Quantity } from "./types.ts";

export interface CheckResult extends Location {
  /** The check as written, e.g. `expect score 93.5 ± 0.5`. */
  source: string;
  passed: boolean;
  /** What was expected and what the scheme gave, in English (the JSON's words). */
  expected: string;
  actual: string;
  /** The same two as messages, for a report in the reader's language. */
  said: { expected: Message; actual: Message };
}

export interface CaseResult extends Location {
  name: string;
  passed: boolean;
  checks: CheckResult[];
}

export interface TestReport {
  /** The expectation file's name as given to the parser. */
  file: string;
  scheme: string | null;
  cases: CaseResult[];
  passed: number;
  failed: number;
}

export function runExpectations(scheme: Scheme, expectations: ExpectationFile): TestReport {
  const compiled = compile(scheme);
  const metrics = new Set(compiled.metrics);
  const cases = expectations.cases.map((c): CaseResult => {
    const checks: CheckResult[] = [];
    for (const [name, location] of Object.entries(c.inputLocations)) {
      if (!metrics.has(name)) {
        checks.push({
          ...location,
          source: name,
          ...verdict(false, msg("test.metricOfScheme"), noneNamed("metric", name, compiled.metrics)),
        });
      }
    }
    const result = compiled.score(c.row);
    for (const check of c.checks)
      checks.push({ line: check.location.line, column: check.location.column, source: check.source, ...judge(check, result, scheme) });
    return { name: c.name, line: c.location.line, column: c.location.column, passed: checks.every((k) => k.passed), checks };
  });
  const passed = cases.filter((c) => c.passed).length;
  return { file: expectations.fileName, scheme: expectations.scheme, cases, passed, failed: cases.length - passed };
}

type Verdict = Pick<CheckResult, "passed" | "expected" | "actual" | "said">;
type What = "metric" | "band" | "gate" | "indicator" | "group";

const msg = (key: MessageKey, params: Message["params"] = {}): Message => ({ key, params });
/** Text the rule or expectation file wrote (a number, a tolerance): the same in every language. */
const asGiven = (text: string): Message => msg("cli.asGiven", { text });

/** The English words are the messages said in English: one source for both. */
function verdict(passed: boolean, expected: Message, actual: Message): Verdict {
  return { passed, expected: render("en", expected), actual: render("en", actual), said: { expected, actual } };
}

function noneNamed(what: What, name: string, known: string[]): Message {
  const close = suggest(name, known);
  return msg("test.noneNamed", {
    what: msg(`test.what.${what}`),
    name,
    suggestion: close === null ? "" : msg("test.didYouMean", { name: close }),
  });
}

function judge(check: Check, r: RowResult, scheme: Scheme): Verdict {
  const bands = scheme.ratings.map((b) => b.name);
  const band = (name: string): Message => bandNamed({ name, label: scheme.ratings.find((b) => b.name === name)?.label ?? null });
  const unknown = (what: What, name: string, known: string[]): Verdict =>
    verdict(false, msg("test.named", { what: msg(`test.what.${what}`), name }), noneNamed(what, name, known));
  switch (check.kind) {
    case "score":
      return compare(check.expected, r.score);
    case "rating": {
      const want = bands.indexOf(check.band);
      if (want < 0) return unknown("band", check.band, bands);
      const got = bands.indexOf(r.rating);
      // Bands run best first, so "at least good" means an index no greater than good's.
      const passed = check.relation === "is" ? got === want : check.relation === "at least" ? got <= want : got >= want;
      const wanted =
        check.relation === "is"
          ? band(check.band)
          : msg(check.relation === "at least" ? "test.atLeast" : "test.atMost", { band: band(check.band) });
      return verdict(passed, wanted, band(r.rating));
    }
    case "gate": {
      const gates = scheme.gates.map((g) => g.name);
      if (!gates.includes(check.gate)) return unknown("gate", check.gate, gates);
      const holds = r.gates.includes(check.gate);
      return verdict(
        holds === check.holds,
        msg(check.holds ? "test.gateHolds" : "test.gateDoesNotHold", { gate: check.gate }),
        gatesHold(r.gates),
      );
    }
    case "no gates":
      return verdict(r.gates.length === 0, msg("test.noGateHolds"), gatesHold(r.gates));
    case "points":
    case "value": {
      const ind = r.indicators[check.indicator];
      if (!ind) return unknown("indicator", check.indicator, Object.keys(r.indicators));
      return compare(check.expected, check.kind === "points" ? ind.points : ind.value);
    }
    case "group": {
      if (!Object.hasOwn(r.groups, check.group)) return unknown("group", check.group, Object.keys(r.groups));
      return compare(check.expected, r.groups[check.group] ?? null);
    }
  }
}

function compare(expected: Quantity, actual: number | null): Verdict {
  const shown = actual === null ? msg("test.missing") : asGiven(String(actual));
  if (expected.kind === "missing") return verdict(actual === null, msg("test.missing"), shown);
  // The slack absorbs binary rounding of the written decimal, never a real difference.
  const slack = 1e-9 * Math.max(1, Math.abs(expected.value));
  const passed = actual !== null && Math.abs(actual - expected.value) <= expected.tolerance + slack;
  return verdict(passed, asGiven(expected.text), shown);
}

function gatesHold(gates: string[]): Message {
  return gates.length === 0 ? msg("test.noGateHolds") : msg("test.gatesHold", { gates: gates.join(", "), count: gates.length });
}

/** The known name closest to a misspelt one, if one is close enough. */
function suggest(name: string, known: string[]): string | null {
  return known.find((k) => distance(k, name) <= Math.max(1, Math.floor(name.length / 4))) ?? null;
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length]!;
}
