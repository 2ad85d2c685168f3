/**
 * The example CI files in docs/ci/ keep their two promises: every pull (merge) request runs
 * `npm run check`, so a bad entry cannot be merged once the check is required; and the site is
 * published only by a job that built it (or that needs the job that built it), so a failed build
 * leaves the last good site online. Read with the `yaml` package, checked through small zod
 * shapes of the parts that matter.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { root } from '../helpers/build';

const step = z.looseObject({
  run: z.string().optional(),
  uses: z.string().optional(),
  if: z.string().optional(),
  'continue-on-error': z.unknown().optional(),
  with: z.record(z.string(), z.unknown()).optional(),
});
const githubJob = z.looseObject({
  needs: z.union([z.string(), z.array(z.string())]).optional(),
  if: z.string().optional(),
  steps: z.array(step),
});
const githubWorkflow = z.looseObject({ on: z.record(z.string(), z.unknown()), jobs: z.record(z.string(), githubJob) });
const gitlabJob = z.looseObject({
  script: z.array(z.string()),
  rules: z.array(z.looseObject({ if: z.string() })),
  allow_failure: z.unknown().optional(),
  artifacts: z.looseObject({ paths: z.array(z.string()), when: z.string().optional() }).optional(),
});

const read = (file: string): unknown => parse(fs.readFileSync(path.join(root, 'docs/ci', file), 'utf8'));
/** Shell commands in order, a `a && b` line counted as two. */
const commands = (lines: (string | undefined)[]) =>
  lines
    .flatMap((l) => (l ?? '').split(/\n|&&/))
    .map((c) => c.trim())
    .filter(Boolean);
const ranAfter = (list: string[], first: string, then: string) => list.indexOf(first) >= 0 && list.indexOf(then) > list.indexOf(first);

describe('the GitHub examples', () => {
  it('check every pull request, with no branch filter that could leave cms/* branches out, by running npm ci then npm run check', () => {
    const wf = githubWorkflow.parse(read('github-check.yml'));
    expect(wf.on).toHaveProperty('pull_request');
    expect(wf.on.pull_request ?? {}).toEqual({});
    const runs = Object.values(wf.jobs).map((job) => commands(job.steps.map((s) => s.run)));
    expect(runs.some((r) => ranAfter(r, 'npm ci', 'npm run check'))).toBe(true);
  });

  it('upload the site only after npm run build in the same job, with nothing letting a failed step through, and deploy only from a job that needs it', () => {
    const wf = githubWorkflow.parse(read('github-deploy.yml'));
    expect(wf.on).toMatchObject({ push: { branches: ['main'] } });
    const [builder, build] = Object.entries(wf.jobs).find(([, job]) =>
      job.steps.some((s) => s.uses?.startsWith('actions/upload-pages-artifact@')),
    )!;
    const upload = build.steps.findIndex((s) => s.uses?.startsWith('actions/upload-pages-artifact@'));
    expect(build.steps[upload].with).toEqual({ path: 'dist' });
    expect(commands(build.steps.slice(0, upload).map((s) => s.run))).toContain('npm run build');
    for (const s of build.steps.slice(0, upload + 1)) {
      expect(s['continue-on-error']).toBeUndefined();
      expect(s.if).toBeUndefined();
    }
    const deployers = Object.values(wf.jobs).filter((job) => job.steps.some((s) => s.uses?.startsWith('actions/deploy-pages@')));
    expect(deployers).toHaveLength(1);
    expect([deployers[0].needs].flat()).toContain(builder);
    expect(deployers[0].if).toBeUndefined();
  });
});

