import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";

/** WCAG 2.2 AA, as axe tags it. */
export const WCAG_22_AA = ["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"];

/**
 * axe's serious and critical findings on the page as it stands, in a form that reads in a diff;
 * `tags` limits the rules (every rule without).
 */
export async function seriousViolations(page: Page, tags?: string[]) {
  const builder = new AxeBuilder({ page });
  const results = await (tags ? builder.withTags(tags) : builder).analyze();
  return results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      nodes: violation.nodes.map((node) => node.target.join(" ")),
    }));
}

/**
 * Both at once: every rule axe runs by default (best practices among them) and WCAG 2.2 AA, whose
 * rules (target-size) axe leaves out unless they are asked for by tag.
 */
export async function seriousViolationsWithWcag22(page: Page) {
  const everyRule = await seriousViolations(page);
  const wcag22 = await seriousViolations(page, WCAG_22_AA);
  const seen = new Set(everyRule.map((violation) => violation.id));
  return [...everyRule, ...wcag22.filter((violation) => !seen.has(violation.id))];
}
