import { describe, expect, it } from "vitest";
import { escapeMarkdown } from "./markdown.ts";

describe("escapeMarkdown", () => {
  it("neutralises links, images and HTML in labels", () => {
    const out = escapeMarkdown('[click](command:workbench.action.x) ![x](http://e) <img src=x onerror="alert(1)">');
    expect(out).not.toMatch(/(?<!\\)\[/);
    expect(out).not.toMatch(/(?<!\\)</);
    expect(out).toContain("\\[click\\]\\(command:workbench\\.action\\.x\\)");
  });

  it("keeps letters of any script as they are", () => {
    expect(escapeMarkdown("Tỷ lệ hồ sơ đúng hạn")).toBe("Tỷ lệ hồ sơ đúng hạn");
  });
});
