import { buildGraph, type NodeOfKind, type Pipeline, type PipelineGraph } from '../../model';
import { nodeHandler } from './node';
import { commentSafe } from '../cloudformation/text';
import { handlerPlan, languageOf, type HandlerLanguage } from './plan';
import { pythonHandler } from './python';

/** Names the Python skeleton defines or imports: a handler called so would replace them. */
const PYTHON_TAKEN = new Set(['base64', 'json', 'os', 'Decimal', 'unquote_plus', 'Writers', 'WRITERS', 'process_item', 'from_attribute', 'from_image', 'to_attribute', 's3_items', 'message_items']);
/** A handler file named like a module the skeleton imports would be imported instead of it. */
const PYTHON_MODULES = new Set(['base64', 'json', 'os', 'decimal', 'urllib', 'boto3', 'botocore']);

export interface HandlerSource {
  language: HandlerLanguage;
  /** The file the runtime loads: `<file>.py` / `<file>.js` from the function's handler setting. */
  fileName: string;
  code: string;
}

/**
 * The generated handler of a Python or Node.js function, or undefined for another runtime or a
 * handler setting that is not `file.function` with plain identifiers (the function then keeps a
 * package it is given).
 */
export function handlerSource(graph: PipelineGraph, fn: NodeOfKind<'lambda-function'>): HandlerSource | undefined {
  const plan = handlerPlan(graph, fn);
  if (!plan.language || !plan.file || !plan.entry) return undefined;
  if (plan.language === 'python' && (PYTHON_TAKEN.has(plan.entry) || plan.entry.startsWith('handle_') || PYTHON_MODULES.has(plan.file))) return undefined;
  if (plan.language === 'node' && plan.entry === 'WRITERS') return undefined;
  if (plan.language === 'python') return { language: 'python', fileName: `${plan.file}.py`, code: pythonHandler(plan, plan.entry) };
  return { language: 'node', fileName: `${plan.file}.js`, code: nodeHandler(plan, plan.entry) };
}

/**
 * Every function's handler as files: lambda/<function id>/<file> (with a package.json saying
 * CommonJS beside a Node.js handler, so it also runs inside an ES-module project such as the CDK
 * app). A function of another runtime, or with a handler setting the skeleton cannot take, gets a
 * README saying what to put there instead.
 */
export function handlerFiles(pipeline: Pipeline): Record<string, string> {
  const graph = buildGraph(pipeline);
  const files: Record<string, string> = {};
  for (const fn of graph.nodesOfKind('lambda-function')) {
    const source = handlerSource(graph, fn);
    if (source) {
      files[`lambda/${fn.id}/${source.fileName}`] = source.code;
      if (source.language === 'node') files[`lambda/${fn.id}/package.json`] = `${JSON.stringify({ private: true, type: 'commonjs' }, null, 2)}\n`;
    } else {
      files[`lambda/${fn.id}/README.md`] = placeholderReadme(fn);
    }
  }
  return files;
}

function placeholderReadme(fn: NodeOfKind<'lambda-function'>): string {
  const runtime = commentSafe(fn.config.runtime, 40);
  const why = languageOf(fn.config.runtime)
    ? `its handler setting (${commentSafe(fn.config.handler, 120)}) is not a plain file.function name the generated code can use`
    : `Sluice generates handlers for Python and Node.js only, and this function runs ${runtime}`;
  return [
    `# Function ${fn.id}: placeholder`,
    '',
    `No handler was generated: ${why}.`,
    'Build its deployment package (a .zip) here and upload it to the code bucket and key the stack',
    `takes as parameters (${fn.id}: CodeBucket and CodeKey). Sample events of its connections:`,
    '`npx sluice event FILE --edge EDGE_ID`.',
    '',
  ].join('\n');
}
