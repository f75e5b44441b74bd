/**
 * The Lambda runtime table: every runtime id a function can name, with the three dates AWS
 * publishes for it. Status is not stored: it depends on the day you ask (`runtimeStatus(id,
 * today)`), so the validator stays right as dates pass and its tests stay deterministic.
 *
 * Source: https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html (supported and
 * deprecated runtimes tables) and the per-language pages that repeat its rows
 * (lambda-nodejs.html, lambda-python.html, lambda-java.html, lambda-csharp.html,
 * lambda-ruby.html, runtimes-provided.html, go-image.html). Checked 2026-12-06.
 *
 * AWS has moved block dates several times (always later). Where two revisions of an AWS page
 * disagree, the later one is kept and the earlier one noted. Rows that only a secondary
 * source confirms say so.
 */
export const LAMBDA_RUNTIMES_URL = 'https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html';
export const LAMBDA_RUNTIMES_CHECKED = '2026-12-06';

export type RuntimeFamily = 'Node.js' | 'Python' | 'Java' | 'C#' | 'Ruby' | 'Go';

export interface LambdaRuntime {
  id: string;
  /** The language it runs; OS-only runtimes (`provided*`, `go1.x`) count as Go, what the designer offers them for. */
  family: RuntimeFamily;
  /** Day security patches stop (YYYY-MM-DD); null when AWS has not scheduled it. */
  deprecation: string | null;
  /** Day AWS refuses to create functions with it: a template that creates one fails from then on. */
  blockCreate: string | null;
  /** Day AWS refuses to update functions that use it. */
  blockUpdate: string | null;
  /** Public preview: usable, but not offered as the upgrade target. */
  preview?: true;
}

const r = (id: string, family: RuntimeFamily, deprecation: string | null, blockCreate: string | null, blockUpdate: string | null, preview?: true): LambdaRuntime =>
  preview ? { id, family, deprecation, blockCreate, blockUpdate, preview } : { id, family, deprecation, blockCreate, blockUpdate };

