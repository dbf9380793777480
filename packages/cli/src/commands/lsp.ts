import type { Command } from "../command.ts";
import { parseFlags } from "../args.ts";
import { UsageError } from "../errors.ts";

export const lsp: Command = {
  name: "lsp",
  summary: "start the language server for editors (LSP over stdio)",
  help: `Usage: goodhart lsp --stdio

Starts the Goodhart language server, speaking the Language Server Protocol on stdin/stdout:
diagnostics as you type, completion, hover, go to definition, references, rename,
formatting and quick fixes. The VS Code extension starts it for you; configure other editors
to run 'goodhart lsp --stdio' for files ending in .kpi. Put 'goodhart' on PATH with
'npm install -g ./packages/cli' (from the repository, after 'pnpm install'); it then works
from any directory.

Flags:
  --stdio    talk over stdin/stdout (the only transport)

Examples:
  goodhart lsp --stdio
  # Neovim: vim.lsp.start({ name = "goodhart", cmd = { "goodhart", "lsp", "--stdio" } })
  # docs/editors.md has set-ups for VS Code, Neovim, Helix and Emacs

Exit codes: 0 when the editor shuts the server down, 2 usage error.
`,
  async run(args) {
    const parsed = parseFlags("lsp", args, { stdio: { type: "boolean" } });
    if (!parsed.values.stdio) throw new UsageError({ key: "cli.usage.lspStdio" }, "lsp");
    if (parsed.positionals.length > 0)
      throw new UsageError({ key: "cli.usage.unexpected", params: { arg: parsed.positionals[0]! } }, "lsp");
    // Loaded on demand: the other commands need not initialise the LSP machinery.
    const { startServer } = await import("@goodhart/language-server");
    startServer();
    // The server runs until the client sends `exit`, which ends the process; stdin keeps the
    // event loop alive until then.
    await new Promise<never>(() => {});
    return 0;
  },
};
