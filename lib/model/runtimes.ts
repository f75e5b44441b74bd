/** Lambda runtime identifiers, as of 2026 (see shared/reference/aws-limits.md). */
export const SUPPORTED_RUNTIMES = [
  'nodejs22.x',
  'nodejs24.x',
  'python3.11',
  'python3.12',
  'python3.13',
  'python3.14',
  'java11',
  'java17',
  'java21',
  'java25',
  'java8.al2',
  'dotnet8',
  'dotnet10',
  'ruby3.3',
  'ruby3.4',
  'ruby4.0',
  'provided.al2023',
] as const;

export const DEPRECATED_RUNTIMES: Record<string, string> = {
  'nodejs20.x': '2026-04-30',
  'python3.9': '2025-12-15',
  'python3.10': '2026-10-31',
  'ruby3.2': '2026-03-31',
  'provided.al2': '2026-06-30',
  'go1.x': '2024-01-08',
};

/**
 * Deprecated runtimes AWS no longer lets a function be created with (the date creation was
 * blocked, and the date updates were): a template using one fails to deploy. From the Lambda
 * runtime deprecation schedule (https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html).
 */
export const BLOCKED_RUNTIMES: Record<string, { create: string; update: string }> = {
  'nodejs20.x': { create: '2026-06-01', update: '2026-07-01' },
  'python3.9': { create: '2026-06-01', update: '2026-07-01' },
  'ruby3.2': { create: '2026-06-01', update: '2026-07-01' },
  'provided.al2': { create: '2026-07-31', update: '2026-08-31' },
  'go1.x': { create: '2024-02-08', update: '2026-07-01' },
};

export type RuntimeStatus = 'supported' | 'deprecated' | 'blocked' | 'unknown';

export function runtimeStatus(runtime: string): RuntimeStatus {
  if ((SUPPORTED_RUNTIMES as readonly string[]).includes(runtime)) return 'supported';
  if (runtime in BLOCKED_RUNTIMES) return 'blocked';
  if (runtime in DEPRECATED_RUNTIMES) return 'deprecated';
  return 'unknown';
}

/** The languages the designer offers, and the runtime each maps to. */
export const LANGUAGES = [
  { language: 'Node.js', runtime: 'nodejs22.x', note: '' },
  { language: 'Python', runtime: 'python3.13', note: '' },
  { language: 'Java', runtime: 'java21', note: '' },
  { language: 'C#', runtime: 'dotnet8', note: '' },
  { language: 'Go', runtime: 'provided.al2023', note: 'custom runtime: build a `bootstrap` binary' },
  { language: 'PowerShell', runtime: 'provided.al2023', note: 'custom runtime with the PowerShell runtime layer' },
  { language: 'Ruby', runtime: 'ruby3.3', note: '' },
] as const;

export function languageOfRuntime(runtime: string): string {
  if (runtime.startsWith('nodejs')) return 'Node.js';
  if (runtime.startsWith('python')) return 'Python';
  if (runtime.startsWith('java')) return 'Java';
  if (runtime.startsWith('dotnet')) return 'C#';
  if (runtime.startsWith('ruby')) return 'Ruby';
  if (runtime.startsWith('provided') || runtime === 'go1.x') return 'Go';
  return 'Other';
}

/** Inline code (`Code.ZipFile`) is only allowed for Node.js and Python. */
export function supportsInlineCode(runtime: string): boolean {
  return runtime.startsWith('nodejs') || runtime.startsWith('python');
}
