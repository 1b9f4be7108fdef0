// Bulk export for a first load: node and relationship CSV files with `neo4j-admin database import` headers.
import { join, resolve } from 'node:path';
import type { KnowledgeGraph } from '../../graph/types.js';
import { writeFileAtomic } from '../write.js';
import { spansLines } from './csv.js';
import { csvFiles } from './files.js';

/** What was written: each file with its row count, and the import tool's arguments for them. */
export interface CsvExport {
  /** The corpus id written on every element (as `kg neo4j --corpus ID` would). */
  corpus: string;
  files: { path: string; kind: 'nodes' | 'relationships'; rows: number; bytes: number }[];
  /** `neo4j-admin database import full` options for these files (paths as written), also saved in `import.args`. */
  importArgs: string[];
}

/**
 * Writes the graph as CSV files into `dir` (each atomically) plus `import.args`, the import
 * tool's options for them. Load them into an empty database with
 * `neo4j-admin database import full @DIR/import.args neo4j` or `node scripts/neo4j.mjs import DIR`.
 * The database then holds what `kg neo4j --corpus CORPUS` would have written, so later MERGE loads
 * (`kg neo4j`) update it in place. Files: `nodes-Entity.csv`, `nodes-Article.csv`, `nodes-KgCorpus.csv`
 * and `relationships.csv`. Nodes are numbered 0, 1, … across the node files in that order (the `:ID`
 * column, imported with `--id-type=actual`) and relationships name their ends by those numbers; each
 * node's own id is its `id` column.
 */
export function writeNeo4jCsv(graph: KnowledgeGraph, dir: string, corpus?: string): CsvExport {
  let multiline = false;
  const csv = csvFiles(graph, corpus);
  const files = csv.files.map((file) => {
    const path = resolve(dir, file.name);
    const bytes = writeFileAtomic(path, lines(file.header, file.rows, () => {
      multiline = true;
    }));
    return { path, kind: file.kind, rows: file.count, bytes };
  });
  const importArgs = [
    ...files.map((f) => `--${f.kind}=${f.path}`),
    '--id-type=actual',
    `--array-delimiter=\\u001F`,
    `--multiline-fields=${multiline}`,
    '--overwrite-destination=true',
  ];
  writeFileAtomic(join(dir, 'import.args'), `${importArgs.join('\n')}\n`);
  return { corpus: csv.corpus, files, importArgs };
}

function* lines(header: string, rows: Iterable<string>, onMultiline: () => void): Iterable<string> {
  yield `${header}\n`;
  let chunk = '';
  for (const row of rows) {
    if (spansLines(row)) onMultiline();
    chunk += `${row}\n`;
    if (chunk.length > 1 << 16) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk) yield chunk;
}

