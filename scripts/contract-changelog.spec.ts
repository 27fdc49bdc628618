import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildSchema } from 'graphql';
import { changelog, laatsteReleaseTag, vergelijk } from './contract-changelog';

const FIXTURES = path.join(__dirname, 'fixtures', 'contract');
const oud = buildSchema(readFileSync(path.join(FIXTURES, 'oud.graphql'), 'utf8'));
const nieuw = buildSchema(readFileSync(path.join(FIXTURES, 'nieuw.graphql'), 'utf8'));

describe('contract changelog (scripts/contract-changelog.ts)', () => {
  const w = vergelijk(oud, nieuw);

  it('a removed field is breaking', () => {
    expect(w.brekend).toEqual(['FIELD_REMOVED: Initiatief.oudeStatus was removed.']);
  });

  it('new types, fields, arguments and enum values are added', () => {
    expect(w.toegevoegd).toEqual([
      'argument `Query.initiatieven(eerste)`',
      'enum value `Status.INGETROKKEN`',
      'field `Initiatief.budgetInCenten`',
      'type `Buurt`',
    ]);
  });

  it('a new deprecation is deprecated, with its reason', () => {
    expect(w.verouderd).toEqual(['field `Initiatief.budget`: Use budgetInCenten.']);
  });

  it('a new enum value is dangerous: a client may receive a value it does not know', () => {
    expect(w.riskant).toContain('VALUE_ADDED_TO_ENUM: INGETROKKEN was added to enum type Status.');
    expect(w.brekend.join()).not.toContain('INGETROKKEN');
  });

  it('the same schema twice gives no changes at all', () => {
    expect(vergelijk(oud, oud)).toEqual({ toegevoegd: [], verouderd: [], brekend: [], riskant: [] });
  });

  it('writes the sections as Markdown', () => {
    const md = changelog(
      readFileSync(path.join(FIXTURES, 'oud.graphql'), 'utf8'),
      readFileSync(path.join(FIXTURES, 'nieuw.graphql'), 'utf8'),
      'v1.0.0',
      'HEAD',
    );
    expect(md).toContain('## Breaking (1)\n\n- FIELD_REMOVED: Initiatief.oudeStatus was removed.');
    expect(md).toContain('## Deprecated (1)\n\n- field `Initiatief.budget`: Use budgetInCenten.');
    expect(md).toContain('## Added (4)');
  });

  it('compares with the newest release tag v* by version order (v1.10.0 after v1.9.0), none when untagged', () => {
    const repo = mkdtempSync(path.join(tmpdir(), 'contract-'));
    try {
      const git = (...args: string[]): string =>
        execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', ...args], {
          cwd: repo,
          encoding: 'utf8',
        });
      git('init', '-q');
      writeFileSync(path.join(repo, 'a'), '1');
      git('add', 'a');
      git('commit', '-qm', 'a');
      expect(laatsteReleaseTag(repo)).toBeNull();
      git('tag', 'v1.9.0');
      git('tag', 'v1.10.0');
      git('tag', 'niet-een-release');
      expect(laatsteReleaseTag(repo)).toBe('v1.10.0');
    } finally {
      rmSync(repo, { recursive: true, force: true });
    }
  });
});
