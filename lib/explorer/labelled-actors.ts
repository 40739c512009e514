/** How many actors keep their label at every zoom besides the focus: the largest that fit. */
export const LABELLED_TOP = 10;
/** How far down the size order the labels look for actors whose labels do not collide. */
export const LABEL_CANDIDATES = 40;

/**
 * The actors that may be named at every zoom, in the order they are given a label: the focus,
 * then the largest by the chosen size metric (ties by id, so the choice is stable), among those
 * shown. `pickUnoverlapped` then keeps those whose labels have room.
 */
export function labelCandidates(
  nodes: ReadonlyArray<{ id: string; size: number }>,
  focus: string | null,
  hidden: ReadonlySet<string> = new Set(),
  count = LABEL_CANDIDATES,
): string[] {
  const shown = nodes.filter((node) => !hidden.has(node.id) && node.id !== focus);
  const largest = [...shown]
    .sort((a, b) => b.size - a.size || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .slice(0, count)
    .map((node) => node.id);
  const focusShown = focus !== null && nodes.some((n) => n.id === focus) && !hidden.has(focus);
  return focusShown ? [focus, ...largest] : largest;
}

export interface LabelBox {
  id: string;
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * Greedily, in the given order, the boxes that overlap none taken before them, up to `most`: the
 * first (the focus) is always taken, so it is always named; a large actor whose label would
 * fall on a larger one's gives way to the next largest.
 */
export function pickUnoverlapped(boxes: readonly LabelBox[], most: number): string[] {
  const taken: LabelBox[] = [];
  for (const box of boxes) {
    if (taken.length >= most) break;
    const clear = taken.every(
      (other) =>
        box.right <= other.left ||
        box.left >= other.right ||
        box.bottom <= other.top ||
        box.top >= other.bottom,
    );
    if (clear) taken.push(box);
  }
  return taken.map((box) => box.id);
}
