import { describe, expect, it } from "vitest";
import { openBrowser, openTab, setPopulationField, setEditorText, waitForApp } from "./harness.ts";
import { servedDist } from "./served-dist.ts";
import { VALID_SCHEME } from "./fixtures.ts";

const server = servedDist();

describe("compare mode", () => {
  it("shows the semantic diff against a baseline and both schemes' figures on the same population", async () => {
    const browser = await openBrowser();
    try {
      const { page } = browser;
      await page.goto(server.url);
      await waitForApp(page);
      await setPopulationField(page, "Number of staff simulated", "300");
      await setEditorText(page, VALID_SCHEME);
      await page.locator("[data-testid=problems] .empty").waitFor({ state: "visible" });
      await openTab(page, "Compare");
      await page.getByRole("button", { name: /draft as it is now as the baseline/ }).click();
      await page.locator("[data-testid=compare] .monaco-diff-editor").waitFor({ state: "visible" });

      // Compare takes the whole width: the draft is edited on the diff's right-hand side.
      const width = (await page.locator("[data-testid=compare]").boundingBox())!.width;
      expect(width).toBeGreaterThan(1200);
      expect(await page.locator("[data-testid=editor]").isVisible()).toBe(false);
      const right = page.locator("[data-testid=compare] .editor.modified .view-lines");
      await right.click();
      await page.keyboard.press("Control+A");
      await page.evaluate(
        (t) => navigator.clipboard.writeText(t),
        VALID_SCHEME.replace("target 90%\n  weight 50\n}\n\nindicator happy", "target 100%\n  weight 50\n}\n\nindicator happy"),
      );
      await page.keyboard.press("Control+V");
      const changes = page.locator("[data-testid=changes]");
      await expect.poll(() => changes.innerText(), { timeout: 30_000 }).toMatch(/closure_rate: target 90% → 100%/);
      expect(await changes.innerText()).toMatch(/KPI201/);
      const figures = page.locator("[data-testid=compare-figures]");
      await expect
        .poll(async () => (await figures.locator("tbody tr").first().locator("td").allInnerTexts()).slice(0, 2).every((t) => t !== "—"), {
          timeout: 30_000,
        })
        .toBe(true);
      // The change column says which way each figure moved, in words and colour.
      await expect
        .poll(() => figures.locator("tr[data-figure=falsifiedShare] .verdict").innerText(), { timeout: 30_000 })
        .toMatch(/worse|same|better/);
      // A quick first result can read "same" everywhere; the full runs that replace it move figures.
      await expect.poll(() => figures.locator("tr.verdict-worse, tr.verdict-better").count(), { timeout: 30_000 }).toBeGreaterThan(0);
      const worse = figures.locator("tr.verdict-worse .verdict").first();
      if ((await worse.count()) > 0) expect(await worse.evaluate((e) => getComputedStyle(e).color)).toBe("rgb(213, 94, 0)");
      // The meaning and the figures come before the texts; the unchanged regions are folded.
      const tableTop = (await figures.boundingBox())!.y;
      const diffTop = (await page.locator("[data-testid=compare] .monaco-diff-editor").boundingBox())!.y;
      expect(tableTop).toBeLessThan(diffTop);
      await expect.poll(() => page.locator("[data-testid=compare] .monaco-diff-editor").innerText()).toMatch(/hidden lines/i);
      expect(await page.locator("[data-testid=compare] figure.chart").count()).toBe(4);
      await page.screenshot({ path: "/tmp/goodhart-compare.png" });
      // Back to the editor: the draft holds what was typed on the diff's right-hand side.
      await openTab(page, "Summary");
      await page.keyboard.press("Control+Home");
      await expect.poll(() => page.locator("[data-testid=editor]").isVisible()).toBe(true);
      expect(browser.consoleErrors).toEqual([]);
      expect(browser.externalRequests).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
