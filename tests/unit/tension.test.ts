import { describe, expect, it } from 'vitest';
import { tensionClass } from '../../src/model/tension';

describe('UWV tension classes at their boundaries', () => {
  it.each([
    [0, 'zeer ruim'],
    [0.249, 'zeer ruim'],
    [0.25, 'ruim'],
    [0.669, 'ruim'],
    [0.67, 'gemiddeld'],
    [1.499, 'gemiddeld'],
    [1.5, 'krap'],
    [4, 'krap'],
    [4.001, 'zeer krap'],
    [11.83, 'zeer krap'],
  ] as const)('%s → %s', (ratio, cls) => {
    expect(tensionClass(ratio)).toBe(cls);
  });
  it('rejects nonsense', () => {
    expect(() => tensionClass(-1)).toThrow(RangeError);
    expect(() => tensionClass(Number.NaN)).toThrow(RangeError);
  });
});
