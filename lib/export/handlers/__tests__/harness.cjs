/* global require, process, console */
/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS harness for CommonJS handlers */
// Runs generated Node.js handlers with their writes stubbed (test support, not shipped).
// stdin: a JSON list of jobs { module, entry, event, fail }; stdout: a JSON list of
// { result, raised, written: [[writer, recordId, item], ...] }. A stubbed write throws when the
// item mentions "poison" (or every write when "fail" is set).
'use strict';
const fs = require('node:fs');

// The handler's own logging goes to stderr: stdout carries the results only.
console.log = (...args) => process.stderr.write(`${args.join(' ')}\n`);

async function run(job) {
  Object.assign(process.env, job.env || {});
  const mod = require(job.module);
  const written = [];
  const proto = Object.getPrototypeOf(mod.WRITERS);
  for (const name of Object.getOwnPropertyNames(proto).filter((n) => n.startsWith('write_'))) {
    mod.WRITERS[name] = async (item, recordId) => {
      if (job.fail || JSON.stringify(item).includes('poison')) throw new Error(`poison record ${recordId}`);
      written.push([name, recordId, item]);
    };
  }
  const out = { result: null, raised: null, written };
  try {
    out.result = (await mod[job.entry](job.event, {})) ?? null;
  } catch (error) {
    out.raised = String(error);
  }
  return out;
}

(async () => {
  const jobs = JSON.parse(fs.readFileSync(0, 'utf8'));
  const results = [];
  for (const job of jobs) results.push(await run(job));
  process.stdout.write(JSON.stringify(results));
})();
