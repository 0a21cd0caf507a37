#!/usr/bin/env node
// Runs Electronegativity (Doyensec's Electron security scanner) over the desktop app's main
// process, preload and page, and fails when a HIGH or MEDIUM finding is not accepted with a reason
// in electronegativity.json, or when an accepted entry no longer matches any finding. Checks the
// config excludes are named there with their reason too.
// Usage: node scripts/electronegativity.mjs [config.json]  (inputs are relative to the config)
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const configPath = path.resolve(process.argv[2] ?? path.join(root, 'electronegativity.json'));
const config = JSON.parse(fs.readFileSync(configPath, 'utf8'));
const base = path.dirname(configPath);

// The scanner takes one folder: stage the inputs in a scratch copy (never node_modules).
const stage = fs.mkdtempSync(path.join(os.tmpdir(), 'rehearse-electronegativity-'));
for (const input of config.input) {
  fs.cpSync(path.join(base, input), path.join(stage, input), { recursive: true });
}
const electronVersion = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'))
  .devDependencies.electron;

// The scanner tries the network for translations and Electron releases, and says so on stdout.
const log = console.log;
console.log = () => undefined;
let result;
try {
  const run = require('@doyensec/electronegativity');
  result = await run({
    input: stage,
    isRelative: true,
    electronVersionOverride: electronVersion,
    excludeFromScan: (config.excluded ?? []).map((e) => e.check),
  });
} finally {
  console.log = log;
  fs.rmSync(stage, { recursive: true, force: true });
}

const severity = (issue) => issue.severity?.name ?? String(issue.severity);
const matches = (entry, issue) => entry.check === issue.id && entry.file === issue.file;
const blocking = ['HIGH', 'MEDIUM'];
const unexplained = [];
for (const issue of result.issues) {
  const entry = config.accepted.find((e) => matches(e, issue));
  const where = `${issue.file}:${issue.location?.line ?? 0}`;
  const status = entry
    ? `accepted: ${entry.reason}`
    : blocking.includes(severity(issue))
      ? 'NOT EXPLAINED'
      : 'not blocking';
  log(`${severity(issue).padEnd(13)} ${issue.id} ${where} (${issue.description}) ${status}`);
  if (!entry && blocking.includes(severity(issue))) unexplained.push(issue);
}
const stale = config.accepted.filter((e) => !result.issues.some((issue) => matches(e, issue)));
for (const e of stale)
  log(
    `Stale entry in ${path.basename(configPath)}: ${e.check} in ${e.file} no longer occurs; remove it.`,
  );
if (result.errors.length)
  log(`Electronegativity could not parse: ${result.errors.map((e) => e.file).join(', ')}`);

if (unexplained.length || stale.length || result.errors.length) {
  log(
    `Electronegativity: ${unexplained.length} HIGH/MEDIUM finding(s) neither fixed nor accepted with a reason in ${path.basename(configPath)}.`,
  );
  process.exit(1);
}
log(`Electronegativity: ${result.issues.length} finding(s), none HIGH or MEDIUM left unexplained.`);
