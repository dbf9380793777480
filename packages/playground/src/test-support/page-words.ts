/**
 * What the "in Vietnamese" tests read: a rendered page's words, the English a catalogue
 * holds for the parts under test, and a plain simulation summary to render charts from.
 */
import { CATALOGUES } from "@goodhart/dsl";
import { GAMING_KINDS, type Summary } from "../sim/result.ts";

/**
 * The page's words, without tags and with entities read back; with `labels`, also the words it
 * gives screen readers (aria labels, titles).
 */
export function pageWords(html: string, { labels = false }: { labels?: boolean } = {}): string {
  const shown = labels ? html.replace(/<[^>]+?(?:aria-label|title)="([^"]*)"[^>]*>/g, " $1 ") : html;
  return shown
    .replace(/<[^>]+>/g, " ")
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, "&");
}

/**
 * The English sentences of the catalogue entries whose keys `keys` matches, cut at their
 * placeholders and at `cut`, keeping the pieces `english` recognises as English words.
 */
export function catalogueEnglish(keys: RegExp, english: RegExp, cut = /\{[^}]*\}|[;:—()]/): string[] {
  return [
    ...new Set(
      Object.entries(CATALOGUES.en)
        .filter(([k]) => keys.test(k))
        .flatMap(([, v]) => v.split(cut))
        .map((s) => s.trim())
        .filter((s) => english.test(s)),
    ),
  ];
}

/** A simulation summary with round figures and the given rating shares. */
export function plainSummary(ratings: Summary["ratings"]): Summary {
  return {
    meanScore: 50,
    meanTrueValue: 40,
    gamingRate: 0.1,
    gaming: Object.fromEntries(GAMING_KINDS.map((k) => [k, 0.01])) as Summary["gaming"],
    falsifiedShare: 0.01,
    scoreTruthCorrelation: 0.5,
    scoreAbilityCorrelation: 0.5,
    ratings,
    morale: 0.8,
    hardBacklog: 1,
    meanEffort: 0.9,
    auditFailures: 0,
    meanReported: 40,
    amounts: { falseClosures: 0, falseTimes: 0, rushed: 0, deferred: 0, borrowed: 0, withheld: 0, abandoned: 0 },
  };
}
