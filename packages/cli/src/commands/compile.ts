import { emitModule, t } from "@goodhart/dsl";
import { z } from "zod";
import { parseFlags, said, validate } from "../args.ts";
import type { Command } from "../command.ts";
import { UsageError } from "../errors.ts";
import { writeOutput } from "../io.ts";
import { displayPath } from "../display.ts";
import { loadScheme, schemeOrReport } from "../load.ts";

const flags = z.object({ out: z.string().min(1, said("cli.flag.needsFile")).optional() });

export const compileCommand: Command = {
  name: "compile",
  summary: "write a standalone JavaScript module that scores by the scheme",
  help: `Usage: goodhart compile FILE [-o OUT.mjs]

Writes one ES module with no imports that any JavaScript runtime can load to score staff by
the scheme (an HR system, a spreadsheet add-in, a browser page). It exports:

  metrics                  metric names (the keys score() reads)
  ratings                  band names, best first
  score(row)               {score, rating, gates, groups, indicators} for one staff member
  scoreColumns(cols, n)    {score: Float64Array, rating: Uint8Array} for n staff held in
                           Float64Array columns (NaN = missing; rating indexes 'ratings')

Ratings are before quotas, which need the whole pool ('goodhart score' applies them). The
module scores bit-for-bit like 'goodhart score'. Names, labels and notes are embedded only as
JSON string literals, so no text in a scheme can become code.

Flags:
  -o, --out FILE   write the module to FILE (default: stdout)

Examples:
  goodhart compile scheme.kpi -o scheme.mjs
  node -e 'import("./scheme.mjs").then(m => console.log(m.score({ resolved: 40, assigned: 42 })))'

Exit codes: 0 written, 1 the scheme has errors (printed on stderr), 2 usage error or a file
that cannot be read or written.
`,
  async run(args, io) {
    const parsed = parseFlags("compile", args, { out: { type: "string", short: "o" } });
    const opts = validate("compile", flags, parsed.values);
    if (parsed.positionals.length !== 1)
      throw new UsageError(
        parsed.positionals.length === 0
          ? { key: "cli.usage.noScheme", params: { command: "compile", rest: " [-o OUT.mjs]" } }
          : { key: "cli.usage.oneScheme", params: { count: String(parsed.positionals.length) } },
        "compile",
      );
    const file = parsed.positionals[0]!;
    const loaded = await loadScheme(io, file);
    const scheme = schemeOrReport(io, loaded);
    if (!scheme) return 1;
    const module = emitModule(scheme, { source: file.replace(/\\/g, "/").split("/").pop() });
    if (opts.out) {
      await writeOutput(io, opts.out, module);
      io.stderr(`${t(io.lang ?? "en", "cli.compile.wrote", { file: displayPath(opts.out) })}\n`);
    } else io.stdout(module);
    return 0;
  },
};