describe('the GitLab example', () => {
  const jobs = Object.fromEntries(
    Object.entries(z.record(z.string(), z.unknown()).parse(read('gitlab-ci.yml')))
      .filter(([name, value]) => !['workflow', 'default', 'variables', 'stages'].includes(name) && !name.startsWith('.') && value)
      .map(([name, value]) => [name, gitlabJob.parse(value)]),
  );

  it('runs npm run check on merge requests, as a job that can fail the pipeline', () => {
    const checks = Object.values(jobs).filter(
      (job) => job.rules.some((r) => r.if.includes('"merge_request_event"')) && commands(job.script).includes('npm run check'),
    );
    expect(checks).toHaveLength(1);
    expect(checks[0].allow_failure).toBeUndefined();
  });

  it('publishes public/ from the default branch only after npm run build succeeded in the pages job', () => {
    const { pages } = jobs;
    expect(pages.rules).toEqual([{ if: '$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH' }]);
    const script = commands(pages.script);
    expect(ranAfter(script, 'npm run build', 'rm -rf public')).toBe(true);
    expect(script.at(-1)).toBe('mv dist public');
    expect(pages.artifacts?.paths).toEqual(['public']);
    expect(pages.artifacts?.when ?? 'on_success').toBe('on_success');
    expect(pages.allow_failure).toBeUndefined();
  });
});

describe('the sharded examples (docs/scale.md, "Shards")', () => {
  const matrixJob = githubJob.extend({
    strategy: z.looseObject({ 'fail-fast': z.boolean().optional(), matrix: z.looseObject({ shard: z.array(z.number()) }) }),
  });

  it('GitHub: builds shard i of the matrix’s n in each job, and publishes only from a merge that needs every shard', () => {
    const wf = githubWorkflow.parse(read('github-deploy-shards.yml'));
    const build = matrixJob.parse(wf.jobs.build);
    const shards = build.strategy.matrix.shard;
    expect(shards).toEqual(Array.from({ length: shards.length }, (_, i) => i + 1));
    expect(build.strategy['fail-fast'] ?? true).toBe(true);
    const buildStep = build.steps.find((s) => s.run?.startsWith('npm run build'));
    expect(buildStep).toMatchObject({ env: { CROSSROADS_SHARD: '${{ matrix.shard }}/${{ strategy.job-total }}' } });
    for (const s of build.steps) expect(s['continue-on-error']).toBeUndefined();

    const { merge, deploy } = wf.jobs;
    expect([merge.needs].flat()).toEqual(['build']);
    const merged = merge.steps.findIndex((s) => s.run?.startsWith('npm run build:merge'));
    const upload = merge.steps.findIndex((s) => s.uses?.startsWith('actions/upload-pages-artifact@'));
    expect(merged).toBeGreaterThan(0);
    expect(upload).toBeGreaterThan(merged);
    for (const s of merge.steps) {
      expect(s['continue-on-error']).toBeUndefined();
      expect(s.if).toBeUndefined();
    }
    expect([deploy.needs].flat()).toEqual(['merge']);
    expect(deploy.if).toBeUndefined();
  });

  it('GitLab: builds CI_NODE_INDEX/CI_NODE_TOTAL in parallel jobs, and publishes only from a pages job that needs them all', () => {
    const all = z.record(z.string(), z.unknown()).parse(read('gitlab-ci-shards.yml'));
    const shard = gitlabJob.extend({ parallel: z.number().min(2) }).parse(all.shard);
    expect(commands(shard.script)).toContain(
      'CROSSROADS_SHARD="$CI_NODE_INDEX/$CI_NODE_TOTAL" npm run build -- --outDir "shards/$CI_NODE_INDEX"',
    );
    expect(shard.allow_failure).toBeUndefined();
    const pages = gitlabJob.extend({ needs: z.array(z.string()) }).parse(all.pages);
    expect(pages.needs).toEqual(['shard']);
    const script = commands(pages.script);
    expect(ranAfter(script, 'npm run build:merge -- shards/* --out dist', 'rm -rf public')).toBe(true);
    expect(script.at(-1)).toBe('mv dist public');
    expect(pages.artifacts?.paths).toEqual(['public']);
    expect(pages.allow_failure).toBeUndefined();
  });
});
