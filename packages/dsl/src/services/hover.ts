/**
 * Hover: what a policy designer wants to know about the thing under the cursor — an
 * indicator's share of the score, its scoring curve and the ways to beat it, what a metric's
 * source invites, the gaming risks that fire on a declaration, a property's meaning.
 */
import type { Declaration, Expr, Range } from "../syntax/ast.ts";
import { analyze, type Analysis } from "../semantics/analyze.ts";
import type { Indicator, Scheme } from "../semantics/model.ts";
import { OBSERVABLE_BY_NAME } from "../semantics/observables.ts";
import { propertySpec } from "../semantics/properties.ts";
import { symbolAt } from "../semantics/symbols.ts";
import { pointsFor } from "../scoring/reference.ts";
import { CODES } from "../diagnostics/codes.ts";
import { clampOffset, contains, declarationAt, propertyAt, sourceText } from "./locate.ts";
import { codeSpan, escapeMarkdown, messageMarkdown, percent } from "./markdown.ts";
import { isMetricSource, SOURCE_RISKS } from "./source-risks.ts";
import { t, type Lang } from "../i18n/translate.ts";
import { exploitsMarkdown, indicatorExploits } from "./indicator-exploits.ts";

export interface Hover {
  /** Markdown. Every piece of user text in it is escaped; it holds no HTML and no links. */
  contents: string;
  range: Range;
}

/** The hover at `offset`; property descriptions in `lang`. */
export function hover(text: string, offset: number, analysis: Analysis = analyze(text), lang: Lang = "en"): Hover | null {
  const o = clampOffset(text, offset);
  const { file, symbols } = analysis;

  const sym = symbolAt(symbols, file, o);
  if (sym) {
    if (sym.declaration) return { contents: describeDeclaration(sym.declaration, text, analysis, lang), range: sym.range };
    if (sym.name === "score") return { contents: "**score** (built-in)\n\nThe total score before gates apply; usable in a gate's `when`.", range: sym.range };
    return null;
  }

  const decl = declarationAt(file, o);
  if (!decl) return null;
  if (contains(decl.keywordRange, o)) return { contents: `**${decl.kind}** declaration`, range: decl.keywordRange };
  const prop = propertyAt(decl, o);
  if (!prop) return null;
  if (contains(prop.key.range, o)) {
    const spec = propertySpec(decl.kind, prop.key.text);
    if (!spec) return null;
    return { contents: `**${spec.key}** (${t(lang, "hover.property", { kind: decl.kind, required: spec.required ? "yes" : "no" })})\n\n${t(lang, spec.docKey)}`, range: prop.key.range };
  }
  if (prop.key.text === "observes" && prop.value.kind === "expr") {
    const name = sourceText(text, prop.value.range);
    const ob = OBSERVABLE_BY_NAME.get(name);
    if (ob) return { contents: `**observable** ${codeSpan(ob.name)} (${ob.aspect})\n\n${ob.description}`, range: prop.value.range };
  }
  if (prop.key.text === "source" && prop.value.kind === "expr") {
    const word = sourceText(text, prop.value.range);
    if (isMetricSource(word)) return { contents: `**source ${word}**\n\n${SOURCE_RISKS[word]}`, range: prop.value.range };
  }
  return null;
}

