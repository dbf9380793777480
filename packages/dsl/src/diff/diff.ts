/**
 * `goodhart diff`: two rule files compared as schemes, not as text. Declarations pair by kind
 * and name (or, when renamed, by an unchanged body or a body with one edit, pair.ts); each
 * property whose normalised value differs is one change; an added or removed declaration
 * carries its whole body, an indicator its share of the score; diagnostics that appear,
 * disappear, move or are accepted are listed (diagnostics.ts) and, when they sit on a changed
 * property or declaration, named in that change's sentence.
 */
import type { Diagnostic } from "../diagnostics/diagnostic.ts";
import { analyze, type Analysis } from "../semantics/analyze.ts";
import type { Scheme } from "../semantics/model.ts";
import type { Declaration, Property, Range } from "../syntax/ast.ts";
import { acceptedNote, changeSentence, diagnosticNote } from "./describe.ts";
import { acceptedEntry, changedEntry, diffDiagnostics, entry } from "./diagnostics.ts";
import { render, type Message } from "../i18n/translate.ts";
import { escapeString } from "../syntax/literals.ts";
import { defaultText } from "../semantics/properties.ts";
import { displayValue } from "./display.ts";
import { identity, valueKey, type NameMap } from "./normalise.ts";
import { nameOf, pairDeclarations, renameMap } from "./pair.ts";
import type { SchemeChange, SchemeDiff, WeightMove } from "./types.ts";

export interface DiffOptions {
  /** Analyses the caller already holds (the playground does), to save analysing again. */
  oldAnalysis?: Analysis;
  newAnalysis?: Analysis;
  /**
   * A side that is no file at all (`/dev/null` for an added or deleted file): no declarations
   * and no diagnostics of its own, where an empty text would report a missing fallback band.
   */
  absent?: { old?: boolean; new?: boolean };
}

/** A change together with the source ranges it covers, so diagnostics can be tied to it. */
interface Located {
  change: SchemeChange;
  /** `kind:name` in the new file (the old file's for removed declarations). */
  owner: string;
  oldRanges: Range[];
  newRanges: Range[];
  notes: Message[];
}

export function diffSchemes(oldText: string, newText: string, options: DiffOptions = {}): SchemeDiff {
  const before = options.absent?.old ? nothing() : (options.oldAnalysis ?? analyze(oldText));
  const after = options.absent?.new ? nothing() : (options.newAnalysis ?? analyze(newText));
  const pairing = pairDeclarations(before.file.declarations, after.file.declarations);
  const names = renameMap(pairing.renames);
  const located: Located[] = [];

  const byNewOrder = [...pairing.pairs].sort((a, b) => a.new.range.start.offset - b.new.range.start.offset);
  const addedSet = new Set(pairing.added);
  for (const d of after.file.declarations) {
    if (addedSet.has(d)) {
      located.push(declarationChange(d, "added", after.scheme));
      continue;
    }
    const pair = byNewOrder.find((p) => p.new === d);
    if (!pair) continue;
    const owner = `${d.kind}:${nameOf(d)}`;
    if (pair.renamed) {
      const o = nameOf(pair.old);
      const n = nameOf(d);
      located.push({
        change: { kind: "renamed", declaration: d.kind, name: n, old: o, new: n, text: "" },
        owner,
        oldRanges: [pair.old.name!.range],
        newRanges: [d.name!.range],
        notes: [],
      });
    }
    located.push(...propertyChanges(pair.old, d, names, owner, { old: before.scheme, new: after.scheme }));
  }
  for (const d of pairing.removed) located.push(declarationChange(d, "removed", before.scheme));
  markSplits(
    located,
    pairing.splits.map((x) => ({ old: nameOf(x.old), into: x.into.map(nameOf) })),
  );

  const delta = diffDiagnostics(before.diagnostics, after.diagnostics, pairing.renames, names);
  // Scheme-wide findings are filed under the scheme's title; they belong to no single change.
  const ownerOf = (d: Diagnostic, map: NameMap) =>
    !d.declaration ? null : d.declaration.kind === "scheme" ? "scheme-wide" : `${d.declaration.kind}:${map(d.declaration.name)}`;
  for (const d of delta.added) attach(located, d, true, ownerOf(d, identity));
  for (const d of delta.removed) attach(located, d, false, ownerOf(d, names));
  for (const d of delta.accepted) attach(located, d, true, ownerOf(d, identity), acceptedNote(d.code, d.suppressed?.reason ?? ""));

  return {
    changes: sentences(
      located.map((l) => (l.notes.length ? { ...l.change, notes: l.notes.map((m) => render("en", m)), noteMessages: l.notes } : l.change)),
    ),
    effectiveWeights: before.scheme && after.scheme ? movedWeights(before.scheme, after.scheme, pairing.renames) : {},
    diagnostics: {
      added: delta.added.map(entry),
      removed: delta.removed.map(entry),
      changed: delta.changed.map(changedEntry),
      accepted: delta.accepted.map(acceptedEntry),
    },
  };
}

