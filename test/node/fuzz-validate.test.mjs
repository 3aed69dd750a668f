// The fuzz suite of issue 13, for the command line: every mutation of test/fuzz/mutations.js written to a
// temp file and run through `budget-kit validate`, many files per process, as text and as --json. The
// command must never crash: exit 0 or 1, a result per file, no stack trace; and what it says of each file
// must match the mutation's expectation. Needs the CLI built (vite build --config vite.cli.config.ts).
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { generateMutations, pathCovers, SEED_FILES, serialize } from '../fuzz/mutations.js';

const seeds = Object.fromEntries(Object.entries(SEED_FILES).map(([name, file]) => [name, JSON.parse(readFileSync(file, 'utf8'))]));
const mutations = generateMutations(seeds);

const dir = mkdtempSync(join(tmpdir(), 'budget-fuzz-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const cases = mutations.map((m, i) => {
  const file = join(dir, `${String(i).padStart(3, '0')}-${m.id.replace(/[^\w.-]+/g, '_').slice(0, 80)}.json`);
  const text = m.text ?? serialize(m.value);
  writeFileSync(file, text, 'utf8');
  return { m, file, bytes: Buffer.byteLength(text) };
});

/** Files per process: up to 40, and up to 12 MB together. */
function batches(list) {
  const out = [];
  let cur = [];
  let size = 0;
  for (const c of list) {
    if (cur.length && (cur.length === 40 || size + c.bytes > 12e6)) {
      out.push(cur);
      cur = [];
      size = 0;
    }
    cur.push(c);
    size += c.bytes;
  }
  if (cur.length) out.push(cur);
  return out;
}

const COMMAND = ['bin/budget-kit.js', 'validate'];
const run = (args) => spawnSync(process.execPath, [...COMMAND, ...args], { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });

