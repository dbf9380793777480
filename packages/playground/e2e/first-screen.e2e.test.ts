import { describe, expect, it } from "vitest";
import { openBrowser, visibleEditorText, waitForApp } from "./harness.ts";
import { servedDist } from "./served-dist.ts";

const server = servedDist();

describe("first screen", () => {
  it("shows an example scheme in the editor beside its live simulation, offline and without errors", async () => {
    const browser = await openBrowser();
    try {
      const { page } = browser;
      await page.goto(server.url);
      await waitForApp(page);
      await expect.poll(() => visibleEditorText(page)).toMatch(/scheme|indicator/);
      // Colouring: the Monarch tokenizer gives declaration keywords their own class.
      expect(await page.locator("[data-testid=editor] .monaco-editor .view-lines span[class*=mtk]").count()).toBeGreaterThan(10);
      await expect.poll(() => page.locator("[data-testid=headlines]").innerText()).toContain("Average score");
      expect(await page.locator("figure.chart figcaption").count()).toBeGreaterThanOrEqual(4);
      await page.screenshot({ path: "/tmp/goodhart-first-screen.png" });
      expect(browser.externalRequests).toEqual([]);
      expect(browser.consoleErrors).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
