// The label check that `npm run eval` counts: the shapes the issue names as suspect are caught,
// and names, bodies, documents and described anonymous sources pass.
import { describe, expect, it } from 'vitest';
import { labelFlaw } from './label-quality';

describe('labelFlaw', () => {
  it('passes names, bodies, documents and anonymous sources', () => {
    for (const label of ['Dmitry Polyanskiy', 'Lee Jae-myung', 'Politico', 'Western media', 'unnamed US officials', 'the report', 'mayor of Ashton', 'New York Post', 'police in Manchester']) {
      expect(labelFlaw(label, 'en'), label).toBeNull();
    }
    expect(labelFlaw('Staatsanwaltschaft', 'de')).toBeNull();
  });
  it('catches a comma, a long phrase, a date, a lone pronoun, a clause and a fragment', () => {
    expect(labelFlaw('Con Edison, which maintains 4', 'en')).toBe('comma');
    expect(labelFlaw('Bob Roe of the Fishing Vessel Owners Association representing boats that fish', 'en')).toBe('long');
    expect(labelFlaw('Friday', 'en')).toBe('date');
    expect(labelFlaw('them', 'en')).toBe('pronoun');
    expect(labelFlaw('officials who spoke', 'en')).toBe('clause');
    expect(labelFlaw('types of dirt', 'en')).toBe('fragment');
    expect(labelFlaw('inside this simulation', 'en')).toBe('fragment');
    expect(labelFlaw('Play expensive', 'en')).toBe('fragment');
  });
});
