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

/** The app's screens in navigation order, each reached with Ctrl+<n>. */
const SCREENS = ['practice', 'review', 'questions', 'stories', 'history', 'settings'] as const;

/** Opens every screen (Ctrl+1..6) in light and dark, saves a screenshot of each as
 * `<prefix>-<screen>-<scheme>` and returns the serious and critical violations found, keyed
 * "<screen> (<scheme>)" (an empty object when there are none). */
export async function violationsOnEveryScreen(
  page: Page,
  prefix: string,
  screenshot: (page: Page, name: string) => Promise<unknown>,
): Promise<Record<string, AxeFinding[]>> {
  const found: Record<string, AxeFinding[]> = {};
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const [i, screen] of SCREENS.entries()) {
      await page.keyboard.press(`Control+${i + 1}`);
      await page.locator('main h1').waitFor();
      await page.waitForFunction((s) => document.documentElement.dataset.theme === s, scheme);
      // Charts and the waveform draw after the heading: let the screen settle before checking.
      await page.waitForTimeout(600);
      await screenshot(page, `${prefix}-${screen}-${scheme}`);
      const violations = await seriousViolations(page);
      if (violations.length) found[`${screen} (${scheme})`] = violations;
    }
  }
  await page.emulateMedia({ colorScheme: 'light' });
  return found;
}
