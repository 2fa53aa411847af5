/** The CLI as a function: arguments and I/O in, exit code out. Never throws. */
import pkg from '../../package.json';
import { parseArgs, type Command } from './args';
import { checkInputsParallel } from './check';
import { exportInputs } from './export';
import { formatJson, formatText } from './format';
import { graphInputs } from './graph';
import { helpText } from './help';
import { CliError, describeIoError, type CliIO } from './io';
import { readInputs } from './inputs';
import { schemaCommand } from './schema';

/** Run `entryway <argv>`; returns the exit code (0 clean, 1 errors found, 2 usage, I/O or internal error). */
export async function runCli(argv: readonly string[], io: CliIO): Promise<number> {
  try {
    const parsed = parseArgs(argv);
    if (!parsed.ok) {
      io.stderr(`entryway: ${parsed.error} (see "entryway ${parsed.topic ? `${parsed.topic} ` : ''}--help")\n`);
      return 2;
    }
    return await execute(parsed.command, io);
  } catch (e) {
    if (e instanceof CliError) io.stderr(`entryway: ${e.message}\n`);
    // NOTE: one line, never a stack trace: CI logs should show what failed, not where in our code.
    else io.stderr(`entryway: internal error: ${describeIoError(e)}\n`);
    return 2;
  }
}

async function execute(command: Command, io: CliIO): Promise<number> {
  switch (command.name) {
    case 'help':
      io.stdout(helpText(command.topic));
      return 0;
    case 'version':
      io.stdout(`entryway ${pkg.version}\n`);
      return 0;
    case 'schema':
      io.stdout(schemaCommand(command.kind));
      return 0;
    case 'validate':
    case 'analyze': {
      const report = await checkInputsParallel(await readInputs(command.paths, io), command.name);
      io.stdout((command.format === 'json' ? formatJson : formatText)(report.diagnostics, report.summary));
      return report.summary.errors > 0 ? 1 : 0;
    }
    case 'export': {
      const outcome = exportInputs(await readInputs(command.paths, io), command.apiVersion, command.force);
      if (outcome.report) io.stderr(outcome.report);
      if (outcome.text === undefined) return outcome.exitCode;
      if (command.output === undefined) io.stdout(outcome.text);
      else {
        try {
          io.writeFile(command.output, outcome.text);
        } catch (e) {
          throw new CliError(`cannot write ${command.output}: ${describeIoError(e)}`);
        }
      }
      return outcome.exitCode;
    }
    case 'graph': {
      const { text, report } = graphInputs(await readInputs(command.paths, io), command.format);
      if (report) io.stderr(report);
      io.stdout(text);
      return 0;
    }
  }
}
