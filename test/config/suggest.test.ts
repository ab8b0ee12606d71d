import { describe, expect, it } from 'vitest';
import { closestCandidate, didYouMean } from '../../src/config/suggest.js';

describe('closestCandidate', () => {
  it.each([
    ['duplicate-entires', ['duplicate-entry', 'duplicate-field'], 'duplicate-entry'],
    ['postmortm', ['incident', 'postmortem'], 'postmortem'],
    ['eror', ['off', 'warn', 'error'], 'error'],
    ['warning', ['off', 'warn', 'error'], 'warn'],
    ['Incident', ['incident'], 'incident'],
    ['xyzzy', ['incident', 'correction'], undefined],
    ['of', ['off', 'warn', 'error'], 'off'],
  ])('%s -> %s', (word, candidates, expected) => {
    expect(closestCandidate(word, candidates)).toBe(expected);
  });

  it('formats the hint, quoted when asked, empty when nothing is close', () => {
    expect(didYouMean('postmortm', ['postmortem'], '"')).toBe(', did you mean "postmortem"?');
    expect(didYouMean('zzz', ['postmortem'])).toBe('');
  });
});
