import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';

// The app icon ships in every size packaging needs, rendered from one SVG source.
const root = path.resolve(import.meta.dirname, '../../..');
const read = (file: string) => readFileSync(path.join(root, file));

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe('app icon', () => {
  it('assets/icon.png is at least 512 x 512 and is the SVG source rendered (npm run icons)', () => {
    const png = read('assets/icon.png');
    const { width, height } = pngSize(png);
    expect(width).toBeGreaterThanOrEqual(512);
    expect(height).toBe(width);
    const rendered = new Resvg(read('assets/icon.svg'), { fitTo: { mode: 'width', value: width } })
      .render()
      .asPng();
    expect(Buffer.compare(rendered, png), 'run `npm run icons` after editing icon.svg').toBe(0);
  });

  it('has the Linux sizes, an ICNS and an ICO', () => {
    for (const size of [16, 32, 48, 64, 128, 256, 512])
      expect(pngSize(read(`assets/icons/${size}x${size}.png`))).toEqual({
        width: size,
        height: size,
      });
    expect(read('assets/icon.icns').subarray(0, 4).toString('latin1')).toBe('icns');
    const ico = read('assets/icon.ico');
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1]); // reserved, type icon
    expect(ico.readUInt16LE(4)).toBeGreaterThanOrEqual(1);
  });

  it('electron-builder takes its icons from assets/', () => {
    const yml = read('electron-builder.yml').toString('utf8');
    expect(yml).toMatch(/buildResources: assets/);
    expect(yml).toMatch(/^icon: assets\/icon\.png$/m);
    expect(yml).toMatch(/icon: assets\/icon\.icns/);
    expect(yml).toMatch(/icon: assets\/icon\.ico/);
    expect(yml).toMatch(/icon: assets\/icons/);
  });

  it('the page links the favicon the preview serves from renderer/public', () => {
    const html = read('renderer/index.html').toString('utf8');
    expect(html).toContain('href="./favicon.svg"');
    expect(read('renderer/public/favicon.svg').equals(read('assets/icon.svg'))).toBe(true);
    expect(pngSize(read('renderer/public/favicon.png')).width).toBe(64);
  });
});
