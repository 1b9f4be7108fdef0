// Issue 13: the CLI's edges: flags and help from one spec, usage errors, one-line file-system errors,
// the default output folder, the lock and the atomic export set.
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/cli/commands/index.js';

const KG = join(process.cwd(), 'dist/kg.js');
const STORY = 'Anna Ortega, the mayor of Marvel City, met Boris Lind in Freedonia on Monday to discuss the new harbour.\n';

function kg(args: string[], cwd = process.cwd(), uid?: number) {
  const r = spawnSync('node', [KG, ...args], { cwd, encoding: 'utf8', timeout: 60_000, ...(uid === undefined ? {} : { uid, gid: uid }) });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, lines: r.stderr.trim().split('\n').filter(Boolean) };
}

/** A work folder with `in/` holding one story (and `more/` another); open to every user. */
function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kg-edges-'));
  chmodSync(dir, 0o777);
  for (const [sub, text] of [['in', STORY], ['more', STORY.replace('Monday', 'Friday')]] as const) {
    mkdirSync(join(dir, sub), { mode: 0o777 });
    writeFileSync(join(dir, sub, 'story.txt'), text);
  }
  return dir;
}

function deadPid(): number {
  return spawnSync('node', ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout as unknown as number;
}

describe('help and usage', () => {
  it.each(COMMANDS.map((c) => [c.spec.name, c.spec] as const))('kg %s --help lists every flag of its spec', (name, spec) => {
    const r = kg([name, '--help']);
    expect(r.code).toBe(0);
    for (const flag of Object.keys(spec.flags)) expect(r.stdout).toContain(`--${flag}`);
  });

  it.each([
    [['neo4j', '--help'], ['--batch-size', '--concurrency', '--database', '--corpus', '--replace', '--connect-timeout', '--aliases']],
    [['build', '--help'], ['--quiet', '--out', '--force', '--aliases', '--min-confidence', '--viewer-max-nodes']],
  ])('%j names %j', (args, flags) => {
    const out = kg(args).stdout;
    for (const f of flags) expect(out).toContain(f);
  });

  it('kg eval --help points at a README section that exists', () => {
    const section = /README section "([^"]+)"/.exec(kg(['eval', '--help']).stdout)?.[1];
    expect(section).toBeDefined();
    expect(readFileSync('README.md', 'utf8')).toMatch(new RegExp(`^#+ ${section}$`, 'm'));
  });

  it.each([
    [['build', '-o', 'x', 'seeds'], /unknown option -o for kg build/],
    [['neo4j', '-u', 'bolt://x'], /unknown option -u for kg neo4j/],
    [['build', 'seeds', '--min-confidence', '2'], /--min-confidence expects a number from 0 to 1/],
    [['neo4j', '--batch-size', 'ten'], /--batch-size expects an integer/],
    [['neo4j', '--connect-timeout', '0'], /--connect-timeout expects a number/],
  ])('%j is a usage error naming the option', (args, message) => {
    const r = kg(args);
    expect(r.code).toBe(2);
    expect(r.lines).toEqual([expect.stringMatching(message)]);
  });
});

describe('file-system errors are one line', () => {
  it('--out naming an existing file', () => {
    const dir = workspace();
    writeFileSync(join(dir, 'taken'), 'x');
    const r = kg(['build', 'in', '--out', 'taken'], dir);
    expect(r.code).toBe(1);
    expect(r.lines).toEqual([expect.stringMatching(/--out taken: it exists and is not a folder/)]);
  });

  it.each(['/proc/x', '/proc/self/x', '/sys/kg', '.', '..'])('--out %s fails at once', (out) => {
    const r = kg(['build', 'in', '--out', out], workspace());
    expect(r.code).toBe(1);
    expect(r.lines).toEqual([expect.stringMatching(/cannot write to --out/)]);
  });

  it('an unreadable subfolder is skipped with one line; the rest is built', () => {
    const dir = workspace();
    mkdirSync(join(dir, 'in', 'locked'), { mode: 0o777 });
    writeFileSync(join(dir, 'in', 'locked', 'secret.txt'), STORY);
    chmodSync(join(dir, 'in', 'locked'), 0);
    // Root reads any folder: run as nobody then.
    const r = kg(['build', 'in', '--out', 'out'], dir, process.getuid?.() === 0 ? 65534 : undefined);
    expect(r.lines).toEqual([expect.stringMatching(/^skipped in\/locked: cannot read folder \(EACCES\)/)]);
    expect(r.code).toBe(3);
    expect(existsSync(join(dir, 'out', 'graph.json'))).toBe(true);
  });
});