function describeDeclaration(decl: Declaration, text: string, analysis: Analysis, lang: Lang): string {
  const name = decl.name?.text ?? "";
  const head = `**${decl.kind}** ${codeSpan(name)}${decl.label ? ` — ${escapeMarkdown(decl.label.value)}` : ""}`;
  const parts = [head];
  const scheme = analysis.scheme;
  // After the gaming risks: the ways to beat an indicator read best beside the lints that name them.
  let exploitsSection: string | null = null;
  const prop = (key: string) => decl.properties.find((p) => p.key.text === key);
  const written = (key: string) => {
    const p = prop(key);
    return p ? sourceText(text, p.value.range) : null;
  };

  switch (decl.kind) {
    case "indicator": {
      const ind = scheme?.indicators.find((i) => i.name === name);
      if (ind) {
        parts.push(`Effective weight: **${percent(ind.effectiveWeight)}** of the score (weight ${num(ind.weight)}${ind.group ? ` in group ${codeSpan(ind.group)}` : " at the top level"}).`);
        const aspect = ind.aspect ? `, aspect ${ind.aspect}${ind.aspectInferred ? " (inferred)" : ""}` : "";
        parts.push(`Value ${codeSpan(sourceText(text, ind.value.range))}, better ${ind.better}${aspect}.`);
        parts.push(curve(ind, isPercent(decl, "floor") || isPercent(decl, "target") || decl.properties.some((p) => p.value.kind === "step" && p.value.threshold.kind === "number" && p.value.threshold.percent)));
        exploitsSection = exploitsMarkdown(scheme!, indicatorExploits(scheme!, ind), codeSpan, messageMarkdown, lang);
      } else {
        const w = written("weight");
        if (w) parts.push(`Weight ${escapeMarkdown(w)}. The effective weight and the scoring curve appear once the file has no errors.`);
      }
      break;
    }
    case "metric": {
      const m = scheme?.metrics.find((x) => x.name === name);
      const type = m?.type ?? written("type");
      const source = m?.source ?? written("source");
      if (type) parts.push(`Type: ${escapeMarkdown(type)}.`);
      if (source && isMetricSource(source)) parts.push(`Source **${source}**: ${SOURCE_RISKS[source]}`);
      else parts.push("Source not stated: say who produces the figure (`source system`, `self`, …), since that decides how it can be gamed.");
      const audit = m ? m.audit : null;
      const auditText = m ? (audit !== null ? `${percent(audit)} of records independently re-checked.` : "not audited.") : written("audit") ? `${escapeMarkdown(written("audit")!)} of records re-checked.` : "not audited.";
      parts.push(`Audit: ${auditText}`);
      const observes = m?.observes ?? written("observes");
      if (observes) {
        const ob = OBSERVABLE_BY_NAME.get(observes);
        parts.push(`Observes ${codeSpan(observes)}${ob ? `: ${ob.description}` : ""}`);
      }
      if (scheme) {
        const feeds = scheme.indicators.filter((i) => readsName(i.value, name));
        if (feeds.length > 0) parts.push(`Feeds: ${feeds.map((i) => `${codeSpan(i.name)} (${percent(i.effectiveWeight)})`).join(", ")}.`);
      }
      break;
    }
    case "group": {
      const g = scheme?.groups.find((x) => x.name === name);
      if (g) {
        parts.push(`Effective weight: **${percent(g.effectiveWeight)}** of the score (weight ${num(g.weight)}${g.group ? ` in group ${codeSpan(g.group)}` : " at the top level"}).`);
        const members = scheme!.members.get(name) ?? [];
        if (members.length > 0) parts.push(`Members: ${members.map((mb) => codeSpan(mb.name)).join(", ")}.`);
      } else if (written("weight")) parts.push(`Weight ${escapeMarkdown(written("weight")!)}.`);
      break;
    }
    case "rating": {
      const r = scheme?.ratings.find((x) => x.name === name);
      const min = r ? (r.min === null ? null : num(r.min)) : written("min");
      parts.push(min === null ? "Fallback band: the rating of everyone who reaches no other band." : `Minimum score: ${escapeMarkdown(min)}.`);
      const quota = r?.quota ? `${escapeMarkdown(r.quota.shareText)}${r.quota.of ? ` of ${codeSpan(r.quota.of)}` : " of the pool"}` : written("quota") ? escapeMarkdown(written("quota")!) : null;
      parts.push(`Quota: ${quota ?? "none"}.`);
      const reward = r ? percent(r.reward) : written("reward") ?? "0%";
      parts.push(`Reward: ${escapeMarkdown(reward)} of salary.`);
      break;
    }
    case "gate": {
      const when = written("when");
      const cap = written("cap");
      if (when) parts.push(`When ${codeSpan(when)}`);
      if (cap) parts.push(`Then: cap ${escapeMarkdown(cap)}.`);
      break;
    }
    default:
      break;
  }

  const note = prop("note");
  if (note?.value.kind === "expr" && note.value.expr.kind === "string") parts.push(`Note: ${escapeMarkdown(note.value.expr.value)}`);
  const basis = prop("basis");
  if (basis?.value.kind === "expr" && basis.value.expr.kind === "string") parts.push(`Basis: ${escapeMarkdown(basis.value.expr.value)}`);
  const risks = gamingRisks(decl, analysis);
  if (risks.length > 0) parts.push(`**Gaming risks**\n\n${risks.join("\n")}`);
  if (exploitsSection) parts.push(exploitsSection);
  return parts.join("\n\n");
}

