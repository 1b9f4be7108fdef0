// Types of scripts/neo4j.mjs, for the TypeScript tests and benchmarks that start a server through it.

export const DEFAULT_STATE_DIR: string;

export interface StartOptions {
  port?: number;
  data?: string;
  password?: string;
  heap?: string;
  pagecache?: string;
  /** Extra JVM flags, e.g. ['-XX:TieredStopAtLevel=1'] (quicker start, lower peak speed). */
  javaOpts?: string[];
  stateDir?: string;
  timeoutMs?: number;
}

export interface RunningServer {
  uri: string;
  pid: number;
  port: number;
  data: string | null;
  stateDir: string;
  log: string;
  ms: number;
}

export function isBuilt(): boolean;
export function ensureBuilt(options?: { log?: (line: string) => void }): { built: boolean; ms: number };
export function freePort(): Promise<number>;
export function serverStatus(options?: { stateDir?: string }): Omit<RunningServer, 'ms'> | null;
export function startServer(options?: StartOptions): Promise<RunningServer>;
export function stopServer(options?: {
  stateDir?: string;
  force?: boolean;
  timeoutMs?: number;
}): Promise<{ stopped: boolean; pid?: number }>;
export interface ImportOptions {
  data: string;
  csv: string;
  heap?: string;
  javaOpts?: string[];
}

export interface Imported {
  nodes: number;
  relationships: number;
  properties: number;
  ms: number;
  output: string;
}

export function importCsv(options: ImportOptions): Imported;
export function startImport(options: ImportOptions): { run: () => Promise<Imported>; cancel: () => void };
