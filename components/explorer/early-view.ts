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

/** What the inline script's promise gives the early drawing once the answer is in and is large. */
export interface EarlyDraw {
  draw: EarlyDrawState;
  view: PositionedGraph & { positions: Positions };
}

export const EARLY_DRAW_GLOBAL = "__atlasEarlyDraw";

declare global {
  interface Window {
    [EARLY_VIEW_GLOBAL]?: EarlyView;
    [EARLY_DRAW_GLOBAL]?: Promise<EarlyDraw | null>;
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
 * The inline script that starts the fetch. With `draw`, it also loads the early drawing's script
 * (components/explorer/early-graph-entry.ts) at once, so that it is compiled while the view is on
 * its way (loaded only once the answer was in, it ran 100–170 ms after it), and hands it a promise
 * of the view: the drawing if the answer is a large view (server positions), else null, and the
 * script does nothing (a small view, laid out in the tab, pays its download and about 7 ms of
 * compiling). Values go in as JSON with `<` escaped, so they cannot close the script element
 * whatever they hold.
 */
export function earlyViewScript(url: string, draw: EarlyDrawState | null = null): string {
  const start =
    `var r=fetch(${literal(url)},{headers:{Accept:"application/json"}});r.catch(function(){});` +
    `window.${EARLY_VIEW_GLOBAL}={url:${literal(url)},response:r};`;
  const drawing = draw
    ? `window.${EARLY_DRAW_GLOBAL}=r.then(function(a){return a.ok?a.clone().json():null})` +
      `.then(function(v){return v&&v.positions?{draw:${literal(draw)},view:v}:null})` +
      `.catch(function(){return null});` +
      `var s=document.createElement("script");s.src=${literal(EARLY_GRAPH_SCRIPT)};` +
      `document.head.appendChild(s);`
    : "";
  return `(function(){${start}${drawing}})();`;
}
