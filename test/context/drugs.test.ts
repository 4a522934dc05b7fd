import { describe, expect, it } from 'vitest';
import { findDrug } from '../../src/context/drugs.js';

describe('findDrug', () => {
  it('counts a drug only where someone takes it', () => {
    expect(findDrug('She has been taking metformin since spring')?.word).toBe('metformin');
    expect(findDrug('prednisone 20 mg daily')?.word).toBe('prednisone');
    expect(findDrug('Metformin is a common diabetes medicine')).toBeUndefined();
    expect(findDrug('She is on vacation next week')).toBeUndefined();
  });
});
