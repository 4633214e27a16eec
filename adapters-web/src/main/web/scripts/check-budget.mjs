// The guest app's first load must stay small on a phone: at most 150 KB of JavaScript, gzipped.
// "First load" is the guest entry and every chunk it imports statically (lazy chunks excluded),
// read from Vite's manifest. Fails the build (and so Maven) when over budget.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const BUDGET_BYTES = 150 * 1024;
const out = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../target/classes/web');
const manifest = JSON.parse(readFileSync(resolve(out, '.vite/manifest.json'), 'utf8'));

function firstLoad(key, seen = new Set()) {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const imported of manifest[key].imports ?? []) firstLoad(imported, seen);
  return seen;
}

const files = [...firstLoad('index.html')].map((key) => manifest[key].file).filter((f) => f.endsWith('.js'));
const gzipped = files.map((file) => ({ file, bytes: gzipSync(readFileSync(resolve(out, file)), { level: 9 }).length }));
const total = gzipped.reduce((sum, f) => sum + f.bytes, 0);
for (const f of gzipped) console.log(`  ${f.file}: ${(f.bytes / 1024).toFixed(1)} KB gzipped`);
console.log(`guest first load: ${(total / 1024).toFixed(1)} KB of JavaScript gzipped (budget ${BUDGET_BYTES / 1024} KB)`);
if (total > BUDGET_BYTES) {
  console.error(`The guest app's first load is over its budget by ${((total - BUDGET_BYTES) / 1024).toFixed(1)} KB.`);
  process.exit(1);
}

// The portal runs on the restaurant's tablet all evening: a larger budget, but a budget. Its
// reports and charts are a lazy chunk and do not count.
const PORTAL_BUDGET_BYTES = 200 * 1024;
const portalFiles = [...firstLoad('portal/index.html')].map((key) => manifest[key].file).filter((f) => f.endsWith('.js'));
const portalTotal = portalFiles.reduce((sum, file) => sum + gzipSync(readFileSync(resolve(out, file)), { level: 9 }).length, 0);
console.log(`portal first load: ${(portalTotal / 1024).toFixed(1)} KB of JavaScript gzipped (budget ${PORTAL_BUDGET_BYTES / 1024} KB)`);
if (portalTotal > PORTAL_BUDGET_BYTES) {
  console.error(`The portal's first load is over its budget by ${((portalTotal - PORTAL_BUDGET_BYTES) / 1024).toFixed(1)} KB.`);
  process.exit(1);
}
