/** Past this nesting, a JSON body is refused before any schema walks it (zod recurses). */
export const MAX_JSON_DEPTH = 64;

/**
 * The path to the first value nested deeper than `maxDepth` (containers counted from 1 at the
 * root), or null. Iterative, so a body nested 20,000 deep cannot overflow the stack here.
 */
export function tooDeepPath(value: unknown, maxDepth = MAX_JSON_DEPTH): (string | number)[] | null {
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value, path: [] }];
  while (stack.length > 0) {
    const { value: current, path } = stack.pop()!;
    if (current === null || typeof current !== "object") continue;
    if (path.length >= maxDepth) return path;
    const entries = Array.isArray(current)
      ? current.map((item, i) => [i, item] as const)
      : Object.entries(current);
    for (const [key, item] of entries) stack.push({ value: item, path: [...path, key] });
  }
  return null;
}
