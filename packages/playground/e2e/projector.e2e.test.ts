import { describe, expect, it } from "vitest";
import { openBrowser, openTab, setEditorText, setPopulationField, waitForApp } from "./harness.ts";
import { servedDist } from "./served-dist.ts";
import { VALID_SCHEME } from "./fixtures.ts";

const server = servedDist();

describe("on a projector, and what Compare compares", () => {
  it("keeps the toolbar on one row at 1280×720, with an example's long title open", async () => {
    const browser = await openBrowser();
    try {
      const { page } = browser;
      await page.setViewportSize({ width: 1280, height: 720 });
      await page.goto(server.url);
      await waitForApp(page);
      // The first screen opens an example with a long Vietnamese title in the Examples button.
      for (const lang of ["en", "vi"]) {
        await page.getByTestId("language").selectOption(lang);
        await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(lang);
        const tops = await page
          .locator("header.toolbar nav > button, header.toolbar h1")
          .evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().top)));
        expect(tops.length).toBeGreaterThan(8);
        expect(Math.max(...tops) - Math.min(...tops), lang).toBeLessThanOrEqual(4);
        const bar = (await page.locator("header.toolbar").boundingBox())!;
        expect(bar.height).toBeLessThan(50);
        // Nothing of it runs off the right edge or under the Lessons button.
        const right = await page
          .locator("header.toolbar nav > button")
          .evaluateAll((els) => Math.max(...els.map((e) => e.getBoundingClientRect().right)));
        const lessons = await page.locator(".lessons-launch").evaluate((e) => e.getBoundingClientRect().left);
        expect(right, lang).toBeLessThanOrEqual(lessons);
      }
    } finally {
      await browser.close();
    }
  });

  it("says which runs the two columns are, and claims the same population only when it is", async () => {
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
      const basis = page.getByTestId("compare-basis");
      await expect
        .poll(() => basis.innerText(), { timeout: 60_000 })
        .toMatch(/^Both columns are one run each on the same simulated population — 300 staff × 12 periods, seed 42, teams of 20/);
      // Over 1,500 staff the draft first shows a quick look on fewer: the words must not claim otherwise.
      await setPopulationField(page, "Number of staff simulated", "3000");
      await expect.poll(() => basis.innerText(), { timeout: 20_000 }).not.toMatch(/^Both columns/);
      await expect
        .poll(() => basis.innerText(), { timeout: 90_000 })
        .toMatch(/^Both columns are one run each on the same simulated population — 3,000 staff × 12 periods/);
      expect(browser.consoleErrors).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
