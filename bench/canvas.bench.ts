/**
 * Canvas benchmark: is the designer as smooth as a bare React Flow page on a large graph?
 *
 *   npx tsx bench/canvas.bench.ts                 build (NEXT_DIST_DIR=.next-bench), start, measure, stop
 *   npx tsx bench/canvas.bench.ts --url http://localhost:3105   measure a server already running
 *   options: --nodes 500  --big 1000  --seconds 3  --runs 3  --dist .next-bench  --reuse-build
 *
 * Frames are counted with requestAnimationFrame in the page while Playwright drives the mouse
 * at 60 moves per second, as a real mouse does. Figures are printed, never asserted: they
 * depend on the machine and on what else it is doing.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { type Browser, chromium, type Page } from '@playwright/test';
import playwrightConfig from '../playwright.config';

interface Options {
  url?: string;
  nodes: number;
  big: number;
  seconds: number;
  runs: number;
  dist: string;
  reuseBuild: boolean;
}

function parseOptions(argv: string[]): Options {
  const value = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const num = (name: string, fallback: number) => {
    const v = value(name);
    const n = v === undefined ? fallback : Number(v);
    if (!Number.isFinite(n) || n <= 0) throw new Error(`--${name} must be a positive number, got ${JSON.stringify(v)}`);
    return n;
  };
  return {
    url: value('url')?.replace(/\/$/, ''),
    nodes: num('nodes', 500),
    big: num('big', 1000),
    seconds: num('seconds', 3),
    runs: num('runs', 3),
    dist: value('dist') ?? '.next-bench',
    reuseBuild: argv.includes('--reuse-build'),
  };
}

// ---------------------------------------------------------------- server

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function waitForHttp(url: string, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > until) throw new Error(`the server at ${url} did not answer within ${timeoutMs / 1000} s`);
    await sleep(250);
  }
}

/** Builds (unless reused) and starts `next start` on a free port, in its own process group so it can be killed whole. */
async function startServer(options: Options): Promise<{ url: string; server: ChildProcess }> {
  const env = { ...process.env, NEXT_DIST_DIR: options.dist, NEXT_TELEMETRY_DISABLED: '1' };
  if (!(options.reuseBuild && existsSync(`${options.dist}/BUILD_ID`))) {
    console.log(`Building the app into ${options.dist} (a minute or two)…`);
    const build = spawnSync('npx', ['next', 'build'], { env, stdio: ['ignore', 'ignore', 'inherit'] });
    if (build.status !== 0) throw new Error(`next build failed with exit code ${build.status}`);
  }
  const port = await freePort();
  const server = spawn('npx', ['next', 'start', '-p', String(port)], { env, stdio: 'ignore', detached: true });
  const url = `http://localhost:${port}`;
  await waitForHttp(url, 60_000);
  return { url, server };
}

