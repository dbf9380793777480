/**
 * Hover: what a policy designer wants to know about the thing under the cursor — an
 * indicator's share of the score, its scoring curve and the ways to beat it, what a metric's
 * source invites, the gaming risks that fire on a declaration, a property's meaning.
 */
import type { Declaration, Expr, Range, SchemeFile } from "../syntax/ast.ts";
import { analyze, type Analysis } from "../semantics/analyze.ts";
import type { Indicator, Scheme } from "../semantics/model.ts";
import { OBSERVABLE_BY_NAME } from "../semantics/observables.ts";
import { propertySpec } from "../semantics/properties.ts";
import { symbolAt, walkExpr } from "../semantics/symbols.ts";
import { pointsFor } from "../scoring/reference.ts";
import { CODES, codeTitle, type DiagnosticCode } from "../diagnostics/codes.ts";
import { codeKind, parseDirective } from "../semantics/suppressions.ts";
import { clampOffset, contains, declarationAt, propertyAt, sourceText } from "./locate.ts";
import { codeSpan, escapeMarkdown, messageMarkdown } from "./markdown.ts";
import { percentText } from "../format/percent.ts";
import { isMetricSource, SOURCE_RISKS } from "./source-risks.ts";
import { t, type Lang, type MessageKey } from "../i18n/translate.ts";
import { vocabularyWords } from "../i18n/vocabulary-words.ts";
import { localizeDiagnostic } from "../diagnostics/diagnostic.ts";
import { FUNCTIONS, type FunctionName } from "../syntax/vocabulary.ts";
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

  const directive = directiveHover(file.comments, o, lang);
  if (directive) return directive;

  const sym = symbolAt(symbols, file, o);
  if (sym) {
    if (sym.declaration) return { contents: describeDeclaration(sym.declaration, text, analysis, lang), range: sym.range };
    if (sym.name === "score") return { contents: t(lang, "hover.score"), range: sym.range };
    return null;
  }

  const decl = declarationAt(file, o);
  if (!decl) return null;
  const onLabel = decl.label !== null && decl.label !== undefined && contains(decl.label.range, o);
  if (contains(decl.keywordRange, o) || (onLabel && !decl.name)) {
    // The scheme has no name, so no symbol to hover: its keyword and title carry its note and basis.
    const general = t(lang, "hover.declaration", { kind: decl.kind, doc: t(lang, `hover.kind.${decl.kind}` as MessageKey) });
    const own = decl.name ? [] : [...(decl.label ? [`**${decl.kind}** — ${escapeMarkdown(decl.label.value)}`] : []), ...notes(decl, lang)];
    return { contents: [general, ...own].join("\n\n"), range: onLabel ? decl.label!.range : decl.keywordRange };
  }
  const prop = propertyAt(decl, o);
  if (!prop) return null;
  const call = prop.value.kind === "expr" ? functionAt(prop.value.expr, o) : null;
  if (call) {
    const name = call.callee.text as FunctionName;
    return {
      contents: t(lang, "hover.function", { name, doc: vocabularyWords(lang, "functions", name, FUNCTIONS[name].doc) }),
      range: call.callee.range,
    };
  }
  if (contains(prop.key.range, o)) {
    const spec = propertySpec(decl.kind, prop.key.text);
    if (!spec) return null;
    return {
      contents: `**${spec.key}** (${t(lang, "hover.property", { kind: decl.kind, required: spec.required ? "yes" : "no" })})\n\n${t(lang, spec.docKey)}`,
      range: prop.key.range,
    };
  }
  if (prop.key.text === "observes" && prop.value.kind === "expr") {
    const name = sourceText(text, prop.value.range);
    const ob = OBSERVABLE_BY_NAME.get(name);
    if (ob)
      return {
        contents: t(lang, "hover.observable", {
          name: codeSpan(ob.name),
          aspect: ob.aspect,
          description: vocabularyWords(lang, "observables", ob.name, ob.description),
        }),
        range: prop.value.range,
      };
  }
  if (prop.key.text === "source" && prop.value.kind === "expr") {
    const word = sourceText(text, prop.value.range);
    if (isMetricSource(word))
      return { contents: `**source ${word}**\n\n${vocabularyWords(lang, "sources", word, SOURCE_RISKS[word])}`, range: prop.value.range };
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
        parts.push(weightLine(lang, ind.effectiveWeight, ind.weight, ind.group));
        const aspect = ind.aspect
          ? t(lang, "hover.indicator.aspect", { aspect: ind.aspect, inferred: ind.aspectInferred ? "yes" : "no" })
          : "";
        parts.push(t(lang, "hover.indicator.value", { value: codeSpan(sourceText(text, ind.value.range)), better: ind.better, aspect }));
        parts.push(
          curve(
            lang,
            ind,
            isPercent(decl, "floor") ||
              isPercent(decl, "target") ||
              decl.properties.some((p) => p.value.kind === "step" && p.value.threshold.kind === "number" && p.value.threshold.percent),
          ),
        );
        exploitsSection = exploitsMarkdown(scheme!, indicatorExploits(scheme!, ind), codeSpan, messageMarkdown, lang);
      } else {
        const w = written("weight");
        if (w) parts.push(t(lang, "hover.indicator.pending", { weight: escapeMarkdown(w) }));
      }
      break;
    }
    case "metric": {
      const m = scheme?.metrics.find((x) => x.name === name);
      const type = m?.type ?? written("type");
      const source = m?.source ?? written("source");
      if (type) parts.push(t(lang, "hover.metric.type", { type: escapeMarkdown(type) }));
      if (source && isMetricSource(source))
        parts.push(t(lang, "hover.metric.source", { source, risk: vocabularyWords(lang, "sources", source, SOURCE_RISKS[source]) }));
      else parts.push(t(lang, "hover.metric.noSource"));
      const audit = m ? m.audit : null;
      const notAudited = t(lang, "hover.metric.notAudited");
      const auditText = m
        ? audit !== null
          ? t(lang, "hover.metric.audited", { share: percentText(audit) })
          : notAudited
        : written("audit")
          ? t(lang, "hover.metric.auditWritten", { share: escapeMarkdown(written("audit")!) })
          : notAudited;
      parts.push(t(lang, "hover.metric.audit", { audit: auditText }));
      const observes = m?.observes ?? written("observes");
      if (observes) {
        const ob = OBSERVABLE_BY_NAME.get(observes);
        parts.push(
          t(lang, "hover.metric.observes", {
            name: codeSpan(observes),
            description: ob ? `: ${vocabularyWords(lang, "observables", ob.name, ob.description)}` : "",
          }),
        );
      }
      if (scheme) {
        const feeds = scheme.indicators.filter((i) => readsName(i.value, name));
        if (feeds.length > 0)
          parts.push(
            t(lang, "hover.metric.feeds", { list: feeds.map((i) => `${codeSpan(i.name)} (${percentText(i.effectiveWeight)})`).join(", ") }),
          );
      }
      break;
    }
    case "group": {
      const g = scheme?.groups.find((x) => x.name === name);
      if (g) {
        parts.push(weightLine(lang, g.effectiveWeight, g.weight, g.group));
        const members = scheme!.members.get(name) ?? [];
        if (members.length > 0) parts.push(t(lang, "hover.group.members", { list: members.map((mb) => codeSpan(mb.name)).join(", ") }));
      } else if (written("weight")) parts.push(t(lang, "hover.group.weight", { weight: escapeMarkdown(written("weight")!) }));
      break;
    }
    case "rating": {
      const r = scheme?.ratings.find((x) => x.name === name);
      const min = r ? (r.min === null ? null : num(r.min)) : written("min");
      parts.push(min === null ? t(lang, "hover.rating.fallback") : t(lang, "hover.rating.min", { min: escapeMarkdown(min) }));
      const share = r?.quota ? escapeMarkdown(r.quota.shareText) : "";
      const quota = r?.quota
        ? r.quota.of
          ? t(lang, "hover.rating.quotaOf", { share, band: codeSpan(r.quota.of) })
          : t(lang, "hover.rating.quotaPool", { share })
        : written("quota")
          ? escapeMarkdown(written("quota")!)
          : null;
      parts.push(t(lang, "hover.rating.quota", { quota: quota ?? t(lang, "hover.rating.noQuota") }));
      const reward = r ? percentText(r.reward) : (written("reward") ?? "0%");
      parts.push(t(lang, "hover.rating.reward", { reward: escapeMarkdown(reward) }));
      break;
    }
    case "gate": {
      const when = written("when");
      const cap = written("cap");
      if (when) parts.push(t(lang, "hover.gate.when", { when: codeSpan(when) }));
      if (cap) parts.push(t(lang, "hover.gate.cap", { cap: escapeMarkdown(cap) }));
      break;
    }
    default:
      break;
  }

  parts.push(...notes(decl, lang));
  const risks = gamingRisks(decl, analysis, lang);
  if (risks.length > 0) parts.push(`${t(lang, "hover.risks")}\n\n${risks.join("\n")}`);
  if (exploitsSection) parts.push(exploitsSection);
  return parts.join("\n\n");
}

