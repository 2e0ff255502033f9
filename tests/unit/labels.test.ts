/** Region names move off offer clusters (hand-computed boxes and circles, screen pixels). */
import { describe, expect, it } from 'vitest';
import { nudgeOffCircles, visibleLabels, type LabelBox } from '../../src/map/labels';

const box = (code: string, x: number, y: number, w = 80, h = 16): LabelBox => ({ code, x, y, w, h, priority: 1 });

describe('region names and offer clusters', () => {
  it('a name on a cluster moves just below it (the smaller move); one clear of clusters stays', () => {
    // cluster at (100, 100), radius 22; name centred 4 px below its centre: box y 96..112
    // below: top to 100 + 22 + 2 = 124 → dy = 124 − 96 = 28; above: bottom to 100 − 22 − 2 = 76 → dy = 76 − 112 = −36
    const moved = nudgeOffCircles([box('AM01', 100, 104), box('AM02', 300, 100)], [{ x: 100, y: 100, r: 22 }]);
    expect(moved).toEqual(new Map([['AM01', { dx: 0, dy: 28 }]]));
  });

  it('goes above when that is the smaller move', () => {
    // name centred 10 px above the centre: box y 82..98; above: 76 − 98 = −22; below: 124 − 82 = 42
    expect(nudgeOffCircles([box('AM01', 100, 90)], [{ x: 100, y: 100, r: 22 }])).toEqual(new Map([['AM01', { dx: 0, dy: -22 }]]));
  });

  it('a corner of the box within the circle counts; a box beside the circle does not', () => {
    // box x 60..140, y 122..138: nearest point to (100, 100) is (100, 122), 22 away: within r + gap = 24
    expect(nudgeOffCircles([box('A', 100, 130)], [{ x: 100, y: 100, r: 22 }]).has('A')).toBe(true);
    // box x 125..205: nearest point (125, 100), 25 away: clear
    expect(nudgeOffCircles([box('B', 165, 100)], [{ x: 100, y: 100, r: 22 }]).size).toBe(0);
  });

  it('skips a spot taken by another cluster, and stays put when no spot within reach is clear', () => {
    // below the first cluster (dy 28 → box y 124..140) sits a second cluster at (100, 150) r 13
    // → above (dy −36, box y 60..76) is clear
    const two = [{ x: 100, y: 100, r: 22 }, { x: 100, y: 150, r: 13 }];
    expect(nudgeOffCircles([box('AM01', 100, 104)], two)).toEqual(new Map([['AM01', { dx: 0, dy: -36 }]]));
    // sideways would be 64 px (box half-width 40 + radius 22 + gap 2): beyond 40 → no clear spot; the box
    // (60..140 × 96..112) holds the cluster's centre (100, 100), where its count is: the name gives way
    const walled = [{ x: 100, y: 100, r: 22 }, { x: 100, y: 150, r: 13 }, { x: 100, y: 55, r: 13 }];
    expect(nudgeOffCircles([box('AM01', 100, 104)], walled, 2, 40)).toEqual(new Map([['AM01', 'hidden']]));
    // the same name over the cluster's lower edge only (box 112..128 below the centre): it stays, on a backing
    expect(nudgeOffCircles([box('AM01', 100, 120)], walled, 2, 40)).toEqual(new Map([['AM01', 'backing']]));
  });

  it('a cluster at the end of a name: the name moves sideways when that is the smallest move', () => {
    // box x 60..140, y 96..112; cluster (150, 104) r 13: nearest box point (140, 104), 10 px < 13 + 2
    // left: 150 − 15 − 140 = −5; down 23, up −23, right 105 (too far)
    expect(nudgeOffCircles([box('AM01', 100, 104)], [{ x: 150, y: 104, r: 13 }])).toEqual(new Map([['AM01', { dx: -5, dy: 0 }]]));
  });

  it('moved names are then thinned out as before (overlap → the lower priority one hides)', () => {
    const boxes = [{ ...box('big', 100, 100), priority: 2 }, { ...box('small', 100, 140), priority: 1 }];
    expect([...visibleLabels(boxes)].sort()).toEqual(['big', 'small']);
    expect([...visibleLabels(boxes.map((b) => (b.code === 'big' ? { ...b, y: 135 } : b)))]).toEqual(['big']);
  });
});
