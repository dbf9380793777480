/**
 * The warnings section of a diff, told truthfully:
 * - a finding that only follows a rename (same code, declaration and message renamed) is
 *   neither added nor removed, and neither is one whose message lists the same names in
 *   another order;
 * - a finding on the same declaration before and after whose words moved (KPI203 70% → 60%)
 *   is `changed`, never removed-and-added;
 * - a finding the new version silences with `// goodhart-ignore` is `accepted` with its
 *   reason, never "resolved"; one already silenced before is no news.
 */
import type { Diagnostic } from "../diagnostics/diagnostic.ts";
import type { NameMap } from "./normalise.ts";
import type { AcceptedDiagnostic, DiagnosticChange, DiagnosticEntry } from "./types.ts";

export interface DiagnosticDelta {
  added: Diagnostic[];
  removed: Diagnostic[];
  /** Old (message renamed) and new diagnostic of one finding whose words moved. */
  changed: { old: Diagnostic; oldMessage: string; new: Diagnostic }[];
  accepted: Diagnostic[];
}

export function diffDiagnostics(
  oldDiags: Diagnostic[],
  newDiags: Diagnostic[],
  renames: Map<string, string>,
  names: NameMap,
): DiagnosticDelta {
  const live = (ds: Diagnostic[]) => ds.filter((d) => !d.suppressed);
  const oldMessage = (d: Diagnostic) => renameInMessage(d.message, renames);
  const oldOwner = (d: Diagnostic) => owner(d, names);
  const newOwner = (d: Diagnostic) => owner(d, (n) => n);
  const oldKey = (d: Diagnostic) => key(d.code, oldOwner(d), oldMessage(d));
  const newKey = (d: Diagnostic) => key(d.code, newOwner(d), d.message);
  const pending = new Map<string, number>();
  for (const d of live(oldDiags)) pending.set(oldKey(d), (pending.get(oldKey(d)) ?? 0) + 1);
  let added: Diagnostic[] = [];
  for (const d of live(newDiags)) {
    const k = newKey(d);
    const n = pending.get(k) ?? 0;
    if (n > 0) pending.set(k, n - 1);
    else added.push(d);
  }
  let removed: Diagnostic[] = [];
  for (const d of live(oldDiags)) {
    const k = oldKey(d);
    const n = pending.get(k) ?? 0;
    // Whatever is still pending after the new side took its matches was removed.
    if (n > 0) {
      pending.set(k, n - 1);
      removed.push(d);
    }
  }
  ({ added, removed } = pairReordered(added, removed, oldMessage));

  // Same code on the same declaration: one finding whose numbers moved.
  const changed: DiagnosticDelta["changed"] = [];
  added = added.filter((a) => {
    const i = removed.findIndex((r) => r.code === a.code && oldOwner(r) === newOwner(a));
    if (i < 0) return true;
    changed.push({ old: removed[i]!, oldMessage: oldMessage(removed[i]!), new: a });
    removed.splice(i, 1);
    return false;
  });

  // Newly silenced: suppressed now, not suppressed before on the same code and declaration.
  const silencedBefore = oldDiags.filter((d) => d.suppressed);
  const accepted = newDiags.filter((s) => {
    if (!s.suppressed) return false;
    const i = silencedBefore.findIndex((o) => o.code === s.code && oldOwner(o) === newOwner(s));
    if (i >= 0) {
      silencedBefore.splice(i, 1);
      return false;
    }
    // The live finding it silences is accepted, not resolved.
    const j = removed.findIndex((r) => r.code === s.code && oldOwner(r) === newOwner(s));
    if (j >= 0) removed.splice(j, 1);
    return true;
  });
  return { added, removed, changed, accepted };
}

/**
 * A finding whose message only lists the same names in another order (the weight warning after
 * declarations were reordered), or that moved to another declaration of a whole-file finding,
 * is the same finding: same code, same words.
 */
function pairReordered(
  added: Diagnostic[],
  removed: Diagnostic[],
  oldMessage: (d: Diagnostic) => string,
): { added: Diagnostic[]; removed: Diagnostic[] } {
  const words = (code: string, message: string) =>
    `${code}\u0000${message
      .split(/[\s,;:()]+/u)
      .filter(Boolean)
      .sort()
      .join(" ")}`;
  const left = [...removed];
  const stillAdded = added.filter((a) => {
    const k = words(a.code, a.message);
    const i = left.findIndex((r) => words(r.code, oldMessage(r)) === k);
    if (i < 0) return true;
    left.splice(i, 1);
    return false;
  });
  return { added: stillAdded, removed: left };
}

/** The finding's catalogue key and parameters, when it has them, so a renderer can say it in any language. */
function catalogued(d: Diagnostic): Pick<DiagnosticEntry, "key" | "params"> {
  return d.text ? { key: d.text.key, ...(d.text.params ? { params: d.text.params } : {}) } : {};
}

export function entry(d: Diagnostic): DiagnosticEntry {
  return { code: d.code, severity: d.severity, name: d.declaration?.name ?? null, message: d.message, ...catalogued(d) };
}

export function changedEntry(c: DiagnosticDelta["changed"][number]): DiagnosticChange {
  return {
    code: c.new.code,
    severity: c.new.severity,
    name: c.new.declaration?.name ?? null,
    old: c.oldMessage,
    new: c.new.message,
    moved: numbersMoved(c.oldMessage, c.new.message),
    ...catalogued(c.new),
  };
}

export function acceptedEntry(d: Diagnostic): AcceptedDiagnostic {
  return {
    code: d.code,
    severity: d.severity,
    name: d.declaration?.name ?? null,
    reason: d.suppressed?.reason ?? "",
    message: d.message,
    ...catalogued(d),
  };
}

const NUMBER = /[+−-]?\d+(?:[.,]\d+)*%?/gu;

/** `70% → 60%` when two messages differ only in their numbers; null otherwise. */
function numbersMoved(oldMessage: string, newMessage: string): string | null {
  if (oldMessage.replace(NUMBER, "#") !== newMessage.replace(NUMBER, "#")) return null;
  const a = oldMessage.match(NUMBER) ?? [];
  const b = newMessage.match(NUMBER) ?? [];
  const moves = a.flatMap((x, i) => (x === b[i] ? [] : [`${x} → ${b[i]}`]));
  return moves.length === 0 ? null : [...new Set(moves)].join(", ");
}

/** Scheme-wide findings carry the scheme's title as their name; a retitled scheme is the same scheme. */
function owner(d: Diagnostic, names: NameMap): string | null {
  if (!d.declaration) return null;
  return d.declaration.kind === "scheme" ? "\u0000scheme" : `${d.declaration.kind}\u0000${names(d.declaration.name)}`;
}

function key(code: string, name: string | null, message: string): string {
  return `${code}\u0000${name ?? ""}\u0000${message}`;
}

function renameInMessage(message: string, renames: Map<string, string>): string {
  let out = message;
  for (const [from, to] of renames) {
    const escaped = from.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    out = out.replace(new RegExp(`(?<![\\p{L}\\p{N}_])${escaped}(?![\\p{L}\\p{N}_])`, "gu"), to);
  }
  return out;
}
