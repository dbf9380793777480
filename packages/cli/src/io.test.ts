import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { InputError } from "./errors.ts";
import { decodeText, firstInvalidUtf8 } from "./io.ts";
import { runWith } from "./test-support/mem-io.ts";

const latin1 = (s: string) => Uint8Array.from([...s].map((c) => c.charCodeAt(0)));

describe("decodeText", () => {
  it("decodes UTF-8 and refuses a Latin-1 byte with its line and column", () => {
    expect(decodeText(new TextEncoder().encode("metric é { type count }\n"), "a.kpi")).toBe("metric é { type count }\n");
    const bytes = latin1("metric a { type count }\n// caf\xe9 au lait\n");
    expect(() => decodeText(bytes, "a.kpi")).toThrow(InputError);
    expect(() => decodeText(bytes, "a.kpi")).toThrow(/^a\.kpi:2:7: error: the file is not UTF-8 text \(byte 0xE9\)/);
  });

  it("finds the first invalid byte exactly where the strict decoder fails", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }), (bytes) => {
        let valid = true;
        try {
          new TextDecoder("utf-8", { fatal: true }).decode(bytes);
        } catch {
          valid = false;
        }
        const at = firstInvalidUtf8(bytes);
        expect(at === bytes.length).toBe(valid);
        if (!valid) {
          // Everything before the reported byte is well-formed.
          expect(() => new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(0, at))).not.toThrow();
        }
      }),
      { numRuns: 2000 },
    );
  });

  it("fmt --write leaves a file that is not UTF-8 untouched and exits 1 naming the place", async () => {
    const bytes = latin1("metric a { type   count } // na\xefve\n");
    const original = "unchanged";
    const r = await runWith(["fmt", "--write", "a.kpi"], { "a.kpi": original }, { readFile: async (p) => decodeText(bytes, p) });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^a\.kpi:1:32: error: the file is not UTF-8 text/);
    expect(r.files.get("a.kpi")).toBe(original);
  });
});

describe("git revisions", () => {
  it("a REV:path whose revision starts with - never reaches git", async () => {
    const asked: string[] = [];
    const gitShow = async (rev: string, path: string) => {
      asked.push(`${rev}:${path}`);
      return "metric a { type count }\n";
    };
    const bad = await runWith(["check", "--", "--output=/tmp/x:a.kpi"], {}, { gitShow });
    expect(bad.code).toBe(2);
    expect(asked).toEqual([]);
    await runWith(["check", "HEAD~1:a.kpi"], {}, { gitShow });
    expect(asked).toEqual(["HEAD~1:a.kpi"]);
  });
});
