// The graph stage: build the knowledge graph from a resolved corpus and lay it out.
export { articleKey, buildGraph, edgeKey } from './build.js';
export { type LayoutOptions, layoutGraph, layoutGraphOnThread } from './layout.js';
export { graphStats, type GraphStats } from './stats.js';
export type { KnowledgeGraph } from './types.js';
