/**
 * LSP base-protocol framing that survives bad input. vscode-jsonrpc's reader gives up on a
 * header block without a valid `Content-Length`: the body that followed is then read as the
 * next header, which eats the next message's header, and so on — every later message is lost,
 * `shutdown` included. This framer drops what is not a message and resynchronises on the next
 * `Content-Length:`, so one bad block costs only itself.
 */

/** A header block longer than this with no blank line after it is not a header. */
export const MAX_HEADER_BYTES = 8 * 1024;
/** Larger bodies are refused rather than buffered: no editor sends a 64 MiB document. */
const MAX_BODY_BYTES = 64 * 1024 * 1024;

const HEADER_END = Buffer.from("\r\n\r\n", "latin1");
const MARKER = "content-length:";
// RFC 7230 header field: a token, a colon, a value without control characters.
// biome-ignore lint/suspicious/noControlCharactersInRegex: the header grammar excludes control characters by name
const HEADER_LINE = /^([!#$%&'*+.^_`|~0-9A-Za-z-]+):[ \t]*([^\x00-\x08\x0a-\x1f\x7f]*?)[ \t]*$/;

export interface FrameResult {
  /** Complete message bodies (UTF-8 JSON text), in the order they arrived. */
  bodies: string[];
  /** Why bytes were dropped, one entry per resynchronisation. */
  skipped: { bytes: number; reason: string }[];
}

/** Reads the `Content-Length` of a header block, or says why the block is not one. */
function contentLength(block: string): number | string {
  let length: number | null = null;
  for (const line of block.split("\r\n")) {
    const m = HEADER_LINE.exec(line);
    if (!m) return "a header line is not `Name: value`";
    if (m[1]!.toLowerCase() !== "content-length") continue;
    if (!/^\d{1,10}$/.test(m[2]!)) return "Content-Length is not a number";
    length = Number(m[2]);
  }
  if (length === null) return "the header has no Content-Length";
  if (length > MAX_BODY_BYTES) return `Content-Length ${length} is larger than ${MAX_BODY_BYTES} bytes`;
  return length;
}

export class MessageFramer {
  private buffer: Buffer = Buffer.alloc(0);

  push(chunk: Uint8Array): FrameResult {
    this.buffer = this.buffer.length === 0 ? Buffer.from(chunk) : Buffer.concat([this.buffer, chunk]);
    const out: FrameResult = { bodies: [], skipped: [] };
    for (;;) {
      const end = this.buffer.indexOf(HEADER_END);
      if (end === -1) {
        if (this.buffer.length > MAX_HEADER_BYTES) this.resync(out, "no blank line ends the header");
        return out;
      }
      const length = contentLength(this.buffer.toString("latin1", 0, end));
      if (typeof length === "string") {
        this.resync(out, length);
        continue;
      }
      const start = end + HEADER_END.length;
      if (this.buffer.length < start + length) return out;
      const body = this.buffer.toString("utf8", start, start + length);
      if (!isJson(body)) {
        // Usually a Content-Length that overstated its body: the next header is inside it.
        this.resync(out, "the body is not JSON");
        continue;
      }
      out.bodies.push(body);
      this.buffer = this.buffer.subarray(start + length);
    }
  }

  /** Drops bytes up to the next `Content-Length:` after the current position (at least one byte). */
  private resync(out: FrameResult, reason: string): void {
    const text = this.buffer.toString("latin1").toLowerCase();
    const next = text.indexOf(MARKER, 1);
    // No marker yet: keep a tail that may be the start of one split across chunks.
    const drop = next === -1 ? Math.max(1, this.buffer.length - (MARKER.length - 1)) : next;
    this.buffer = this.buffer.subarray(drop);
    out.skipped.push({ bytes: drop, reason });
  }
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** A well-formed frame for `body`, the one shape vscode-jsonrpc's reader always accepts. */
export function frame(body: string): Buffer {
  const bytes = Buffer.from(body, "utf8");
  return Buffer.concat([Buffer.from(`Content-Length: ${bytes.length}\r\n\r\n`, "latin1"), bytes]);
}
