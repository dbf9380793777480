/**
 * The gallery: the repository's examples/*.kpi, inlined at build time so the app needs no
 * server. An empty folder gives an empty gallery and a built-in starter scheme.
 */
import { STARTER_SCHEME } from "./starter.ts";

const files = import.meta.glob("../../../../examples/*.kpi", { query: "?raw", import: "default", eager: true }) as Record<string, string>;

export interface Example {
  id: string;
  title: string;
  /** One line for the gallery: the example's first comment line. */
  summary: string;
  text: string;
}

/** The first `// …` line, whatever it says after the scheme's name. */
function summaryOf(text: string): string {
  const m = /^\s*\/\/\s*(.+)$/m.exec(text);
  if (!m) return "";
  const line = m[1]!.trim();
  const colon = line.indexOf(": ");
  return colon > 0 && colon < line.length - 2 ? line.slice(colon + 2) : line;
}

function titleOf(id: string, text: string): string {
  const m = /^\s*scheme\s+"((?:[^"\\]|\\.)*)"/m.exec(text);
  return m ? `${m[1]}` : id.replace(/[-_]/g, " ");
}

export const EXAMPLES: Example[] = Object.entries(files)
  .map(([path, text]) => {
    const id = path
      .split("/")
      .pop()!
      .replace(/\.kpi$/, "");
    return { id, title: titleOf(id, text), summary: summaryOf(text), text };
  })
  .sort((a, b) => a.id.localeCompare(b.id));

/** The first screen shows the Decree 335 clerk when it exists: the scheme first users write. */
export const FIRST_EXAMPLE: Example = EXAMPLES.find((e) => e.id === "one-stop-shop-clerk") ??
  EXAMPLES[0] ?? { id: "starter", title: "Starter scheme", summary: "a small scheme to start from", text: STARTER_SCHEME };
