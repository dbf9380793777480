import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { COMMANDS } from "./run.ts";
import { runWith, SCHEME } from "./test-support/mem-io.ts";

describe("the goodhart program", () => {
  it("--help lists every command with an example, exit 0", async () => {
    const r = await runWith(["--help"]);
    expect(r.code).toBe(0);
    for (const c of COMMANDS) expect(r.stdout).toContain(`  ${c.name} `);
    expect(r.stdout).toContain("Examples:");
  });

  it("no command prints help on stderr and exits 2", async () => {
    const r = await runWith([]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("Usage: goodhart <command>");
  });

  it.each(COMMANDS.map((c) => c.name))("help for %s: 'help NAME', 'NAME --help' and 'NAME -h' agree", async (name) => {
    const a = await runWith(["help", name]);
    const b = await runWith([name, "--help"]);
    const c = await runWith([name, "-h", "--unknown-flag"]);
    expect(a.code).toBe(0);
    expect(a.stdout).toContain(`Usage: goodhart ${name}`);
    expect(a.stdout).toContain("Exit codes:");
    expect(b.stdout).toBe(a.stdout);
    expect(c.stdout).toBe(a.stdout);
  });

  it("an unknown command is a usage error naming it", async () => {
    const r = await runWith(["chek", "a.kpi"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("unknown command 'chek' (did you mean 'check'?)");
  });

  it("an unknown flag is a usage error naming it", async () => {
    const r = await runWith(["check", "--jsn", "a.kpi"], { "a.kpi": SCHEME });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("unknown flag --jsn for 'goodhart check'");
    expect(r.stderr).toContain("goodhart help check");
  });

  it("a flag missing its value is a usage error", async () => {
    const r = await runWith(["score", "a.kpi", "--data"], { "a.kpi": SCHEME });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("flag --data needs a value");
  });

  it("help for an unknown command is a usage error", async () => {
    expect((await runWith(["help", "nothing"])).code).toBe(2);
  });

  it("population flags are validated with a message naming the flag", async () => {
    const cases: [string[], string][] = [
      [["--staff", "many"], "--staff: expected a whole number, got 'many'"],
      [["--staff", "2.5"], "--staff: expected a whole number"],
      [["--saints", "150%"], "--saints: expected a share between 0% and 100%"],
      [["--luck", "x"], "--luck: expected a share"],
      // Just off 100%: the sum is shown with the decimals that say so.
      [["--saints", "10%", "--honest", "60%", "--reactive", "25%", "--maniacs", "5.001%"], "sum to 100.001%, not 100%"],
    ];
    for (const [flags, message] of cases) {
      const r = await runWith(["simulate", "a.kpi", ...flags], { "a.kpi": SCHEME });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(message);
    }
  });

  it("a whole number too large to hold exactly is out of range, with the range, not 'not a whole number'", async () => {
    for (const seed of ["99999999999999999999", "9007199254740992", "-1e300"]) {
      const r = await runWith(["simulate", "a.kpi", "--seed", seed], { "a.kpi": SCHEME });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(
        `--seed: '${seed}' is a whole number, but out of range: give one from -9007199254740991 to 9007199254740991`,
      );
    }
  });

  it("a flag that takes one value, given twice, is a usage error naming it; repeatable flags repeat", async () => {
    const flags: [string, string, string][] = [
      ["simulate", "seed", "7"],
      ["simulate", "staff", "10"],
      ["simulate", "saints", "10%"],
      ["simulate", "replicates", "2"],
      ["score", "data", "d.csv"],
      ["check", "fail-on", "warning"],
    ];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...flags), fc.integer({ min: 2, max: 3 }), async ([command, flag, value], times) => {
        const repeated = Array.from({ length: times }, () => [`--${flag}`, value]).flat();
        const r = await runWith([command, "a.kpi", ...repeated], { "a.kpi": SCHEME, "d.csv": "id,done,errors\na,1,0\n" });
        expect(r.code).toBe(2);
        expect(r.stderr).toContain(`--${flag} is given ${times} times; give it once`);
      }),
      { numRuns: 12 },
    );
    const lang = await runWith(["check", "a.kpi", "--lang", "en", "--lang=vi"], { "a.kpi": SCHEME });
    expect(lang.code).toBe(2);
    expect(lang.stderr).toContain("--lang is given 2 times; give it once");
    const model = await runWith(
      ["simulate", "a.kpi", "--staff", "20", "--periods", "1", "--model", "capacity=80", "--model", "capacity=90"],
      {
        "a.kpi": SCHEME,
      },
    );
    expect(model.code, model.stderr).toBe(0);
  });

  it("an unexpected failure is one line and exit 2, never a stack trace", async () => {
    const r = await runWith(
      ["check", "a.kpi"],
      {},
      {
        readFile: async () => {
          throw new TypeError("boom\n    at somewhere (file.ts:1:1)");
        },
      },
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("goodhart: cannot read a.kpi: boom\n");
  });

  it("reads REV:path through git when no such file exists", async () => {
    const r = await runWith(
      ["check", "HEAD~1:a.kpi"],
      {},
      { gitShow: async (rev, path) => (rev === "HEAD~1" && path === "a.kpi" ? SCHEME : "") },
    );
    expect(r.code).toBe(0);
  });
});

describe("standard input", () => {
  it("'-' reads standard input for check and fmt", async () => {
    const r = await runWith(["check", "--json", "-"], {}, { readStdin: async () => "metric a { type count }\n" });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)[0].file).toBe("-");
    const f = await runWith(["fmt", "-"], {}, { readStdin: async () => SCHEME });
    expect(f.code).toBe(0);
    expect((await runWith(["fmt", "--write", "-"], {}, { readStdin: async () => SCHEME })).code).toBe(2);
  });
});
