/**
 * The workspace as a user meets it: tabs by mouse and keyboard, the divider dragged, the
 * gallery showing what is open, the editor's font, a 2 MB paste refused, stale figures
 * marked, population fields that say what is wrong, warnings in one sentence, and a click on
 * a staff member's dot that explains their rating.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  openBrowser,
  openTab,
  serveDist,
  setEditorText,
  setPopulationField,
  visibleEditorText,
  waitForApp,
  type Browser,
  type StaticServer,
} from "./harness.ts";
import { SCHEME_WITH_ERROR, VALID_SCHEME } from "./fixtures.ts";

let server: StaticServer;
let browser: Browser;
beforeAll(async () => {
  server = await serveDist();
  browser = await openBrowser();
  await browser.page.goto(server.url);
  await waitForApp(browser.page);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("the workspace", () => {
  it("has a tab per job, reached by click and by arrow keys", async () => {
    const { page } = browser;
    const names = await page.getByRole("tab").allInnerTexts();
    expect(names).toEqual(["Summary", "Indicators", "Sweep", "Compare", "Exploits", "Sensitivity"]);
    await openTab(page, "Indicators");
    await expect.poll(() => page.locator("figure.chart[data-chart^=indicator-]").count()).toBeGreaterThan(0);
    await page.getByRole("tab", { name: "Indicators" }).focus();
    await page.keyboard.press("ArrowRight");
    expect(await page.getByRole("tab", { name: "Sweep" }).getAttribute("aria-selected")).toBe("true");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Sweep");
    await page.keyboard.press("End");
    await expect.poll(() => page.locator("[data-testid=sensitivity]").isVisible()).toBe(true);
    await openTab(page, "Summary");
  });

  it("resizes editor and results with the divider, by drag and by keyboard", async () => {
    const { page } = browser;
    const editor = page.locator("[data-testid=editor]");
    const before = (await editor.boundingBox())!.width;
    const bar = (await page.getByTestId("divider").boundingBox())!;
    await page.mouse.move(bar.x + bar.width / 2, bar.y + 200);
    await page.mouse.down();
    await page.mouse.move(400, bar.y + 220, { steps: 5 });
    await page.mouse.up();
    await expect.poll(async () => (await editor.boundingBox())!.width).toBeLessThan(before - 150);
    const dragged = Number(await page.getByTestId("divider").getAttribute("aria-valuenow"));
    await page.getByTestId("divider").focus();
    await page.keyboard.press("ArrowRight");
    await expect.poll(async () => Number(await page.getByTestId("divider").getAttribute("aria-valuenow"))).toBeCloseTo(dragged + 2, 0);
    // Back to the starting split for the tests after this one.
    await page.keyboard.press("Home");
    for (let i = 0; i < 13; i++) await page.keyboard.press("ArrowRight");
    expect(Number(await page.getByTestId("divider").getAttribute("aria-valuenow"))).toBe(46);
  });

  it("shows the examples as a gallery with the open one marked", async () => {
    const { page } = browser;
    await page.getByTestId("examples-button").click();
    const gallery = page.getByTestId("gallery");
    const open = gallery.locator(".card[aria-current=true]");
    expect(await open.getAttribute("data-example")).toBe("one-stop-shop-clerk");
    expect(await gallery.locator(".card").count()).toBeGreaterThanOrEqual(5);
    expect((await gallery.locator(".card span").allInnerTexts()).every((t) => t.length > 10)).toBe(true);
    await page.screenshot({ path: "/tmp/goodhart-gallery.png" });
    await gallery.locator(".card[data-example=same-day-100]").click();
    await expect.poll(() => visibleEditorText(page)).toContain("100% processed the same day");
    await expect.poll(() => page.getByTestId("examples-button").innerText()).toContain("100% processed the same day");
    await page.getByTestId("examples-button").click();
    expect(await gallery.locator(".card[aria-current=true]").getAttribute("data-example")).toBe("same-day-100");
    await page.keyboard.press("Escape");
    await expect.poll(() => gallery.count()).toBe(0);
  });

  it("lists the exploits the simulator's finder sees in the open example", async () => {
    const { page } = browser;
    await openTab(page, "Exploits");
    const panel = page.getByTestId("exploits");
    await expect.poll(() => panel.innerText(), { timeout: 30_000 }).toMatch(/Honest, steady work gives the typical person a score of \d/);
    // Nobody checks the same-day log: falsifying it pays.
    await expect.poll(() => page.getByTestId("exploits-table").locator("tbody tr").count()).toBeGreaterThan(0);
    expect(await page.getByTestId("exploits-table").innerText()).toMatch(/Falsifying closures/);
    await page.screenshot({ path: "/tmp/goodhart-exploits.png" });
    await openTab(page, "Summary");
  });

  it("writes warnings in one sentence, with the sources behind “why”, and counts in words", async () => {
    const { page } = browser;
    const problems = page.getByTestId("problems");
    await expect.poll(() => problems.innerText()).toContain("0 errors, 7 warnings, 0 notes");
    const first = problems.locator(".problem-row").first();
    const headline = await first.locator(".message").innerText();
    expect(headline.split(/[.!?](\s|$)/).filter((x) => x?.trim()).length).toBe(1);
    expect(headline).not.toMatch(/\(\D*\d{4}\)/);
    await first.getByRole("button", { name: /^Why/ }).click();
    await expect.poll(() => first.locator(".problem-why").innerText()).toMatch(/\d{4}/);
    await setEditorText(page, SCHEME_WITH_ERROR);
    await expect.poll(() => problems.innerText()).toContain("1 error,");
    await expect.poll(() => page.getByTestId("sim-status").innerText()).toMatch(/1 error;/);
  });

  it("draws the editor in a bundled font that has the Vietnamese letters", async () => {
    const { page } = browser;
    await setEditorText(page, VALID_SCHEME.replace("E2E clerk", "Hồ sơ kết quả đúng hạn"));
    await page.keyboard.press("Control+Home");
    await expect.poll(() => visibleEditorText(page)).toContain("Hồ sơ kết quả đúng hạn");
    const family = await page.locator("[data-testid=editor] .view-lines").evaluate((e) => getComputedStyle(e).fontFamily);
    expect(family).toMatch(/JetBrains Mono/);
    await expect.poll(() => page.evaluate(() => document.fonts.check("13px 'JetBrains Mono'", "hồ sơ kết quả"))).toBe(true);
    const fontFiles = await page.evaluate(() =>
      performance
        .getEntriesByType("resource")
        .map((r) => r.name)
        .filter((n) => /jetbrains-mono.*\.woff2/.test(n)),
    );
    expect(fontFiles.some((n) => /vietnamese/.test(n))).toBe(true);
  });

  it("refuses a 2 MB paste with a message, keeps the text, and stays responsive", async () => {
    const { page } = browser;
    await setEditorText(page, VALID_SCHEME);
    await expect.poll(() => page.getByTestId("problems").innerText()).toContain("0 errors");
    const huge = `// ${"x".repeat(2_000_000)}\n`;
    await page.evaluate((t) => navigator.clipboard.writeText(t), huge);
    // A key pressed before the click has given the editor focus goes elsewhere (a lost paste
    // once left the banner unchanged for 20 s in CI): wait for the focus, as a user would, and
    // click again when a loaded machine let a redraw swallow the click (stop 33 in CI).
    const focused = () => page.evaluate(() => document.activeElement?.closest("[data-testid=editor]") !== null);
    for (let attempt = 0; attempt < 5 && !(await focused()); attempt++) {
      await page.locator("[data-testid=editor] .monaco-editor .view-lines").click();
      await expect
        .poll(focused, { timeout: 5_000 })
        .toBe(true)
        .catch(() => undefined);
    }
    expect(await focused()).toBe(true);
    await page.keyboard.press("Control+End");
    await page.keyboard.press("Control+V");
    await expect.poll(() => page.getByTestId("banner").innerText()).toMatch(/2\.0 MB.*at most 1 MB.*not pasted.*unchanged/);
    await page.keyboard.press("Control+Home");
    await expect.poll(() => visibleEditorText(page)).toContain("E2E clerk");
    expect(await page.evaluate(() => document.querySelector("[data-testid=editor] .monaco-editor")?.textContent?.length ?? 0)).toBeLessThan(
      200_000,
    );
    // Still answering: a tab switch right after the refused paste takes effect.
    await openTab(page, "Indicators");
    expect(await page.getByRole("tab", { name: "Indicators" }).getAttribute("aria-selected")).toBe("true");
    await openTab(page, "Summary");
    expect(browser.consoleErrors).toEqual([]);
  });

  it("marks figures from an older population as out of date, and refuses −5 staff visibly instead of clamping", async () => {
    const { page } = browser;
    await page.locator("[data-testid=results] canvas").first().waitFor({ state: "visible" });
    await expect.poll(() => page.getByTestId("results").getAttribute("data-stale"), { timeout: 30_000 }).toBe("false");
    await setPopulationField(page, "Number of staff simulated", "-5");
    const field = page.getByLabel("Number of staff simulated", { exact: true });
    expect(await field.inputValue()).toBe("-5");
    expect(await field.getAttribute("aria-invalid")).toBe("true");
    await expect.poll(() => page.locator(".field-problem").first().innerText()).toMatch(/whole number from 1 to 100,000; -5 is outside/);
    expect(await page.getByTestId("results").getAttribute("data-stale")).toBe("false");
    // A valid size re-runs; until that run lands the old figures say they are out of date.
    await field.fill("9000");
    await expect.poll(() => page.getByTestId("results").getAttribute("data-stale"), { interval: 20 }).toBe("true");
    expect(await page.getByTestId("stale-note").isVisible()).toBe(true);
    await expect.poll(() => page.getByTestId("sim-status").innerText(), { timeout: 60_000 }).toMatch(/^9,000 staff/);
    await expect.poll(() => page.getByTestId("results").getAttribute("data-stale")).toBe("false");
    // The slider moves the same value.
    await page.getByLabel(/^Staff slider/).focus();
    await page.keyboard.press("Home");
    expect(await field.inputValue()).toBe("100");
    await page.locator("[data-testid=population] summary").click();
  });

  it("explains a staff member's rating when their dot is clicked, and shows each chart as a table", async () => {
    const { page } = browser;
    await expect.poll(() => page.getByTestId("sim-status").innerText(), { timeout: 30_000 }).toMatch(/^100 staff/);
    await expect.poll(() => page.getByTestId("results").getAttribute("data-stale"), { timeout: 30_000 }).toBe("false");
    const canvas = page.locator("figure[data-chart=score-vs-truth] canvas");
    const explain = page.getByTestId("explain");
    // Find a drawn dot by its colour (honest triers, light blue), then click it as a user would.
    // Further seeds may still be landing and redraw the chart between the look and the click
    // (seen on a loaded 2-core machine), so look again and click again, a few times at most.
    let explained = false;
    for (let attempt = 0; attempt < 5 && !explained; attempt += 1) {
      const spot = await canvas.evaluate((c: HTMLCanvasElement) => {
        const ctx = c.getContext("2d")!;
        const { width, height } = c;
        const data = ctx.getImageData(0, 0, width, height).data;
        const scale = c.getBoundingClientRect().width / width;
        // Below the legend (whose swatch has the same colour) and above the x axis.
        for (let y = Math.round(height * 0.25); y < height * 0.8; y += 1)
          for (let x = 0; x < width; x += 1) {
            const k = (y * width + x) * 4;
            if (Math.abs(data[k]! - 0x56) < 6 && Math.abs(data[k + 1]! - 0xb4) < 6 && Math.abs(data[k + 2]! - 0xe9) < 6)
              return { x: (x + 2) * scale, y: (y + 2) * scale };
          }
        return null;
      });
      expect(spot).not.toBeNull();
      await canvas.scrollIntoViewIfNeeded();
      await canvas.click({ position: spot!, timeout: 10_000 });
      explained = await explain
        .waitFor({ state: "visible", timeout: 5_000 })
        .then(() => true)
        .catch(() => false);
    }
    expect(explained).toBe(true);
    await expect.poll(() => explain.innerText(), { timeout: 15_000 }).toMatch(/Honest trier/);
    await expect.poll(() => page.getByTestId("explain-verdict").innerText()).toMatch(/^Score \d+(\.\d)? → /);
    expect(await explain.locator("tbody tr").count()).toBe(2);
    // The rating bands chart as a table: its band labels and shares, in text.
    await page.locator("figure[data-chart=rating-bands] summary", { hasText: "Data table" }).click();
    const table = page.getByTestId("rating-bands-table").locator("tbody tr");
    // The table is drawn when the disclosure opens, a render after the click.
    await expect.poll(async () => (await table.allInnerTexts()).map((r) => r.split("\t")[0])).toEqual(["Good (score ≥ 70)", "Poor"]);
    const rows = await table.allInnerTexts();
    expect(rows.every((r) => /\d+\.\d%$/.test(r))).toBe(true);
    await page.screenshot({ path: "/tmp/goodhart-explain.png" });
    expect(browser.consoleErrors).toEqual([]);
    expect(browser.externalRequests).toEqual([]);
    // Its own waits add up to about 160 s at the worst; a longer limit lets a slow step fail at that step, by name.
  }, 200_000);
});
