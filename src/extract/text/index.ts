// Text API: sentence splitting and tokenization with character offsets.
export { splitSentences } from './sentences.js';
export { tokenize } from './tokenize.js';
