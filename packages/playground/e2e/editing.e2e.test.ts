import { describe, expect, it } from "vitest";
import { openBrowser, setEditorText, waitForApp } from "./harness.ts";
import { servedDist } from "./served-dist.ts";
import { SCHEME_NEEDING_PERCENT, SCHEME_WITH_ERROR, VALID_SCHEME } from "./fixtures.ts";

const server = servedDist();

const draftText = () => JSON.parse(localStorage.getItem("goodhart.playground.draft.v1") ?? "{}").scheme as string | undefined;

describe("editing a scheme", () => {
  it("shows an error as a squiggle and in the problems list; choosing the problem jumps to it; charts follow edits", async () => {
    const browser = await openBrowser();
    try {
      const { page } = browser;
      await page.goto(server.url);
      await waitForApp(page);

      await setEditorText(page, VALID_SCHEME);
      const results = page.locator("[data-testid=results]");
      await expect.poll(() => results.getAttribute("data-mean-score"), { timeout: 30_000 }).not.toBe("");
      await expect.poll(() => page.evaluate(draftText)).toBe(VALID_SCHEME);
      const before = await results.getAttribute("data-mean-score");
      const seqBefore = Number(await results.getAttribute("data-result-seq"));

      await setEditorText(page, SCHEME_WITH_ERROR);
      const problem = page.locator("[data-testid=problems] button[data-code=KPI002]");
      await problem.waitFor({ state: "visible" });
      expect(await problem.innerText()).toMatch(/closedd/);
      await page.locator("[data-testid=editor] .monaco-editor .squiggly-error").first().waitFor({ state: "attached" });
      await expect.poll(() => page.locator("[data-testid=sim-status]").innerText()).toMatch(/has 1 error;/);

      await problem.click();
      // Polled: code lenses leaving (the scheme no longer resolves) may still move lines.
      await expect
        .poll(async () => {
          const cursorLine = await page.locator("[data-testid=editor] .monaco-editor .current-line").first().boundingBox();
          const errorLine = await page.locator("[data-testid=editor] .monaco-editor .view-line", { hasText: "closedd" }).boundingBox();
          return cursorLine && errorLine ? Math.abs(cursorLine.y - errorLine.y) : Infinity;
        })
        .toBeLessThan(4);

      // A different target moves the figures: the charts are rebuilt from a new run.
      await setEditorText(
        page,
        VALID_SCHEME.replace("target 90%\n  weight 50\n}\n\nindicator happy", "target 100%\n  weight 50\n}\n\nindicator happy"),
      );
      await expect.poll(async () => Number(await results.getAttribute("data-result-seq")), { timeout: 30_000 }).toBeGreaterThan(seqBefore);
      await expect.poll(() => page.locator("[data-testid=problems]").innerText()).toContain("KPI201");
      await expect.poll(() => results.getAttribute("data-mean-score"), { timeout: 30_000 }).not.toBe(before);
      await page.screenshot({ path: "/tmp/goodhart-after-edit.png" });
      expect(browser.consoleErrors).toEqual([]);
      expect(browser.externalRequests).toEqual([]);
    } finally {
      await browser.close();
    }
  });

  it("offers the dsl's services: hover with the effective weight, completion of observables, a quick fix", async () => {
    const browser = await openBrowser();
    try {
      const { page } = browser;
      await page.goto(server.url);
      await waitForApp(page);
      await setEditorText(page, VALID_SCHEME);
      await page.locator("[data-testid=problems] .empty").waitFor({ state: "visible" });
      // Code lenses move lines down when they arrive; measure positions only after them.
      await page.locator("[data-testid=editor] .monaco-editor .codelens-decoration").first().waitFor({ state: "visible" });

      const name = page.locator("[data-testid=editor] .monaco-editor .view-line span span", { hasText: /^closure_rate$/ }).first();
      const box = (await name.boundingBox())!;
      await page.mouse.move(box.x - 30, box.y + 2);
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 5 });
      const hover = page.locator(".monaco-hover-content", { hasText: "Effective weight" }).first();
      await hover.waitFor({ state: "visible" });
      expect(await hover.innerText()).toMatch(/50%/);
      await page.keyboard.press("Escape");

      await page.locator("[data-testid=editor] .monaco-editor .view-line", { hasText: "observes cases.received" }).first().click();
      await page.keyboard.press("End");
      await page.keyboard.press("Enter");
      await page.keyboard.type("observes ca", { delay: 30 });
      await page.keyboard.press("Control+Space");
      await page.locator(".suggest-widget .monaco-list-row", { hasText: "cases.closed_on_time" }).first().waitFor({ state: "visible" });
      await page.keyboard.press("Escape");

      await setEditorText(page, SCHEME_NEEDING_PERCENT);
      const problem = page.locator("[data-testid=problems] button[data-code=KPI102]");
      await problem.waitFor({ state: "visible" });
      await problem.click();
      await page.keyboard.press("Control+.");
      const fix = page.locator(".action-widget .monaco-list-row.action", { hasText: "Change to" }).first();
      await fix.waitFor({ state: "visible" });
      await page.keyboard.press("Enter");
      await expect.poll(() => page.evaluate(draftText)).toContain("target 95%");
      await expect.poll(() => page.locator("[data-testid=problems] button[data-code=KPI102]").count()).toBe(0);
      expect(browser.consoleErrors).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
