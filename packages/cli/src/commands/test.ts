import type { Command } from "../command.ts";
import { parseFlags } from "../args.ts";
import { notAvailable } from "../engines.ts";

export const testCommand: Command = {
  name: "test",
  summary: "check schemes against their expectation files",
  help: `Usage: goodhart test [FILE…]

Runs the expectation files next to the schemes (which warnings a scheme must raise, which
staff must get which rating) and reports every expectation that no longer holds.

Exit codes: 0 all expectations hold, 1 some fail, 2 usage error or a file that cannot be read.
`,
  async run(args) {
    parseFlags("test", args, { json: { type: "boolean" } });
    throw notAvailable("the expectation runner", "test");
  },
};
