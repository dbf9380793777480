/**
 * Splits one line of an expectation file into words, numbers, strings and `±`, keeping each
 * token's column for error messages.
 */
import { render, type Message } from "../i18n/translate.ts";
import { nameText } from "../syntax/literals.ts";

export type Token =
  /**
   * `text` is the word as a name: composed (NFC), as the rule file's names are read, so a
   * metric typed decomposed matches the scheme's. `end` is the column after it as written.
   */
  | { kind: "word"; text: string; column: number; end: number }
  | { kind: "number"; text: string; value: number; decimals: number; percent: boolean; column: number }
  | { kind: "string"; text: string; value: string; column: number }
  | { kind: "plusMinus"; text: string; column: number };

export type LineTokens = { tokens: Token[] } | { error: string; said: Message; column: number };

function lineError(said: Message, column: number): LineTokens {
  return { error: render("en", said), said, column };
}

const WORD = /^[\p{L}_][\p{L}\p{M}\p{N}_]*/u;
const NUMBER = /^-?(\d[\d_]*)(?:\.(\d[\d_]*))?(%?)/;

export function tokenizeLine(line: string): LineTokens {
  const tokens: Token[] = [];
  let i = 0;
  while (i < line.length) {
    const rest = line.slice(i);
    const column = i + 1;
    const c = line[i]!;
    if (c === " " || c === "\t" || c === "\r") {
      i += 1;
    } else if (c === "#") {
      break;
    } else if (c === "±" || rest.startsWith("+-")) {
      tokens.push({ kind: "plusMinus", text: c === "±" ? "±" : "+-", column });
      i += c === "±" ? 1 : 2;
    } else if (c === '"') {
      let j = i + 1;
      let value = "";
      while (j < line.length && line[j] !== '"') {
        if (line[j] === "\\" && j + 1 < line.length) j += 1;
        value += line[j];
        j += 1;
      }
      if (j >= line.length) return lineError({ key: "expect.unterminated" }, column);
      tokens.push({ kind: "string", text: line.slice(i, j + 1), value, column });
      i = j + 1;
    } else if (NUMBER.test(rest) && (c !== "-" || /\d/.test(line[i + 1] ?? ""))) {
      const m = NUMBER.exec(rest)!;
      const digits = m[0].replace(/%$/, "").replaceAll("_", "");
      const percent = m[3] === "%";
      const n = Number(digits);
      tokens.push({
        kind: "number",
        text: m[0],
        value: percent ? n / 100 : n,
        decimals: (m[2] ?? "").replaceAll("_", "").length,
        percent,
        column,
      });
      i += m[0].length;
      if (i < line.length && /[\p{L}\p{N}_.]/u.test(line[i]!))
        return lineError({ key: "expect.malformed", params: { text: `${m[0]}${line[i]}` } }, column);
    } else if (WORD.test(rest)) {
      const m = WORD.exec(rest)!;
      tokens.push({ kind: "word", text: nameText(m[0]), column, end: column + m[0].length });
      i += m[0].length;
    } else {
      return lineError({ key: "expect.character", params: { char: c } }, column);
    }
  }
  return { tokens };
}
