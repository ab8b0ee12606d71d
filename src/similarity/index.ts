export { entrySimilarityText } from './entry-text.js';
export { findSimilarPairs, jaccard, mostSimilar, NEAR_DUPLICATE_MIN_TOKENS, NEAR_DUPLICATE_THRESHOLD, type SimilarPair } from './pairs.js';
export { similarityTokens } from './tokens.js';