function stopServer(server: ChildProcess) {
  // `next start` forks a next-server child: kill the whole group, not just npx.
  if (server.pid !== undefined) {
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
}

// ---------------------------------------------------------------- measuring

interface FrameStats {
  fps: number;
  /** 95th percentile time between frames, ms. */
  p95: number;
  /** Longest time between frames, ms. */
  worst: number;
}

declare global {
  interface Window {
    __benchFrames?: number[];
    __benchCounting?: boolean;
  }
}

async function startCountingFrames(page: Page) {
  await page.evaluate(() => {
    window.__benchFrames = [];
    window.__benchCounting = true;
    const tick = (t: number) => {
      window.__benchFrames!.push(t);
      if (window.__benchCounting) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

async function stopCountingFrames(page: Page): Promise<FrameStats> {
  const frames = await page.evaluate(() => {
    window.__benchCounting = false;
    return window.__benchFrames ?? [];
  });
  const gaps = frames.slice(1).map((t, i) => t - frames[i]).sort((a, b) => a - b);
  const span = frames[frames.length - 1] - frames[0];
  return {
    fps: gaps.length && span > 0 ? (gaps.length * 1000) / span : 0,
    p95: gaps[Math.floor(gaps.length * 0.95)] ?? 0,
    worst: gaps[gaps.length - 1] ?? 0,
  };
}

/** Holds the mouse down at `from` and moves it round a circle at 60 moves per second for `seconds`. */
async function circleDrag(page: Page, from: { x: number; y: number }, seconds: number, radius = 120) {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  const start = performance.now();
  for (let i = 1; ; i++) {
    const due = start + i * (1000 / 60);
    const elapsed = performance.now() - start;
    if (elapsed > seconds * 1000) break;
    const angle = (elapsed / 1000) * Math.PI; // half a turn per second
    await page.mouse.move(from.x + radius * Math.sin(angle), from.y - radius * (1 - Math.cos(angle)) * 0.5);
    const wait = due - performance.now();
    if (wait > 0) await sleep(wait);
  }
  await page.mouse.up();
}

/** A point on the empty pane (nothing on top of it) near the canvas centre, for panning. */
async function emptyPanePoint(page: Page): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(() => {
    const pane = document.querySelector('.react-flow__pane')!.getBoundingClientRect();
    const cx = pane.left + pane.width / 2;
    const cy = pane.top + pane.height / 2;
    for (let r = 0; r < Math.min(pane.width, pane.height) / 2; r += 7) {
      for (let a = 0; a < 16; a++) {
        const x = cx + r * Math.cos((a * Math.PI) / 8);
        const y = cy + r * Math.sin((a * Math.PI) / 8);
        if (document.elementFromPoint(x, y)?.classList.contains('react-flow__pane')) return { x, y };
      }
    }
    return null;
  });
  if (!point) throw new Error('found no empty spot on the canvas to pan from');
  return point;
}

/** The centre of the node nearest the canvas centre (its body, away from the side handles). */
async function centralNode(page: Page): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(() => {
    const pane = document.querySelector('.react-flow__pane')!.getBoundingClientRect();
    const cx = pane.left + pane.width / 2;
    const cy = pane.top + pane.height / 2;
    let best: { x: number; y: number; d: number } | null = null;
    for (const el of document.querySelectorAll('.react-flow__node')) {
      const r = el.getBoundingClientRect();
      const x = r.left + r.width / 2;
      const y = r.top + r.height / 2;
      const d = Math.hypot(x - cx, y - cy);
      if (!best || d < best.d) best = { x, y, d };
    }
    return best;
  });
  if (!point) throw new Error('no node is drawn on the canvas');
  return point;
}

async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: playwrightConfig.use?.viewport ?? { width: 1440, height: 900 } });
  // tsx compiles with keepNames, which wraps the functions we hand to page.evaluate in a `__name` helper.
  await context.addInitScript('window.__name = (f) => f;');
  return context.newPage();
}

async function openCanvas(browser: Browser, url: string): Promise<Page> {
  const page = await newPage(browser);
  page.on('pageerror', (error) => console.error(`  page error on ${url}: ${error.message}`));
  await page.goto(url);
  await page.locator('.react-flow__node').first().waitFor({ state: 'visible', timeout: 120_000 });
  await sleep(1500); // let the initial fit-view and layout settle
  return page;
}

/** The canvas zoom, read from React Flow's viewport transform. */
async function currentZoom(page: Page): Promise<number> {
  const style = (await page.locator('.react-flow__viewport').getAttribute('style')) ?? '';
  return Number(/scale\(([\d.]+)\)/.exec(style)?.[1] ?? NaN);
}

/** Zoom with the mouse wheel over the pane, as a user does (React Flow: 2^(-deltaY × 0.002) per event). */
async function zoomTo(page: Page, target: number) {
  const at = await emptyPanePoint(page);
  await page.mouse.move(at.x, at.y);
  for (let i = 0; i < 6; i++) {
    const zoom = await currentZoom(page);
    if (Math.abs(Math.log2(target / zoom)) < 0.05) break;
    await page.mouse.wheel(0, -Math.log2(target / zoom) / 0.002);
    await sleep(300);
  }
}

