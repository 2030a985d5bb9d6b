/** Colours of the table output: the only place chalk is used. */
import { Chalk, supportsColor } from 'chalk';
import { PLAIN_STYLE, type TableStyle } from '../writers/table.js';

/**
 * Whether to colour the table: asked for (no `--no-color`), written to a
 * terminal, and not turned off by the environment (NO_COLOR, FORCE_COLOR=0,
 * TERM=dumb).
 */
export function wantsColour(option: boolean, isTTY: boolean | undefined, env: NodeJS.ProcessEnv = process.env): boolean {
  if (!option || isTTY !== true) return false;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR === '0' || env.FORCE_COLOR === 'false') return false;
  return env.TERM !== 'dumb';
}

/** Chalk's colour level for the table: 0 when plain, else what the terminal supports (at least 1). */
export function colourLevel(colour: boolean): ColourLevel {
  if (!colour) return 0;
  return supportsColor ? supportsColor.level : 1;
}

export type ColourLevel = 0 | 1 | 2 | 3;

/**
 * The table style for a colour level (from `colourLevel`): plain at 0. Worker
 * threads get the level from the main thread, whose stdout is the terminal.
 */
export function tableStyle(level: ColourLevel): TableStyle {
  if (level === 0) return PLAIN_STYLE;
  const chalk = new Chalk({ level });
  return {
    source: (s) => chalk.bold.cyan(s),
    kind: (s) => chalk.bold(s),
    label: (s) => chalk.dim(s),
    value: (s) => chalk.green(s),
    dim: (s) => chalk.gray(s),
    warning: (s) => chalk.yellow(s),
  };
}
