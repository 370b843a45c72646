/** The GitHub workflows keep the properties issue 11 asked for (read as text: no YAML parser needed). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const wf = (name: string) => readFileSync(join(import.meta.dirname, '../../.github/workflows', name), 'utf8');

describe('workflows', () => {
  it('the pull-request workflow writes nothing to the pull request: summary and artifact only', () => {
    const pr = wf('pull-request.yml');
    expect(pr).not.toMatch(/pull-requests:\s*write|createComment|github-script/);
    expect(pr).toContain('>> "$GITHUB_STEP_SUMMARY"');
    expect(pr).toMatch(/upload-artifact@v4[\s\S]*name: verdict-diff/);
  });
  it('installs the browser the way Playwright documents, not from snap', () => {
    const pr = wf('pull-request.yml');
    expect(pr).not.toMatch(/snap|chromium-browser/);
    expect(pr).toContain('npx playwright-core install --with-deps chromium');
  });
  it('compares permalinks.txt with the base branch', () => {
    expect(wf('pull-request.yml')).toContain('npm run permalinks -- --base origin/${{ github.base_ref }}');
  });
  it('the comment workflow has write permission, never checks out code, and finds the PR from the run, not the artifact', () => {
    const c = wf('verdict-comment.yml');
    expect(c).toMatch(/on:\s*\n\s*workflow_run:\s*\n\s*workflows: \[pull request\]/);
    expect(c).toContain('pull-requests: write');
    expect(c).not.toMatch(/actions\/checkout|npm |npx /);
    expect(c).toContain('p.head.sha === run.head_sha');
    expect(c).toContain('updateComment');
  });
  it('deploys at the address GitHub Pages reports for the repository', () => {
    const d = wf('deploy.yml');
    expect(d).toContain('actions/configure-pages@v5');
    expect(d).not.toMatch(/BASE_PATH: \/\$\{\{ github\.event\.repository\.name \}\}/);
  });
});
