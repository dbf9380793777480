/**
 * The rule for a partly given population mix, in one place: the checker reports what the
 * simulator would refuse, and the simulator fills what the checker lets through.
 *
 * Name some of the four type shares and the unnamed ones split what is left in proportion to
 * a base mix (the defaults for a `simulation` block; the block's mix for command-line flags).
 * Named shares above 100% in total are an error; all four named must sum to 100%.
 */
import { percentText } from "../format/percent.ts";

export const MIX_KEYS = ["saints", "honest", "reactive", "maniacs"] as const;
export type MixKey = (typeof MIX_KEYS)[number];
export type Mix = Record<MixKey, number>;
export type PartialMix = Partial<Record<MixKey, number | null | undefined>>;

const EPS = 1e-9;

export type MixOutcome = { ok: true; mix: Mix } | { ok: false; message: string };

const pct = (x: number): string => percentText(x, 2);

/** Why the named shares cannot be completed to a mix whatever the base, or null. */
export function mixProblem(given: PartialMix): string | null {
  const named = MIX_KEYS.filter((k) => typeof given[k] === "number");
  if (named.length === 0) return null;
  const sum = named.reduce((s, k) => s + given[k]!, 0);
  if (named.length === MIX_KEYS.length && Math.abs(sum - 1) > EPS) {
    return `the population shares (saints, honest, reactive, maniacs) sum to ${pct(sum)}, not 100%`;
  }
  if (sum > 1 + EPS) return `the population shares given (${named.join(", ")}) add up to ${pct(sum)}, more than 100%`;
  return null;
}

/** The named shares kept, the unnamed filling the rest in proportion to `base`. */
export function completeMix(given: PartialMix, base: Mix): MixOutcome {
  const problem = mixProblem(given);
  if (problem) return { ok: false, message: problem };
  const named = MIX_KEYS.filter((k) => typeof given[k] === "number");
  if (named.length === 0) return { ok: true, mix: { ...base } };
  const mix = { ...base };
  for (const k of named) mix[k] = given[k]!;
  if (named.length === MIX_KEYS.length) return { ok: true, mix };
  const rest = MIX_KEYS.filter((k) => !named.includes(k));
  const left = Math.max(0, 1 - named.reduce((s, k) => s + given[k]!, 0));
  const baseSum = rest.reduce((s, k) => s + base[k], 0);
  if (baseSum <= EPS) {
    if (left > EPS)
      return {
        ok: false,
        message: `the population shares given (${named.join(", ")}) leave ${pct(left)} of staff without a type; give ${rest.join(", ")} too`,
      };
    for (const k of rest) mix[k] = 0;
    return { ok: true, mix };
  }
  for (const k of rest) mix[k] = left * (base[k] / baseSum);
  return { ok: true, mix };
}
