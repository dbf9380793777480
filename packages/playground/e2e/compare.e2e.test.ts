import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openBrowser, openTab, setPopulationField, serveDist, setEditorText, waitForApp, type StaticServer } from "./harness.ts";
import { VALID_SCHEME } from "./fixtures.ts";

let server: StaticServer;
beforeAll(async () => {
  server = await serveDist();
});
afterAll(async () => server?.close());

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

      await setEditorText(page, VALID_SCHEME.replace("target 90%\n  weight 50\n}\n\nindicator happy", "target 100%\n  weight 50\n}\n\nindicator happy"));
      const changes = page.locator("[data-testid=changes]");
      await expect.poll(() => changes.innerText(), { timeout: 30_000 }).toMatch(/closure_rate: target 90% → 100%/);
      expect(await changes.innerText()).toMatch(/KPI201/);
      const figures = page.locator("[data-testid=compare-figures]");
      await expect.poll(async () => (await figures.locator("tbody tr").first().locator("td").allInnerTexts()).every((t) => t !== "—"), { timeout: 30_000 }).toBe(true);
      await page.locator("[data-testid=compare]").scrollIntoViewIfNeeded();
      await page.locator("[data-testid=compare]").screenshot({ path: "/tmp/goodhart-compare.png" });
      expect(browser.consoleErrors).toEqual([]);
      expect(browser.externalRequests).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
