import { describe, expect, it } from "vitest";
import { debounce, type Timer } from "./debounce.ts";

function manualTimer() {
  let now = 0;
  const pending = new Map<number, { at: number; fn: () => void }>();
  let id = 0;
  const timer: Timer = {
    set: (fn, ms) => {
      pending.set(++id, { at: now + ms, fn });
      return id;
    },
    clear: (handle) => void pending.delete(handle as number),
  };
  const advance = (ms: number) => {
    now += ms;
    for (const [key, entry] of [...pending]) {
      if (entry.at <= now) {
        pending.delete(key);
        entry.fn();
      }
    }
  };
  return { timer, advance };
}

describe("debounce", () => {
  it("runs once with the last arguments after a quiet period", () => {
    const { timer, advance } = manualTimer();
    const calls: string[] = [];
    const run = debounce((text: string) => calls.push(text), 100, timer);
    run("a");
    advance(50);
    run("ab");
    advance(99);
    expect(calls).toEqual([]);
    advance(1);
    expect(calls).toEqual(["ab"]);
  });

  it("flush runs the pending call now; cancel drops it", () => {
    const { timer, advance } = manualTimer();
    const calls: number[] = [];
    const run = debounce((n: number) => calls.push(n), 100, timer);
    run(1);
    run.flush();
    expect(calls).toEqual([1]);
    run(2);
    run.cancel();
    advance(500);
    expect(calls).toEqual([1]);
    run.flush();
    expect(calls).toEqual([1]);
  });
});
