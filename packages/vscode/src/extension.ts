/**
 * The VS Code client: starts the bundled Goodhart language server for `.kpi` files and adds
 * the Simulate and Diff commands, which run the CLI in a terminal so its output stays visible.
 */
import * as vscode from "vscode";
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from "vscode-languageclient/node";
import { diffCommand, simulateCommand } from "./commands.ts";

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath("dist/server.js");
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.stdio },
    debug: { module, transport: TransportKind.stdio },
  };
  const clientOptions: LanguageClientOptions = { documentSelector: [{ language: "kpi" }] };
  client = new LanguageClient("goodhart", "Goodhart KPI", serverOptions, clientOptions);

  context.subscriptions.push(
    vscode.commands.registerCommand("goodhart.simulate", () => runOnActiveScheme((cli, file) => simulateCommand(cli, file.fsPath), false)),
    vscode.commands.registerCommand("goodhart.diffHead", () =>
      runOnActiveScheme((cli, file, root) => diffCommand(cli, file.fsPath, root), true),
    ),
  );
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}

async function runOnActiveScheme(
  command: (cli: string, file: vscode.Uri, root: string | null) => string,
  needsRoot: boolean,
): Promise<void> {
  const doc = vscode.window.activeTextEditor?.document;
  if (doc?.languageId !== "kpi" || doc.uri.scheme !== "file") {
    await vscode.window.showWarningMessage("Open a saved .kpi file first.");
    return;
  }
  // The CLI reads the file from disk: unsaved edits would silently not be in the result.
  if (doc.isDirty) await doc.save();
  const root = vscode.workspace.getWorkspaceFolder(doc.uri)?.uri.fsPath ?? null;
  if (needsRoot && !root) {
    await vscode.window.showWarningMessage("Diff against git HEAD needs the file to be inside an open workspace folder.");
    return;
  }
  const cli = vscode.workspace.getConfiguration("goodhart").get<string>("command", "goodhart");
  const terminal = vscode.window.createTerminal({ name: "Goodhart", ...(root ? { cwd: root } : {}) });
  terminal.show(true);
  terminal.sendText(command(cli, doc.uri, root));
}
