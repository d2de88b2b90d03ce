#!/usr/bin/env node
import { Command } from 'commander';
import { EXTRACTOR_VERSION } from '../version';
import { registerExtract } from './extract';
import { registerEval } from './eval';
import { registerSubmit } from './submit';
import { registerRecords } from './records';
import { registerStatus } from './status';
import { registerReextract } from './reextract';
import { registerWorker } from './worker';
import { registerRun } from './run';

/** The newsfacts command line: one file per command, each registering itself here. */
export function buildProgram(): Command {
  const program = new Command();
  program
    .name('newsfacts')
    .description('Turn news articles into data: figures, dates, officials, organizations, places and quotes.')
    .version(EXTRACTOR_VERSION);
  registerExtract(program);
  registerEval(program);
  registerSubmit(program);
  registerRecords(program);
  registerStatus(program);
  registerReextract(program);
  registerWorker(program);
  registerRun(program);
  return program;
}

if (require.main === module) {
  buildProgram()
    .parseAsync(process.argv)
    .catch((err: unknown) => {
      const code = (err as { code?: string }).code ?? 'INTERNAL';
      process.stderr.write(`newsfacts: ${code}: ${err instanceof Error ? err.message : String(err)}\n`);
      process.exitCode = 1;
    });
}
