/**
 * docs/model.md §8: the same seed gives byte-identical results in Node and in the browser.
 * The browser's run (the simulation worker of the built app, opened from a share link) is
 * exported as the JSON result document and compared, byte for byte, with the same document
 * built in Node from `simulate` — the function the CLI calls.
 */
import { readFile } from "node:fs/promises";
import { simulate } from "@goodhart/simulator";
import { describe, expect, it } from "vitest";
import { analyzeText } from "../src/language/language-services.ts";
import { adaptResult } from "../src/sim/adapt-result.ts";
import { DEFAULT_POPULATION, type Population } from "../src/sim/population.ts";
import { toSimulatorParams } from "../src/sim/population-params.ts";
import { viewSchema } from "../src/sim/protocol.ts";
import { resultsJson } from "../src/export/results.ts";
import { encodeShareHash } from "../src/share/share-link.ts";
import { openBrowser, waitForApp } from "./harness.ts";
import { servedDist } from "./served-dist.ts";
import { VALID_SCHEME } from "./fixtures.ts";

const server = servedDist();

describe("determinism across builds", () => {
  it("the browser's simulation equals Node's byte for byte for the same scheme, population and seed", async () => {
    const population: Population = {
      ...DEFAULT_POPULATION,
      staff: 600,
      periods: 5,
      seed: 11,
      team: 15,
      hard: 0.3,
      luck: 0.45,
      mix: { saints: 0.1, honest: 0.5, reactive: 0.3, maniacs: 0.1 },
    };
    const facts = analyzeText(VALID_SCHEME).facts!;
    // The page checks the worker's answer with viewSchema, which keeps the §5 fields; so does Node here.
    const inNode = resultsJson(viewSchema.parse(adaptResult(simulate(VALID_SCHEME, toSimulatorParams(population)), facts)));

    const browser = await openBrowser();
    try {
      const { page } = browser;
      await page.goto(`${server.url}${encodeShareHash({ scheme: VALID_SCHEME, population })}`);
      await waitForApp(page);
      await expect.poll(() => page.locator("[data-testid=sim-status]").innerText(), { timeout: 60_000 }).toMatch(/^600 staff × 5 periods/);
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("button", { name: /result document as JSON/ }).click(),
      ]);
      const inBrowser = await readFile(await download.path(), "utf8");
      expect(JSON.parse(inBrowser)).toMatchObject({ staff: 600, periods: 5, seed: 11 });
      expect(inBrowser).toBe(inNode);
      expect(browser.consoleErrors).toEqual([]);
      expect(browser.externalRequests).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
