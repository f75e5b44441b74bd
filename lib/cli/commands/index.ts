import type { Command } from '../io';
import { costCommand } from './cost';
import { eventCommand } from './event';
import { exportCommand } from './export';
import { importCommand } from './import';
import { rulesCommand } from './rules';
import { schemaCommand } from './schema';
import { simulateCommand } from './simulate';
import { validateCommand } from './validate';

/** Every command, in `--help` order. Each lives in its own file. */
export const COMMANDS: Command[] = [validateCommand, rulesCommand, schemaCommand, exportCommand, importCommand, simulateCommand, costCommand, eventCommand];
