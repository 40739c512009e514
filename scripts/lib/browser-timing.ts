import { chromium, type Browser } from "@playwright/test";
import { CHROMIUM_LAUNCH_OPTIONS } from "@/scripts/lib/chromium";

export function launchChromium(): Promise<Browser> {
  return chromium.launch(CHROMIUM_LAUNCH_OPTIONS);
}

// Sent as source text: tsx's transpiler would otherwise wrap the function in helpers that the page lacks.
const WAIT_FOR_SETTLED_GRAPH = `new Promise((resolve) => {
  let last = "";
  const check = () => {
    const cy = window.__atlasCy;
    const nodes = cy && cy.nodes();
    if (nodes && nodes.length > 0) {
      const box = JSON.stringify(nodes.boundingBox({}));
      if (box === last) return resolve(performance.now());
      last = box;
    }
    requestAnimationFrame(check);
  };
  check();
})`;

/**
 * Milliseconds from navigation start until the explorer's graph is interactive: Cytoscape holds
 * nodes and its layout has settled (node positions unchanged across two animation frames).
 */
export async function timeToInteractiveGraph(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  try {
    await page.goto(url, { waitUntil: "commit" });
    return (await page.evaluate(WAIT_FOR_SETTLED_GRAPH)) as number;
  } finally {
    await context.close();
  }
}
