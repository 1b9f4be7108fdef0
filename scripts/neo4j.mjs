// Builds, starts and stops the local Neo4j launcher (scripts/neo4j) and bulk-imports CSV files: `node scripts/neo4j.mjs ensure|start|import|stop|status`.
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));
const PROJECT = join(ROOT, 'scripts', 'neo4j');
const JAR = join(PROJECT, 'target', 'neo4j-launcher.jar');
const LIB = join(PROJECT, 'target', 'lib');
const SOURCES = [join(PROJECT, 'pom.xml'), join(PROJECT, 'src', 'main', 'java', 'newskg', 'Neo4jLauncher.java')];
const HOST = '127.0.0.1';

/** Where `start` keeps its pid, state and log files unless told otherwise. */
export const DEFAULT_STATE_DIR = join(ROOT, '.cache', 'neo4j');

/** JVM flags: the module openings the stock neo4j.conf passes, plus its buffer settings (the GC is per use below). */
const JVM_FLAGS = [
  '-XX:-OmitStackTraceInFastThrow',
  '-XX:+DisableExplicitGC',
  '-XX:+ExitOnOutOfMemoryError',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Dlog4j2.disable.jmx=true',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
];

/** The server's collector, as in the stock neo4j.conf. */
const SERVER_FLAGS = ['-XX:+UseG1GC'];

/**
 * The import tool is a batch job of seconds: the parallel collector costs less than G1, and C1-compiled code
 * is enough, since C2 would compile on the cores the importer's own threads need and not pay back within the
 * run (5–6 s less CPU of ~15 on 100k nodes + 300k relationships, 2 cores; docs/scale.md).
 */
const IMPORT_FLAGS = ['-XX:+UseParallelGC', '-XX:TieredStopAtLevel=1'];

/** True when the launcher jar and its libraries exist and are newer than the pom and the Java source. */
export function isBuilt() {
  if (!existsSync(JAR) || !existsSync(LIB)) return false;
  if (!readdirSync(LIB).some((f) => f.startsWith('neo4j-'))) return false;
  const built = statSync(JAR).mtimeMs;
  return SOURCES.every((f) => statSync(f).mtimeMs <= built);
}

/**
 * Builds the launcher with Maven when needed: offline first (a warm ~/.m2 needs no network), then online.
 * @param {{ log?: (line: string) => void }} [options]
 * @returns {{ built: boolean, ms: number }}
 */
export function ensureBuilt({ log = (line) => process.stderr.write(`${line}\n`) } = {}) {
  if (isBuilt()) return { built: false, ms: 0 };
  const t0 = performance.now();
  log('neo4j: building the launcher with Maven (first build downloads ~190 MB into ~/.m2) ...');
  const offline = spawnSync('mvn', ['-B', '-q', '-o', 'package'], { cwd: PROJECT, encoding: 'utf8' });
  if (offline.error?.code === 'ENOENT') {
    throw new Error('neo4j: `mvn` not found: install Maven 3.8+ and Java 17+ (e.g. apt-get install maven openjdk-17-jdk)');
  }
  if (offline.status !== 0) {
    const online = spawnSync('mvn', ['-B', '-q', 'package'], { cwd: PROJECT, stdio: 'inherit' });
    if (online.status !== 0) throw new Error(`neo4j: Maven build failed in ${PROJECT}; run \`mvn -B package\` there to see why`);
  }
  const ms = Math.round(performance.now() - t0);
  log(`neo4j: launcher built in ${(ms / 1000).toFixed(1)} s`);
  return { built: true, ms };
}

/** A TCP port on 127.0.0.1 that was free a moment ago. */
export function freePort() {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, HOST, () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
      server.close(() => ok(port));
    });
  });
}

/** True when something accepts TCP connections on 127.0.0.1:port. */
function portInUse(port) {
  return new Promise((ok) => {
    const socket = createConnection({ host: HOST, port });
    socket.once('connect', () => {
      socket.destroy();
      ok(true);
    });
    socket.once('error', () => ok(false));
  });
}

/** True when `pid` is a running launcher (checked through /proc where it exists, so a reused pid is not mistaken). */
function isLauncher(pid) {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  const cmdline = `/proc/${pid}/cmdline`;
  return !existsSync(cmdline) || readFileSync(cmdline, 'utf8').includes('neo4j-launcher');
}

const statePath = (stateDir) => join(stateDir, 'server.json');

/**
 * The running server recorded in `stateDir`, or null.
 * @param {{ stateDir?: string }} [options]
 */
