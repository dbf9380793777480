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

  it("says the refusal in the reader's language, still naming the file", () => {
    const bin = checkSchemeText("photo.kpi", 10, "PNG\u0000\u0001", "vi");
    expect(bin).toEqual({ ok: false, message: "“photo.kpi”: Tệp không phải văn bản (có chứa dữ liệu nhị phân)." });
    const big = checkSchemeText("big.kpi", 2_400_000, "", "vi");
    expect(big).toEqual({ ok: false, message: "“big.kpi” quá lớn đối với một bộ tiêu chí (2400 kB; tối đa 1 MB)." });
    // English is the message it always was.
    expect(checkSchemeText("big.kpi", 2_400_000, "")).toEqual({
      ok: false,
      message: "“big.kpi” is too large for a scheme (2400 kB; at most 1 MB).",
    });
    expect(checkSchemeText("photo.kpi", 10, "PNG\u0000")).toEqual({
      ok: false,
      message: "“photo.kpi”: The file is not text (it contains binary data).",
    });
  });
});
