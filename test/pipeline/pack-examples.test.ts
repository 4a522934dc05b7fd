import { describe, expect, it } from 'vitest';
import { packExampleProblems } from '../../src/pipeline/pack-examples.js';
import { runCli } from '../helpers/run.js';
import { ACME_PACK } from '../helpers/packs.js';
import { tempWorkspaces } from '../helpers/temp-workspaces.js';
import path from 'node:path';

const workspace = tempWorkspaces();

/** ACME_PACK with a second rule whose examples lie: its first match is never found, its noMatch is. */
const LYING_PACK = `${ACME_PACK}  - id: acme/card
    category: health-plan
    severity: error
    message: A card number.
    detector: pattern
    patterns: ['\\bCARD-\\d{4}\\b']
    examples:
      match:
        - 'Card CARD-12 lost.'
        - 'Card CARD-1234 lost.'
      noMatch: ['CARD-5678 is fine.']
`;

describe("a user pack's examples run at load", () => {
  it('a pack whose examples behave gives no problem', async () => {
    const dir = workspace({ 'acme.yaml': ACME_PACK });
    expect(await packExampleProblems([{ path: path.join(dir, 'acme.yaml'), display: 'acme.yaml' }])).toEqual([]);
  });

  it('an example that does not behave as declared is a problem located at that example', async () => {
    const dir = workspace({ 'acme.yaml': LYING_PACK });
    expect(await packExampleProblems([{ path: path.join(dir, 'acme.yaml'), display: 'acme.yaml' }])).toEqual([
      'acme.yaml:19:11: rule "acme/card": match example 1 is not reported by the rule',
      'acme.yaml:21:17: rule "acme/card": noMatch example 1 is reported by the rule, but is listed under noMatch',
    ]);
  });

  it("is a pack error for --rules and for a config's extends: exit 2, nothing linted", async () => {
    const dir = workspace({ 'packs/acme.yaml': LYING_PACK, 'post.txt': 'Member ACM123456789 called.\n' });
    const cli = await runCli(['--rules', 'packs/acme.yaml', 'post.txt'], dir);
    expect(cli.code).toBe(2);
    expect(cli.stderr).toBe(
      'phi-lint: packs/acme.yaml:19:11: rule "acme/card": match example 1 is not reported by the rule\n' +
        'phi-lint: packs/acme.yaml:21:17: rule "acme/card": noMatch example 1 is reported by the rule, but is listed under noMatch\n',
    );
    expect(cli.stdout).toBe('');
    const viaConfig = workspace({ '.phi-lint.yaml': 'root: true\nextends: [./packs/acme.yaml]\n', 'packs/acme.yaml': LYING_PACK, 'post.txt': 'Hello.\n' });
    const r = await runCli(['post.txt'], viaConfig);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^phi-lint: packs\/acme\.yaml:19:11: rule "acme\/card": match example 1/);
    const stdin = await runCli(['--stdin', '--stdin-filename', 'post.txt'], { cwd: viaConfig, input: 'Hello.\n' });
    expect(stdin.code).toBe(2);
    const listed = await runCli(['rules', '--rules', 'packs/acme.yaml'], dir);
    expect(listed).toMatchObject({ code: 2, stdout: '' });
    expect(listed.stderr).toMatch(/^phi-lint: packs\/acme\.yaml:19:11: /);
  });
});
