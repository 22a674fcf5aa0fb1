import { readFile } from 'node:fs/promises';
import type { AxeResults, Result } from 'axe-core';
import type { Page } from 'playwright-core';

/** WCAG 2.1 level A and AA: the bar for Dutch government web applications (EN 301 549). */
export const WCAG_21_AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

let axeSource: Promise<string> | undefined;

/**
 * Runs axe-core in the page and returns its violations (empty when the page passes). The source is
 * evaluated through the DevTools protocol rather than a <script> tag, so the app's Content Security
 * Policy cannot block it. `selector` limits the check to part of the page.
 */
export async function runAxe(page: Page, selector?: string): Promise<Result[]> {
  axeSource ??= readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
  await page.evaluate(await axeSource);
  const results = await page.evaluate(
    async ({ tags, context }) => {
      // Runs in the browser; this package is typed for Node, hence the narrow view of globalThis.
      const browserGlobal = globalThis as unknown as {
        axe: { run: (context: unknown, options: unknown) => Promise<AxeResults> };
        document: unknown;
      };
      return browserGlobal.axe.run(context ?? browserGlobal.document, {
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations'],
      });
    },
    { tags: WCAG_21_AA_TAGS, context: selector },
  );
  return results.violations;
}

/** One line per violation and node, for a readable assertion message. */
export function describeViolations(violations: readonly Result[]): string {
  return violations
    .flatMap((violation) =>
      violation.nodes.map(
        (node) =>
          `${violation.id} (${violation.impact ?? '?'}): ${node.target.join(' ')} – ${node.failureSummary ?? ''}`,
      ),
    )
    .join('\n');
}
