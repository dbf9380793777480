/**
 * Framing under bad input (issue: one header block without a valid Content-Length made the
 * server deaf). The property: whatever garbage stands between well-formed messages, and however
 * the bytes are split into chunks, every well-formed message comes out, in order, and nothing else.
 */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { frame, MAX_HEADER_BYTES, MessageFramer } from "./framing.ts";

const message = fc
  .record({
    id: fc.nat(1000),
    method: fc.constantFrom("initialize", "shutdown", "textDocument/hover"),
    text: fc.string({ unit: "grapheme", maxLength: 40 }),
  })
  .map((m) => JSON.stringify({ jsonrpc: "2.0", ...m }));

// Anything that is not itself a message: the only bytes excluded are a Content-Length header,
// which is what a resynchronising reader looks for.
const garbage = fc
  .oneof(
    fc.string({ maxLength: 60 }),
    fc.constantFrom(
      "X-Foo: 1\r\n\r\n",
      '{"jsonrpc":"2.0","id":9,"method":"shutdown"}',
      "Content-Type: text/plain\r\n\r\n{}",
      "\r\n\r\n",
      "no colon\r\n\r\n",
      "Content-Len",
    ),
    fc.uint8Array({ maxLength: 40 }).map((b) => Buffer.from(b).toString("latin1")),
  )
  .filter((g) => !g.toLowerCase().includes("content-length"));

function run(chunks: Buffer[]): string[] {
  const framer = new MessageFramer();
  return chunks.flatMap((c) => framer.push(c).bodies);
}

function split(bytes: Buffer, cuts: number[]): Buffer[] {
  const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  const out: Buffer[] = [];
  let at = 0;
  for (const p of [...points, bytes.length]) {
    out.push(bytes.subarray(at, p));
    at = p;
  }
  return out;
}

describe("MessageFramer", () => {
  it("passes well-formed messages through, however they are chunked", () => {
    fc.assert(
      fc.property(fc.array(message, { maxLength: 6 }), fc.array(fc.nat(), { maxLength: 8 }), (messages, cuts) => {
        expect(run(split(Buffer.concat(messages.map(frame)), cuts))).toEqual(messages);
      }),
    );
  });

  it("skips garbage between messages and reads on from the next valid one", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(garbage, message), { minLength: 1, maxLength: 5 }),
        fc.array(fc.nat(), { maxLength: 8 }),
        (pairs, cuts) => {
          const bytes = Buffer.concat(pairs.flatMap(([g, m]) => [Buffer.from(g, "latin1"), frame(m)]));
          expect(run(split(bytes, cuts))).toEqual(pairs.map(([, m]) => m));
        },
      ),
    );
  });

  it("recovers from a Content-Length that overstates its body", () => {
    const next = JSON.stringify({ jsonrpc: "2.0", id: 2, method: "shutdown" });
    const bytes = Buffer.concat([Buffer.from('Content-Length: 40\r\n\r\n{"jsonrpc":"2.0"}', "latin1"), frame(next), frame(next)]);
    // The overstated message swallows the start of the next; the one after that is intact.
    expect(run([bytes])).toContain(next);
  });

  it("does not buffer without bound when no header ever ends", () => {
    const framer = new MessageFramer();
    const r = framer.push(Buffer.alloc(MAX_HEADER_BYTES * 2, "a"));
    expect(r.bodies).toEqual([]);
    expect(r.skipped.reduce((n, s) => n + s.bytes, 0)).toBeGreaterThan(MAX_HEADER_BYTES);
    expect(framer.push(frame("{}")).bodies).toEqual(["{}"]);
  });

  it("says why it skipped", () => {
    const r = new MessageFramer().push(Buffer.from("Content-Length: many\r\n\r\n", "latin1"));
    expect(r.skipped[0]!.reason).toMatch(/not a number/);
  });
});
