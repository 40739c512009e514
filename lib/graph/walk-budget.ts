/** An actor the walk may expand next, with its degree through the view's relationship types. */
export interface Parent {
  id: string;
  degree: number;
}

/**
 * The parents one hop expands, strongest first: each whose degree still fits in what is left of
 * `budget` relationships; a hub that does not fit is passed over (counted in `skipped`) so that
 * the weaker actors after it are still expanded.
 */
export function parentsWithinBudget<P extends Parent>(
  parents: readonly P[],
  budget: number,
): { expand: P[]; skipped: number } {
  const expand: P[] = [];
  let left = budget;
  for (const parent of parents) {
    if (parent.degree > left) continue;
    expand.push(parent);
    left -= parent.degree;
  }
  return { expand, skipped: parents.length - expand.length };
}
