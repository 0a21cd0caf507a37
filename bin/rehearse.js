#!/usr/bin/env node
// The `rehearse` command. The CLI is TypeScript in cli/; tsx compiles it on the fly so the
// CLI shares the exact source of the app's services and analysis engine.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../cli/index.ts');
process.exitCode = await main(process.argv.slice(2));
