/**
 * Reading a sentence back into its message. Some findings reach the reader only as English
 * text (a report worded elsewhere); when the catalogue's message of the same shape is known,
 * the text's own values can be read back out of it and the message said in another language,
 * with exactly the values the English showed.
 */
import { render, type Message } from "./translate.ts";

/** Every text value of a message, depth first (numbers choose plurals and stay as they are). */
function leaves(m: Message, out: string[] = []): string[] {
  for (const v of Object.values(m.params ?? {})) {
    if (typeof v === "object") leaves(v, out);
    else if (typeof v === "string") out.push(v);
  }
  return out;
}

/** The message with its text values replaced, in `leaves` order. */
function refill(m: Message, values: readonly string[], at = { i: 0 }): Message {
  const params: NonNullable<Message["params"]> = {};
  for (const [k, v] of Object.entries(m.params ?? {}))
    params[k] = typeof v === "object" ? refill(v, values, at) : typeof v === "string" ? values[at.i++]! : v;
  return { key: m.key, params };
}

const mark = (i: number): string => `\u0000${i}\u0000`;

/**
 * `text` read as the English rendering of a message shaped like `shape` (same keys, same
 * choices, same counts): `shape` with the values `text` shows, or null when `text` is not a
 * rendering of that shape. A value that only chooses words (a select) keeps `shape`'s.
 */
export function readBack(shape: Message, text: string): Message | null {
  const own = leaves(shape);
  const shown = own.map((_, i) =>
    render(
      "en",
      refill(
        shape,
        own.map((v, j) => (j === i ? mark(i) : v)),
      ),
    ).includes(mark(i)),
  );
  const template = render(
    "en",
    refill(
      shape,
      own.map((v, i) => (shown[i] ? mark(i) : v)),
    ),
  );
  // biome-ignore lint/suspicious/noControlCharactersInRegex: NUL delimits the marks, a character no message contains
  const order = [...template.matchAll(/\u0000(\d+)\u0000/g)].map((x) => Number(x[1]));
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the same NUL-delimited marks
  const pattern = template.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\u0000\d+\u0000/g, "([\\s\\S]*?)");
  const found = new RegExp(`^${pattern}$`).exec(text);
  if (!found) return null;
  const values = [...own];
  order.forEach((i, k) => (values[i] = found[k + 1]!));
  const read = refill(shape, values);
  // Lazy groups can split a value at the wrong place when values hold the template's own words.
  return render("en", read) === text ? read : null;
}
