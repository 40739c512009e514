/** How many of the largest actors keep their label at every zoom (besides the focus). */
export const LABELLED_TOP = 10;

/**
 * The actors whose names stay on screen however far the view is zoomed out: the focus and the
 * `top` largest by the chosen size metric (ties by id, so the choice is stable), among those
 * shown. The rest are labelled only once zoomed in far enough to read them.
 */
export function labelledActors(
  nodes: ReadonlyArray<{ id: string; size: number }>,
  focus: string | null,
  hidden: ReadonlySet<string> = new Set(),
  top = LABELLED_TOP,
): Set<string> {
  const shown = nodes.filter((node) => !hidden.has(node.id));
  const largest = [...shown]
    .sort((a, b) => b.size - a.size || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .slice(0, top)
    .map((node) => node.id);
  const labelled = new Set(largest);
  if (focus && shown.some((node) => node.id === focus)) labelled.add(focus);
  return labelled;
}