describe('the default output folder', () => {
  it('refuses to overwrite an export built from other inputs unless --force or --out', () => {
    const dir = workspace();
    expect(kg(['build', 'in', '--quiet'], dir).code).toBe(0);
    expect(kg(['build', 'in', '--quiet'], dir).code).toBe(0); // same inputs: fine
    const other = kg(['build', 'more', '--quiet'], dir);
    expect(other.code).toBe(2);
    expect(other.lines).toEqual([expect.stringMatching(/graph-export\/ holds an export built from in; pass --out DIR .* or --force/)]);
    expect(kg(['build', 'more', '--quiet', '--force'], dir).code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'graph-export', 'kg-manifest.json'), 'utf8')).inputs).toEqual(['../more']);
  });

  it('refuses a default folder holding an export without a manifest', () => {
    const dir = workspace();
    mkdirSync(join(dir, 'graph-export'));
    writeFileSync(join(dir, 'graph-export', 'graph.json'), '{}');
    expect(kg(['build', 'in', '--quiet'], dir).code).toBe(2);
  });
});

describe('the export set', () => {
  it('is swapped in as one folder, keeps other entries, and cleans what killed runs left', () => {
    const dir = workspace();
    const dead = deadPid();
    mkdirSync(join(dir, 'out', 'screenshots'), { recursive: true });
    writeFileSync(join(dir, 'out', 'screenshots', 'a.png'), 'png');
    writeFileSync(join(dir, 'out', `.graph.graphml.${dead}.tmp`), 'half');
    mkdirSync(join(dir, `.out.tmp-${dead}-abc123`));
    writeFileSync(join(dir, `.out.tmp-${dead}-abc123`, 'graph.json'), 'half');
    const r = kg(['build', 'in', '--out', 'out', '--quiet'], dir);
    expect(r.code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['in', 'more', 'out']);
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(['.kg-cache', 'graph.graphml', 'graph.json', 'index.html', 'kg-manifest.json', 'screenshots']);
    expect(readFileSync(join(dir, 'out', 'screenshots', 'a.png'), 'utf8')).toBe('png');
  });

  it('puts back a folder a killed run had moved aside', () => {
    const dir = workspace();
    const dead = deadPid();
    mkdirSync(join(dir, `.out.old-${dead}-abc123`, 'notes'), { recursive: true });
    writeFileSync(join(dir, `.out.old-${dead}-abc123`, 'notes', 'keep.txt'), 'keep');
    expect(kg(['build', 'in', '--out', 'out', '--quiet'], dir).code).toBe(0);
    expect(readFileSync(join(dir, 'out', 'notes', 'keep.txt'), 'utf8')).toBe('keep');
    expect(readdirSync(dir).sort()).toEqual(['in', 'more', 'out']);
  });

  it('two concurrent builds into one folder leave one whole set: the second waits its turn or refuses', async () => {
    const dir = workspace();
    const run = (input: string) =>
      new Promise<{ code: number | null; stderr: string }>((done) => {
        const child = spawn('node', [KG, 'build', input, '--out', 'out', '--quiet'], { cwd: dir });
        let stderr = '';
        child.stderr.on('data', (c) => {
          stderr += c;
        });
        child.on('exit', (code) => done({ code, stderr }));
      });
    const results = await Promise.all([run('in'), run('more')]);
    expect(results.map((r) => r.code)).toContain(0);
    for (const r of results) if (r.code !== 0) expect(r.stderr.trim()).toMatch(/^kg: another kg \(pid \d+\) is writing/);
    const inputs = JSON.parse(readFileSync(join(dir, 'out', 'kg-manifest.json'), 'utf8')).inputs as string[];
    const graph = JSON.parse(readFileSync(join(dir, 'out', 'graph.json'), 'utf8')) as { nodes: { attributes: { type: string; path?: string } }[] };
    const paths = graph.nodes.filter((n) => n.attributes.type === 'Article').map((n) => n.attributes.path!);
    expect(paths.map((p) => `../${p.split('/')[0]}`)).toEqual(inputs);
    expect(readdirSync(dir).sort()).toEqual(['in', 'more', 'out']);
  }, 120_000);

  it('refuses with one line while another live process holds the lock; takes over a dead one', () => {
    const dir = workspace();
    writeFileSync(join(dir, '.out.lock'), `${process.pid}\n`);
    const held = kg(['build', 'in', '--out', 'out'], dir);
    expect(held.code).toBe(1);
    expect(held.lines).toEqual([expect.stringMatching(new RegExp(`another kg \\(pid ${process.pid}\\) is writing`))]);
    writeFileSync(join(dir, '.out.lock'), `${deadPid()}\n`);
    expect(kg(['build', 'in', '--out', 'out', '--quiet'], dir).code).toBe(0);
    expect(existsSync(join(dir, '.out.lock'))).toBe(false);
  });
});
