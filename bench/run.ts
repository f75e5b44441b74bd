/**
 * `npm run bench`: runs every bench/*.bench.ts in turn with tsx and passes its output through.
 *   npm run bench                  all benches
 *   npm run bench -- canvas        only benches whose file name contains "canvas"
 *   npm run bench -- canvas --url http://localhost:3105   (arguments after the filter go to each bench)
 * A bench's figures are only printed, never judged; the run fails only when a bench crashes
 * (exits non-zero or is killed), and the others still run.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const benchDir = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const filter = args[0] && !args[0].startsWith('--') ? args.shift() : undefined;
const files = readdirSync(benchDir)
  .filter((f) => f.endsWith('.bench.ts') && (!filter || f.includes(filter)))
  .sort();

if (!files.length) {
  console.error(`No bench/*.bench.ts file${filter ? ` matches "${filter}"` : ''}; the files are named <topic>.bench.ts.`);
  process.exit(1);
}

const failed: string[] = [];
for (const file of files) {
  console.log(`\n=== ${file} ===`);
  const started = Date.now();
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(benchDir, file), ...args], { stdio: 'inherit' });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status === 0) console.log(`=== ${file}: done in ${seconds} s ===`);
  else {
    const why = result.error ? result.error.message : result.signal ? `killed by ${result.signal}` : `exit code ${result.status}`;
    console.log(`=== ${file}: CRASHED after ${seconds} s (${why}) ===`);
    failed.push(`${file} (${why})`);
  }
}

if (failed.length) {
  console.error(`\n${failed.length} of ${files.length} benches crashed: ${failed.join(', ')}`);
  process.exit(1);
}
console.log(`\nAll ${files.length} benches ran.`);
