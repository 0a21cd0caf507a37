import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { previewCsp } from '../../../../electron/preview/security-headers';
import { startPreviewServer, type PreviewServer } from '../../../../electron/preview/server';
import { createAppServices } from '../../../../electron/services/app-services';
import { FileSettingsStore } from '../../../../electron/services/settings/file-settings-store';

const page = fs.readFileSync(
  path.resolve(import.meta.dirname, '../../../../renderer/index.html'),
  'utf8',
);

/** The directives of a policy, by name. */
function directives(policy: string): Record<string, string> {
  return Object.fromEntries(
    policy.split(';').map((d) => {
      const [name, ...values] = d.trim().split(/\s+/);
      return [name!, values.join(' ')];
    }),
  );
}

describe('Content-Security-Policy', () => {
  it('the desktop page allows no WebSocket and no network origin, only its audio scheme', () => {
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(page)?.[1] ?? '';
    const policy = directives(meta);
    expect(meta).not.toMatch(/ws:|wss:|localhost|127\.0\.0\.1|\*|https?:/);
    expect(policy['connect-src']).toBe("'self' rehearse-audio:");
    expect(policy['media-src']).toBe("'self' blob: rehearse-audio:");
    expect(policy['script-src']).toBe("'self'");
    expect(policy['object-src']).toBe("'none'");
  });

  it('the preview allows the WebSocket back to its own origin only', () => {
    const policy = directives(previewCsp('127.0.0.1:5555'));
    expect(policy['connect-src']).toBe("'self' ws://127.0.0.1:5555");
    expect(previewCsp('localhost:5555')).not.toContain('127.0.0.1');
    expect(policy['frame-ancestors']).toBe("'none'");
  });

  describe('served by the preview', () => {
    let server: PreviewServer;
    let dir: string;
    beforeAll(async () => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rehearse-csp-'));
      fs.writeFileSync(path.join(dir, 'index.html'), page);
      const services = createAppServices({
        dataDir: dir,
        settings: new FileSettingsStore(dir),
        transport: 'preview',
        version: '0.0.0',
      });
      server = await startPreviewServer({ services, staticDir: dir });
    });
    afterAll(async () => {
      await server.close();
      fs.rmSync(dir, { recursive: true, force: true });
    });

    it('drops the desktop meta policy and sends its own as a header, for the Host it was asked on', async () => {
      const res = await fetch(`http://localhost:${server.port}/`);
      const html = await res.text();
      expect(html).toContain('<div id="root">');
      expect(html).not.toContain('http-equiv="Content-Security-Policy"');
      expect(res.headers.get('content-security-policy')).toBe(
        previewCsp(`localhost:${server.port}`),
      );
    });
  });
});
