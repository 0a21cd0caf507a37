import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** A violation axe-core found, reduced to what a reader of the test output needs. */
export type AxeFinding = { id: string; impact: string; help: string; targets: string[] };

/** Runs axe-core (WCAG 2.x A and AA rules and best practices) on the page and returns the
 * serious and critical violations. */
export async function seriousViolations(page: Page): Promise<AxeFinding[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      id: v.id,
      impact: v.impact!,
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(' ')),
    }));
}
