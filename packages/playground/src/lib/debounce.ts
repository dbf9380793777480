/**
 * Trailing debounce with an injectable timer, so tests drive time by hand instead of
 * waiting on the clock.
 */
export interface Timer {
  set(fn: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

const realTimer: Timer = {
  set: (fn, ms) => setTimeout(fn, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export interface Debounced<A extends unknown[]> {
  (...args: A): void;
  /** Runs a pending call now, if any. */
  flush(): void;
  cancel(): void;
}

export function debounce<A extends unknown[]>(fn: (...args: A) => void, ms: number, timer: Timer = realTimer): Debounced<A> {
  let handle: unknown = null;
  let pending: A | null = null;
  const fire = () => {
    handle = null;
    const args = pending;
    pending = null;
    if (args) fn(...args);
  };
  const debounced = ((...args: A) => {
    pending = args;
    if (handle !== null) timer.clear(handle);
    handle = timer.set(fire, ms);
  }) as Debounced<A>;
  debounced.flush = () => {
    if (handle !== null) timer.clear(handle);
    fire();
  };
  debounced.cancel = () => {
    if (handle !== null) timer.clear(handle);
    handle = null;
    pending = null;
  };
  return debounced;
}
