/** What a command may do to the outside world; tests pass a fake. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  cwd: string;
  /**
   * How far a long task is, 0 to 1 (1 when done). Given only when a person watches (stderr is a
   * terminal); scripts and pipes get nothing extra.
   */
  progress?(fraction: number, label: string): void;
}

export interface Command {
  name: string;
  /** One line for `sluice --help`. */
  summary: string;
  /** The full `--help` text. */
  usage: string;
  run(args: string[], io: CliIo): Promise<number>;
}

/** Exit codes are a public contract: scripts depend on them. */
export const EXIT = { ok: 0, findings: 1, badInput: 2 } as const;

export class UsageError extends Error {}
