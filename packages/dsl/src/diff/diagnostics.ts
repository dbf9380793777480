/**
 * Diagnostics compared as multisets of (code, declaration, message). A diagnostic that only
 * follows a rename (same code, its declaration and message renamed) is neither added nor
 * removed. Suppressed diagnostics were silenced on purpose and are left out.
 */
import type { Diagnostic } from "../diagnostics/diagnostic.ts";
import type { NameMap } from "./normalise.ts";
import type { DiagnosticEntry } from "./types.ts";

export interface DiagnosticDelta {
  added: Diagnostic[];
  removed: Diagnostic[];
}

export function diffDiagnostics(oldDiags: Diagnostic[], newDiags: Diagnostic[], renames: Map<string, string>, names: NameMap): DiagnosticDelta {
  const live = (ds: Diagnostic[]) => ds.filter((d) => !d.suppressed);
  const oldKey = (d: Diagnostic) => key(d.code, owner(d, names), renameInMessage(d.message, renames));
  const newKey = (d: Diagnostic) => key(d.code, owner(d, (n) => n), d.message);
  const pending = new Map<string, number>();
  for (const d of live(oldDiags)) pending.set(oldKey(d), (pending.get(oldKey(d)) ?? 0) + 1);
  const added: Diagnostic[] = [];
  for (const d of live(newDiags)) {
    const k = newKey(d);
    const n = pending.get(k) ?? 0;
    if (n > 0) pending.set(k, n - 1);
    else added.push(d);
  }
  const removed: Diagnostic[] = [];
  for (const d of live(oldDiags)) {
    const k = oldKey(d);
    const n = pending.get(k) ?? 0;
    // Whatever is still pending after the new side took its matches was removed.
    if (n > 0) {
      pending.set(k, n - 1);
      removed.push(d);
    }
  }
  return pairReordered(added, removed, (d) => renameInMessage(d.message, renames));
}

/**
 * A finding whose message only lists the same names in another order (the weight warning after
 * declarations were reordered), or that moved to another declaration of a whole-file finding,
 * is the same finding: same code, same words.
 */
function pairReordered(added: Diagnostic[], removed: Diagnostic[], oldMessage: (d: Diagnostic) => string): DiagnosticDelta {
  const words = (code: string, message: string) => `${code}\u0000${message.split(/[\s,;:()]+/u).filter(Boolean).sort().join(" ")}`;
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

export function entry(d: Diagnostic): DiagnosticEntry {
  return { code: d.code, name: d.declaration?.name ?? null, message: d.message };
}

/** Scheme-wide findings carry the scheme's title as their name; a retitled scheme is the same scheme. */
function owner(d: Diagnostic, names: NameMap): string | null {
  if (!d.declaration) return null;
  return d.declaration.kind === "scheme" ? "\u0000scheme" : names(d.declaration.name);
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
