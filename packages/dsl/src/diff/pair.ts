/**
 * Which declaration of the old file is which of the new. Names pair first (same kind, same
 * name). What is left unpaired on both sides may be a rename: a removed and an added
 * declaration of one kind whose bodies are the same once earlier renames are followed. Renames
 * are found to a fixed point, so renaming a metric and the indicator that reads it pairs both.
 */
import type { Declaration, DeclarationKind } from "../syntax/ast.ts";
import { identity, valueKey, type NameMap } from "./normalise.ts";

export interface DeclarationPair {
  old: Declaration;
  new: Declaration;
  renamed: boolean;
}

export interface Pairing {
  pairs: DeclarationPair[];
  added: Declaration[];
  removed: Declaration[];
  /** Old name → new name, for every rename found. */
  renames: Map<string, string>;
}

export const nameOf = (d: Declaration): string => d.name?.text ?? "";

/** Maps an old file's names to the names they are compared under in the new file. */
export function renameMap(renames: Map<string, string>): NameMap {
  return renames.size === 0 ? identity : (n) => renames.get(n) ?? n;
}

/** The body as a multiset of (key, value), the label left out: a rename may relabel too. */
export function bodyKey(d: Declaration, names: NameMap): string {
  return d.properties
    .map((p) => `${p.key.text}=${valueKey(p.key.text, p.value, names)}`)
    .sort()
    .join("\n");
}

export function pairDeclarations(oldDecls: Declaration[], newDecls: Declaration[]): Pairing {
  const pairs: DeclarationPair[] = [];
  const unpairedNew = new Map<string, Declaration[]>();
  for (const d of newDecls) {
    const k = `${d.kind}:${nameOf(d)}`;
    unpairedNew.set(k, [...(unpairedNew.get(k) ?? []), d]);
  }
  let removed: Declaration[] = [];
  for (const d of oldDecls) {
    const queue = unpairedNew.get(`${d.kind}:${nameOf(d)}`);
    const match = queue?.shift();
    if (match) pairs.push({ old: d, new: match, renamed: false });
    else removed.push(d);
  }
  let added = newDecls.filter((d) => unpairedNew.get(`${d.kind}:${nameOf(d)}`)?.includes(d));

  const renames = new Map<string, string>();
  for (;;) {
    const found = findRenames(removed, added, renameMap(renames));
    if (found.length === 0) break;
    for (const [o, n] of found) {
      renames.set(nameOf(o), nameOf(n));
      pairs.push({ old: o, new: n, renamed: true });
    }
    removed = removed.filter((d) => !found.some(([o]) => o === d));
    added = added.filter((d) => !found.some(([, n]) => n === d));
  }
  return { pairs, added, removed, renames };
}

function findRenames(removed: Declaration[], added: Declaration[], names: NameMap): [Declaration, Declaration][] {
  const buckets = new Map<string, { old: Declaration[]; new: Declaration[] }>();
  const bucket = (kind: DeclarationKind, body: string) => {
    const k = `${kind}\u0000${body}`;
    let b = buckets.get(k);
    if (!b) buckets.set(k, (b = { old: [], new: [] }));
    return b;
  };
  for (const d of removed) if (d.name) bucket(d.kind, bodyKey(d, names)).old.push(d);
  for (const d of added) if (d.name) bucket(d.kind, bodyKey(d, identity)).new.push(d);
  const found: [Declaration, Declaration][] = [];
  for (const b of buckets.values()) {
    if (b.old.length === 1 && b.new.length === 1) {
      found.push([b.old[0]!, b.new[0]!]);
      continue;
    }
    // Several look-alikes (bare `type count` metrics, say): only a label shared by exactly one
    // of each side says which is which; otherwise they stay added and removed.
    for (const o of b.old) {
      const label = o.label?.value;
      if (label === undefined) continue;
      const olds = b.old.filter((x) => x.label?.value === label);
      const news = b.new.filter((x) => x.label?.value === label);
      if (olds.length === 1 && news.length === 1) found.push([o, news[0]!]);
    }
  }
  return found;
}
