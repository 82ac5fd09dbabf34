/**
 * `npm start`: builds Crosscheck, serves the demo pages on 127.0.0.1 and opens a real browser with
 * the unpacked build loaded, on a demo article. `npm start -- --firefox` does the same in Firefox
 * through `web-ext run`. Ctrl+C stops everything.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { BROWSER_PATHS } from '../test/e2e/harness/browsers';
import { serveStatic } from '../test/e2e/harness/server';

const ROOT = resolve(import.meta.dirname, '..');
const firefox = process.argv.includes('--firefox');
const PORT = Number(process.env.PORT ?? 8417);
const browserPath = firefox ? BROWSER_PATHS.firefox : BROWSER_PATHS.chromium;

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

if (!existsSync(browserPath)) {
  console.log(
    `No browser at ${browserPath}; installing Debian's (set CHROMIUM_PATH/FIREFOX_PATH to use another).`,
  );
  run('bash', ['scripts/install-browsers.sh']);
}
run('npx', ['vite', 'build', ...(firefox ? ['--mode', 'firefox'] : [])]);

const server = await serveStatic([join(ROOT, 'test/fixtures/pages')], PORT);
const demo = `${server.origin}/demo/cryptona.html`;
console.log(`\nDemo pages: ${server.origin}/demo/  (opening ${demo})`);
// Without a display (a server, CI) the browser runs headless: the extension still works, you just can't see it.
const headless =
  process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
if (headless) console.log('No display found: starting the browser headless.');

const child = firefox
  ? spawn(
      'npx',
      [
        'web-ext',
        'run',
        '--source-dir',
        'dist/firefox',
        `--firefox=${browserPath}`,
        `--start-url=${demo}`,
        '--no-reload',
        ...(headless ? ['--arg=--headless'] : []),
      ],
      { cwd: ROOT, stdio: 'inherit' },
    )
  : spawn(
      browserPath,
      [
        `--user-data-dir=${mkdtempSync(join(tmpdir(), 'crosscheck-start-'))}`,
        `--disable-extensions-except=${join(ROOT, 'dist/chrome')}`,
        `--load-extension=${join(ROOT, 'dist/chrome')}`,
        '--no-first-run',
        '--no-default-browser-check',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        ...(headless
          ? ['--headless', '--no-sandbox', '--disable-gpu', '--remote-debugging-port=0']
          : []),
        ...(process.getuid?.() === 0 && !headless ? ['--no-sandbox'] : []),
        demo,
      ],
      { cwd: ROOT, stdio: 'inherit' },
    );

const stop = () => {
  child.kill();
  void server.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
child.on('exit', (code) => {
  void server.close().then(() => process.exit(code ?? 0));
});
