// Fallback for machines without /usr/bin/time: runs a Node CLI (such as node_modules/.bin/astro)
// inside this process and, on exit, prints this process's peak memory
// (process.resourceUsage().maxRSS, in KB) on stderr as "max-rss-kb: N".
import fs from 'node:fs';
import { pathToFileURL } from 'node:url';
const [entry, ...args] = process.argv.slice(2);
process.on('exit', () => process.stderr.write(`max-rss-kb: ${process.resourceUsage().maxRSS}\n`));
process.argv = [process.argv[0], entry, ...args];
await import(pathToFileURL(fs.realpathSync(entry)).href);
