/**
 * Completion templates use the snippet syntax of LSP (`${1:default}`, `$0`). A client that
 * does not announce snippet support inserts that text literally, so it gets the template
 * with every placeholder replaced by its default instead.
 */

/** The text a snippet inserts when every placeholder keeps its default. */
export function snippetToPlainText(snippet: string): string {
  let out = "";
  let i = 0;
  const n = snippet.length;
  // Reads until the `}` that closes the current placeholder, expanding nested ones.
  const read = (closing: boolean): string => {
    let s = "";
    while (i < n) {
      const c = snippet[i]!;
      if (c === "\\" && i + 1 < n && "$}\\".includes(snippet[i + 1]!)) {
        s += snippet[i + 1];
        i += 2;
      } else if (closing && c === "}") {
        i++;
        return s;
      } else if (c === "$" && /\d/.test(snippet[i + 1] ?? "")) {
        i++;
        while (i < n && /\d/.test(snippet[i]!)) i++;
      } else if (c === "$" && snippet[i + 1] === "{") {
        const m = /^\$\{\d+(:|\|)?/.exec(snippet.slice(i));
        if (!m) {
          s += c;
          i++;
          continue;
        }
        i += m[0].length;
        if (m[1] === "|") {
          // A choice: its first option.
          const end = snippet.indexOf("|}", i);
          s += snippet.slice(i, end === -1 ? n : end).split(",")[0];
          i = end === -1 ? n : end + 2;
        } else if (m[1] === ":") {
          s += read(true);
        } else {
          i++; // `${1}`
        }
      } else {
        s += c;
        i++;
      }
    }
    return s;
  };
  out = read(false);
  return out;
}
