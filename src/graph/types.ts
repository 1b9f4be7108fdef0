// The knowledge graph type, typed once through graphology's generics.
import type { MultiDirectedGraph } from 'graphology';
import type { EdgeAttrs, GraphAttrs, NodeAttrs } from '../types.js';

export type KnowledgeGraph = MultiDirectedGraph<NodeAttrs, EdgeAttrs, GraphAttrs>;