/** A declaration's `note` and `basis`, escaped. */
function notes(decl: Declaration, lang: Lang): string[] {
  const text = (key: string): string | null => {
    const p = decl.properties.find((x) => x.key.text === key);
    return p?.value.kind === "expr" && p.value.expr.kind === "string" ? escapeMarkdown(p.value.expr.value) : null;
  };
  const note = text("note");
  const basis = text("basis");
  return [...(note !== null ? [t(lang, "hover.note", { note })] : []), ...(basis !== null ? [t(lang, "hover.basis", { basis })] : [])];
}

/** KPI2xx diagnostics about this declaration, silenced ones with the reason given. */
function gamingRisks(decl: Declaration, analysis: Analysis, lang: Lang): string[] {
  const name = decl.name?.text;
  return analysis.diagnostics
    .filter(
      (d) =>
        d.code.startsWith("KPI2") &&
        (d.declaration ? d.declaration.name === name && d.declaration.kind === decl.kind : contains(decl.range, d.range.start.offset)),
    )
    .map((d) => {
      const title = lang === "en" ? CODES[d.code].title : t(lang, `code.${d.code}.title` as MessageKey);
      const silenced = d.suppressed ? t(lang, "hover.silenced", { reason: escapeMarkdown(d.suppressed.reason) }) : "";
      return `- ${d.code} ${title}: ${messageMarkdown(localizeDiagnostic(d, lang).message)}${silenced}`;
    });
}

