/**
 * The language worker: parsing, checking and the editor services run here, so a long scheme
 * never makes typing stutter. One request in, one answer out, matched by id.
 */
import { requestSchema, type LsRequest, type Method } from "../language/protocol.ts";
import * as services from "../language/language-services.ts";

const handlers: { [M in Method]: (r: LsRequest) => unknown } = {
  analyze: (r) => services.analyzeText(r.text),
  format: (r) => services.formatText(r.text),
  complete: (r) => services.complete(r.text, r.offset ?? 0, r.lang),
  hover: (r) => services.hover(r.text, r.offset ?? 0, r.lang),
  definition: (r) => services.definition(r.text, r.offset ?? 0),
  references: (r) => services.references(r.text, r.offset ?? 0),
  rename: (r) => services.rename(r.text, r.offset ?? 0, r.newName ?? ""),
  codeActions: (r) => services.codeActions(r.text, r.offset ?? 0, r.end ?? r.offset ?? 0),
  symbols: (r) => services.symbols(r.text),
  folding: (r) => services.folding(r.text),
  codeLenses: (r) => services.codeLenses(r.text, r.lang),
  numberAt: (r) => services.numberAt(r.text, r.offset ?? 0),
  diff: (r) => services.diff(r.other ?? "", r.text, r.lang),
  sweepLenses: (r) => services.sweepLenses(r.text, r.lang),
  exploits: (r) => services.exploitsOf(r.text, r.lang),
  explain: (r) => services.explainStaff(r.text, r.values ?? {}, r.ratingAfterQuota, r.lang),
};

self.onmessage = (event: MessageEvent<unknown>) => {
  const parsed = requestSchema.safeParse(event.data);
  if (!parsed.success) return;
  const request = parsed.data;
  try {
    const result = handlers[request.method](request);
    self.postMessage({ id: request.id, ok: true, result });
  } catch (error) {
    // A crash in a service must not take the editor down: answer with the message instead.
    self.postMessage({ id: request.id, ok: false, result: null, error: error instanceof Error ? error.message : String(error) });
  }
};
