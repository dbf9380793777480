/**
 * Sequence numbers for requests whose answers may arrive out of order: every request takes
 * the next number, and only the answer to the newest request is accepted. A slow run for an
 * old edit can then never overwrite the figures of a newer one.
 */
export interface LatestWins {
  /** Starts a request; returns its sequence number. */
  next(): number;
  /** True when `seq` is the newest request (its answer should be shown). */
  isCurrent(seq: number): boolean;
  readonly current: number;
}

export function latestWins(): LatestWins {
  let current = 0;
  return {
    next: () => ++current,
    isCurrent: (seq) => seq === current,
    get current() {
      return current;
    },
  };
}
