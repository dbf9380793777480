import { describe, expect, it } from "vitest";
import { openBrowser, openTab, setEditorText, setPopulationField, waitForApp } from "./harness.ts";
import { servedDist } from "./served-dist.ts";
import { VALID_SCHEME } from "./fixtures.ts";

const server = servedDist();

/** A card's value: the number before any "±", as the user reads it. */
const cardValue = (text: string) => text.split("±")[0]!.trim();

describe("how sure a figure is", () => {
  it("puts ± on the headline cards once further seeds are in, with no more digits than the interval supports", async () => {
    const browser = await openBrowser();
    try {
      const { page } = browser;
      await page.goto(server.url);
      await waitForApp(page);
      await setPopulationField(page, "Number of staff simulated", "300");
      await setEditorText(page, VALID_SCHEME);
      const headlines = page.locator("[data-testid=headlines]");
      await expect.poll(() => headlines.getAttribute("data-replicates"), { timeout: 60_000 }).toBe("5");
      await expect.poll(() => page.locator("[data-testid=replicates-note]").innerText()).toMatch(/mean over 5 seeds/);
      const card = headlines.locator("[data-figure=gamingRate] strong");
      const text = await card.innerText();
      // "4.5% ± 0.4": the ± has exactly as many decimals as the value it qualifies.
      // (A half-width that rounds to nothing reads "± <0.1"; seeds that agree exactly "± 0".)
      const m = /^(-?\d+(?:\.(\d+))?)%\s*±\s*(<)?(\d+(?:\.(\d+))?)$/.exec(text.trim());
      expect(m, text).not.toBeNull();
      const half = Number(m![4]);
      if (half > 0) {
        expect(m![2]?.length ?? 0).toBe(m![5]?.length ?? 0);
        // The digits shown are those the half-width supports: one significant digit of the ±.
        expect(m![5]?.length ?? 0).toBeLessThanOrEqual(Math.max(0, -Math.floor(Math.log10(half))));
      }
      // An edit marks the cards as the earlier run's and the ± goes until the new seeds are in.
      await setEditorText(page, VALID_SCHEME.replace("target 90%", "target 95%"));
      await expect.poll(() => headlines.getAttribute("data-replicates"), { timeout: 60_000 }).toBe("5");
      expect(cardValue(await card.innerText())).toMatch(/%$/);
      expect(browser.consoleErrors).toEqual([]);
    } finally {
      await browser.close();
    }
  });

  it("shades each sweep line's 95% band once a few seeds are in", async () => {
    const browser = await openBrowser();
    try {
      const { page } = browser;
      await page.goto(server.url);
      await waitForApp(page);
      await setPopulationField(page, "Number of staff simulated", "200");
      await setEditorText(page, VALID_SCHEME);
      await page.locator("[data-testid=problems] .empty").waitFor({ state: "visible" });
      const lens = page.locator("[data-testid=editor] .codelens-decoration a", { hasText: "⇄ sweep target 90%" }).first();
      await lens.click();
      await page.getByLabel("Sweep from").fill("80");
      await page.getByLabel("Sweep to").fill("100");
      await page.getByLabel("Sweep step").fill("10");
      await page.getByRole("button", { name: "Run sweep" }).click();
      const status = page.locator("[data-testid=sweep-status]");
      await expect.poll(() => status.innerText(), { timeout: 90_000 }).toMatch(/Done: 3 runs × 5 seeds/);
      const sweep = page.locator("[data-testid=sweep]");
      await sweep.locator("[data-testid=sweep-charts] figure.chart").first().locator("summary", { hasText: "Data table" }).click();
      const rows = sweep.locator("[data-testid=sweep-gamingRate-table] tbody tr");
      await expect.poll(() => rows.count()).toBe(3);
      // Every cell of the table carries its interval, as the band does on the chart.
      for (const row of await rows.all()) expect(await row.innerText()).toMatch(/±/);
      // The band is drawn: the chart's high edge is filled down to its low edge.
      const filled = await page.evaluate(() => {
        const canvas = document.querySelector<HTMLCanvasElement>("[data-chart=sweep-gamingRate] canvas");
        const ctx = canvas?.getContext("2d");
        if (!canvas || !ctx) return 0;
        const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
        // The band is the series colour (#0072B2) at 20% opacity over the background.
        let n = 0;
        for (let i = 0; i < data.length; i += 4) if (data[i + 2]! > data[i]! + 20 && data[i + 2]! < 250 && data[i]! > 150) n++;
        return n;
      });
      expect(filled).toBeGreaterThan(50);
      expect(browser.consoleErrors).toEqual([]);
    } finally {
      await browser.close();
    }
  });

  it("ranks the model's constants for a chosen figure as a tornado, with progress and cancel", async () => {
    const browser = await openBrowser();
    try {
      const { page } = browser;
      await page.goto(server.url);
      await waitForApp(page);
      await setEditorText(page, VALID_SCHEME);
      await page.locator("[data-testid=problems] .empty").waitFor({ state: "visible" });
      await openTab(page, "Sensitivity");
      const panel = page.locator("[data-testid=sensitivity]");
      await panel.getByLabel("Figure to analyse").selectOption({ label: "Staff gaming" });
      await panel.getByRole("button", { name: "Run sensitivity" }).click();
      const status = panel.locator("[data-testid=sensitivity-status]");
      await expect.poll(() => status.innerText()).toMatch(/Running \d+%/);
      await panel.getByRole("button", { name: "Cancel" }).click();
      await expect.poll(() => status.innerText()).toBe("");
      expect(await panel.getByRole("button", { name: "Run sensitivity" }).isDisabled()).toBe(false);
      await panel.getByRole("button", { name: "Run sensitivity" }).click();
      await expect.poll(() => status.innerText(), { timeout: 120_000 }).toMatch(/^Done: \d+ runs/);
      await expect.poll(() => panel.locator("[data-chart=sensitivity-tornado] canvas").count()).toBe(1);
      expect(await panel.locator("[data-testid=sensitivity-summary]").innerText()).toMatch(/staff gaming is \d/i);
      await panel.locator("summary", { hasText: "Data table" }).click();
      const swings = await panel.locator("[data-testid=sensitivity-tornado-table] tbody tr td:last-child").allInnerTexts();
      // Ranked by swing: the table's last column never rises going down (undefined ones last).
      const xs = swings.filter((s) => s !== "—").map((s) => Number.parseFloat(s));
      expect(xs.length).toBeGreaterThan(5);
      for (let i = 1; i < xs.length; i++) expect(xs[i]!).toBeLessThanOrEqual(xs[i - 1]! + 1e-9);
      // An edit leaves the report marked out of date rather than passing it off as current.
      await setEditorText(page, VALID_SCHEME.replace("target 90%", "target 95%"));
      await expect.poll(() => panel.locator("[data-testid=sensitivity-result]").getAttribute("data-stale")).toBe("true");
      expect(browser.consoleErrors).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