export function serverStatus({ stateDir = DEFAULT_STATE_DIR } = {}) {
  const file = statePath(stateDir);
  if (!existsSync(file)) return null;
  const state = JSON.parse(readFileSync(file, 'utf8'));
  return isLauncher(state.pid) ? state : null;
}

/**
 * Starts the launcher detached, waits for its "ready" line and records it in `stateDir`.
 * @param {{ port?: number, data?: string, password?: string, heap?: string, pagecache?: string,
 *           javaOpts?: string[], stateDir?: string, timeoutMs?: number }} [options]
 * @returns {Promise<{ uri: string, pid: number, port: number, data: string | null, stateDir: string, log: string, ms: number }>}
 */
export async function startServer(options = {}) {
  const { port = 7687, data, password, heap = '1g', pagecache = '256m', javaOpts = [] } = options;
  const { stateDir = DEFAULT_STATE_DIR, timeoutMs = 180_000 } = options;
  ensureBuilt();
  const running = serverStatus({ stateDir });
  if (running) throw new Error(`neo4j: already running at ${running.uri} (pid ${running.pid}); stop it first`);
  if (await portInUse(port)) throw new Error(`neo4j: port ${port} on ${HOST} is in use; pick another with --port`);

  mkdirSync(stateDir, { recursive: true });
  const log = join(stateDir, 'neo4j.log');
  const pidFile = join(stateDir, 'neo4j.pid');
  // NEO4J_JAVA_OPTS adds JVM flags (e.g. -XX:TieredStopAtLevel=1 for a quicker start on a busy machine).
  const extra = [...javaOpts, ...(process.env.NEO4J_JAVA_OPTS ?? '').split(/\s+/).filter(Boolean)];
  const args = [...JVM_FLAGS, ...SERVER_FLAGS, '-Xms256m', `-Xmx${heap}`, ...extra, '-jar', JAR, '--port', String(port), '--pid-file', pidFile];
  args.push('--pagecache', pagecache);
  if (data) args.push('--data', resolve(data));
  if (password) args.push('--password', password);

  const t0 = performance.now();
  const fd = openSync(log, 'w');
  const child = spawn('java', args, { cwd: ROOT, detached: true, stdio: ['ignore', fd, fd] });
  closeSync(fd);
  child.unref();
  const uri = await waitForReady(child, log, timeoutMs);
  const state = { uri, pid: child.pid, port, data: data ? resolve(data) : null, stateDir, log };
  writeFileSync(statePath(stateDir), `${JSON.stringify(state, null, 2)}\n`);
  return { ...state, ms: Math.round(performance.now() - t0) };
}

