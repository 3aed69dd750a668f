#!/usr/bin/env node
// `budget-kit import` on the published PDFs: wall time, peak resident memory, figures read out of those
// published, and the exit code, for each. Needs the CLI built (npx vite build --config vite.cli.config.ts).
//
//   node bench/import-pdf.mjs                 the PDFs of test/fixtures/pdf/ and, when it is there, ../shared/real-disclosures/
//   node bench/import-pdf.mjs FILE.pdf …      those files
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

const given = process.argv.slice(2);
const folders = ['test/fixtures/pdf', '../shared/real-disclosures'].filter((d) => existsSync(d));
const files = given.length
  ? given
  : [
      ...new Map(
        folders.flatMap((d) =>
          readdirSync(d)
            .filter((f) => f.endsWith('.pdf'))
            .map((f) => [f, join(d, f)]),
        ),
      ).values(),
    ].sort();
const dir = mkdtempSync(join(tmpdir(), 'bk-bench-pdf-'));
const time = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

console.log('file'.padEnd(52), 'KB'.padStart(6), 'tables'.padStart(6), 'time s'.padStart(7), 'peak MB'.padStart(8), 'figures'.padStart(10), 'exit'.padStart(5));
for (const file of files) {
  const out = join(dir, `${basename(file, '.pdf')}.json`);
  const args = ['bin/budget-kit.js', 'import', file, '-o', out, '--json', '--force'];
  const started = process.hrtime.bigint();
  const r = time ? spawnSync(time, ['-f', '%M', process.execPath, ...args], { encoding: 'utf8' }) : spawnSync(process.execPath, args, { encoding: 'utf8' });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const peak = time ? Number(r.stderr.trim().split('\n').pop()) / 1024 : NaN;
  let report;
  try {
    report = JSON.parse(r.stdout);
  } catch {
    report = {};
  }
  const f = report.figures ? `${report.figures.read}/${report.figures.present}` : '–';
  console.log(
    basename(file).padEnd(52),
    String(Math.round(statSync(file).size / 1024)).padStart(6),
    String(report.tables?.length ?? '–').padStart(6),
    seconds.toFixed(2).padStart(7),
    (Number.isNaN(peak) ? '–' : peak.toFixed(0)).padStart(8),
    f.padStart(10),
    String(time ? (report.exit ?? r.status) : r.status).padStart(5),
  );
}
rmSync(dir, { recursive: true, force: true });
