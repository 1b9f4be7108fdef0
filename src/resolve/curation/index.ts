// Curation: the analyst's merges, separations, type overrides and drops, read from a YAML file.
export { CurationIndex, type CurationOverride } from './apply.js';
export { type Curation, type CurationMerge, emptyCuration, loadCuration, parseCuration } from './load.js';
