import { COMMANDS } from './commands';
import { type CliIo, EXIT, UsageError } from './io';
// The package's own version, one source: the bundle inlines it, tsx reads it.
import { version as VERSION } from '../../package.json';
import { escapeTerminal } from './terminal-text';

function topHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return `Sluice: design, validate, simulate and export AWS data pipelines.

Usage: sluice <command> [options]

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n')}

Run \`sluice <command> --help\` for a command's options.
`;
}

/**
 * The CLI entry: returns the exit code, never throws, never prints a stack trace. Everything
 * printed goes through escapeTerminal: names, ids and types come from files, and a file must
 * not be able to clear the screen or forge a line of output.
 */
export async function main(argv: string[], rawIo: CliIo): Promise<number> {
  const io: CliIo = { ...rawIo, stdout: (t) => rawIo.stdout(escapeTerminal(t)), stderr: (t) => rawIo.stderr(escapeTerminal(t)) };
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(topHelp());
    return name === undefined ? EXIT.badInput : EXIT.ok;
  }
  if (name === '--version' || name === '-v') {
    io.stdout(`${VERSION}\n`);
    return EXIT.ok;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.stderr(`sluice: unknown command "${name}". Commands: ${COMMANDS.map((c) => c.name).join(', ')}\n`);
    return EXIT.badInput;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(`${command.usage}\n`);
    return EXIT.ok;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`sluice ${command.name}: ${error.message}\nRun \`sluice ${command.name} --help\` for usage.\n`);
      return EXIT.badInput;
    }
    io.stderr(`sluice ${command.name}: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT.badInput;
  }
}
