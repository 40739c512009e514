/**
 * Views with more elements than this are drawn the fast way: positions computed once on the server
 * (lib/layout) instead of a force layout in the tab, straight edges, labels only when zoomed in.
 * Below it the explorer keeps its force-directed layout, which takes well under a second there.
 */
export const LARGE_VIEW_ELEMENTS = 400;

/**
 * The most elements (actors + links) the explorer draws at once. A graph bigger than this opens
 * on its summary. Measured on the 2-core reference machine (docs/performance-browser.md):
 * 10,000 elements become interactive in about 3 s and pan at a few frames per second, and more
 * would only be slower, so this is the ceiling rather than a comfortable size.
 */
export const RENDER_BUDGET = 10_000;

/** Actors in a "top N" view (`limit`) or a community drill-in: five elements per actor at most. */
export const VIEW_ACTORS_MAX = RENDER_BUDGET / 5;
export const COMMUNITY_ACTORS_DEFAULT = 1000;