/** Every change's `text`: its plain sentence. */
function sentences(changes: SchemeChange[]): SchemeChange[] {
  return changes.map((c) => ({ ...c, text: changeSentence(c, undefined, changes) }));
}

/** No file: nothing declared, nothing to diagnose. */
function nothing(): Analysis {
  return { ...analyze(""), diagnostics: [], scheme: null };
}

/** The body as the formatter prints it: key → text, repeated keys (`step`) joined with ", ". */
function propertiesOf(d: Declaration): Record<string, string> {
  const out: Record<string, string> = Object.create(null);
  for (const p of d.properties) {
    const text = displayValue(p.value);
    out[p.key.text] = out[p.key.text] === undefined ? text : `${out[p.key.text]}, ${text}`;
  }
  return out;
}

/** `indicator quality split into quality_errors, quality_rework: 40% → 20% + 20% of the score`. */
function markSplits(located: Located[], splits: { old: string; into: string[] }[]): void {
  for (const s of splits) {
    const removed = located.find((l) => l.change.kind === "removed" && l.change.declaration === "indicator" && l.change.name === s.old);
    const parts = s.into.map(
      (n) => located.find((l) => l.change.kind === "added" && l.change.declaration === "indicator" && l.change.name === n)!,
    );
    if (!removed) continue;
    removed.change = { ...removed.change, splitInto: s.into };
    for (const p of parts) p.change = { ...p.change, splitFrom: s.old };
    // The parts read best right after the sentence that names them.
    located.splice(located.indexOf(removed), 1);
    located.splice(Math.min(...parts.map((p) => located.indexOf(p))), 0, removed);
  }
}

function declarationChange(d: Declaration, kind: "added" | "removed", scheme: Scheme | null): Located {
  const name = nameOf(d);
  const ranges = [d.range];
  const properties = propertiesOf(d);
  const share = d.kind === "indicator" ? scheme?.indicators.find((i) => i.name === name)?.effectiveWeight : undefined;
  return {
    change: {
      kind,
      declaration: d.kind,
      name,
      ...(d.label ? { label: d.label.value } : {}),
      properties,
      ...(share === undefined ? {} : { share }),
      text: "",
    },
    owner: `${d.kind}:${name}`,
    oldRanges: kind === "removed" ? ranges : [],
    newRanges: kind === "added" ? ranges : [],
    notes: [],
  };
}

