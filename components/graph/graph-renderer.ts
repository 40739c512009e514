import type { CytoscapeOptions } from "cytoscape";

/** How the canvas draws: the detailed default, or one of the two large-view modes. */
export type RenderMode = "detailed" | "large" | "large-webgl";

let hardwareWebgl: boolean | null = null;

/**
 * Whether WebGL here runs on a GPU. Cytoscape's WebGL renderer (3.31+, still marked experimental)
 * draws large views much faster on a GPU, but under a software rasteriser (SwiftShader, llvmpipe:
 * headless Chromium, virtual machines, GPU-less servers) it measured 5–10× slower than the canvas
 * renderer (docs/performance-browser.md), so it is only chosen on real graphics hardware.
 */
function webglOnHardware(): boolean {
  if (hardwareWebgl !== null) return hardwareWebgl;
  try {
    const gl = document.createElement("canvas").getContext("webgl2");
    const info = gl?.getExtension("WEBGL_debug_renderer_info");
    const renderer = gl && info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : "";
    hardwareWebgl =
      Boolean(gl) && !/swiftshader|llvmpipe|softpipe|software|basic render/i.test(renderer);
  } catch {
    hardwareWebgl = false;
  }
  return hardwareWebgl;
}

/**
 * The mode for a view: detailed unless the view is large. `?renderer=webgl` or `?renderer=canvas`
 * in the page's URL overrides the hardware check, for tests and comparisons.
 */
export function renderModeFor(large: boolean): RenderMode {
  if (!large) return "detailed";
  const forced = new URLSearchParams(window.location.search).get("renderer");
  if (forced === "webgl") return "large-webgl";
  if (forced === "canvas") return "large";
  return webglOnHardware() ? "large-webgl" : "large";
}

/** Options that must be set when the instance is created: the renderer cannot change later. */
// Cytoscape's types do not list the `renderer` option (nor its `webgl` flag) yet.
type RendererOptions = Partial<CytoscapeOptions> & { renderer?: { name: string; webgl: boolean } };

export function rendererOptions(mode: RenderMode): RendererOptions {
  switch (mode) {
    case "detailed":
      return { minZoom: 0.2, maxZoom: 4 };
    case "large":
      // While the user pans or zooms, draw a cached bitmap of the graph and leave edges out.
      return {
        minZoom: 0.02,
        maxZoom: 4,
        hideEdgesOnViewport: true,
        textureOnViewport: true,
        pixelRatio: 1,
      };
    case "large-webgl":
      return {
        minZoom: 0.02,
        maxZoom: 4,
        pixelRatio: 1,
        renderer: { name: "canvas", webgl: true },
      };
  }
}
