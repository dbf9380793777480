import { describe, expect, it } from "vitest";
import { checkSchemeText, MAX_FILE_BYTES } from "./open-file.ts";

describe("opening a .kpi file", () => {
  it("accepts text and drops a byte-order mark", () => {
    expect(checkSchemeText("a.kpi", 10, "\uFEFFmetric x {}")).toEqual({ ok: true, text: "metric x {}" });
  });

  it("refuses binary and oversized files with a message naming the file", () => {
    const bin = checkSchemeText("photo.kpi", 10, "PNG\u0000\u0001");
    expect(bin.ok).toBe(false);
    if (!bin.ok) expect(bin.message).toContain("photo.kpi");
    expect(checkSchemeText("big.kpi", MAX_FILE_BYTES + 1, "").ok).toBe(false);
  });
});
