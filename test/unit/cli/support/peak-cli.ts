import { main } from '../../../../cli/index';

// Runs the `rehearse` CLI in this process and, after it, prints its peak resident memory to
// stderr as "peak-rss-mib <n>", so a test can bound what one command costs.
const code = await main(process.argv.slice(2));
process.stderr.write(`peak-rss-mib ${Math.round(process.resourceUsage().maxRSS / 1024)}\n`);
process.exitCode = code;