function propertyChanges(
  o: Declaration,
  n: Declaration,
  names: NameMap,
  owner: string,
  schemes: { old: Scheme | null; new: Scheme | null },
): Located[] {
  const out: Located[] = [];
  const name = nameOf(n);
  /** An indicator's aspect where the file does not write it: the one inferred from its metrics. */
  const inferredAspect = (side: "old" | "new"): string | null => {
    const own = side === "old" ? nameOf(o) : name;
    return schemes[side]?.indicators.find((i) => i.name === own)?.aspect ?? null;
  };
  const push = (property: string, oldValue: string | null, newValue: string | null, oldRanges: Range[], newRanges: Range[]) => {
    // Added or removed, the property on the other side is not nothing: it is the default (an
    // indicator's aspect, the one inferred from what it reads).
    const lacking = oldValue === null ? "old" : newValue === null ? "new" : null;
    const fallback =
      lacking === null ? null : n.kind === "indicator" && property === "aspect" ? inferredAspect(lacking) : defaultText(n.kind, property);
    out.push({
      change: {
        kind: "changed",
        declaration: n.kind,
        name,
        property,
        old: oldValue,
        new: newValue,
        ...(fallback === null ? {} : { default: fallback }),
        text: "",
      },
      owner,
      oldRanges,
      newRanges,
      notes: [],
    });
  };

  const oldLabel = o.label?.value ?? null;
  const newLabel = n.label?.value ?? null;
  if (oldLabel !== newLabel) {
    const show = (s: string | null) => (s === null ? null : escapeString(s));
    push("label", show(oldLabel), show(newLabel), o.label ? [o.label.range] : [], n.label ? [n.label.range] : []);
  }

  const keys = [...new Set([...n.properties, ...o.properties].map((p) => p.key.text))];
  for (const key of keys) {
    const olds = o.properties.filter((p) => p.key.text === key);
    const news = n.properties.filter((p) => p.key.text === key);
    // Repeated properties (`step`) compare as a multiset: their order carries no meaning.
    const sortedKeys = (ps: Property[], map: NameMap) =>
      ps
        .map((p) => valueKey(key, p.value, map))
        .sort()
        .join("\n");
    if (sortedKeys(olds, names) === sortedKeys(news, identity)) continue;
    const show = (ps: Property[]) => (ps.length === 0 ? null : ps.map((p) => displayValue(p.value)).join(", "));
    push(
      key,
      show(olds),
      show(news),
      olds.map((p) => p.range),
      news.map((p) => p.range),
    );
  }
  return out;
}

const within = (inner: Range, outer: Range) => inner.start.offset >= outer.start.offset && inner.end.offset <= outer.end.offset;

/**
 * Names the diagnostic in the change whose source holds it (a target's KPI201 in the target's
 * change). Failing that, only a change that stands for the whole declaration (added, removed,
 * renamed, or its one change) takes it: a KPI202 on an indicator caused by edits elsewhere
 * would mislead beside an unrelated property, so it stays in the diagnostics list alone.
 */
function attach(located: Located[], d: Diagnostic, appeared: boolean, owner: string | null, note = diagnosticNote(d.code, appeared)): void {
  const ranges = (l: Located) => (appeared ? l.newRanges : l.oldRanges);
  const mine = owner === null ? located : located.filter((l) => l.owner === owner);
  const whole = mine.length === 1 || mine[0]?.change.kind !== "changed" ? mine[0] : undefined;
  const target =
    mine.find((l) => l.change.kind === "changed" && ranges(l).some((r) => within(d.range, r))) ?? (owner === null ? undefined : whole);
  target?.notes.push(note);
}

function movedWeights(before: Scheme, after: Scheme, renames: Map<string, string>): Record<string, WeightMove> {
  const oldByNewName = new Map(before.indicators.map((i) => [renames.get(i.name) ?? i.name, i.effectiveWeight]));
  const moved: Record<string, WeightMove> = Object.create(null); // keyed by user names
  for (const i of after.indicators) {
    const old = oldByNewName.get(i.name);
    // Sums taken in another order differ in the last bits; that is not a move.
    if (old !== undefined && Math.abs(old - i.effectiveWeight) > 1e-9) moved[i.name] = { old, new: i.effectiveWeight };
  }
  return moved;
}