/** KPI2xx diagnostics about this declaration, silenced ones with the reason given. */
function gamingRisks(decl: Declaration, analysis: Analysis): string[] {
  const name = decl.name?.text;
  return analysis.diagnostics
    .filter((d) => d.code.startsWith("KPI2") && (d.declaration ? d.declaration.name === name && d.declaration.kind === decl.kind : contains(decl.range, d.range.start.offset)))
    .map((d) => {
      const title = CODES[d.code].title;
      const silenced = d.suppressed ? ` (silenced: ${escapeMarkdown(d.suppressed.reason)})` : "";
      return `- ${d.code} ${title}: ${messageMarkdown(d.message)}${silenced}`;
    });
}

/**
 * A small text plot of points against value: a row per threshold (and a few points between
 * floor and target), with a bar of block characters. Plain text in a code block renders the
 * same in every editor and carries no user text.
 */
export function curve(ind: Indicator, asPercent: boolean): string {
  const values: number[] = [];
  if (ind.steps.length > 0) {
    for (const s of ind.steps) values.push(s.threshold);
    const least = ind.steps[ind.steps.length - 1]!.threshold;
    const most = ind.steps[0]!.threshold;
    const span = Math.abs(most - least) || Math.abs(least) || 1;
    values.push(ind.better === "higher" ? least - span / 4 : least + span / 4);
  } else if (ind.floor !== null && ind.target !== null) {
    for (let i = 0; i <= 4; i++) values.push(ind.floor + ((ind.target - ind.floor) * i) / 4);
    if (ind.cap > 100) values.push(ind.target + (ind.target - ind.floor) * ((ind.cap - 100) / 100));
  }
  const rows = [...new Set(values)]
    .sort((a, b) => (ind.better === "higher" ? b - a : a - b))
    .map((v) => {
      const p = pointsFor(ind, v);
      return { value: asPercent ? percent(v) : num(v), points: num(p), bar: "█".repeat(Math.max(0, Math.min(20, Math.round(p / 10)))) || "·" };
    });
  const w1 = Math.max(5, ...rows.map((r) => r.value.length));
  const w2 = Math.max(6, ...rows.map((r) => r.points.length));
  const lines = [`${"value".padStart(w1)}  ${"points".padStart(w2)}`];
  for (const r of rows) lines.push(`${r.value.padStart(w1)}  ${r.points.padStart(w2)}  ${r.bar}`);
  const how = ind.steps.length > 0 ? `steps, first met wins, better ${ind.better}` : `straight line from floor to target, capped at ${num(ind.cap)}`;
  return `Scoring curve (${how}):\n\n\`\`\`text\n${lines.join("\n")}\n\`\`\``;
}

function isPercent(decl: Declaration, key: string): boolean {
  const p = decl.properties.find((x) => x.key.text === key);
  return p?.value.kind === "expr" && p.value.expr.kind === "number" && p.value.expr.percent;
}

function readsName(e: Expr, name: string): boolean {
  switch (e.kind) {
    case "name":
      return e.name === name;
    case "member":
      return e.object.text === name;
    case "unary":
      return readsName(e.operand, name);
    case "binary":
      return readsName(e.left, name) || readsName(e.right, name);
    case "call":
      return e.args.some((a) => readsName(a, name));
    case "paren":
      return readsName(e.expr, name);
    default:
      return false;
  }
}

/** Numbers as a person writes them: no float noise (0.1 + 0.2), no needless decimals. */
function num(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  return String(Math.round(n * 100) / 100);
}

export type { Scheme };
