/**
 * Reads an expectation file. Line-based: `scheme PATH`, then cases, each a `case "name"` line
 * followed by input lines (`metric value`) and `expect …` lines. Every error names
 * file:line:col, and the whole file is read so all its errors show at once.
 */
import { render, type Message, type MessageKey } from "../i18n/translate.ts";
import { tokenizeLine, type Token } from "./tokens.ts";
import type { Check, ExpectationCase, ExpectationError, ExpectationFile, Location, ParsedExpectations, Quantity } from "./types.ts";

class LineError extends Error {
  constructor(
    readonly said: Message,
    readonly column: number,
  ) {
    super(render("en", said));
  }
}

const say = (key: MessageKey, params?: Message["params"]): Message => (params ? { key, params } : { key });

export function parseExpectations(text: string, fileName: string): ParsedExpectations {
  const file: ExpectationFile = { fileName, scheme: null, cases: [] };
  const errors: ExpectationError[] = [];
  const fail = (line: number, column: number, said: Message): void => {
    const message = render("en", said);
    errors.push({ file: fileName, line, column, message, text: `${fileName}:${line}:${column}: ${message}`, said });
  };
  let current: ExpectationCase | null = null;

  text.split("\n").forEach((raw, index) => {
    const line = index + 1;
    // A bare path holds `-`, `.` and `/`, which are no tokens: the scheme line is read whole.
    const schemeLine = /^(\s*)scheme(?=\s|#|$)/.exec(raw);
    const lexed = schemeLine ? tokenizeLine(schemeLine[0]) : tokenizeLine(raw);
    if ("error" in lexed) return fail(line, lexed.column, lexed.said);
    const tokens = lexed.tokens;
    if (tokens.length === 0) return;
    const at = (t: Token): Location => ({ line, column: t.column });
    try {
      const head = tokens[0]!;
      if (head.kind === "word" && head.text === "scheme") {
        if (file.scheme !== null) throw new LineError(say("expect.secondScheme"), head.column);
        if (current) throw new LineError(say("expect.schemeFirst"), head.column);
        file.scheme = schemePath(raw, tokens);
      } else if (head.kind === "word" && head.text === "case") {
        current = caseHeader(tokens, file, line);
        file.cases.push(current);
      } else if (!current) {
        throw new LineError(say("expect.schemeOrCase"), head.column);
      } else if (head.kind === "word" && head.text === "expect") {
        current.checks.push({ ...parseCheck(tokens), location: at(head), source: raw.replace(/#.*$/, "").trim() });
      } else if (head.kind === "word") {
        const value = tokens[1];
        if (!value) throw new LineError(say("expect.giveValue", { name: head.text }), head.end);
        if (tokens.length > 2) throw new LineError(say("expect.oneInput"), tokens[2]!.column);
        if (Object.hasOwn(current.inputLocations, head.text))
          throw new LineError(say("expect.alreadySet", { name: head.text }), head.column);
        current.row[head.text] = inputValue(value);
        current.inputLocations[head.text] = at(head);
      } else {
        throw new LineError(say("expect.lineStart"), head.column);
      }
    } catch (e) {
      if (!(e instanceof LineError)) throw e;
      fail(line, e.column, e.said);
    }
  });
  if (file.scheme === null && errors.length === 0) fail(1, 1, say("expect.noScheme"));
  return { expectations: file, errors };
}

function schemePath(raw: string, tokens: Token[]): string {
  const quoted = /^\s*scheme\s+"((?:[^"\\]|\\.)*)"\s*(#.*)?$/.exec(raw);
  if (quoted) return quoted[1]!.replace(/\\(.)/g, "$1");
  const rest = raw
    .slice(tokens[0]!.column - 1 + "scheme".length)
    .replace(/#.*$/, "")
    .trim();
  if (rest === "") throw new LineError(say("expect.nameScheme"), tokens[0]!.column + "scheme".length);
  if (/\s/.test(rest)) throw new LineError(say("expect.quotePath"), tokens[0]!.column + "scheme ".length);
  return rest;
}

function caseHeader(tokens: Token[], file: ExpectationFile, line: number): ExpectationCase {
  const name = tokens[1];
  if (name?.kind !== "string") throw new LineError(say("expect.nameCase"), name?.column ?? tokens[0]!.column + 4);
  if (file.cases.some((c) => c.name === name.value)) throw new LineError(say("expect.caseTwice", { name: name.value }), name.column);
  const made: ExpectationCase = {
    name: name.value,
    location: { line, column: tokens[0]!.column },
    like: null,
    row: Object.create(null),
    inputLocations: Object.create(null),
    checks: [],
  };
  if (tokens.length === 2) return made;
  const like = tokens[2]!;
  const base = tokens[3];
  if (like.kind !== "word" || like.text !== "like" || base?.kind !== "string" || tokens.length > 4) {
    throw new LineError(say("expect.likeOnly"), like.column);
  }
  const from = file.cases.find((c) => c.name === base.value);
  if (!from) throw new LineError(say("expect.noBase", { name: base.value }), base.column);
  // Null-prototype records: a metric may be named `__proto__`, and `row.__proto__ = 3` on a
  // plain object would set its prototype instead of an input.
  return { ...made, like: from.name, row: Object.assign(Object.create(null), from.row) };
}

function inputValue(t: Token): number | null {
  if (t.kind === "word" && t.text === "missing") return null;
  if (t.kind === "number") return t.value;
  throw new LineError(say("expect.input"), t.column);
}

function parseCheck(tokens: Token[]): Check {
  const [, what, ...rest] = tokens;
  if (what?.kind !== "word") throw new LineError(say("expect.what"), what?.column ?? tokens[0]!.column + 6);
  const last = tokens[tokens.length - 1]!;
  const word = (t: Token | undefined, role: MessageKey): string => {
    if (t?.kind !== "word") throw new LineError(say("expect.expected", { role: say(role) }), t?.column ?? endOf(last) + 1);
    return t.text;
  };
  const end = (n: number) => {
    if (rest.length > n) throw new LineError(say("expect.trailing"), rest[n]!.column);
  };
  switch (what.text) {
    case "score":
      return { kind: "score", expected: quantity(rest, what) };
    case "rating": {
      const first = word(rest[0], "expect.role.band");
      if (first === "at" && rest[1]?.kind === "word" && (rest[1].text === "least" || rest[1].text === "most")) {
        end(3);
        return { kind: "rating", relation: rest[1].text === "least" ? "at least" : "at most", band: word(rest[2], "expect.role.band") };
      }
      end(1);
      return { kind: "rating", relation: "is", band: first };
    }
    case "gate":
      end(1);
      return { kind: "gate", gate: word(rest[0], "expect.role.gate"), holds: true };
    case "no": {
      const next = word(rest[0], "expect.role.noWhat");
      if (next === "gates") {
        end(1);
        return { kind: "no gates" };
      }
      if (next !== "gate") throw new LineError(say("expect.noGate"), rest[0]!.column);
      end(2);
      return { kind: "gate", gate: word(rest[1], "expect.role.gate"), holds: false };
    }
    case "points":
    case "value":
      return { kind: what.text, indicator: word(rest[0], "expect.role.indicator"), expected: quantity(rest.slice(1), rest[0]!) };
    case "group":
      return { kind: "group", group: word(rest[0], "expect.role.group"), expected: quantity(rest.slice(1), rest[0]!) };
    default:
      throw new LineError(say("expect.unknown", { what: what.text }), what.column);
  }
}

/**
 * `93.5`, `93.5 ± 0.5`, `97%`, `missing`. Without `±` a number is met when the actual rounds to
 * it as written: `93.5` allows ±0.05, `80` ±0.5, `97.25%` ±0.005%.
 */
/** The column after a token as written (a word's NFC text may be shorter than what was typed). */
function endOf(t: Token): number {
  return t.kind === "word" ? t.end : t.column + t.text.length;
}

function quantity(tokens: Token[], after: Token): Quantity {
  const [value, pm, tol, extra] = tokens;
  const afterColumn = endOf(after) + 1;
  if (value?.kind === "word" && value.text === "missing") {
    if (pm) throw new LineError(say("expect.afterMissing"), pm.column);
    return { kind: "missing" };
  }
  if (value?.kind !== "number") throw new LineError(say("expect.number"), value?.column ?? afterColumn);
  if (!pm) {
    const unit = 10 ** -value.decimals * (value.percent ? 0.01 : 1);
    return { kind: "number", value: value.value, tolerance: unit / 2, text: value.text };
  }
  if (pm.kind !== "plusMinus") throw new LineError(say("expect.plusMinus"), pm.column);
  if (tol?.kind !== "number" || tol.value < 0) throw new LineError(say("expect.tolerance"), tol?.column ?? pm.column + pm.text.length + 1);
  if (extra) throw new LineError(say("expect.trailing"), extra.column);
  return { kind: "number", value: value.value, tolerance: tol.value, text: `${value.text} ± ${tol.text}` };
}
