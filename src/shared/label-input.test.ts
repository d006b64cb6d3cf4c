import { describe, expect, it } from 'vitest';
import { labelSuggestions, readLabelInput, withLabel } from './label-input';
import { LABEL_LIMITS } from './model';

describe('readLabelInput', () => {
  it('adds on a comma, and a completion picked from the list at once', () => {
    expect(readLabelInput('kremlin,', 'insertText', [])).toEqual({ add: 'kremlin' });
    expect(readLabelInput('kremlin', 'insertReplacementText', ['kremlin'])).toEqual({ add: 'kremlin' });
    expect(readLabelInput('kremlin', undefined, ['kremlin'])).toEqual({ add: 'kremlin' });
  });
  it('keeps typing as typed, even when the letters spell a completion', () => {
    expect(readLabelInput('krem', 'insertText', ['kremlin'])).toEqual({ typed: 'krem' });
    expect(readLabelInput('kremlin', 'insertText', ['kremlin'])).toEqual({ typed: 'kremlin' });
  });
});

describe('withLabel', () => {
  it('adds a cleaned tag in order, and nothing for a blank, a repeat, a verdict or a full set', () => {
    expect(withLabel(['budget'], '  follow   up ')).toEqual(['budget', 'follow up']);
    expect(withLabel(['budget'], '   ')).toBeNull();
    expect(withLabel(['budget'], 'budget')).toBeNull();
    expect(withLabel([], 'disputed')).toBeNull();
    const full = Array.from({ length: LABEL_LIMITS.count }, (_, i) => `t${String(i).padStart(2, '0')}`);
    expect(withLabel(full, 'zzz')).toBeNull();
  });
});

describe('labelSuggestions', () => {
  it('offers the tags in use but the annotation’s own, cleaned, each once, sorted; anything not text is dropped', () => {
    expect(labelSuggestions(['kremlin', 'budget', 'kremlin ', 3, null, 'own'], ['own'])).toEqual(['budget', 'kremlin']);
  });
});
