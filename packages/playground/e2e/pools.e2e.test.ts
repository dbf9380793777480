import { describe, expect, it } from "vitest";
import { openBrowser, setEditorText, setPopulationField, waitForApp } from "./harness.ts";
import { servedDist } from "./served-dist.ts";
import { POOLED_SCHEME, VALID_SCHEME } from "./fixtures.ts";

const server = servedDist();

describe("the pool report beside the rating chart", () => {
  it("treats each simulated team as a pool, flags a band a small team cannot reach, and is absent without pools", async () => {
    const browser = await openBrowser();
    try {
      const { page } = browser;
      await page.goto(server.url);
      await waitForApp(page);
      await setPopulationField(page, "Number of staff simulated", "200");
      await setPopulationField(page, "Staff per team (the quota pool)", "4");
      await setEditorText(page, POOLED_SCHEME);
      const report = page.getByTestId("pool-report");
      await expect.poll(() => report.count(), { timeout: 60_000 }).toBe(1);
      await expect.poll(() => page.getByTestId("results").getAttribute("data-stale"), { timeout: 60_000 }).toBe("false");
      await expect.poll(() => report.innerText()).toContain("each team of 4 stands for one pool");
      expect(await page.getByTestId("pool-report-summary").innerText()).toMatch(
        /^50 pools; the quotas moved \d+ (person|people) down a band\.$/,
      );
      // floor(20% × 4) = 0: in a team of four nobody can be Best.
      expect(await page.getByTestId("pool-flags").innerText()).toMatch(
        /In 50 pools of 4, nobody can be rated “Best”: the quota 20% rounds down to no one \(it needs at least 5 staff in the pool/,
      );
      expect(await page.getByTestId("pool-table").locator("tbody tr").count()).toBe(8);
      // Beside the rating chart: the next item in the charts' grid.
      const next = await page.locator("[data-chart=rating-bands] + [data-testid=pool-report]").count();
      expect(next).toBe(1);
      await setPopulationField(page, "Staff per team (the quota pool)", "10");
      await expect.poll(() => report.innerText(), { timeout: 60_000 }).toContain("each team of 10 stands for one pool");
      expect(await page.getByTestId("pool-report-summary").innerText()).toMatch(/^20 pools;/);
      await page.setViewportSize({ width: 1440, height: 900 });
      await report.scrollIntoViewIfNeeded();
      await page.screenshot({ path: "/tmp/goodhart-pools-1440.png" });
      await page.setViewportSize({ width: 1280, height: 720 });
      await report.scrollIntoViewIfNeeded();
      await page.screenshot({ path: "/tmp/goodhart-pools-1280.png" });
      await setEditorText(page, VALID_SCHEME);
      await expect.poll(() => report.count(), { timeout: 60_000 }).toBe(0);
      expect(browser.consoleErrors).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
