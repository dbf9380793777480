/**
 * The server's stdin, guarded: bytes pass through MessageFramer, and only whole, well-formed
 * messages reach vscode-jsonrpc's own reader. The library keeps doing the decoding, the
 * dispatch and the exit on end of input; the guard only decides where messages begin.
 */
import { Transform, type Readable, type TransformCallback } from "node:stream";
import { frame, MessageFramer } from "./framing.ts";

export function guardedInput(input: Readable, warn: (line: string) => void): Transform {
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
      for (const body of bodies) this.push(frame(body));
      done();
    },
  });
  input.on("error", (e) => guard.destroy(e));
  return input.pipe(guard);
}
