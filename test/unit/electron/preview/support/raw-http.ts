import net from 'node:net';

/** Sends raw bytes to the server and resolves with everything it answers until it closes the
 * connection or `idleMs` pass without data (for requests no HTTP client would send). */
export function rawExchange(port: number, bytes: string | Buffer, idleMs = 1500): Promise<string> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    let answer = '';
    const done = () => {
      socket.destroy();
      resolve(answer);
    };
    let timer = setTimeout(done, idleMs);
    socket.on('data', (d) => {
      answer += d.toString('latin1');
      clearTimeout(timer);
      timer = setTimeout(done, idleMs);
    });
    socket.on('error', done);
    socket.on('close', done);
    socket.write(bytes);
  });
}

/** The status code of a raw HTTP answer, or 0 when there was none. */
export function statusOf(answer: string): number {
  return Number(/^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1] ?? 0);
}

/** A plain GET of the page, to show the server still answers. */
export async function pageStatus(port: number): Promise<number> {
  const res = await fetch(`http://127.0.0.1:${port}/`).catch(() => null);
  return res?.status ?? 0;
}
