/**
 * Debian's Chromium driven by playwright-core. Tools that download their own browser cannot
 * run here, so the browser is the system one; CHROMIUM overrides its path.
 */
import { chromium, type Browser } from 'playwright-core';

const FLAGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic',
];

/** Starts headless Chromium. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: FLAGS });
}
