import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run.js';
import { tempWorkspaces } from '../helpers/temp-workspaces.js';

const workspace = tempWorkspaces();
const MRN = 'Our patient, MRN 1234567, went home.\n';

describe('a cache that cannot be written', () => {
  it('still prints the report, then says why on stderr; the findings decide the exit code', async () => {
    const dir = workspace({ 'a.txt': MRN });
    const r = await runCli(['-f', 'json', '--cache', '--cache-location', 'no/such/folder/cache', 'a.txt'], dir);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).summary.errors).toBe(1);
    expect(r.stderr).toMatch(/^phi-lint: warning: --cache: cannot write "[^"]*no\/such\/folder\/cache": its folder does not exist; the results were not cached, so the next run lints these files again\n$/);
  });
});
