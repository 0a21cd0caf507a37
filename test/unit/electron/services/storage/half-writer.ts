import fs from 'node:fs';
import { tempPathFor } from '../../../../../electron/services/storage/atomic-write';

// Run by temp-sweep.test.ts: starts writing `<file>`'s temporary copy under the atomic writer's
// own naming, says so, and waits to be killed with SIGKILL before it can rename.
const file = process.argv[2]!;
fs.writeFileSync(tempPathFor(file), '{"half": ');
process.stdout.write('writing\n');
setInterval(() => undefined, 60_000);
