/**
 * Presentation mode as a trainer uses it: open a lesson from the workspace, step through it
 * with the keyboard, change the lesson's key value and watch the live figure and chart follow,
 * leave with Esc — offline, with nothing on the console.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DIST, openBrowser, serveDist, type StaticServer } from "./harness.ts";

/** Every lesson file; the list in the app must show each one. */
const LESSON_IDS = [
  "audits",
  "decree-335-quota",
  "four-hour-spike",
  "paired-indicators",
  "ratchet",
  "red-beads",
  "same-day-100",
  "wells-fargo",
];

let server: StaticServer;
beforeAll(async () => {
  // GOODHART_E2E_DIST lets a build elsewhere be tested without replacing the shared dist/.
  server = await serveDist(process.env.GOODHART_E2E_DIST ?? DIST);
});
afterAll(async () => server?.close());

describe("lessons", () => {
  it("opens from the Lessons button, steps with the keyboard, recomputes on a what-if, closes with Esc", async () => {
    const browser = await openBrowser();
    try {
      const { page } = browser;
      await page.goto(server.url);
      await page.getByRole("button", { name: "Lessons for trainers" }).click();
      await page.getByRole("button", { name: /Deming's red beads/ }).click();
      const lesson = page.locator("[data-testid=lesson]");
      await lesson.waitFor({ state: "visible" });
      expect(page.url()).toMatch(/#lesson=red-beads$/);

      const step = page.locator("[data-testid=lesson-step]");
      const figure = page.locator("[data-testid=lesson-figure]");
      const claim = page.locator("[data-testid=lesson-claim]");
      // Live numbers: the figure fills in once the worker has run the lesson's population.
      await expect.poll(() => figure.getAttribute("data-value"), { timeout: 45_000 }).toMatch(/^-?0\.\d+/);
      await expect.poll(() => claim.getAttribute("data-holds"), { timeout: 60_000 }).toBe("true");
      await lesson.locator("figure.chart canvas").first().waitFor({ state: "visible" });

      expect(await step.getAttribute("data-step")).toBe("0");
      await page.keyboard.press("ArrowRight");
      await page.keyboard.press("Space");
      await expect.poll(() => step.getAttribute("data-step")).toBe("2");
      expect(await step.innerText()).toContain("Step 3 of 5");
      await page.keyboard.press("ArrowLeft");
      await expect.poll(() => step.getAttribute("data-step")).toBe("1");

      // What if luck were lower? The lesson starts at 90%; at 10% score and ability agree more.
      const atHighLuck = Number(await figure.getAttribute("data-value"));
      const chart = lesson.locator("canvas").first();
      const chartBefore = await chart.screenshot();
      await page.getByTestId("lesson-control").fill("0.1");
      await expect.poll(() => page.getByTestId("lesson-control-value").innerText()).toBe("10%");
      await expect.poll(async () => Number(await figure.getAttribute("data-value")), { timeout: 45_000 }).toBeGreaterThan(atHighLuck + 0.1);
      await expect.poll(async () => (await chart.screenshot()).equals(chartBefore), { timeout: 10_000 }).toBe(false);

      // The keys move the steps only while the slider does not have them.
      await lesson.focus();
      await page.keyboard.press("ArrowRight");
      await expect.poll(() => step.getAttribute("data-step")).toBe("2");
      await page.screenshot({ path: "/tmp/goodhart-lesson.png" });

      await page.keyboard.press("Escape");
      await lesson.waitFor({ state: "detached" });
      expect(page.url()).not.toContain("#lesson=");
      await page.locator("[data-testid=editor] .monaco-editor").waitFor({ state: "visible" });
      expect(browser.consoleErrors).toEqual([]);
      expect(browser.externalRequests).toEqual([]);
    } finally {
      await browser.close();
    }
  });

  it("opens a before/after lesson straight from a #lesson= link", async () => {
    const browser = await openBrowser();
    try {
      const { page } = browser;
      await page.goto(`${server.url}#lesson=audits`);
      const lesson = page.locator("[data-testid=lesson]");
      await lesson.waitFor({ state: "visible" });
      const figure = page.locator("[data-testid=lesson-figure]");
      await expect.poll(() => page.locator("[data-testid=lesson-claim]").getAttribute("data-holds"), { timeout: 60_000 }).toBe("true");
      expect(await lesson.locator("figure.chart").count()).toBe(2);
      const before = Number(await figure.getAttribute("data-before"));
      const audited = Number(await figure.getAttribute("data-value"));
      expect(audited).toBeLessThan(before);

      // No audit at all on the "after" side: falsifying comes back to the level of "before".
      await page.getByTestId("lesson-control").fill("0");
      await expect.poll(() => page.getByTestId("lesson-control-value").innerText()).toBe("0%");
      await expect.poll(async () => Number(await figure.getAttribute("data-value")), { timeout: 45_000 }).toBeCloseTo(before, 6);
      await expect.poll(() => page.locator("[data-testid=lesson-claim]").getAttribute("data-holds")).toBe("false");
      await page.screenshot({ path: "/tmp/goodhart-lesson-pair.png" });
      expect(browser.consoleErrors).toEqual([]);
      expect(browser.externalRequests).toEqual([]);
    } finally {
      await browser.close();
    }
  });

  it("every lesson opens, draws its charts and shows its claim holding, with the browser's own runs, on a 1280×720 projector without scrolling", async () => {
    const browser = await openBrowser();
    try {
      const { page } = browser;
      await page.setViewportSize({ width: 1280, height: 720 });
      await page.goto(`${server.url}#lesson=`);
      const list = page.locator(".lesson-list button");
      await list.first().waitFor({ state: "visible" });
      expect(await list.count()).toBe(LESSON_IDS.length);
      for (const id of LESSON_IDS) {
        await page.goto(`${server.url}#lesson=${id}`);
        const lesson = page.locator(`[data-testid=lesson][data-lesson="${id}"]`);
        await lesson.waitFor({ state: "visible" });
        await expect.poll(() => page.locator("[data-testid=lesson-claim]").getAttribute("data-holds"), { timeout: 60_000 }).toBe("true");
        await lesson.locator("figure.chart canvas").first().waitFor({ state: "visible" });
        expect(await lesson.locator("[role=alert]").count()).toBe(0);
        // Everything a trainer needs is on the screen: the claim, the control and Next.
        for (const part of [
          page.getByRole("button", { name: "Next →" }),
          page.locator("[data-testid=lesson-claim]"),
          page.getByTestId("lesson-control"),
          lesson.locator("figure.chart canvas").first(),
        ]) {
          const box = await part.boundingBox();
          expect(box, `${id}: on screen`).not.toBeNull();
          expect(box!.y + box!.height, `${id}: bottom within 720 px`).toBeLessThanOrEqual(720);
        }
        expect(await page.evaluate(() => document.querySelector(".lessons-mode")!.scrollHeight <= window.innerHeight)).toBe(true);
        await page.screenshot({ path: `/tmp/goodhart-lesson-${id}.png` });
      }
      expect(browser.consoleErrors).toEqual([]);
      expect(browser.externalRequests).toEqual([]);
    } finally {
      await browser.close();
    }
  }, 240_000);
});
