/** Pages opened in a colour theme: the system's light or dark, or a theme chosen with the toggle. */
import type { Browser, Page } from 'playwright-core';

export const THEMES = ['light', 'dark', 'dark by toggle', 'light by toggle'] as const;
export type Theme = (typeof THEMES)[number];

/** A new page (own context, CSP bypassed for injected test scripts) in `theme`, at `width` px. */
export async function themedPage(browser: Browser, theme: Theme, width = 1280): Promise<Page> {
  const system = theme === 'dark' || theme === 'light by toggle' ? 'dark' : 'light';
  const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: system, bypassCSP: true });
  const stored = theme.endsWith('by toggle') ? theme.split(' ')[0]! : undefined;
  if (stored) await context.addInitScript((t) => localStorage.setItem('theme', t), stored);
  const page = await context.newPage();
  page.on('close', () => void context.close());
  return page;
}