/**
 * A small text plot of points against value: a row per threshold (and a few points between
 * floor and target), with a bar of block characters. Plain text in a code block renders the
 * same in every editor and carries no user text.
 */
export function curve(lang: Lang, ind: Indicator, asPercent: boolean): string {
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
  const sorted = [...new Set(values)].sort((a, b) => (ind.better === "higher" ? b - a : a - b));
  // Percents get the decimals that tell the rows apart (floor 0.001% target 0.01% is five
  // rows, not five of "0%"); one decimal when that is enough.
  let decimals = 1;
  while (asPercent && decimals < 7 && new Set(sorted.map((v) => percentText(v, decimals))).size < sorted.length) decimals++;
  const rows = sorted.map((v) => {
    const p = pointsFor(ind, v);
    return {
      value: asPercent ? percentText(v, decimals) : num(v),
      points: num(p),
      bar: "█".repeat(Math.max(0, Math.min(20, Math.round(p / 10)))) || "·",
    };
  });
  const valueWord = t(lang, "hover.curve.value");
  const pointsWord = t(lang, "hover.curve.points");
  const w1 = Math.max(valueWord.length, ...rows.map((r) => r.value.length));
  const w2 = Math.max(pointsWord.length, ...rows.map((r) => r.points.length));
  const lines = [`${valueWord.padStart(w1)}  ${pointsWord.padStart(w2)}`];
  for (const r of rows) lines.push(`${r.value.padStart(w1)}  ${r.points.padStart(w2)}  ${r.bar}`);
  const how =
    ind.steps.length > 0 ? t(lang, "hover.curve.steps", { better: ind.better }) : t(lang, "hover.curve.line", { cap: num(ind.cap) });
  return `${t(lang, "hover.curve", { how })}\n\n\`\`\`text\n${lines.join("\n")}\n\`\`\``;
}

/**
 * A `goodhart-ignore` comment: what each code it names does there. A mistyped code or an
 * error's code silences nothing, and on a declaration with no warning left to carry a note
 * (suppressions.ts) this is where the designer finds out.
 */
function directiveHover(comments: SchemeFile["comments"], o: number, lang: Lang): Hover | null {
  const c = comments.find((x) => x.range.start.offset <= o && o < x.range.end.offset);
  const d = c ? parseDirective(c.text, c.range.start.line) : null;
  if (!c || !d) return null;
  const codes = Object.keys(CODES);
  const lines = d.codes.map((code) => {
    const kind = codeKind(code);
    if (kind === "unknown")
      return t(lang, "hover.directive.unknown", { code: code.replace(/`/g, ""), first: codes[0]!, last: codes[codes.length - 1]! });
    const title = codeTitle(code as DiagnosticCode, lang);
    if (kind === "error") return t(lang, "hover.directive.error", { code, title });
    return t(lang, "hover.directive.silences", { code, title, reason: d.reason === null ? "none" : "given" });
  });
  return { contents: [t(lang, "hover.directive"), lines.join("\n")].join("\n\n"), range: c.range };
}

/** "Effective weight: 18% of the score (weight 30 in group `work`)." */
function weightLine(lang: Lang, effective: number, weight: number, group: string | null): string {
  const where = group ? t(lang, "hover.where.group", { group: codeSpan(group) }) : t(lang, "hover.where.top");
  return t(lang, "hover.weight", { share: percentText(effective), weight: num(weight), where });
}

/** The call of a built-in function whose name covers `offset`, if any. */
function functionAt(e: Expr, offset: number): Extract<Expr, { kind: "call" }> | null {
  let found: Extract<Expr, { kind: "call" }> | null = null;
  walkExpr(e, (n) => {
    if (n.kind === "call" && Object.hasOwn(FUNCTIONS, n.callee.text) && contains(n.callee.range, offset)) found = n;
  });
  return found;
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