/** Newest first within each family: the first supported, non-preview row is the upgrade target. */
export const LAMBDA_RUNTIMES: readonly LambdaRuntime[] = [
  // Node.js: lambda-nodejs.html. nodejs20.x: the later revision moved its blocks from
  // Jun 1 / Jul 1, 2026 to Aug 31 / Sep 30, 2026.
  // nodejs26.x: public preview, secondary sources only (Lambda API runtime enum 2026-07,
  // courseware quoting lambda-runtimes.html); no dates scheduled.
  r('nodejs26.x', 'Node.js', null, null, null, true),
  r('nodejs24.x', 'Node.js', '2028-04-30', '2028-06-01', '2028-07-01'),
  r('nodejs22.x', 'Node.js', '2027-04-30', '2027-06-01', '2027-07-01'),
  r('nodejs20.x', 'Node.js', '2026-04-30', '2026-08-31', '2026-09-30'),
  // lambda-nodejs.html (docs.amazonaws.cn revision).
  r('nodejs18.x', 'Node.js', '2025-09-01', '2026-02-03', '2026-03-09'),
  // Older rows: secondary source, cfn-lint's runtime lifecycle data (LmbdRuntimeLifecycle.json).
  r('nodejs16.x', 'Node.js', '2024-06-12', '2025-10-01', '2025-11-01'),
  r('nodejs14.x', 'Node.js', '2023-12-04', '2024-07-09', '2025-11-01'),
  r('nodejs12.x', 'Node.js', '2023-03-31', '2023-03-31', '2023-04-30'),

  // Python: lambda-python.html (the revision listing python3.14; it moved python3.10 and
  // python3.11 off the Jun 30, 2026 Amazon Linux 2 date).
  // python3.15: public preview, secondary sources only (as nodejs26.x).
  r('python3.15', 'Python', null, null, null, true),
  r('python3.14', 'Python', '2029-06-30', '2029-07-31', '2029-08-31'),
  r('python3.13', 'Python', '2029-06-30', '2029-07-31', '2029-08-31'),
  r('python3.12', 'Python', '2028-10-31', '2028-11-30', '2029-01-10'),
  r('python3.11', 'Python', '2027-06-30', '2027-07-31', '2027-08-31'),
  r('python3.10', 'Python', '2026-10-31', '2026-11-30', '2027-01-15'),
  // python3.9: deprecated Dec 15, 2025 (lambda-python.html). Blocks: AWS revisions said
  // Feb 3 / Mar 9, 2026; a July 2026 write-up of the table gives Aug 31 / Sep 30, 2026 (kept:
  // the same move nodejs20.x and ruby3.2 got on AWS's own pages); a re:Post answer claims
  // Feb 1 / Mar 3, 2027. Secondary sources only for the block dates kept here.
  r('python3.9', 'Python', '2025-12-15', '2026-08-31', '2026-09-30'),
  // Secondary: cfn-lint lifecycle data.
  r('python3.8', 'Python', '2024-10-14', '2025-10-01', '2025-11-01'),
  r('python3.7', 'Python', '2023-12-04', '2024-01-09', '2025-11-01'),

  // Java: lambda-java.html (the revision listing java25; Amazon Linux 2 rows moved to 2027).
  r('java25', 'Java', '2029-06-30', '2029-07-31', '2029-08-31'),
  r('java21', 'Java', '2029-06-30', '2029-07-31', '2029-08-31'),
  // Amazon Linux 2023 builds of Java 17/11/8 (launched 2026-07-31): deprecation Jun 30, 2029
  // from secondary sources quoting lambda-runtimes.html; block dates not seen, taken to follow
  // the other AL2023 Java rows.
  r('java17.al2023', 'Java', '2029-06-30', '2029-07-31', '2029-08-31'),
  r('java11.al2023', 'Java', '2029-06-30', '2029-07-31', '2029-08-31'),
  r('java8.al2023', 'Java', '2029-06-30', '2029-07-31', '2029-08-31'),
  r('java17', 'Java', '2027-06-30', '2027-07-31', '2027-08-31'),
  r('java11', 'Java', '2027-06-30', '2027-07-31', '2027-08-31'),
  r('java8.al2', 'Java', '2027-06-30', '2027-07-31', '2027-08-31'),
  // Secondary: cfn-lint lifecycle data.
  r('java8', 'Java', '2024-01-08', '2024-02-08', '2025-11-01'),

  // .NET: lambda-csharp.html. dotnet8: the later revision (docs.amazonaws.cn and the
  // translated pages) moved its blocks from Dec 10, 2026 / Jan 11, 2027 to Feb 1 / Mar 3, 2027.
  // dotnet9 is a container base image only, not a runtime a .zip function (all Sluice exports)
  // can name: left out on purpose.
  r('dotnet10', 'C#', '2028-11-14', '2028-12-14', '2029-01-15'),
  r('dotnet8', 'C#', '2026-11-10', '2027-02-01', '2027-03-03'),
  // Secondary: cfn-lint lifecycle data.
  r('dotnet6', 'C#', '2024-11-12', '2025-10-01', '2025-11-01'),

  // Ruby: lambda-ruby.html (the revision listing ruby4.0; ruby3.2's blocks moved from
  // Jun 1 / Jul 1, 2026 to Aug 31 / Sep 30, 2026).
  r('ruby4.0', 'Ruby', '2029-03-31', '2029-04-30', '2029-05-31'),
  r('ruby3.4', 'Ruby', '2028-03-31', '2028-04-30', '2028-05-31'),
  r('ruby3.3', 'Ruby', '2027-03-31', '2027-04-30', '2027-05-31'),
  r('ruby3.2', 'Ruby', '2026-03-31', '2026-08-31', '2026-09-30'),
  // Secondary: cfn-lint lifecycle data.
  r('ruby2.7', 'Ruby', '2023-12-07', '2024-01-09', '2025-11-01'),

  // OS-only: runtimes-provided.html and go-image.html. provided.al2: the later revision (go-image)
  // gives Jul 31, 2026 / Feb 1, 2027 / Mar 3, 2027 (earlier: Jun 30 / Jul 31 / Aug 31, 2026).
  r('provided.al2023', 'Go', '2029-06-30', '2029-07-31', '2029-08-31'),
  r('provided.al2', 'Go', '2026-07-31', '2027-02-01', '2027-03-03'),
  // Secondary: cfn-lint lifecycle data.
  r('provided', 'Go', '2024-01-08', '2024-02-08', '2025-11-01'),
  r('go1.x', 'Go', '2024-01-08', '2024-02-08', '2025-11-01'),
];

