import { expect, type Page, test } from '@playwright/test';
import LZString from 'lz-string';
import { Designer } from './support/designer';
import { FilesPage } from './support/files-page';
import { MonacoPage } from './support/monaco-page';
import { SimulationPage } from './support/simulation-page';

/** Every Content-Security-Policy violation the page reports, and console errors. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  const console: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') console.push(m.text());
  });
  page.on('pageerror', (e) => console.push(e.message));
  await page.addInitScript(() => {
    const w = window as unknown as { __violations: string[] };
    w.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return async () => [...console, ...(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations))];
}

test('the server sends a strict CSP with a nonce, frame-ancestors, nosniff and a referrer policy', async ({ page, request }) => {
  const response = await request.get('/');
  const headers = response.headers();
  const csp = headers['content-security-policy'];
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'(;|$)/);
  expect(csp).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  expect(csp).toContain("connect-src 'self'");
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('no-referrer');
  // A fresh nonce per request, and the inline theme script carries it.
  const again = (await request.get('/')).headers()['content-security-policy'];
  expect(again).not.toBe(csp);
  const nonce = /'nonce-([^']+)'/.exec(csp)![1];
  expect(await response.text()).toContain(`nonce="${nonce}"`);
  // Files are served with nosniff too.
  await page.goto('/');
  const script = await page.locator('script[src^="/_next/static/"]').first().getAttribute('src');
  expect((await request.get(script!)).headers()['x-content-type-options']).toBe('nosniff');
});

test('the designer runs under that policy: theme script, Monaco and its workers, the simulation worker', async ({ page }) => {
  const violations = await watchViolations(page);
  const designer = new Designer(page);
  const monaco = new MonacoPage(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  await designer.open();
  // The inline theme script ran (it is the only thing that sets data-theme before React).
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await designer.tab('JSON').click();
  await monaco.waitForEditor('Pipeline JSON');
  await designer.tab('Code').click();
  await monaco.waitForEditor('Export code');
  const sim = new SimulationPage(designer);
  await sim.open();
  await sim.run('1 h');
  await expect(sim.summary('1 h')).toBeVisible({ timeout: 30_000 });
  expect(await violations()).toEqual([]);
});

test('importing a YAML bomb through the UI shows a message, not an uncaught error', async ({ page }) => {
  const violations = await watchViolations(page);
  const designer = new Designer(page);
  await designer.open();
  await designer.tab('Code').click();
  let bomb = 'a: &a ["x","x","x","x","x","x","x","x","x"]\n';
  for (let i = 1; i < 9; i++) bomb += `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${String.fromCharCode(96 + i)}`).join(',')}]\n`;
  await page.getByLabel('CloudFormation template file').setInputFiles({ name: 'bomb.yaml', mimeType: 'application/yaml', buffer: Buffer.from(bomb) });
  const refused = page.getByRole('alert', { name: 'Template not imported' });
  await expect(refused).toContainText("the template's YAML aliases (*name) expand too far");
  expect(await violations()).toEqual([]);
});

test('a share link with 20,000 nodes is refused with a message and never saved to My pipelines', async ({ page }) => {
  const designer = new Designer(page);
  const files = new FilesPage(page);
  await designer.open();
  const names = await (async () => {
    await files.openLibrary();
    const list = await files.pipelineNames();
    await files.closeDialog();
    return list;
  })();
  const doc = { format: 'sluice.pipeline', version: 1, name: 'huge', nodes: Array.from({ length: 20_000 }, (_, i) => ({ id: `q${i}`, kind: 'sqs-queue', name: `q${i}` })) };
  await page.goto('about:blank');
  await page.goto(`/#share=${LZString.compressToEncodedURIComponent(JSON.stringify(doc))}`);
  await expect(designer.notice).toContainText('Could not open the share link');
  await expect(designer.notice).toContainText('20,000 nodes; Sluice opens at most 2,000');
  await files.openLibrary();
  await expect.poll(() => files.pipelineNames()).toEqual(names);
  // A reload does not try again.
  await files.closeDialog();
  await page.reload();
  await expect(designer.canvas).toBeVisible();
  await expect(designer.notice).toHaveCount(0);
});
