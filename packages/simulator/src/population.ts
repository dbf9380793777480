/**
 * The synthetic workforce. Every trait of staff member i is a pure function of (seed, i), so a
 * worker simulating staff 1,000,000–1,999,999 builds exactly the people the parent would.
 */
import { normal, uniform, STREAM } from "./rng.ts";
import type { SimulationParams } from "./params.ts";

/** Bevan & Hood's four kinds of actor, in this order everywhere (arrays, tables, output). */
export const TYPES = ["saint", "honest", "reactive", "maniac"] as const;
export type StaffType = (typeof TYPES)[number];
const GOLDEN = 0.6180339887498949;

/**
 * Type by a Weyl sequence with a seeded phase: the shares come out exact to one person in any
 * contiguous run of staff (every team gets a fair mix), and the order still depends on the seed.
 */
export function typeOf(seed: number, i: number, p: SimulationParams): number {
  return typeSequence(seed, p)(i);
}

/** typeOf(seed, ·, p) with the phase and the shares looked up once, for a whole population. */
export function typeSequence(seed: number, p: SimulationParams): (i: number) => number {
  const phase = uniform(seed, 0, 0, STREAM.type);
  const shares = [p.saints, p.honest, p.reactive, p.maniacs];
  return (i) => {
    const x = (phase + i * GOLDEN) % 1;
    let cumulative = 0;
    let last = 0;
    for (let t = 0; t < 4; t++) {
      if (shares[t]! <= 0) continue;
      cumulative += shares[t]!;
      last = t;
      if (x < cumulative) return t;
    }
    // Shares summing to 0.9999999999 in floating point must not create a type set to 0%.
    return last;
  };
}

/** Standard-normal ability score; throughput is 1 + abilitySpread × it (see docs/model.md). */
export function abilityZ(seed: number, i: number): number {
  return normal(seed, i, 0, STREAM.ability);
}

export function abilityOf(seed: number, i: number, spread: number): number {
  return Math.max(0.2, 1 + spread * abilityZ(seed, i));
}

/** Traits of staff [start, end), in typed arrays indexed from 0. */
export interface Population {
  start: number;
  end: number;
  type: Uint8Array;
  abilityZ: Float64Array;
  motivation: Float64Array;
  risk: Float64Array;
  moraleStart: Float64Array;
}

export function makePopulation(p: SimulationParams, start: number, end: number): Population {
  const n = end - start;
  const pop: Population = {
    start,
    end,
    type: new Uint8Array(n),
    abilityZ: new Float64Array(n),
    motivation: new Float64Array(n),
    risk: new Float64Array(n),
    moraleStart: new Float64Array(n),
  };
  const typeAt = typeSequence(p.seed, p);
  const k = p.model;
  // Intrinsic motivation by type (saints care most about the public), spread evenly around it.
  const motivation = [k.motivationSaint, k.motivationHonest, k.motivationReactive, k.motivationManiac];
  for (let j = 0; j < n; j++) {
    const i = start + j;
    const t = typeAt(i);
    pop.type[j] = t;
    pop.abilityZ[j] = abilityZ(p.seed, i);
    const mean = motivation[t]!;
    const u = uniform(p.seed, i, 0, STREAM.motivation) - 0.5;
    pop.motivation[j] = Math.min(1, Math.max(0, mean + k.motivationSpread * u));
    pop.risk[j] = uniform(p.seed, i, 0, STREAM.risk);
    const m0 = k.moraleStart + k.moraleStartSpread * (uniform(p.seed, i, 0, STREAM.morale) - 0.5);
    pop.moraleStart[j] = Math.min(1, Math.max(0, m0));
  }
  return pop;
}
