#!/usr/bin/env node
// Renders the app icon from its SVG source (assets/icon.svg) into every file packaging and the
// preview use: assets/icon.png (1024 px), assets/icons/<n>x<n>.png (Linux), assets/icon.icns
// (macOS), assets/icon.ico (Windows) and the favicons in renderer/public. Run after editing the
// SVG: `npm run icons`. resvg renders; png2icons writes ICNS and ICO.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';
import png2icons from 'png2icons';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const assets = path.join(root, 'assets');
const svg = fs.readFileSync(path.join(assets, 'icon.svg'));

/** The icon as a PNG of `size` by `size` pixels. */
function render(size) {
  return new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
}

const master = render(1024);
fs.writeFileSync(path.join(assets, 'icon.png'), master);
fs.mkdirSync(path.join(assets, 'icons'), { recursive: true });
for (const size of [16, 32, 48, 64, 128, 256, 512]) {
  fs.writeFileSync(path.join(assets, 'icons', `${size}x${size}.png`), render(size));
}
const icns = png2icons.createICNS(master, png2icons.BICUBIC, 0);
const ico = png2icons.createICO(master, png2icons.BICUBIC, 0, false, true);
if (!icns || !ico) throw new Error('png2icons could not convert assets/icon.png');
fs.writeFileSync(path.join(assets, 'icon.icns'), icns);
fs.writeFileSync(path.join(assets, 'icon.ico'), ico);
fs.copyFileSync(path.join(assets, 'icon.svg'), path.join(root, 'renderer/public/favicon.svg'));
fs.writeFileSync(path.join(root, 'renderer/public/favicon.png'), render(64));
console.log('Icons written to assets/ and renderer/public/.');
