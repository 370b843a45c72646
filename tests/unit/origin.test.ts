import { describe, expect, it } from 'vitest';
import { originOfCountry, originOfModel } from '../../src/lib/origin';
import { validateCase } from '../support/fixtures';

describe('origin', () => {
  it('follows the developer\'s country', () => {
    const data = validateCase().dataset;
    expect(originOfModel(data, 'model-x')).toBe('china');
    expect(originOfModel(data, 'model-y')).toBe('west');
    expect(originOfModel(data, 'no-such-model')).toBe('elsewhere');
  });
  it('counts the EU, UK and Canada as West, and unknown as elsewhere', () => {
    expect(['FR', 'GB', 'CA', 'US'].map(originOfCountry)).toEqual(['west', 'west', 'west', 'west']);
    expect([null, 'KR', 'AE'].map(originOfCountry)).toEqual(['elsewhere', 'elsewhere', 'elsewhere']);
  });
});
