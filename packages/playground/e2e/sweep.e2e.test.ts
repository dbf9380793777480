import { describe, expect, it } from "vitest";
import { openBrowser, setPopulationField, setEditorText, waitForApp } from "./harness.ts";
import { servedDist } from "./served-dist.ts";
import { VALID_SCHEME } from "./fixtures.ts";

const server = servedDist();

describe("sweep", () => {
  it("starts from a code lens, proposes a possible range in round steps, and plots one small chart per figure", async () => {
    const browser = await openBrowser();
    try {
      const { page } = browser;
      await page.goto(server.url);
      await waitForApp(page);
      await setPopulationField(page, "Number of staff simulated", "300");
      await setEditorText(page, VALID_SCHEME);
      await page.locator("[data-testid=problems] .empty").waitFor({ state: "visible" });
      // Every number of a declaration is offered as a lens on its first line: click the one
      // for closure_rate's target, as a trainer would.
      const lens = page.locator("[data-testid=editor] .codelens-decoration a", { hasText: "⇄ sweep target 90%" }).first();
      await lens.waitFor({ state: "visible" });
      await lens.click();
      const sweep = page.locator("[data-testid=sweep]");
      await expect.poll(() => page.getByRole("tab", { name: "Sweep" }).getAttribute("aria-selected")).toBe("true");
      await expect.poll(() => sweep.innerText()).toContain("Target of “Share of cases closed”");
      // The default range stays inside what a share target above a 70% floor can be, in round steps.
      const values = page.locator("[data-testid=sweep-values]");
      await expect.poll(() => values.innerText()).toMatch(/^6 runs: 75%, 80%, 85%, 90%, 95%, 100% \(possible values: above 70% to 100%\)/);
      await page.getByLabel("Sweep to").fill("120");
      await expect.poll(() => values.innerText()).toMatch(/Stop at or below 100%/);
      expect(await page.getByRole("button", { name: "Run sweep" }).isDisabled()).toBe(true);
      await page.getByLabel("Sweep from").fill("80");
      await page.getByLabel("Sweep to").fill("100");
      await page.getByLabel("Sweep step").fill("10");
      await expect.poll(() => values.innerText()).toMatch(/^3 runs: 80%, 90%, 100%/);
      await page.getByRole("button", { name: "Run sweep" }).click();
      await expect.poll(() => page.locator("[data-testid=sweep-status]").innerText(), { timeout: 60_000 }).toMatch(/Done: 3 runs/);
      // One small chart per figure, each on its own axis, the value now in the data table.
      await expect.poll(() => sweep.locator("[data-testid=sweep-charts] figure.chart canvas").count()).toBe(6);
      await sweep.locator("[data-testid=sweep-charts] figure.chart").first().locator("summary", { hasText: "Data table" }).click();
      const table = sweep.locator("[data-testid=sweep-gamingRate-table]");
      await expect.poll(() => table.innerText()).toContain("90% (now)");
      expect(await table.locator("thead").innerText()).toContain("Target of “Share of cases closed”");
      await page.screenshot({ path: "/tmp/goodhart-sweep.png" });

      // The keyboard way: cursor on a number, Ctrl+Shift+Y; and the context menu is drawn opaque.
      const weight = page
        .locator("[data-testid=editor] .monaco-editor .view-line", { hasText: "weight 50" })
        .first()
        .locator("span span", { hasText: /^50$/ });
      await weight.click();
      await page.keyboard.press("Control+Shift+KeyY");
      await expect.poll(() => sweep.innerText()).toContain("Weight of “Share of cases closed”");
      await expect.poll(() => values.innerText()).toMatch(/25, 30, 35/);
      await weight.click({ button: "right" });
      const item = page.getByRole("menuitem", { name: /Sweep this number/ });
      await item.waitFor({ state: "visible" });
      const menuBackground = await page.evaluate(() => {
        const find = (root: Document | ShadowRoot): Element | null =>
          root.querySelector(".monaco-menu-container") ??
          [...root.querySelectorAll("*")].map((e) => (e.shadowRoot ? find(e.shadowRoot) : null)).find((e) => e !== null) ??
          null;
        const menu = find(document);
        const colours = menu ? [menu, ...menu.querySelectorAll("*")].map((e) => getComputedStyle(e).backgroundColor) : [];
        return colours.find((c) => c !== "rgba(0, 0, 0, 0)") ?? "transparent";
      });
      expect(menuBackground).toMatch(/^rgb\(/);
      await page.keyboard.press("Escape");
      expect(browser.consoleErrors).toEqual([]);
      expect(browser.externalRequests).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
