/** Changes are written with their sign; a change of a percentage is in percentage points (procentpunt). */
import { describe, expect, it } from 'vitest';
import { formatChange, formatValue } from '../../src/components/format';

describe('formatChange', () => {
  it('unemployment 3,8% → 4,0% is +0,2 procentpunt, not +0,2%', () => {
    expect(formatChange('nl', 'pct', 4.0 - 3.8)).toBe('+0,2 procentpunt');
    expect(formatChange('en', 'pct', 4.0 - 3.8)).toBe('+0.2 percentage points');
    expect(formatChange('nl', 'pct', 3.4 - 4.4)).toBe('−1,0 procentpunt');
    expect(formatChange('en', 'pct', 3.4 - 4.4)).toBe('−1.0 percentage point');
    expect(formatChange('nl', 'pct', 0.01)).toBe('0,0 procentpunt');
    expect(formatChange('nl', 'pct', 4.0 - 3.8)).not.toContain('%');
  });

  it('counts and ratios keep their own unit, with a sign', () => {
    expect(formatChange('nl', 'persons', 425000 - 419000)).toBe('+6.000');
    expect(formatChange('nl', 'per100', 1.53 - 1.43)).toBe('+0,1');
    expect(formatChange('en', 'jobs', -1200)).toBe('−1,200');
    expect(formatChange('nl', 'pct', null)).toBe('–');
    // the level itself stays a percentage
    expect(formatValue('nl', 'pct', 4)).toBe('4,0%');
  });
});
