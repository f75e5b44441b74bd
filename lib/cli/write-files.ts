import { createHash } from 'node:crypto';
import { lstat, mkdir, readFile, realpath, rename, rm, stat as statFollow, writeFile } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import { UsageError } from './io';

/**
 * The record, in each output folder, of what Sluice wrote there and the SHA-256 of each file:
 * a file listed with an unchanged hash is Sluice's own and may be replaced; anything else
 * (a user's package.json, a file edited since) is not replaced without --force.
 */
export const MANIFEST = '.sluice-written.json';

interface Manifest {
  files: Record<string, string>;
}

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

async function readManifest(root: string): Promise<Manifest> {
  try {
    const parsed = JSON.parse(await readFile(join(root, MANIFEST), 'utf8')) as unknown;
    const files = (parsed as { files?: unknown })?.files;
    if (files && typeof files === 'object' && !Array.isArray(files)) {
      return { files: Object.fromEntries(Object.entries(files).filter(([, h]) => typeof h === 'string')) as Record<string, string> };
    }
  } catch {
    // No record (or an unreadable one): nothing in the folder counts as Sluice's.
  }
  return { files: {} };
}

async function lstatOrNull(path: string) {
  try {
    return await lstat(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** Whether `path` is `root` or inside it (both already real paths). */
const inside = (root: string, path: string) => path === root || path.startsWith(root.endsWith(sep) ? root : root + sep);

/** The real path of the deepest existing folder on the way to `path`. */
async function realExistingParent(path: string): Promise<string> {
  let dir = dirname(path);
  for (;;) {
    try {
      return await realpath(dir);
    } catch {
      const up = dirname(dir);
      if (up === dir) return dir;
      dir = up;
    }
  }
}

/** A fresh file renamed into place: replaces a link rather than writing through it. */
async function replaceFile(target: string, content: string): Promise<void> {
  const temp = `${target}.sluice-${process.pid}.tmp`;
  await rm(temp, { force: true });
  await writeFile(temp, content, { flag: 'wx' });
  try {
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

export interface WriteOptions {
  /** Replace files Sluice did not write (or that changed since). Never writes through a link or over an input. */
  force: boolean;
  /** Files read for this run: never written over, whatever the flags. */
  inputs: string[];
  /** How paths are shown in messages (the folder as the user typed it). */
  shownDir: string;
}

function shown(opts: WriteOptions, rel: string): string {
  return join(opts.shownDir, rel);
}

/**
 * Write `files` (paths relative to `dir`) safely, all or nothing: every target is checked
 * before the first is written. Returns what happened to each file, for the CLI to list.
 */
export async function writeOutputFiles(dir: string, files: Record<string, string>, opts: WriteOptions): Promise<{ path: string; status: 'written' | 'unchanged' }[]> {
  const rootPath = resolve(dir);
  const rootStat = await lstatOrNull(rootPath);
  if (rootStat && !(await statFollow(rootPath)).isDirectory()) {
    throw new UsageError(`--out ${opts.shownDir}: exists and is not a folder`);
  }
  await mkdir(rootPath, { recursive: true });
  const root = await realpath(rootPath);
  const manifest = await readManifest(root);
  const inputs = new Set<string>();
  for (const input of opts.inputs) inputs.add(await realpath(input).catch(() => resolve(input)));

  const refused: string[] = [];
  const plan: { rel: string; target: string; content: string; unchanged: boolean }[] = [];
  for (const [rel, content] of Object.entries(files)) {
    const target = join(root, rel);
    if (!inside(root, target) || rel === MANIFEST) throw new Error(`refusing to write ${rel}: outside the output folder`);
    // A folder on the way that is a link out of the output folder (lib -> /etc) is never followed.
    const parent = await realExistingParent(target);
    if (!inside(root, parent)) {
      refused.push(`${shown(opts, rel)}: a folder on its path is a symbolic link out of ${opts.shownDir}: not followed`);
      continue;
    }
    const stat = await lstatOrNull(target);
    if (inputs.has(target) || (stat && inputs.has(await realpath(target).catch(() => target)))) {
      refused.push(`${shown(opts, rel)}: is an input of this command: never written over`);
      continue;
    }
    if (!stat) {
      plan.push({ rel, target, content, unchanged: false });
      continue;
    }
    if (stat.isSymbolicLink()) {
      if (!opts.force) {
        refused.push(`${shown(opts, rel)}: is a symbolic link: not followed (--force replaces the link itself with the file)`);
        continue;
      }
    } else if (!stat.isFile()) {
      refused.push(`${shown(opts, rel)}: exists and is not a file`);
      continue;
    } else {
      const current = await readFile(target);
      const hash = sha256(current);
      if (hash === sha256(content)) {
        plan.push({ rel, target, content, unchanged: true });
        continue;
      }
      if (manifest.files[rel] !== hash && !opts.force) {
        refused.push(
          manifest.files[rel]
            ? `${shown(opts, rel)}: changed since Sluice wrote it: not overwritten`
            : `${shown(opts, rel)}: exists and was not written by Sluice: not overwritten`,
        );
        continue;
      }
    }
    plan.push({ rel, target, content, unchanged: false });
  }
  if (refused.length > 0) {
    // --force helps only with files Sluice did not write; inputs and links out of the folder stay refused.
    const forceable = !opts.force && refused.some((r) => /not overwritten|--force replaces/.test(r));
    throw new UsageError(`${refused.join('\n')}\nNothing was written. Choose another --out${forceable ? ', or replace these files with --force' : ''}.`);
  }

  const results: { path: string; status: 'written' | 'unchanged' }[] = [];
  for (const p of plan) {
    manifest.files[p.rel] = sha256(p.content);
    if (p.unchanged) {
      results.push({ path: shown(opts, p.rel), status: 'unchanged' });
      continue;
    }
    await mkdir(dirname(p.target), { recursive: true });
    await replaceFile(p.target, p.content);
    results.push({ path: shown(opts, p.rel), status: 'written' });
  }
  await replaceFile(join(root, MANIFEST), `${JSON.stringify({ note: 'Files Sluice wrote here, with their SHA-256; Sluice replaces only these (unchanged) without --force.', files: manifest.files }, null, 2)}\n`);
  return results;
}

