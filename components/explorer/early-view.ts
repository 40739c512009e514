/**
 * The explorer page's HTML starts fetching the view's first request before any of the page's
 * scripts have loaded (see app/page.tsx); the explorer takes that response instead of asking
 * again. A `<link rel="preload">` does not serve here: the API's answers are stale at once
 * (`max-age=0`), so the browser asks again unless the preload is still in flight.
 */

/** The global the inline script sets: the url it fetched and the response on its way. */
export const EARLY_VIEW_GLOBAL = "__atlasEarlyView";

interface EarlyView {
  url: string;
  response: Promise<Response>;
}

declare global {
  interface Window {
    [EARLY_VIEW_GLOBAL]?: EarlyView;
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

/**
 * The inline script that starts the fetch. The url goes in as a JSON string with `<` escaped,
 * so it cannot close the script element whatever it holds.
 */
export function earlyViewScript(url: string): string {
  const literal = JSON.stringify(url).replace(/</g, "\\u003c");
  return (
    `(function(){var r=fetch(${literal},{headers:{Accept:"application/json"}});` +
    `r.catch(function(){});window.${EARLY_VIEW_GLOBAL}={url:${literal},response:r};})();`
  );
}
