/**
 * The server's stdin and stdout, guarded. Input bytes pass through MessageFramer, and only
 * whole, well-formed messages reach vscode-jsonrpc's own reader. The library keeps doing the
 * decoding, the dispatch and the exit on end of input; the guard decides where messages begin
 * and when the library may see the end.
 *
 * The end waits for the answers. The library ends the process as soon as its input ends (or
 * `exit` arrives), and requests still in its queue then go unanswered: `printf '<initialize,
 * hover, shutdown, exit>' | goodhart lsp --stdio` printed the first response only. So the
 * guard counts the requests it passes on and the responses written to stdout, and holds back
 * `exit` and the end of input until every request has its answer (or `ANSWER_WAIT_MS` passed:
 * a handler that never answers must not keep the process alive for ever).
 */
import { Transform, Writable, type Readable, type TransformCallback } from "node:stream";
import { frame, MessageFramer } from "./framing.ts";

/** The longest the end of input waits for outstanding answers. */
const ANSWER_WAIT_MS = 10_000;

/** Requests passed on to the library and not yet answered, by id. */
export class RequestLedger {
  private readonly open = new Set<string>();
  private waiters: (() => void)[] = [];

  /** Notes one message in either direction: a request opens its id, a response closes it. */
  note(body: string, direction: "in" | "out"): void {
    let m: unknown;
    try {
      m = JSON.parse(body);
    } catch {
      return;
    }
    if (typeof m !== "object" || m === null || !("id" in m)) return;
    const id = JSON.stringify((m as { id: unknown }).id);
    const isRequest = "method" in m;
    // A request from the server to the client (out) and its answer (in) are not ours to wait for.
    if (direction === "in" && isRequest) this.open.add(id);
    else if (direction === "out" && !isRequest && this.open.delete(id) && this.open.size === 0) this.wake();
  }

  /** Resolves once every request passed on has been answered, or after `maxMs`. */
  idle(maxMs = ANSWER_WAIT_MS): Promise<void> {
    if (this.open.size === 0) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(done, maxMs);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.waiters.push(done);
    });
  }

  private wake(): void {
    const waiting = this.waiters;
    this.waiters = [];
    for (const w of waiting) w();
  }
}

function isExit(body: string): boolean {
  try {
    const m: unknown = JSON.parse(body);
    return typeof m === "object" && m !== null && (m as { method?: unknown }).method === "exit" && !("id" in m);
  } catch {
    return false;
  }
}

export function guardedInput(input: Readable, warn: (line: string) => void, ledger = new RequestLedger()): Transform {
  const framer = new MessageFramer();
  const guard = new Transform({
    transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback) {
      const { bodies, skipped } = framer.push(chunk);
      if (skipped.length > 0) {
        const bytes = skipped.reduce((n, s) => n + s.bytes, 0);
        warn(
          `goodhart lsp: skipped ${bytes} bytes that were not a message (${skipped[0]!.reason}); reading on from the next Content-Length header`,
        );
      }
      const exitAt = bodies.findIndex(isExit);
      const now = exitAt < 0 ? bodies : bodies.slice(0, exitAt);
      for (const body of now) {
        ledger.note(body, "in");
        this.push(frame(body));
      }
      if (exitAt < 0) return done();
      // `exit` ends the process at once: let the answers to what came before it out first.
      void ledger.idle().then(() => {
        for (const body of bodies.slice(exitAt)) this.push(frame(body));
        done();
      });
    },
    flush(done: TransformCallback) {
      void ledger.idle().then(() => done());
    },
  });
  input.on("error", (e) => guard.destroy(e));
  return input.pipe(guard);
}

/** `output` with every response written to it noted in `ledger`, so the input's end can wait for it. */
export function trackedOutput(output: NodeJS.WritableStream, ledger: RequestLedger): Writable {
  const framer = new MessageFramer();
  return new Writable({
    write(chunk: Buffer | string, encoding: BufferEncoding, done: (e?: Error | null) => void) {
      const bytes = typeof chunk === "string" ? Buffer.from(chunk, encoding) : chunk;
      output.write(bytes, (e) => {
        // Noted once written: what is noted answered is on its way to the client.
        for (const body of framer.push(bytes).bodies) ledger.note(body, "out");
        done(e ?? null);
      });
    },
  });
}
