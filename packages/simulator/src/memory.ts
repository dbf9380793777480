/**
 * Memory is estimated before anything is allocated, so a population too large for the machine
 * is refused with a message instead of dying out of memory halfway through.
 */
import { bufferBytesPerStaff } from "./buffers.ts";
import { chunkBytesPerStaff } from "./chunk.ts";

/** Fixed overhead (runtime, scheme, block scratch) assumed on top of per-staff arrays. */
const OVERHEAD_BYTES = 96 * 1024 * 1024;
/** Population traits (type, ability, motivation, risk, starting morale). */
const POPULATION_BYTES = 1 + 8 * 4;
/** Parent-side statistics: ability and its ranks, types, quota ratings, rank scratch for Spearman. */
const REDUCER_BYTES = 8 + 8 + 1 + 1 + 8 * 5;

/** `bufferSets`: 1 in one thread; 2 when workers fill one period while the parent sums the other. */
export function estimateBytes(staff: number, indicators: number, ratchets: number, bufferSets = 1): number {
  const perStaff = bufferSets * bufferBytesPerStaff(indicators) + chunkBytesPerStaff(ratchets) + POPULATION_BYTES + REDUCER_BYTES;
  return OVERHEAD_BYTES + staff * perStaff;
}

export class SimulationTooLargeError extends Error {
  /** The most staff that fit in the limit. */
  readonly fits: number;
  constructor(
    readonly staff: number,
    readonly estimatedMB: number,
    readonly limitMB: number,
  ) {
    const perStaff = (estimatedMB * 1024 * 1024 - OVERHEAD_BYTES) / staff;
    const fits = Math.max(0, Math.floor((limitMB * 1024 * 1024 - OVERHEAD_BYTES) / perStaff));
    super(
      `A simulation of ${staff.toLocaleString("en-US")} staff needs about ${Math.ceil(estimatedMB).toLocaleString("en-US")} MB, ` +
        `above the limit of ${limitMB.toLocaleString("en-US")} MB. Use at most ${fits.toLocaleString("en-US")} staff, ` +
        `or raise the limit (memoryLimitMB) on a machine with more memory.`,
    );
    this.name = "SimulationTooLargeError";
    this.fits = fits;
  }
}

export function assertFits(staff: number, indicators: number, ratchets: number, limitMB: number, bufferSets = 1): void {
  const mb = estimateBytes(staff, indicators, ratchets, bufferSets) / (1024 * 1024);
  if (mb > limitMB) throw new SimulationTooLargeError(staff, mb, limitMB);
}
