/**
 * What every browser test needs: the built app served from 127.0.0.1 on a random port, a
 * Chromium with a fresh profile, and a record of console errors and of any request that
 * tries to leave localhost (the app must work offline).
 */
import { createServer, type Server } from "node:http";
import { readFile, stat, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { extname, join, normalize, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type BrowserContext, type Page } from "playwright-core";

export const DIST = resolve(fileURLToPath(new URL("../dist", import.meta.url)));

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".ttf": "font/ttf",
  ".woff2": "font/woff2",
  ".woff": "font/woff",
  ".svg": "image/svg+xml",
  ".json": "application/json",
  ".png": "image/png",
};

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

/** Serves `root` under `/app/` so relative asset paths are exercised, not just `/`. */
export async function serveDist(root = DIST, prefix = "/app/"): Promise<StaticServer> {
  const server: Server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    if (!path.startsWith(prefix)) {
      res.writeHead(404).end();
      return;
    }
    const rel = normalize(path.slice(prefix.length) || "index.html");
    const file = join(root, rel);
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const info = await stat(file);
      const target = info.isDirectory() ? join(file, "index.html") : file;
      const body = await readFile(target);
      res.writeHead(200, { "content-type": TYPES[extname(target)] ?? "application/octet-stream" });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  const address = server.address();
  if (!address || typeof address === "string") throw new Error("server has no port");
  return {
    url: `http://127.0.0.1:${address.port}${prefix}`,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export interface Browser {
  context: BrowserContext;
  page: Page;
  consoleErrors: string[];
  externalRequests: string[];
  close(): Promise<void>;
}

/** A browser with a fresh profile (its own localStorage): like a stranger opening a link. */
export async function openBrowser(): Promise<Browser> {
  const profile = await mkdtemp(join(tmpdir(), "goodhart-e2e-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: "/usr/bin/chromium",
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1400, height: 900 },
    permissions: ["clipboard-read", "clipboard-write"],
  });
  const consoleErrors: string[] = [];
  const externalRequests: string[] = [];
  const watch = (page: Page) => {
    page.on("console", (m) => {
      if (m.type() === "error") consoleErrors.push(m.text());
    });
    page.on("pageerror", (e) => consoleErrors.push(`pageerror: ${e.message}`));
  };
  context.on("page", watch);
  context.on("request", (r) => {
    const url = new URL(r.url());
    const local = url.hostname === "127.0.0.1" || url.hostname === "localhost";
    if (!local && !["data:", "blob:", "about:"].includes(url.protocol)) externalRequests.push(r.url());
  });
  const page = context.pages()[0] ?? (await context.newPage());
  watch(page);
  return {
    context,
    page,
    consoleErrors,
    externalRequests,
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** Waits until Monaco shows text and the first simulation has drawn its charts. */
export async function waitForApp(page: Page): Promise<void> {
  await page.locator("[data-testid=editor] .monaco-editor .view-lines").waitFor({ state: "visible" });
  await page.locator("[data-testid=results] canvas").first().waitFor({ state: "visible", timeout: 45_000 });
}

/** Replaces the editor's whole text the way a user does: select all, then paste over it. */
export async function setEditorText(page: Page, text: string): Promise<void> {
  // Monaco 0.57 takes keyboard input in an EditContext element, focused by clicking the text.
  await page.locator("[data-testid=editor] .monaco-editor .view-lines").click();
  await page.keyboard.press("Control+A");
  await page.keyboard.press("Delete");
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.keyboard.press("Control+V");
}

/** The editor's visible lines as plain text (Monaco draws spaces as no-break spaces). */
export async function visibleEditorText(page: Page): Promise<string> {
  return (await page.locator("[data-testid=editor] .monaco-editor .view-lines").innerText()).replace(/\u00a0/g, " ");
}

/** Opens the population settings (folded by default) and types a value into a field, as a user does. */
export async function setPopulationField(page: Page, label: string, value: string): Promise<void> {
  const panel = page.locator("[data-testid=population]");
  if ((await panel.getAttribute("open")) === null) await panel.locator("summary").click();
  const field = page.getByLabel(label, { exact: true });
  await field.fill(value);
}

/** Chooses a results tab by its name. */
export async function openTab(page: Page, name: string): Promise<void> {
  await page.getByRole("tab", { name }).click();
}
