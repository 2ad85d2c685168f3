/**
 * `npm run cms`: edit the content on your own machine. Starts decap-server (the local backend of
 * Decap CMS) and the site's dev server, both on 127.0.0.1, then prints where to go:
 * http://127.0.0.1:4321/admin/ for the editor, http://127.0.0.1:4321/en/ for the site.
 *
 * In a git clone whose work tree is clean, decap-server runs in git mode: the editorial workflow
 * (Drafts → In review → Ready) keeps each entry on a `cms/<collection>/<slug>` branch and
 * "Publish" merges it into the current branch. With uncommitted changes, or CMS_MODE=fs, it runs
 * in file mode instead: "Publish" writes straight into content/ (no workflow), so none of your
 * own changes get committed by the editor. CMS_PROXY_PORT and PORT change the ports.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = path.resolve(fileURLToPath(new URL('..', import.meta.url)));

function git(args: string[]): string | undefined {
  const r = spawnSync('git', args, { cwd: root, encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : undefined;
}

export function main(): Promise<number> {
  const proxyPort = Number(process.env.CMS_PROXY_PORT || 8081);
  const sitePort = Number(process.env.PORT || 4321);
  const branch = git(['rev-parse', '--abbrev-ref', 'HEAD']);
  const dirty = branch ? git(['status', '--porcelain']) : undefined;
  const mode = process.env.CMS_MODE || (branch && dirty === '' ? 'git' : 'fs');
  if (mode === 'fs') {
    console.log(
      branch
        ? 'decap-server: file mode (the work tree has uncommitted changes, or CMS_MODE=fs): saving writes content/ directly; no editorial workflow.'
        : 'decap-server: file mode (not a git clone): saving writes content/ directly; no editorial workflow.',
    );
  } else {
    console.log(`decap-server: git mode on branch ${branch}: editorial workflow on cms/* branches; "Publish" merges into ${branch}.`);
  }

  const children: ChildProcess[] = [];
  const stop = () => children.forEach((c) => c.exitCode === null && c.kill());
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);

  children.push(
    spawn(process.execPath, [require.resolve('decap-server/dist/index.js')], {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, PORT: String(proxyPort), BIND_HOST: '127.0.0.1', MODE: mode, GIT_REPO_DIRECTORY: root },
    }),
  );
  children.push(
    spawn(
      process.execPath,
      [
        path.join(path.dirname(require.resolve('astro/package.json')), 'bin/astro.mjs'),
        'dev',
        '--host',
        '127.0.0.1',
        '--port',
        String(sitePort),
      ],
      {
        cwd: root,
        stdio: 'inherit',
        env: {
          ...process.env,
          CROSSROADS_CMS_PROXY_URL: `http://127.0.0.1:${proxyPort}/api/v1`,
          ...(mode === 'git' && branch ? { CROSSROADS_CMS_BRANCH: branch } : {}),
        },
      },
    ),
  );
  console.log(`\n  Editor: http://127.0.0.1:${sitePort}/admin/  (press "Login")\n  Site:   http://127.0.0.1:${sitePort}/en/\n`);
  return new Promise((resolve) => {
    for (const c of children) {
      c.on('exit', (code) => {
        stop();
        resolve(code ?? 0);
      });
    }
  });
}
