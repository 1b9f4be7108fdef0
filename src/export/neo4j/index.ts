// Neo4j exporter: loadGraph and its options, plus the README's Cypher queries.
export { type LoadReport, loadGraph } from './load.js';
export {
  DEFAULT_NEO4J_OPTIONS,
  type Neo4jOptions,
  type Neo4jProgress,
  neo4jOptionsFromEnv,
  type ResolvedNeo4jOptions,
  resolveNeo4jOptions,
} from './options.js';
export * from './queries.js';
