/** Reading literal text: numbers (`1_000`, `12.5`, `98%`), strings (`"a \"b\" \\ c"`) and names. */

/**
 * A name as the language means it: Unicode NFC. The same Vietnamese name can be typed
 * composed (`đ` + `ú` as single letters) or decomposed (a base letter and combining marks, as
 * macOS and some keyboards write it); both look alike and must mean the same metric, so every
 * name is compared, stored and printed composed. Ranges still point at the text as written.
 */
export function nameText(written: string): string {
  return written.normalize("NFC");
}

export interface NumberText {
  value: number;
  percent: boolean;
}

export function parseNumberText(text: string): NumberText {
  const percent = text.charCodeAt(text.length - 1) === 37; /* % */
  const bare = percent ? text.slice(0, -1) : text;
  const digits = bare.includes("_") ? bare.replaceAll("_", "") : bare;
  const n = Number(digits);
  return { value: percent ? percentValue(digits) : n, percent };
}

/**
 * `98%` as the number 0.98, computed from the decimal digits so that 57% is exactly the
 * double nearest 0.57 (57 / 100 would be too, but 0.1% → 0.001 needs the decimal shift).
 */
function percentValue(digits: string): number {
  const [int = "0", frac = ""] = digits.split(".");
  const intPart = int.replace(/^0+(?=\d)/, "");
  // Shift the decimal point two places left in the text, then let Number round once.
  const padded = intPart.padStart(3, "0");
  const shifted = `${padded.slice(0, -2)}.${padded.slice(-2)}${frac}`;
  return Number(shifted);
}

export function unescapeString(image: string): string {
  const inner = image.startsWith('"') && image.endsWith('"') && image.length >= 2 ? image.slice(1, -1) : image.replace(/^"/, "");
  return inner.includes("\\") ? inner.replace(/\\(["\\])/g, "$1") : inner;
}

export function escapeString(value: string): string {
  return `"${value
    .replace(/\\/g, "\\\\")
    .replace(/"/g, '\\"')
    .replace(/[\r\n]+/g, " ")}"`;
}
