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
      // Code lenses (one per indicator) push lines down when they arrive, so a click aimed
      // before they are all there lands on another line: wait for both, then for the number
      // to stop moving, and click where it is.
      const lenses = page.locator("[data-testid=editor] .monaco-editor .codelens-decoration");
      await expect.poll(() => lenses.count()).toBe(2);
      const target = page.locator("[data-testid=editor] .monaco-editor .view-line", { hasText: "target 90%" }).first().locator("span span", { hasText: /^90%$/ });
      let box = await target.boundingBox();
      await expect
        .poll(
          async () => {
            const now = await target.boundingBox();
            const still = now !== null && box !== null && now.x === box.x && now.y === box.y;
            box = now;
            return still;
          },
          { interval: 300 },
        )
        .toBe(true);
      const x = box!.x + box!.width / 2;
      const y = box!.y + box!.height / 2;
      await page.mouse.click(x, y);
      await page.mouse.click(x, y, { button: "right" });
      const item = page.getByRole("menuitem", { name: /Sweep this number/ });
      await item.waitFor({ state: "visible" });
      // The menu lives in a shadow root; it must be drawn on the theme's menu colour, not see-through.
      const menuBackground = await page.evaluate(() => {
        const find = (root: Document | ShadowRoot): Element | null =>
          root.querySelector(".monaco-menu-container") ?? [...root.querySelectorAll("*")].map((e) => (e.shadowRoot ? find(e.shadowRoot) : null)).find((e) => e !== null) ?? null;
        const menu = find(document);
        const colours = menu ? [menu, ...menu.querySelectorAll("*")].map((e) => getComputedStyle(e).backgroundColor) : [];
        return colours.find((c) => c !== "rgba(0, 0, 0, 0)") ?? "transparent";
      });
      expect(menuBackground).toMatch(/^rgb\(/);
      await page.screenshot({ path: "/tmp/goodhart-context-menu.png" });
      // Monaco arms a menu item's mouse-up only 100 ms after drawing it, "to avoid accidental
      // clicks", so a click sooner than a person could make one is ignored and the menu stays
      // open (on a loaded machine the arming timer can be late too): click until it closes.
      await expect
        .poll(
          async () => {
            if (await item.isVisible()) await item.click({ timeout: 2000 }).catch(() => undefined);
            return item.isVisible();
          },
          { interval: 250 },
        )
        .toBe(false);

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
