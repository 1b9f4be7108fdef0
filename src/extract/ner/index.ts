// NER API: entity mentions of an article, and BIO tagging of token sequences.
export { findMentions, spans } from './mentions.js';
export { nerModel, tagDocument, tagTokens } from './tagger.js';