/** The same as `run`, in the background, at most as many at once as there are cores. */
const slots = { free: Math.max(2, availableParallelism()), queue: [] };
function runLater(args) {
  return new Promise((resolve) => {
    const start = () => {
      slots.free--;
      const child = spawn(process.execPath, [...COMMAND, ...args]);
      const out = [];
      const err = [];
      child.stdout.on('data', (d) => out.push(d));
      child.stderr.on('data', (d) => err.push(d));
      child.on('error', (error) => {
        slots.free++;
        slots.queue.shift()?.();
        resolve({ error, status: null, stdout: '', stderr: '' });
      });
      child.on('close', (status, signal) => {
        slots.free++;
        slots.queue.shift()?.();
        resolve({ status, signal, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') });
      });
    };
    if (slots.free > 0) start();
    else slots.queue.push(start);
  });
}

const STACK = [/^ {4}at /m, /RangeError/, /TypeError/];
const clip = (s, n = 200) => (s.length > n ? `${s.slice(0, n)}…` : s);
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Crash signs of one process: an exit code other than 0/1, or a stack trace in its output. */
function crash(r) {
  const problems = [];
  if (r.error) problems.push(`could not run: ${r.error.message}`);
  if (r.status !== 0 && r.status !== 1) problems.push(`exit code ${r.status}${r.signal ? ` (${r.signal})` : ''}`);
  for (const re of STACK) {
    for (const [name, out] of [
      ['stdout', r.stdout ?? ''],
      ['stderr', r.stderr ?? ''],
    ]) {
      const hit = re.exec(out);
      if (hit) {
        const end = out.indexOf('\n', hit.index);
        const line = out.slice(out.lastIndexOf('\n', hit.index) + 1, end < 0 ? undefined : end);
        problems.push(`stack trace in ${name} (${re}): ${clip(line.trim())}`);
      }
    }
  }
  return problems;
}

/** When a batch crashed, which of its files crash the command on their own. */
function culprits(batch, extra) {
  const out = [];
  for (const c of batch) {
    const r = run([...extra, c.file]);
    const p = crash(r);
    if (p.length) out.push(`${c.m.id}: ${p.join('; ')}${r.stderr ? ` | stderr: ${clip(r.stderr.trim().split('\n').slice(0, 3).join(' / '), 300)}` : ''}`);
  }
  return out;
}

/** What is wrong with the --json result of one file, given its mutation. */
function judge(m, result) {
  const e = m.expect;
  const errors = result.errors ?? [];
  const first = () =>
    errors
      .slice(0, 3)
      .map((x) => `${x.path} ${x.code}`)
      .join(', ');
  const problems = [];
  const unreadable = errors.find((x) => x.code === 'parse.unreadable');
  if (unreadable) problems.push(`validator threw (parse.unreadable): ${clip(unreadable.message)}`);
  for (const x of errors) if (!x.message) problems.push(`error without a message at ${x.path}`);
  if (result.ok) {
    if (e.outcome === 'error') problems.push(`accepted: ok, expected a ${e.kind} error${e.kind === 'schema' ? ` at ${e.path}` : ''}`);
    return problems;
  }
  if (e.outcome === 'render') return [...problems, `rejected a valid document: ${first()}`];
  const kind = errors[0]?.code === 'parse.json' ? 'json' : errors[0]?.code === 'read' ? 'read' : 'schema';
  const wanted = e.outcome === 'any' ? 'schema' : e.kind;
  if (kind !== wanted) return [...problems, `wrong error kind: expected ${wanted}, got ${kind} (${first()})`];
  if (wanted === 'schema' && !errors.some((x) => pathCovers(e.path, x.path))) problems.push(`no error names ${clip(e.path, 90)}: got ${first() || 'none'}`);
  return problems;
}

const all = batches(cases);
// Every batch runs twice (text in one language, --json in the other); all start now, in parallel.
const runs = all.map((batch, b) => {
  const lang = b % 2 ? 'en' : 'zh-CN';
  const other = lang === 'en' ? 'zh-CN' : 'en';
  const files = batch.map((c) => c.file);
  return { lang, other, text: runLater(['--lang', lang, ...files]), json: runLater(['--json', '--lang', other, ...files]) };
});

describe('budget-kit validate on every fuzz mutation', () => {
  test('the mutations are the few hundred the browser suite uses', () => {
    assert.ok(mutations.length >= 250 && mutations.length <= 400, String(mutations.length));
    assert.deepEqual(
      generateMutations(seeds).map((m) => m.id),
      mutations.map((m) => m.id),
    );
  });

  all.forEach((batch, b) => {
    const { lang, other } = runs[b];
    const label = `batch ${b + 1}/${all.length} (${batch.length} files, ${batch[0].m.id} … ${batch[batch.length - 1].m.id})`;

    test(`text output, ${lang}: ${label}`, async () => {
      const r = await runs[b].text;
      const problems = crash(r);
      if (problems.length) problems.push(...culprits(batch, ['--lang', lang]).map((p) => `  culprit ${p}`));
      const status = lang === 'en' ? '(ERRORS|VALID|WARNINGS)' : '(错误|有效|有警告)';
      let failed = false;
      for (const c of batch) {
        const lines = (r.stdout ?? '').match(new RegExp(`^${escape(c.file)}: ${status}$`, 'gm')) ?? [];
        if (lines.length !== 1) problems.push(`${c.m.id}: ${lines.length} result lines`);
        if (lines[0] && /(错误|ERRORS)$/.test(lines[0])) failed = true;
      }
      if (r.status === 0 || r.status === 1) {
        if (r.status !== (failed ? 1 : 0)) problems.push(`exit code ${r.status} while ${failed ? 'some file has' : 'no file has'} errors`);
      }
      assert.deepEqual(problems, [], problems.join('\n'));
    });

    test(`--json, ${other}: ${label}`, async () => {
      const r = await runs[b].json;
      const problems = crash(r);
      if (problems.length) problems.push(...culprits(batch, ['--json', '--lang', other]).map((p) => `  culprit ${p}`));
      let out;
      try {
        out = JSON.parse(r.stdout);
      } catch (err) {
        problems.push(`stdout is not JSON: ${clip(String(err))}`);
      }
      if (out) {
        if (out.files?.length !== batch.length) problems.push(`${out.files?.length} results for ${batch.length} files`);
        batch.forEach((c, k) => {
          const result = out.files?.[k];
          if (!result || result.file !== c.file) {
            problems.push(`${c.m.id}: no result`);
            return;
          }
          for (const p of judge(c.m, result)) problems.push(`${c.m.id}: ${p}`);
        });
        const anyError = out.files?.some((f) => !f.ok);
        if ((r.status === 0 || r.status === 1) && r.status !== (anyError ? 1 : 0))
          problems.push(`exit code ${r.status} while ${anyError ? 'some file has' : 'no file has'} errors`);
      }
      assert.deepEqual(problems, [], problems.join('\n'));
    });
  });
});
