import net from 'node:net';
import type { FuzzCase, FuzzTarget } from './fuzz-cases';

/** Plays one case on a fresh connection; settles when the server closes it or goes quiet. Every
 * outcome is fine here: what is checked is that the server survives and stays small. */
export function runCase(t: FuzzTarget, c: FuzzCase, idleMs = 150): Promise<void> {
  return new Promise((resolve) => {
    const socket = net.connect(t.port, '127.0.0.1');
    let timer: NodeJS.Timeout;
    const done = () => {
      clearTimeout(timer);
      socket.destroy();
      resolve();
    };
    const quiet = () => {
      clearTimeout(timer);
      timer = setTimeout(done, idleMs);
    };
    socket.on('error', done);
    socket.on('close', done);
    let upgraded = false;
    socket.on('data', (d) => {
      quiet();
      if (c.kind === 'ws' && !upgraded && d.includes('\r\n\r\n')) {
        upgraded = true;
        for (const frame of c.frames) socket.write(frame);
      }
    });
    socket.on('connect', () => {
      quiet();
      if (c.kind === 'http') socket.write(c.bytes);
      else
        socket.write(
          `GET /api/events?token=${t.token} HTTP/1.1\r\nHost: 127.0.0.1:${t.port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n`,
        );
    });
  });
}

/** Runs all cases with `parallel` connections at a time; `between` runs after every `every` cases. */
export async function runAll(
  t: FuzzTarget,
  cases: FuzzCase[],
  parallel: number,
  every: number,
  between: (done: number) => Promise<void>,
): Promise<void> {
  let next = 0;
  for (let start = 0; start < cases.length; start += every) {
    const batch = cases.slice(start, start + every);
    next = 0;
    await Promise.all(
      Array.from({ length: parallel }, async () => {
        while (next < batch.length) await runCase(t, batch[next++]!);
      }),
    );
    await between(Math.min(start + every, cases.length));
  }
}
