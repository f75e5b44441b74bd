
import { CATALOG, isKindId } from './catalog';
import { edgeConfigSchema } from './edge-config';
import { migrate } from './migrations';
import { pipelineSchema, type Pipeline } from './pipeline';
import { describeValue, type Problem, problemsFromZod, suggest } from './problems';
import { KIND_IDS } from './kind';
import { MAX_PIPELINE_TEXT_CHARS, tooLongMessage, tooManyElementsMessage, withoutByteOrderMark } from './input-limits';

export type ParseResult =
  | { ok: true; pipeline: Pipeline; migratedFrom?: number }
  | { ok: false; problems: Problem[] };

/** Keys a strict object at `path` accepts, for "did you mean" hints. */
function knownKeysAt(raw: unknown) {
  return (path: PropertyKey[]): readonly string[] | undefined => {
    const [head, index, sub] = path;
    if (path.length === 0) return Object.keys((pipelineSchema as unknown as { def: { in?: { shape: object } } }).def.in?.shape ?? {});
    if (head === 'nodes' && typeof index === 'number' && sub === 'config' && path.length === 3) {
      const kind = (raw as { nodes?: { kind?: unknown }[] })?.nodes?.[index]?.kind;
      return isKindId(kind) ? Object.keys(CATALOG[kind].configSchema.shape) : undefined;
    }
    if (head === 'nodes' && path.length === 2) return ['id', 'kind', 'name', 'position', 'notes', 'config'];
    if (head === 'edges' && path.length === 2) return ['id', 'source', 'target', 'config'];
    if (head === 'edges' && sub === 'config' && path.length === 3) return Object.keys(edgeConfigSchema.shape);
    return undefined;
  };
}

function explainUnknownKind(problem: Problem, raw: unknown): Problem {
  const [head, index, field] = problem.pathSegments;
  if (head !== 'nodes' || typeof index !== 'number' || field !== 'kind' || problem.pathSegments.length !== 3) return problem;
  const value = (raw as { nodes?: { kind?: unknown }[] }).nodes?.[index]?.kind;
  if (typeof value !== 'string') return { ...problem, message: `required: a kind such as "lambda-function", got ${describeValue(value)}` };
  const hint = suggest(value, KIND_IDS);
  return { ...problem, message: `unknown kind ${JSON.stringify(value)}${hint ? ` (did you mean "${hint}"?)` : ''}; see \`sluice schema\` for the list` };
}

/** Parse an already-decoded JSON value: migrate, then validate against the schema. */
export function parsePipeline(raw: unknown): ParseResult {
  const migrated = migrate(raw);
  if (!migrated.ok) {
    return { ok: false, problems: [{ path: migrated.path, pathSegments: migrated.path ? [migrated.path] : [], message: migrated.message }] };
  }
  const result = pipelineSchema.safeParse(migrated.document, { reportInput: true });
  if (!result.success) {
    const problems = problemsFromZod(result.error, knownKeysAt(migrated.document)).map((p) =>
      explainUnknownKind(p, migrated.document),
    );
    return { ok: false, problems };
  }
  return migrated.migratedFrom === undefined
    ? { ok: true, pipeline: result.data }
    : { ok: true, pipeline: result.data, migratedFrom: migrated.migratedFrom };
}

/** Parse file text. JSON syntax errors report the line and column. */
export function parsePipelineText(input: string): ParseResult {
  const text = withoutByteOrderMark(input);
  const tooLong = tooLongMessage('the pipeline', text.length, MAX_PIPELINE_TEXT_CHARS);
  if (tooLong) return { ok: false, problems: [{ path: '', pathSegments: [], message: tooLong }] };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [{ path: '', pathSegments: [], message: jsonSyntaxMessage(text, error) }] };
  }
  const tooMany = tooManyElementsMessage(raw);
  if (tooMany) return { ok: false, problems: [{ path: '', pathSegments: [], message: tooMany }] };
  return parsePipeline(raw);
}

export function jsonSyntaxMessage(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const pos = /position (\d+)/.exec(message);
  if (text.trim() === '') return 'the file is empty: expected a JSON pipeline document';
  if (!pos) return `not valid JSON: ${message}`;
  const offset = Number(pos[1]);
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return `not valid JSON at line ${line}, column ${column}: ${message.replace(/ in JSON at position \d+.*$/, '').replace(/ \(line \d+ column \d+\)$/, '')}`;
}

/** Serialise with a stable layout: two-space indent, trailing newline. */
export function serializePipeline(pipeline: Pipeline): string {
  return `${JSON.stringify(pipeline, null, 2)}\n`;
}

