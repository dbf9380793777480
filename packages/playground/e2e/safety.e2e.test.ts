import { describe, expect, it } from "vitest";
import { openBrowser, openTab, setPopulationField, visibleEditorText, setEditorText, waitForApp } from "./harness.ts";
import { servedDist } from "./served-dist.ts";
import { VALID_SCHEME } from "./fixtures.ts";

const server = servedDist();

const draftText = () => JSON.parse(localStorage.getItem("goodhart.playground.draft.v1") ?? "{}").scheme as string | undefined;

/** A label that would run script if it ever became markup. */
const HOSTILE = VALID_SCHEME.replace('"Share of cases closed"', '"<img src=x onerror=\\"window.__pwned=1\\">Closed"');

describe("the user's work is safe", () => {
  it("keeps the draft across a reload, and the text an example replaced", async () => {
    const browser = await openBrowser();
    try {
      const { page } = browser;
      await page.goto(server.url);
      await waitForApp(page);
      await setEditorText(page, VALID_SCHEME.replace("E2E clerk", "Draft that must survive"));
      await expect.poll(() => page.evaluate(draftText)).toContain("Draft that must survive");
      await page.reload();
      await waitForApp(page);
      await expect.poll(() => visibleEditorText(page)).toContain("Draft that must survive");

      // Opening an example over the draft keeps the draft, even across another reload.
      await page.getByTestId("examples-button").click();
      await page.locator("[data-testid=gallery] .card").nth(1).click();
      await expect.poll(() => page.evaluate(draftText)).not.toContain("Draft that must survive");
      await page.reload();
      await waitForApp(page);
      await page.getByTestId("examples-button").click();
      await page.getByRole("button", { name: /text you had before/ }).click();
      await expect.poll(() => visibleEditorText(page)).toContain("Draft that must survive");
      expect(browser.consoleErrors).toEqual([]);
    } finally {
      await browser.close();
    }
  });

  it("opens a share link in a fresh browser profile with its scheme and population; labels stay text", async () => {
    const sender = await openBrowser();
    let link = "";
    try {
      const { page } = sender;
      await page.goto(server.url);
      await waitForApp(page);
      await setPopulationField(page, "Number of staff simulated", "700");
      await setEditorText(page, HOSTILE);
      await expect.poll(() => page.evaluate(draftText)).toBe(HOSTILE);
      await page.getByRole("button", { name: /Copy a link/ }).click();
      await expect.poll(() => page.locator("[data-testid=banner]").innerText()).toContain("Link copied");
      link = await page.evaluate(() => navigator.clipboard.readText());
    } finally {
      await sender.close();
    }
    expect(link).toMatch(/#s=/);

    const receiver = await openBrowser();
    try {
      const { page } = receiver;
      await page.goto(link);
      await waitForApp(page);
      await expect.poll(() => visibleEditorText(page)).toContain("E2E clerk");
      await page.locator("[data-testid=population] summary").click();
      expect(await page.getByLabel("Number of staff simulated", { exact: true }).inputValue()).toBe("700");
      await expect.poll(() => page.locator("[data-testid=banner]").innerText()).toContain("shared scheme");
      // The hostile label is shown as characters in the indicator chart's title, never run.
      await openTab(page, "Indicators");
      await expect.poll(() => page.locator("figure.chart h3", { hasText: "<img" }).count(), { timeout: 30_000 }).toBeGreaterThan(0);
      expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
      expect(await page.locator("figure img").count()).toBe(0);
      // The link is consumed: a reload now shows the receiver's own draft, not the link again.
      expect(page.url()).not.toContain("#s=");
      expect(receiver.consoleErrors).toEqual([]);
      expect(receiver.externalRequests).toEqual([]);
    } finally {
      await receiver.close();
    }
  });

  it("explains a broken or huge link and still opens the editor", async () => {
    const browser = await openBrowser();
    try {
      const { page } = browser;
      await page.goto(`${server.url}#s=this-is-not-a-scheme`);
      await waitForApp(page);
      await expect.poll(() => page.locator("[data-testid=banner]").innerText()).toMatch(/damaged|not a valid/);
      await page.goto(`${server.url}#s=${"A".repeat(70_000)}`);
      await page.reload();
      await waitForApp(page);
      await expect.poll(() => page.locator("[data-testid=banner]").innerText()).toMatch(/too large/);
      expect(await visibleEditorText(page)).toMatch(/\S/);
      expect(browser.consoleErrors).toEqual([]);
    } finally {
      await browser.close();
    }
  });

  it("survives pasted junk: problems are listed (capped), the page keeps working, nothing throws", async () => {
    const browser = await openBrowser();
    try {
      const { page } = browser;
      await page.goto(server.url);
      await waitForApp(page);
      let junk = "";
      for (let i = 0; i < 1500; i++) junk += `@@ ${i} } { "x {{ metric m${i} {\n`;
      await setEditorText(page, junk);
      await page.locator("[data-testid=problems] li.more").waitFor({ state: "visible" });
      expect(await page.locator("[data-testid=problems] button.problem").count()).toBeLessThanOrEqual(300);
      await expect.poll(() => page.locator("[data-testid=sim-status]").innerText()).toMatch(/errors/);
      expect(browser.consoleErrors).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
