import { describe, expect, it } from "vitest";
import { uri } from "./diagnostics.ts";
import { memIo } from "./test-support/mem-io.ts";
import { progressBar } from "./simulation-flags.ts";

describe("progressBar", () => {
  it("draws on a terminal for long runs and clears its line when done", () => {
    const m = memIo({}, { stderrIsTTY: true });
    const bar = progressBar(m.io, 10_000_000);
    bar.update(0.5);
    bar.update(0.5);
    bar.update(1);
    bar.done();
    expect(m.err()).toBe(`\r[${"#".repeat(15)}${" ".repeat(15)}]  50%\r[${"#".repeat(30)}] 100%\r\x1b[2K`);
    expect(m.out()).toBe("");
  });

  it("stays silent off a terminal, and for short runs", () => {
    for (const [tty, work] of [
      [false, 10_000_000],
      [true, 1000],
    ] as const) {
      const m = memIo({}, { stderrIsTTY: tty });
      const bar = progressBar(m.io, work);
      bar.update(0.3);
      bar.done();
      expect(m.err()).toBe("");
    }
  });
});

describe("SARIF locations", () => {
  it("keeps relative paths relative and makes absolute ones file: URIs", () => {
    expect(uri("examples/a b.kpi")).toBe("examples/a%20b.kpi");
    expect(uri("/tmp/x.kpi")).toBe("file:///tmp/x.kpi");
  });
});
