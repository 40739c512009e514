/**
 * The explorer page's HTML starts fetching the view's first request before any of the page's
 * scripts have loaded (see app/page.tsx); the explorer takes that response instead of asking
 * again. A `<link rel="preload">` does not serve here: the API's answers are stale at once
 * (`max-age=0`), so the browser asks again unless the preload is still in flight.
 */

import { EARLY_GRAPH_SCRIPT } from "@/components/graph/early-graph";
import type { EarlyDrawState } from "@/lib/explorer/early-draw";
import type { Positions } from "@/lib/layout/force-layout";
import type { PositionedGraph } from "@/lib/summary/types";

/** The global the inline script sets: the url it fetched and the response on its way. */
export const EARLY_VIEW_GLOBAL = "__atlasEarlyView";

interface EarlyView {
  url: string;
  response: Promise<Response>;
}

/** What the inline script hands the early drawing once the view's answer is in and is large. */
export interface EarlyDraw {
  draw: EarlyDrawState;
  view: PositionedGraph & { positions: Positions };
}

export const EARLY_DRAW_GLOBAL = "__atlasEarlyDraw";

declare global {
  interface Window {
    [EARLY_VIEW_GLOBAL]?: EarlyView;
    [EARLY_DRAW_GLOBAL]?: EarlyDraw;
  }
}

/** The response started for `url` by the page's script, once; null for any other url. */
export function takeEarlyView(url: string): Promise<Response> | null {
  if (typeof window === "undefined") return null;
  const early = window[EARLY_VIEW_GLOBAL];
  if (!early || early.url !== url) return null;
  delete window[EARLY_VIEW_GLOBAL];
  return early.response;
}

const literal = (value: unknown) => JSON.stringify(value).replace(/</g, "\\u003c");

/**
 * The inline script that starts the fetch. With `draw`, it also fetches the early drawing's
 * script (components/explorer/early-graph-entry.ts) and, if the answer is a large view (server
 * positions), runs it: small views, laid out in the tab, never pay for it. Values go in as JSON
 * with `<` escaped, so they cannot close the script element whatever they hold.
 */
export function earlyViewScript(url: string, draw: EarlyDrawState | null = null): string {
  const start =
    `var r=fetch(${literal(url)},{headers:{Accept:"application/json"}});r.catch(function(){});` +
    `window.${EARLY_VIEW_GLOBAL}={url:${literal(url)},response:r};`;
  const drawing = draw
    ? `var d=document,h=d.head,l=d.createElement("link");l.rel="preload";l.as="script";` +
      `l.href=${literal(EARLY_GRAPH_SCRIPT)};h.appendChild(l);` +
      `r.then(function(a){return a.ok?a.clone().json():null}).then(function(v){` +
      `if(!v||!v.positions)return;window.${EARLY_DRAW_GLOBAL}={draw:${literal(draw)},view:v};` +
      `var s=d.createElement("script");s.src=l.href;h.appendChild(s);}).catch(function(){});`
    : "";
  return `(function(){${start}${drawing}})();`;
}
