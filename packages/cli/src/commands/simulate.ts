import { z } from "zod";
import { parseFlags, validate } from "../args.ts";
import type { Command } from "../command.ts";
import { resolveScenario } from "@goodhart/simulator";
import { runScenario } from "../engines.ts";
import { UsageError } from "../errors.ts";
import { loadScheme, schemeOrReport } from "../load.ts";
import { overridesOf, progressBar, settingsOrUsage, renderSummary, SIMULATION_FLAG_OPTIONS, SIMULATION_FLAGS_HELP, simulationFlags } from "../simulation-flags.ts";
import { printableLines } from "../display.ts";

const flags = simulationFlags.extend({ json: z.boolean().optional() });

export const simulate: Command = {
  name: "simulate",
  summary: "simulate how a synthetic workforce behaves (and games) under the scheme",
  help: `Usage: goodhart simulate FILE [--json] [population flags]

Runs a synthetic staff population through several periods under the scheme. Each staff
member chooses how to work - honestly, or by gaming the indicators - because the scheme pays
them to. Prints the summary: mean score against real value delivered, how much gaming and of
which kind, how well scores track real work and ability, ratings, morale, hard backlog, and
per indicator the mean value, points and bunching at its threshold.

${SIMULATION_FLAGS_HELP}

Flags:
  --json           print the result document instead of the summary; with --replicates it
                   gains "replicates", "seeds" and "intervals" ({figure: {low, high}}, the 95%
                   interval beside each summary figure, which is then the mean)

On a terminal, long runs show a progress bar on stderr; stdout carries only the result.

Examples:
  goodhart simulate examples/same-day-100.kpi
  goodhart simulate scheme.kpi --staff 10000 --maniacs 20% --honest 45% --json
  goodhart simulate scheme.kpi --seed 7 --json | jq .summary.gamingRate
  goodhart simulate scheme.kpi --replicates 10      # falsified closures 6.0% (5.1–6.8)
  goodhart simulate scheme.kpi --model capacity=80 --sanction 0

Exit codes: 0 done, 1 the scheme has errors, 2 usage error (including population settings
that do not fit together) or a file that cannot be read.
`,
  async run(args, io) {
    const parsed = parseFlags("simulate", args, { ...SIMULATION_FLAG_OPTIONS, json: { type: "boolean" } });
    const opts = validate("simulate", flags, parsed.values);
    if (parsed.positionals.length !== 1) throw new UsageError(parsed.positionals.length === 0 ? "no scheme file given: goodhart simulate FILE" : `one scheme file at a time, got ${parsed.positionals.length}`, "simulate");
    const loaded = await loadScheme(io, parsed.positionals[0]!);
    const scheme = schemeOrReport(io, loaded);
    if (!scheme) return 1;
    const overrides = overridesOf(opts, scheme, "simulate");
    const replicates = opts.replicates ?? 1;
    const params = await settingsOrUsage("simulate", () => resolveScenario(scheme, overrides).params);
    const bar = progressBar(io, params.staff * params.periods * replicates);
    let result;
    try {
      result = await runScenario("simulate", loaded.text, overrides, { workers: opts.workers, replicates: opts.replicates, signal: io.signal, onProgress: (f) => bar.update(f) });
    } finally {
      bar.done();
    }
    io.stdout(opts.json ? `${JSON.stringify(result, null, 2)}\n` : printableLines(renderSummary(result)));
    return 0;
  },
};
