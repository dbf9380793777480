import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { openBrowser, setPopulationField, visibleEditorText, waitForApp } from "./harness.ts";
import { servedDist } from "./served-dist.ts";
import { VALID_SCHEME } from "./fixtures.ts";

const server = servedDist();

async function download(page: Page, click: () => Promise<void>): Promise<{ name: string; body: Buffer }> {
  const [event] = await Promise.all([page.waitForEvent("download"), click()]);
  const path = await event.path();
  return { name: event.suggestedFilename(), body: await readFile(path) };
}

describe("population and results", () => {
  it("re-runs on a population change, exports CSV, JSON, a chart as PNG and the scheme, opens a .kpi", async () => {
    const browser = await openBrowser();
    try {
      const { page } = browser;
      await page.goto(server.url);
      await waitForApp(page);
      await setPopulationField(page, "Number of staff simulated", "400");
      await expect.poll(() => page.locator("[data-testid=sim-status]").innerText(), { timeout: 30_000 }).toMatch(/^400 staff × 12 periods/);

      const csv = await download(page, () => page.getByRole("button", { name: /per-staff results as CSV/ }).click());
      const lines = csv.body.toString("utf8").trim().split("\r\n");
      expect(lines[0]).toMatch(/^staff,type,score,true_value,rating/);
      expect(lines).toHaveLength(401);

      const json = await download(page, () => page.getByRole("button", { name: /result document as JSON/ }).click());
      const doc = JSON.parse(json.body.toString("utf8"));
      expect(doc).toMatchObject({ staff: 400, periods: 12 });
      expect(Object.keys(doc.summary)).toEqual(expect.arrayContaining(["meanScore", "gamingRate", "scoreTruthCorrelation", "ratings"]));

      const png = await download(page, () => page.getByRole("button", { name: /“Rating bands” as a PNG/ }).click());
      expect(png.name).toBe("rating-bands.png");
      expect(png.body.subarray(1, 4).toString("latin1")).toBe("PNG");

      const kpi = await download(page, () => page.getByRole("button", { name: /Download the scheme/ }).click());
      expect(kpi.name).toBe("scheme.kpi");
      expect(kpi.body.toString("utf8")).toMatch(/^\/\/|scheme/);

      // Opening a .kpi puts it in the editor; a file that is not text is refused with a reason.
      await page.locator("[data-testid=open-file]").setInputFiles({
        name: "mine.kpi",
        mimeType: "text/plain",
        buffer: Buffer.from(VALID_SCHEME.replace("E2E clerk", "Opened from disk")),
      });
      await expect.poll(() => visibleEditorText(page)).toContain("Opened from disk");
      await expect.poll(() => page.locator("[data-testid=banner]").innerText()).toContain("Opened mine.kpi");
      await page
        .locator("[data-testid=open-file]")
        .setInputFiles({ name: "photo.kpi", mimeType: "image/png", buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]) });
      await expect.poll(() => page.locator("[data-testid=banner]").innerText()).toMatch(/photo\.kpi.*not text/);
      expect(await visibleEditorText(page)).toContain("Opened from disk");

      // The theme toggle is a labelled button that the keyboard reaches.
      await page.getByRole("button", { name: /dark theme/ }).focus();
      await page.keyboard.press("Enter");
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe("dark");
      expect(browser.consoleErrors).toEqual([]);
      expect(browser.externalRequests).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