const BY_ID = new Map(LAMBDA_RUNTIMES.map((x) => [x.id, x]));

export function lambdaRuntime(id: string): LambdaRuntime | undefined {
  return BY_ID.get(id);
}

export type RuntimeStatus = 'supported' | 'deprecated' | 'blocked' | 'unknown';

/** ISO dates (YYYY-MM-DD) compare as strings. */
const reached = (date: string | null, today: string) => date !== null && today >= date;

/**
 * What AWS does with the runtime on `today` (YYYY-MM-DD): `blocked` from the day it refuses to
 * create functions with it (a template that creates one fails), `deprecated` from the day it
 * stops patching it, `unknown` for an id Lambda does not have.
 */
export function runtimeStatus(id: string, today: string): RuntimeStatus {
  const row = BY_ID.get(id);
  if (!row) return 'unknown';
  if (reached(row.blockCreate, today)) return 'blocked';
  if (reached(row.deprecation, today)) return 'deprecated';
  return 'supported';
}

/** The runtimes a function can still be created with on `today`, in table order. */
export function supportedRuntimes(today: string): string[] {
  return LAMBDA_RUNTIMES.filter((x) => runtimeStatus(x.id, today) === 'supported').map((x) => x.id);
}

/** The upgrade target: the newest non-preview runtime of the family still supported on `today`. */
export function currentRuntimeFor(family: RuntimeFamily, today: string): string | undefined {
  return LAMBDA_RUNTIMES.find((x) => x.family === family && !x.preview && runtimeStatus(x.id, today) === 'supported')?.id;
}

/** Today's date as the validator and the designer compare it (UTC), for callers that have no fixed day. */
export function isoToday(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** The languages the designer offers, and the runtime each maps to. */
export const LANGUAGES = [
  { language: 'Node.js', runtime: 'nodejs22.x', note: '' },
  { language: 'Python', runtime: 'python3.13', note: '' },
  { language: 'Java', runtime: 'java21', note: '' },
  { language: 'C#', runtime: 'dotnet10', note: '' },
  { language: 'Go', runtime: 'provided.al2023', note: 'custom runtime: build a `bootstrap` binary' },
  { language: 'PowerShell', runtime: 'provided.al2023', note: 'custom runtime with the PowerShell runtime layer' },
  { language: 'Ruby', runtime: 'ruby3.4', note: '' },
] as const;

export function languageOfRuntime(runtime: string): string {
  const row = BY_ID.get(runtime);
  if (row) return row.family;
  if (runtime.startsWith('nodejs')) return 'Node.js';
  if (runtime.startsWith('python')) return 'Python';
  if (runtime.startsWith('java')) return 'Java';
  if (runtime.startsWith('dotnet')) return 'C#';
  if (runtime.startsWith('ruby')) return 'Ruby';
  if (runtime.startsWith('provided') || runtime.startsWith('go')) return 'Go';
  return 'Other';
}

/** Inline code (`Code.ZipFile`) is only allowed for Node.js and Python. */
export function supportsInlineCode(runtime: string): boolean {
  return runtime.startsWith('nodejs') || runtime.startsWith('python');
}
