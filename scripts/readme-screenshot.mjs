#!/usr/bin/env node
// Regenerates docs/screenshot.png from a running designer:
//   npm start   (in another shell)   then   node scripts/readme-screenshot.mjs [url]
import { chromium } from '@playwright/test';
import { findChromium } from './find-chromium.mjs';

const url = process.argv[2] ?? 'http://localhost:3000/';
const browser = await chromium.launch({
  executablePath: findChromium(),
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const page = await browser.newPage({ viewport: { width: 1680, height: 900 } });
await page.goto(url);
await page.getByRole('application', { name: 'Pipeline canvas' }).waitFor();
await page.getByRole('button', { name: 'Examples' }).click();
await page.getByRole('dialog').getByRole('button', { name: /IoT → Lambda → Kinesis/ }).first().click();
// Laid out as a person draws it (the long chain wraps into two rows), then fitted readably.
await page.getByRole('button', { name: 'Auto-layout', exact: true }).click();
await page.waitForTimeout(400);
await page.getByRole('button', { name: 'Fit view', exact: true }).click();
await page.getByRole('tab', { name: /Simulate/ }).click();
await page.getByRole('button', { name: /^Run/ }).first().click();
await page.getByText(/Summary of/).waitFor();
await page.getByRole('slider', { name: /Timeline/ }).fill('900');
await page.locator('.react-flow__node[data-id="readings"]').click();
for (const dismiss of await page.getByRole('button', { name: 'Dismiss message' }).all()) await dismiss.click().catch(() => {});
await page.waitForTimeout(800);
await page.screenshot({ path: 'docs/screenshot.png' });
await browser.close();
console.log('wrote docs/screenshot.png');