/** Polls the launcher's log for "ready bolt://…"; fails with the log's tail if the JVM exits or time runs out. */
async function waitForReady(child, log, timeoutMs) {
  let exit = null;
  child.once('exit', (code, signal) => {
    exit = signal ?? `code ${code}`;
  });
  child.once('error', (err) => {
    exit = err.code === 'ENOENT' ? 'java not found: install Java 17+' : err.message;
  });
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const text = existsSync(log) ? readFileSync(log, 'utf8') : '';
    const ready = /^ready (bolt:\/\/\S+)/m.exec(text);
    if (ready) return ready[1];
    if (exit) throw new Error(`neo4j: launcher exited (${exit}) before it was ready; ${tail(text)}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  if (child.pid) process.kill(child.pid, 'SIGKILL');
  throw new Error(`neo4j: not ready within ${timeoutMs} ms; see ${log}`);
}

const tail = (text) => `last log lines:\n${text.trim().split('\n').slice(-15).join('\n')}`;

/**
 * Stops the recorded server: SIGTERM (clean shutdown), or SIGKILL with `force` (simulates a crash).
 * @param {{ stateDir?: string, force?: boolean, timeoutMs?: number }} [options]
 * @returns {Promise<{ stopped: boolean, pid?: number }>}
 */
export async function stopServer({ stateDir = DEFAULT_STATE_DIR, force = false, timeoutMs = 60_000 } = {}) {
  const state = serverStatus({ stateDir });
  rmSync(statePath(stateDir), { force: true });
  if (!state) return { stopped: false };
  process.kill(state.pid, force ? 'SIGKILL' : 'SIGTERM');
  const deadline = Date.now() + timeoutMs;
  while (isLauncher(state.pid)) {
    if (Date.now() > deadline) process.kill(state.pid, 'SIGKILL');
    await new Promise((r) => setTimeout(r, 100));
  }
  rmSync(join(stateDir, 'neo4j.pid'), { force: true });
  return { stopped: true, pid: state.pid };
}

/**
 * Bulk-loads the CSV files of `kg export neo4j-csv CSV` into the `neo4j` database under `data` (created, or
 * overwritten), with the import tool behind `neo4j-admin database import full`. No server may be running on
 * `data`; start one there afterwards. Returns the counts the tool printed and the wall time.
 * @param {{ data: string, csv: string, heap?: string, javaOpts?: string[] }} options
 * @returns {{ nodes: number, relationships: number, properties: number, ms: number, output: string }}
 */
export function importCsv(options) {
  checkArgsFile(options.csv);
  const { args, archive } = importJob(options, false);
  const t0 = performance.now();
  const run = spawnSync('java', args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 << 20 });
  const ms = Math.round(performance.now() - t0);
  return importResult(options.data, archive, run.error, run.status, `${run.stdout ?? ''}${run.stderr ?? ''}`, ms);
}

/**
 * `importCsv` for files not written yet: starts the import tool's JVM now, which warms up (a two-node import
 * in a temporary folder) while the caller writes the CSV files, then waits. `run()`, once the files are
 * written, has it import them (`ms` counts from then); `cancel()` lets it exit without importing. On two
 * cores the warm-up runs beside the export and takes ~2 s off the import (docs/scale.md).
 * @param {{ data: string, csv: string, heap?: string, javaOpts?: string[] }} options
 * @returns {{ run: () => Promise<{ nodes: number, relationships: number, properties: number, ms: number, output: string }>, cancel: () => void }}
 */
export function startImport(options) {
  const { args, archive } = importJob(options, true);
  const child = spawn('java', args, { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.setEncoding('utf8').on('data', (text) => {
    output += text;
  });
  child.stderr.setEncoding('utf8').on('data', (text) => {
    output += text;
  });
  // A JVM that exits early (no java, bad flags) closes stdin: the go line then has no reader.
  child.stdin.on('error', () => {});
  /** @type {Promise<{ error?: Error, status: number | null }>} */
  const exited = new Promise((ok) => {
    child.once('error', (error) => ok({ error, status: null }));
    child.once('close', (status) => ok({ status }));
  });
  return {
    run: async () => {
      try {
        checkArgsFile(options.csv);
      } catch (err) {
        child.stdin.end();
        throw err;
      }
      const t0 = performance.now();
      child.stdin.end('go\n');
      const { error, status } = await exited;
      return importResult(options.data, archive, error, status, output, Math.round(performance.now() - t0));
    },
    cancel: () => {
      child.stdin.end();
    },
  };
}

/** The import tool's JVM command line, and its class archive. */
function importJob({ data, csv, heap = '1g', javaOpts = [] }, wait) {
  ensureBuilt();
  mkdirSync(resolve(data), { recursive: true });
  // The tool writes its report of bad rows into the working folder unless told where.
  const report = `--report-file=${join(resolve(data), 'import.report')}`;
  const archive = classArchive();
  const launcher = ['-jar', JAR, 'import', '--data', resolve(data), ...(wait ? ['--wait'] : [])];
  const args = [...JVM_FLAGS, ...IMPORT_FLAGS, `-Xmx${heap}`, ...archive.flags, ...javaOpts, ...launcher, `@${argsFile(csv)}`, report];
  return { args, archive };
}

const argsFile = (csv) => join(resolve(csv), 'import.args');

function checkArgsFile(csv) {
  if (!existsSync(argsFile(csv))) throw new Error(`neo4j: ${argsFile(csv)} not found; write the CSV files with kg export neo4j-csv ${csv}`);
}

/** The counts the tool printed, or the error of a failed run; settles the class archive either way. */
function importResult(data, archive, error, status, output, ms) {
  archive.settle(status === 0, output);
  if (error) throw new Error(`neo4j: cannot run java (${error.message}); install Java 17+`);
  if (status !== 0) throw new Error(`neo4j: import into ${data} failed (exit ${status}); ${tail(output)}`);
  const count = (what) => Number(new RegExp(`^\\s*(\\d+) ${what}$`, 'm').exec(output)?.[1] ?? Number.NaN);
  return { nodes: count('nodes'), relationships: count('relationships'), properties: count('properties'), ms, output };
}

/**
 * Class data sharing for the import tool: the classes an import loads, parsed and verified once into
 * `target/import.jsa` and mapped by later starts (0.3–2 s less CPU per start). The first import, and the first
 * after a rebuild, writes the archive at exit (to a temporary name, renamed once the run succeeded, so
 * concurrent runs never see half an archive); a JVM that cannot use it (another JDK) says so, and the archive
 * is dropped to be written again. It lives in `target/`, which is never committed.
 * @returns {{ flags: string[], settle: (ok: boolean, output: string) => void }}
 */
function classArchive() {
  const archive = join(PROJECT, 'target', 'import.jsa');
  const built = Math.max(statSync(JAR).mtimeMs, statSync(LIB).mtimeMs);
  if (existsSync(archive) && statSync(archive).mtimeMs >= built) {
    return {
      flags: [`-XX:SharedArchiveFile=${archive}`],
      settle: (_ok, output) => {
        if (output.includes('Unable to use shared archive')) rmSync(archive, { force: true });
      },
    };
  }
  const temp = `${archive}.${process.pid}.tmp`;
  return {
    // The dump warns about every class it leaves out (picocli's, built for Java 5); those lines are noise.
    flags: [`-XX:ArchiveClassesAtExit=${temp}`, '-Xlog:cds=off', '-Xlog:cds+dynamic=off'],
    settle: (ok) => {
      if (ok && existsSync(temp)) renameSync(temp, archive);
      else rmSync(temp, { force: true });
    },
  };
}

/** Parses `--name value` flags after the command. */
function parseFlags(argv) {
  const flags = {};
  for (let i = 0; i < argv.length; i++) {
    const name = argv[i]?.replace(/^--/, '');
    if (!argv[i]?.startsWith('--') || !name) throw new Error(`neo4j: unexpected argument ${argv[i]}`);
    if (name === 'force') flags.force = true;
    else if (i + 1 < argv.length) flags[name] = argv[++i];
    else throw new Error(`neo4j: missing value after --${name}`);
  }
  return flags;
}

const USAGE = `usage: node scripts/neo4j.mjs <command>
  ensure                      build the launcher with Maven if needed
  start [--port 7687] [--data DIR] [--password PW] [--heap 1g] [--pagecache 256m] [--state DIR]
                              start Neo4j 5.26 on 127.0.0.1 (auth off unless --password); prints the bolt URI
  import --data DIR --csv CSVDIR [--heap 1g]
                              bulk-load the CSV files of \`kg export neo4j-csv CSVDIR\` into a fresh database in DIR
  stop [--force] [--state DIR]
  status [--state DIR]`;

async function main(argv) {
  const [command, ...rest] = argv;
  const flags = parseFlags(rest);
  const stateDir = flags.state ? resolve(flags.state) : DEFAULT_STATE_DIR;
  if (command === 'ensure') {
    const { built, ms } = ensureBuilt();
    console.log(built ? `built in ${(ms / 1000).toFixed(1)} s: ${JAR}` : `up to date: ${JAR}`);
  } else if (command === 'start') {
    const port = flags.port === undefined ? 7687 : Number(flags.port);
    if (!Number.isInteger(port) || port < 1 || port > 65535) {
      throw new Error(`neo4j: expected --port between 1 and 65535, instead found ${flags.port}`);
    }
    const { heap, pagecache, data, password } = flags;
    const s = await startServer({ port, stateDir, heap, pagecache, data, password });
    console.error(`neo4j: ready in ${(s.ms / 1000).toFixed(1)} s (pid ${s.pid}, log ${s.log}); stop with npm run neo4j:stop`);
    console.log(s.uri);
  } else if (command === 'import') {
    if (!flags.data || !flags.csv) throw new Error('neo4j: import needs --data DIR and --csv CSVDIR');
    const r = importCsv({ data: flags.data, csv: flags.csv, heap: flags.heap });
    console.log(`imported ${r.nodes} nodes, ${r.relationships} relationships in ${(r.ms / 1000).toFixed(1)} s into ${resolve(flags.data)}`);
  } else if (command === 'stop') {
    const { stopped, pid } = await stopServer({ stateDir, force: flags.force === true });
    console.log(stopped ? `stopped pid ${pid}` : 'not running');
  } else if (command === 'status') {
    const state = serverStatus({ stateDir });
    console.log(state ? `running at ${state.uri} (pid ${state.pid})` : 'not running');
    if (!state) process.exitCode = 3;
  } else {
    console.error(USAGE);
    process.exitCode = 2;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main(process.argv.slice(2)).catch((err) => {
    console.error(err instanceof Error ? err.message : String(err));
    process.exitCode = 1;
  });
}