type View = 'fit' | 1;

async function measureGestures(browser: Browser, url: string, view: View, seconds: number): Promise<{ pan: FrameStats; drag: FrameStats; drawn: number; zoom: number }> {
  const page = await openCanvas(browser, url);
  if (view !== 'fit') {
    await zoomTo(page, view);
    await sleep(500);
  }
  const zoom = await currentZoom(page);
  const drawn = await page.locator('.react-flow__node').count();
  const panFrom = await emptyPanePoint(page);
  await startCountingFrames(page);
  await circleDrag(page, panFrom, seconds);
  const pan = await stopCountingFrames(page);
  await sleep(500);
  const nodeAt = await centralNode(page);
  await startCountingFrames(page);
  await circleDrag(page, nodeAt, seconds, 80);
  const drag = await stopCountingFrames(page);
  await page.context().close();
  return { pan, drag, drawn, zoom };
}

/** From navigation to a node that reacts to a click (it shows as selected). */
async function timeToInteractive(browser: Browser, url: string): Promise<number> {
  const page = await newPage(browser);
  const start = performance.now();
  await page.goto(url, { waitUntil: 'commit' });
  const node = page.locator('.react-flow__node[data-id="n0"]');
  await node.click({ timeout: 120_000 });
  await page.waitForFunction(() => document.querySelector('.react-flow__node[data-id="n0"]')?.classList.contains('selected'), undefined, {
    timeout: 60_000,
    polling: 'raf',
  });
  const elapsed = performance.now() - start;
  await page.context().close();
  return elapsed;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const pad = (s: string, n: number) => s.padEnd(n);
const fmt = (s: FrameStats) => `${s.fps.toFixed(1)} fps (p95 ${s.p95.toFixed(0)} ms, worst ${s.worst.toFixed(0)} ms)`;

async function main() {
  const options = parseOptions(process.argv.slice(2));
  const started = options.url ? undefined : await startServer(options);
  const base = options.url ?? started!.url;
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({ ...playwrightConfig.use?.launchOptions, headless: true });
    const pages = { Sluice: `${base}/bench/designer`, 'bare React Flow': `${base}/bench/bare` };
    const edges = Math.round(options.nodes * 1.2);
    console.log(`\nCanvas benchmark: ${options.nodes} nodes / ${edges} edges, headless Chromium, ${options.seconds} s per gesture`);
    for (const view of ['fit', 1] as View[]) {
      console.log(view === 'fit' ? '\nWhole graph in view (fit view)' : '\nZoomed to 100 %');
      for (const [name, path] of Object.entries(pages)) {
        const g = await measureGestures(browser, `${path}?nodes=${options.nodes}`, view, options.seconds);
        const where = `zoom ${g.zoom.toFixed(2)}, ${g.drawn} nodes drawn`;
        console.log(`  ${pad(name, 16)} pan: ${pad(fmt(g.pan), 37)} drag a node: ${pad(fmt(g.drag), 37)} ${where}`);
      }
    }

    console.log(`\nNavigation to an interactive ${options.big}-node canvas (a node selected by a click), median of ${options.runs}`);
    for (const [name, path] of Object.entries(pages)) {
      const times: number[] = [];
      for (let i = 0; i < options.runs; i++) times.push(await timeToInteractive(browser, `${path}?nodes=${options.big}`));
      console.log(`  ${pad(name, 16)} ${median(times).toFixed(0)} ms   (runs: ${times.map((t) => t.toFixed(0)).join(', ')})`);
    }
  } finally {
    await browser?.close();
    if (started) stopServer(started.server);
  }
}

main().catch((error: unknown) => {
  console.error(`canvas bench failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
