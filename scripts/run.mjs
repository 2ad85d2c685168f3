// Runs a TypeScript entry point of this repository (scripts/*.ts) through Vite's module runner,
// so scripts import src/lib exactly as the site and the tests do, the `~/` alias of tsconfig.json
// included: `node scripts/run.mjs scripts/x.ts`.
import path from 'node:path';
import { runnerImport } from 'vite';

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('usage: node scripts/run.mjs <script.ts> [arguments]');
  process.exit(2);
}
const { module } = await runnerImport(path.resolve(entry), {
  configFile: false,
  logLevel: 'error',
  resolve: { tsconfigPaths: true },
});
const code = await module.main(args);
if (typeof code === 'number') process.exitCode = code;
