import { existsSync } from "node:fs";
import { chromium, type Browser } from "@playwright/test";

const SYSTEM_CHROMIUM = "/usr/bin/chromium";

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : undefined,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}

/**
 * Milliseconds from navigation start until the explorer's graph is interactive: Cytoscape holds
 * nodes and its layout has settled (node positions unchanged across two animation frames).
 */
export async function timeToInteractiveGraph(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  try {
    await page.goto(url, { waitUntil: "commit" });
    return await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          let last = "";
          const check = () => {
            // The explorer exposes its Cytoscape instance as window.__atlasCy.
            const cy = (window as unknown as { __atlasCy?: import("cytoscape").Core }).__atlasCy;
            const nodes = cy?.nodes();
            if (cy && nodes && nodes.length > 0) {
              const box = JSON.stringify(nodes.boundingBox({}));
              if (box === last) return resolve(performance.now());
              last = box;
            }
            requestAnimationFrame(check);
          };
          check();
        }),
    );
  } finally {
    await context.close();
  }
}
