import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startPreviewProcess, type PreviewProcess } from './support/preview-process';
import { pageStatus, rawExchange, statusOf } from './support/raw-http';

// Black-box tests of issue 13's preview findings, against the real server in its own process:
// each attack first, then the server must still be running and answering.
describe('preview server hardening (black box, own process)', () => {
  let preview: PreviewProcess;
  const host = () => `127.0.0.1:${preview.port}`;
  const call = (name: string, body: string) =>
    fetch(`http://${host()}/api/${name}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${preview.token}`, 'Content-Type': 'application/json' },
      body,
    });
  const stillAnswers = async () => {
    expect(preview.exited()).toBeNull();
    expect(await pageStatus(preview.port)).toBe(200);
  };

  // A fresh server per test, so each finding is shown on its own (one crash cannot fail the rest).
  beforeEach(async () => {
    preview = await startPreviewProcess();
  }, 30_000);
  afterEach(() => preview.stop());

  it('survives paths the file system rejects (NUL byte, over-long name) without a token', async () => {
    for (const target of ['/%00', '/a%00b.js', `/${'x'.repeat(5000)}`, '/assets/%00/x']) {
      const answer = await rawExchange(
        preview.port,
        `GET ${target} HTTP/1.1\r\nHost: ${host()}\r\nConnection: close\r\n\r\n`,
      );
      expect([400, 404]).toContain(statusOf(answer));
    }
    await stillAnswers();
  });

  it('answers 400 to request targets that do not parse, on plain requests and upgrades', async () => {
    for (const target of ['http://[', '*', 'example.com:80', 'http://127.0.0.1:1/%']) {
      const plain = await rawExchange(
        preview.port,
        `GET ${target} HTTP/1.1\r\nHost: ${host()}\r\nConnection: close\r\n\r\n`,
      );
      expect(statusOf(plain), `GET ${target}`).toBe(400);
      const upgrade = await rawExchange(
        preview.port,
        `GET ${target} HTTP/1.1\r\nHost: ${host()}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n`,
      );
      expect(statusOf(upgrade), `upgrade ${target}`).toBe(400);
    }
    // A foreign Host is refused before the target is even parsed.
    const foreign = await rawExchange(
      preview.port,
      `GET http://[ HTTP/1.1\r\nHost: evil.example\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n`,
    );
    expect(statusOf(foreign)).toBe(403);
    await stillAnswers();
  });

  it('ends only the offending WebSocket on a frame over the limit or an unmasked frame', async () => {
    const url = `ws://${host()}/api/events?token=${preview.token}`;
    const big = new WebSocket(url);
    await new Promise((resolve) => big.on('open', resolve));
    const closed = new Promise<number>((resolve) => big.on('close', (code) => resolve(code)));
    big.send(Buffer.alloc(70 * 1024, 1));
    expect(await closed).toBe(1009); // message too big

    const handshake = `GET /api/events?token=${preview.token} HTTP/1.1\r\nHost: ${host()}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n`;
    const unmasked = Buffer.concat([
      Buffer.from(handshake),
      Buffer.from([0x81, 0x05]),
      Buffer.from('hello'),
    ]);
    const answer = await rawExchange(preview.port, unmasked);
    expect(statusOf(answer)).toBe(101);
    expect(answer.includes(String.fromCharCode(0x88))).toBe(true); // the server sent a close frame
    await stillAnswers();
  });

  it('refuses a body over the per-call limit at once (413) and says the limit', async () => {
    const declared = await rawExchange(
      preview.port,
      `POST /api/app/info HTTP/1.1\r\nHost: ${host()}\r\nAuthorization: Bearer ${preview.token}\r\nContent-Length: ${15 * 1024 * 1024}\r\n\r\n{`,
    );
    expect(statusOf(declared)).toBe(413);
    expect(declared).toContain('larger than 4 MiB');
    await stillAnswers();
  });

  it('holds parallel large bodies within a total budget (503 beyond it), memory stays bounded', async () => {
    const chunk = Buffer.alloc(1024 * 1024, 0x20);
    const before = preview.rssMiB();
    let peak = preview.rssMiB();
    const sampler = setInterval(() => (peak = Math.max(peak, preview.rssMiB())), 25);
    // 20 parallel 3.5 MiB bodies, streamed without a Content-Length: 70 MiB in flight at once.
    // Each sends its first MiB, then every one waits, so none can finish (and give its share of
    // the budget back) before all 20 MiB have arrived: more than the 16 MiB the budget allows.
    let release!: () => void;
    const allSent = new Promise<void>((resolve) => (release = resolve));
    const pending = Array.from({ length: 20 }, async () => {
      const body = new ReadableStream({
        async start(controller) {
          controller.enqueue(chunk);
          await allSent;
          for (let i = 0; i < 2; i++) controller.enqueue(chunk);
          controller.enqueue(chunk.subarray(0, 512 * 1024));
          controller.close();
        },
      });
      const res = await fetch(`http://${host()}/api/app/info`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${preview.token}` },
        body,
        duplex: 'half',
      } as RequestInit).catch(() => null);
      return res ? res.status : 0;
    });
    await new Promise((resolve) => setTimeout(resolve, 1500));
    release();
    const statuses = await Promise.all(pending);
    clearInterval(sampler);
    expect(statuses.filter((s) => s === 503).length).toBeGreaterThan(0);
    expect(statuses.every((s) => s === 200 || s === 503)).toBe(true); // each one got its answer
    console.log(
      `20 parallel 3.5 MiB bodies: ${statuses.join(',')}; peak RSS ${peak.toFixed(0)} MiB (before ${before.toFixed(0)})`,
    );
    expect(peak - before).toBeLessThan(100);
    await stillAnswers();
  });

  it('bounds the error it sends back for a payload with 300,000 unknown keys', async () => {
    const keys = Array.from({ length: 300_000 }, (_, i) => `"k${i}":0`).join(',');
    const res = await call('settings/set', `{${keys}}`);
    expect(res.status).toBe(400);
    const text = await res.text();
    expect(text.length).toBeLessThan(4000);
    expect(text).toContain('characters left out');
    await stillAnswers();
  });
});
