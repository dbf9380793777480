/** Reading and analysing the scheme file a command is given. */
import { analyze, localizeDiagnostic, t, type Analysis, type Lang, type Scheme } from "@goodhart/dsl";
import { renderText, type FileDiagnostic } from "./diagnostics.ts";
import { readInput, type Io } from "./io.ts";
import { displayPath } from "./display.ts";

export interface LoadedScheme {
  file: string;
  text: string;
  analysis: Analysis;
}

export async function loadScheme(io: Io, file: string): Promise<LoadedScheme> {
  const text = await readInput(io, file);
  return { file, text, analysis: analyze(text) };
}

/** The file's diagnostics, their messages in `lang` (codes, ranges and severities unchanged). */
export function fileDiagnostics(loaded: LoadedScheme, lang: Lang = "en"): FileDiagnostic[] {
  return loaded.analysis.diagnostics.map((d) => ({ file: loaded.file, diagnostic: localizeDiagnostic(d, lang) }));
}

/**
 * The resolved scheme, or null after printing the file's errors on stderr (the caller exits
 * 1). Warnings are left to `goodhart check`: commands that produce data keep stderr quiet.
 */
export function schemeOrReport(io: Io, loaded: LoadedScheme): Scheme | null {
  if (loaded.analysis.scheme) return loaded.analysis.scheme;
  const errors = fileDiagnostics(loaded, io.lang).filter((d) => d.diagnostic.severity === "error");
  io.stderr(renderText(errors));
  io.stderr(`${t(io.lang ?? "en", "cli.load.hasErrors", { file: displayPath(loaded.file) })}\n`);
  return null;
}
