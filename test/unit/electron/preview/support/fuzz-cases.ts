import fc from 'fast-check';

/** One fuzz case: raw bytes for an HTTP request, or a WebSocket handshake followed by frames. */
export type FuzzCase = { kind: 'http'; bytes: Buffer } | { kind: 'ws'; frames: Buffer[] };

/** What a case needs to know about the server it targets. */
export type FuzzTarget = { port: number; token: string };

// Calls that only read, validate or write inside the data folder: nothing that downloads a
// model, runs whisper or exports to a path the fuzzer made up.
const CALLS = [
  'app/info',
  'settings/get',
  'settings/set',
  'attempts/list',
  'attempts/get',
  'attempts/create',
  'attempts/append-audio',
  'attempts/finish',
  'attempts/rename',
  'stories/list',
  'questions/list',
  'no/such-call',
];

const junk = fc.string({ unit: 'binary', maxLength: 40 });

function targets(t: FuzzTarget) {
  return fc.oneof(
    fc.constantFrom(
      '/',
      '/%00',
      '/index.html',
      '/assets/x.js',
      '/../../etc/passwd',
      '/%2e%2e/x',
      'http://[',
      '*',
      'example.com:80',
      '//x',
      '/%',
      '/%E0%A4%A',
      `/${'a'.repeat(3000)}`,
    ),
    fc.constantFrom(...CALLS).map((c) => `/api/${c}`),
    junk.map((s) => `/api/${encodeURIComponent(s)}`),
    junk.map((s) => `/media/attempts/${encodeURIComponent(s)}/audio.wav?token=${t.token}`),
    junk.map((s) => `/${s.replace(/[\s]/g, '')}`),
    fc.constant(`/api/events?token=${t.token}`),
  );
}

function jsonBodies() {
  return fc.oneof(
    fc.json({ maxDepth: 4 }),
    fc.constantFrom(
      '{}',
      '{"theme":"dark"}',
      '{"id":"20260101-000000-000-00000000"}',
      '{oops',
      '['.repeat(5000),
      `{${Array.from({ length: 3000 }, (_, i) => `"k${i}":${i}`).join(',')}}`,
      JSON.stringify({ questionId: 'q', questionText: 'Q', sampleRate: 16000, deviceLabel: 'x' }),
    ),
    fc.uint8Array({ maxLength: 2048 }).map((b) => Buffer.from(b).toString('latin1')),
    fc.integer({ min: 1, max: 512 }).map((kib) => 'x'.repeat(kib * 1024)),
  );
}

function httpCase(t: FuzzTarget): fc.Arbitrary<FuzzCase> {
  const host = `127.0.0.1:${t.port}`;
  return fc
    .record({
      method: fc.oneof(
        fc.constantFrom('GET', 'POST', 'HEAD', 'PUT', 'DELETE', 'OPTIONS', 'PATCH', 'TRACE'),
        fc.stringMatching(/^[A-Z]{1,10}$/),
      ),
      target: targets(t),
      host: fc.constantFrom(host, `localhost:${t.port}`, 'evil.example', '', host),
      origin: fc.option(fc.constantFrom(`http://${host}`, 'http://evil.example', 'null', '')),
      auth: fc.option(
        fc.constantFrom(`Bearer ${t.token}`, `Bearer ${t.token}`, 'Bearer x', 'Basic a'),
      ),
      range: fc.option(
        fc.constantFrom('bytes=0-10', 'bytes=-5', 'bytes=999999-', 'bytes=a-b', 'x'),
      ),
      extra: fc.array(fc.tuple(fc.stringMatching(/^[A-Za-z-]{1,20}$/), junk), { maxLength: 3 }),
      body: fc.option(jsonBodies()),
      length: fc.constantFrom('exact', 'exact', 'exact', 'chunked', 'short', 'long', 'none'),
    })
    .map((r) => {
      const body = Buffer.from(r.body ?? '', 'latin1');
      const lines = [`${r.method} ${r.target} HTTP/1.1`];
      if (r.host) lines.push(`Host: ${r.host}`);
      if (r.origin !== null) lines.push(`Origin: ${r.origin}`);
      if (r.auth !== null) lines.push(`Authorization: ${r.auth}`);
      if (r.range !== null) lines.push(`Range: ${r.range}`);
      for (const [k, v] of r.extra) lines.push(`X-${k}: ${v.replace(/[\r\n]/g, '')}`);
      lines.push('Connection: close');
      let payload = body;
      if (r.length === 'chunked') {
        lines.push('Transfer-Encoding: chunked');
        payload = Buffer.concat([
          Buffer.from(`${body.length.toString(16)}\r\n`),
          body,
          Buffer.from('\r\n0\r\n\r\n'),
        ]);
      } else if (r.length !== 'none') {
        const n =
          r.length === 'short'
            ? Math.max(0, body.length - 3)
            : r.length === 'long'
              ? body.length + 10
              : body.length;
        lines.push(`Content-Length: ${n}`);
      }
      return {
        kind: 'http' as const,
        bytes: Buffer.concat([Buffer.from(`${lines.join('\r\n')}\r\n\r\n`, 'latin1'), payload]),
      };
    });
}

/** A WebSocket frame with random flags, opcode, masking and (possibly lying) length. */
const frame = fc
  .record({
    fin: fc.boolean(),
    rsv: fc.integer({ min: 0, max: 7 }),
    opcode: fc.constantFrom(0, 1, 2, 3, 8, 9, 10, 15),
    masked: fc.boolean(),
    payload: fc.uint8Array({ maxLength: 300 }),
    claimed: fc.constantFrom('true', 'true', 'huge16', 'huge64', 'over-limit'),
  })
  .map((f) => {
    const bytes = Buffer.from(f.payload);
    const first = (f.fin ? 0x80 : 0) | (f.rsv << 4) | f.opcode;
    const mask = f.masked ? 0x80 : 0;
    let head: Buffer;
    if (f.claimed === 'huge16') head = Buffer.from([first, mask | 126, 0xff, 0xff]);
    else if (f.claimed === 'huge64')
      head = Buffer.from([first, mask | 127, 0, 0, 0, 1, 0, 0, 0, 0]);
    else if (f.claimed === 'over-limit')
      head = Buffer.from([first, mask | 127, 0, 0, 0, 0, 0, 2, 0, 0]);
    else if (bytes.length < 126) head = Buffer.from([first, mask | bytes.length]);
    else head = Buffer.from([first, mask | 126, bytes.length >> 8, bytes.length & 0xff]);
    const key = f.masked ? Buffer.from([1, 2, 3, 4]) : Buffer.alloc(0);
    const body = f.masked ? bytes.map((b, i) => b ^ key[i % 4]!) : bytes;
    return Buffer.concat([head, key, body]);
  });

/** `count` cases from `seed`: the same cases on every run. */
export function fuzzCases(t: FuzzTarget, seed: number, count: number): FuzzCase[] {
  const wsCase: fc.Arbitrary<FuzzCase> = fc
    .array(frame, { minLength: 1, maxLength: 6 })
    .map((frames) => ({ kind: 'ws' as const, frames }));
  const arbitrary = fc.oneof(
    { arbitrary: httpCase(t), weight: 4 },
    { arbitrary: wsCase, weight: 1 },
  );
  return fc.sample(arbitrary, { seed, numRuns: count });
}
