import { defaultConfig } from './catalog';
import type { KindId } from './kind';
import type { EdgeConfig } from './edge-config';
import { edgeConfigSchema } from './edge-config';
import { CURRENT_VERSION, FORMAT_ID, type Pipeline, type PipelineEdge, type PipelineNode } from './pipeline';
import { parsePipeline } from './parse';
import { problemToString } from './problems';

type DeepPartial<T> = { [K in keyof T]?: T[K] extends object ? (T[K] extends unknown[] ? T[K] : DeepPartial<T[K]>) : T[K] };

/**
 * Builds pipelines in tests and examples: `new PipelineBuilder('x').node('a', 'kinesis-stream', {...})`.
 * `build()` runs the real parser, so a builder can never make a document a file could not hold.
 */
export class PipelineBuilder {
  private nodes: Record<string, unknown>[] = [];
  private edges: Record<string, unknown>[] = [];
  private suppressions: Record<string, unknown>[] = [];

  constructor(private readonly name = 'test-pipeline') {}

  node(id: string, kind: KindId, config: Record<string, unknown> = {}, name?: string): this {
    this.nodes.push({ id, kind, name: name ?? id, position: { x: this.nodes.length * 220, y: 0 }, config });
    return this;
  }

  edge(source: string, target: string, config: Partial<EdgeConfig> = {}, id?: string): this {
    this.edges.push({ id: id ?? `${source}-${target}`, source, target, config });
    return this;
  }

  suppress(rule: string, reason: string, where: { nodeId?: string; edgeId?: string } = {}): this {
    this.suppressions.push({ rule, reason, ...where });
    return this;
  }

  raw(): Record<string, unknown> {
    return { format: FORMAT_ID, version: CURRENT_VERSION, name: this.name, nodes: this.nodes, edges: this.edges, suppressions: this.suppressions };
  }

  build(): Pipeline {
    const result = parsePipeline(this.raw());
    if (!result.ok) throw new Error(`PipelineBuilder made an invalid pipeline:\n${result.problems.map(problemToString).join('\n')}`);
    return result.pipeline;
  }
}

/** A node with defaults, for the designer's "add node". */
export function makeNode(id: string, kind: KindId, name: string, position?: { x: number; y: number }): PipelineNode {
  return { id, kind, name, position, config: defaultConfig(kind) } as PipelineNode;
}

export function makeEdge(id: string, source: string, target: string, config: DeepPartial<EdgeConfig> = {}): PipelineEdge {
  return { id, source, target, config: edgeConfigSchema.parse(config) };
}

export function emptyPipeline(name = 'untitled-pipeline'): Pipeline {
  return { format: FORMAT_ID, version: CURRENT_VERSION, name, nodes: [], edges: [], suppressions: [] } as Pipeline;
}
