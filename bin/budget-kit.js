#!/usr/bin/env node
// Thin launcher: the command itself is built from src/cli/budget-kit.ts into dist/cli/.
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const argv = process.argv.slice(2);

// The backstop: an exception that escapes the command (a bug) is one line and exit 70 (EX_SOFTWARE), in the
// language the command speaks, never a stack trace — unless BUDGET_KIT_DEBUG=1 asks for it.
function language() {
  let lang = process.env.LANG?.startsWith('en') ? 'en' : 'zh-CN';
  for (const [i, a] of argv.entries()) {
    const tag = a === '--lang' ? argv[i + 1] : a.startsWith('--lang=') ? a.slice(7) : undefined;
    if (tag !== undefined) lang = /^en\b/i.test(tag) ? 'en' : 'zh-CN';
  }
  return lang;
}
let failed = false;
function internalError(err) {
  if (failed) return;
  failed = true;
  const message = (err instanceof Error ? err.message : String(err)).replace(/\s+/g, ' ').trim() || (err?.name ?? 'Error');
  const line =
    language() === 'en'
      ? `budget-kit: internal error: ${message} (this is a bug in budget-kit; please report it; BUDGET_KIT_DEBUG=1 shows the stack)`
      : `budget-kit: 内部错误：${message}（这是 budget-kit 的缺陷，请报告此问题；设置 BUDGET_KIT_DEBUG=1 可显示调用栈）`;
  try {
    process.stderr.write(`${line}\n`);
    if (process.env.BUDGET_KIT_DEBUG === '1' && err instanceof Error && err.stack) process.stderr.write(`${err.stack}\n`);
  } catch {
    // stderr is gone: the exit code still tells.
  }
  process.exitCode = 70;
}
// Thrown outside the awaited command (a callback, a stray promise): report, let stdout drain, then end.
function uncaught(err) {
  if (failed) process.exit(70); // a second one (stdout itself failing, say): end now
  internalError(err);
  process.stdout.write('', () => process.exit(70));
}
process.on('uncaughtException', uncaught);
process.on('unhandledRejection', uncaught);

const built = fileURLToPath(new URL('../dist/cli/budget-kit.js', import.meta.url));
if (!existsSync(built)) {
  process.stderr.write('budget-kit is not built yet: run `npm run build` first.\n');
  process.exit(2);
}
// A reader that stops early (`budget-kit import … | head`) closes the pipe: the report is cut short there,
// but the command still finishes its work (the JSON is written) instead of dying on EPIPE.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err) => {
    if (err.code !== 'EPIPE' && err.code !== 'ERR_STREAM_DESTROYED') throw err;
  });
}
try {
  const { main } = await import(pathToFileURL(built).href);
  const code = await main(argv);
  if (!failed) process.exitCode = code;
} catch (err) {
  internalError(err);
}
