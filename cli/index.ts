import { analyzeCommand } from './analyze-command';
import { transcribeCommand } from './transcribe-command';

/** Command table of the `rehearse` CLI: each command lives in its own file and returns an exit code. */
type Command = {
  summary: string;
  run: (args: string[]) => Promise<number>;
};

const commands: Record<string, Command> = {
  // Commands register here, one line each: name -> { summary, run }.
  analyze: analyzeCommand,
  transcribe: transcribeCommand,
};

function usage(): string {
  const lines = Object.entries(commands).map(
    ([name, c]) => `  rehearse ${name.padEnd(12)} ${c.summary}`,
  );
  return [
    'Usage:',
    ...lines,
    '',
    'Run `rehearse <command> --help` for the options of a command.',
  ].join('\n');
}

/** Runs the CLI with the given arguments (without `node` and the script path); resolves to an exit code. */
export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h') {
    console.log(usage());
    return name ? 0 : 1;
  }
  const command = commands[name];
  if (!command) {
    console.error(`Unknown command "${name}".\n\n${usage()}`);
    return 2;
  }
  return command.run(rest);
}
