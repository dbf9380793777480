import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openBrowser, serveDist, setEditorText, waitForApp, type StaticServer } from "./harness.ts";
import { VALID_SCHEME } from "./fixtures.ts";

let server: StaticServer;
beforeAll(async () => {
  server = await serveDist();
});
afterAll(async () => server?.close());

describe("sweep", () => {
  it("varies a number picked from the editor's context menu and plots the headline figures", async () => {
    const browser = await openBrowser();
    try {
      const { page } = browser;
      await page.goto(server.url);
      await waitForApp(page);
      await page.getByLabel("Number of staff simulated").fill("300");
      await setEditorText(page, VALID_SCHEME);
      await page.locator("[data-testid=problems] .empty").waitFor({ state: "visible" });
      // Code lenses push lines down when they arrive; click only once they are there.
      await page.locator("[data-testid=editor] .monaco-editor .codelens-decoration").first().waitFor({ state: "visible" });

      const target = page.locator("[data-testid=editor] .monaco-editor .view-line", { hasText: "target 90%" }).first().locator("span span", { hasText: /^90%$/ });
      await target.click();
      await target.click({ button: "right" });
      await page.getByRole("menuitem", { name: /Sweep this number/ }).click();

      const sweep = page.locator("[data-testid=sweep]");
      await expect.poll(() => sweep.innerText()).toContain("closure_rate.target");
      await page.getByLabel("Sweep from").fill("80");
      await page.getByLabel("Sweep to").fill("100");
      await page.getByLabel("Sweep steps").fill("3");
      await expect.poll(() => sweep.innerText()).toContain("(80%, 90%, 100%).");
      await page.getByRole("button", { name: "Run sweep" }).click();
      await expect.poll(() => page.locator("[data-testid=sweep-status]").innerText(), { timeout: 60_000 }).toMatch(/Done: 3 runs/);
      await sweep.locator("figure.chart canvas").waitFor({ state: "visible" });
      expect(await sweep.locator("figcaption").innerText()).toMatch(/varies/);
      await page.screenshot({ path: "/tmp/goodhart-sweep.png", fullPage: false });
      await sweep.screenshot({ path: "/tmp/goodhart-sweep-panel.png" });
      expect(browser.consoleErrors).toEqual([]);
      expect(browser.externalRequests).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
