/**
 * Which declaration of the old file is which of the new. Names pair first (same kind, same
 * name). What is left unpaired on both sides may be a rename: a removed and an added
 * declaration of one kind whose bodies are the same once earlier renames are followed. Renames
 * are found to a fixed point, so renaming a metric and the indicator that reads it pairs both.
 */
import type { Declaration, DeclarationKind } from "../syntax/ast.ts";
import { walkExpr } from "../semantics/symbols.ts";
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
  /** Removed indicators whose weight went to several added ones (still listed as removed/added). */
  splits: { old: Declaration; into: Declaration[] }[];
}

export const nameOf = (d: Declaration): string => d.name?.text ?? "";

/** Maps an old file's names to the names they are compared under in the new file. */
export function renameMap(renames: Map<string, string>): NameMap {
  return renames.size === 0 ? identity : (n) => renames.get(n) ?? n;
}

/** The body as a multiset of (key, value), the label left out: a rename may relabel too. */
function bodyKey(d: Declaration, names: NameMap): string {
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
  const splits = findSplits(removed, added, renameMap(renames));
  const inSplit = new Set(splits.flatMap((x) => [x.old, ...x.into]));
  // A rename with an edit: what is left, paired when only one property differs.
  for (const [o, n] of findEditedRenames(
    removed.filter((d) => !inSplit.has(d)),
    added.filter((d) => !inSplit.has(d)),
    renameMap(renames),
  )) {
    renames.set(nameOf(o), nameOf(n));
    pairs.push({ old: o, new: n, renamed: true });
    removed = removed.filter((d) => d !== o);
    added = added.filter((d) => d !== n);
  }
  return { pairs, added, removed, renames, splits };
}

/** Key → normalised values (sorted, for repeated keys) of a declaration's body. */
function bodyMap(d: Declaration, names: NameMap): Map<string, string> {
  const out = new Map<string, string[]>();
  for (const p of d.properties) out.set(p.key.text, [...(out.get(p.key.text) ?? []), valueKey(p.key.text, p.value, names)]);
  return new Map([...out].map(([k, v]) => [k, v.sort().join("\n")]));
}

/** How many keys differ between two bodies, and how many are equal. */
function likeness(o: Declaration, n: Declaration, names: NameMap): { differ: number; same: number } {
  const a = bodyMap(o, names);
  const b = bodyMap(n, identity);
  let differ = 0;
  let same = 0;
  for (const k of new Set([...a.keys(), ...b.keys()])) {
    if (a.get(k) === b.get(k)) same++;
    else differ++;
  }
  return { differ, same };
}

/**
 * A removed and an added declaration of one kind that differ in one property (and share at
 * least two), or that keep their label and differ in at most two, are one declaration renamed
 * and edited — when neither has another such candidate.
 */
function closeMatch(o: Declaration, n: Declaration, names: NameMap): boolean {
  if (o.kind !== n.kind || !o.name || !n.name) return false;
  const { differ, same } = likeness(o, n, names);
  const sameLabel = o.label !== undefined && o.label !== null && o.label.value === n.label?.value;
  return (differ <= 1 && same >= 2) || (sameLabel && differ <= 2 && same >= 1);
}

function findEditedRenames(removed: Declaration[], added: Declaration[], names: NameMap): [Declaration, Declaration][] {
  const close = (o: Declaration, n: Declaration) => closeMatch(o, n, names);
  const out: [Declaration, Declaration][] = [];
  for (const o of removed) {
    const cands = added.filter((n) => close(o, n));
    if (cands.length !== 1) continue;
    const n = cands[0]!;
    if (removed.filter((x) => close(x, n)).length !== 1) continue;
    out.push([o, n]);
  }
  return out;
}

/** Names an indicator's `value` reads. */
function reads(d: Declaration, names: NameMap): Set<string> {
  const out = new Set<string>();
  for (const p of d.properties) {
    if (p.key.text !== "value" || p.value.kind !== "expr") continue;
    walkExpr(p.value.expr, (e) => {
      if (e.kind === "name") out.add(names(e.name));
      if (e.kind === "member") out.add(names(e.object.text));
    });
  }
  return out;
}

/**
 * An indicator split in parts: a removed indicator and two or more added ones that each carry
 * its name as a prefix (`quality` → `quality_errors`, `quality_rework`) or read a metric it read.
 * A part found only by what it reads is not one when it is another removed indicator renamed
 * and edited (`rework` → `redo` beside `volume` split, both reading cases received).
 */
function findSplits(removed: Declaration[], added: Declaration[], names: NameMap): Pairing["splits"] {
  const out: Pairing["splits"] = [];
  const taken = new Set<Declaration>();
  for (const o of removed) {
    if (o.kind !== "indicator" || !o.name) continue;
    const before = reads(o, names);
    const parts = added.filter((n) => {
      if (n.kind !== "indicator" || !n.name || taken.has(n)) return false;
      if (nameOf(n).startsWith(`${nameOf(o)}_`)) return true;
      if (removed.some((x) => x !== o && closeMatch(x, n, names))) return false;
      return [...reads(n, identity)].some((x) => before.has(x));
    });
    if (parts.length < 2) continue;
    parts.forEach((p) => taken.add(p));
    out.push({ old: o, into: parts });
  }
  return out;
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
