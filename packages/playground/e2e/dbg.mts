import { openBrowser, serveDist } from "./harness.ts";
const server = await serveDist();
const b = await openBrowser();
const { page } = b;
await page.setViewportSize({ width: 1280, height: 720 });
for (const id of ["same-day-100", "audits"]) {
  await page.goto(`${server.url}#lesson=${id}`);
  await page.locator("[data-testid=lesson-claim]").waitFor();
  await page.waitForFunction(() => document.querySelector("[data-testid=lesson-claim]")?.getAttribute("data-holds") !== "", null, { timeout: 60000 });
  await page.waitForTimeout(500);
  await page.screenshot({ path: `/tmp/pg/lesson-${id}.png` });
}
await b.close(); await server.close();
