import { describe, expect, it } from 'vitest';
import { Euler, Quaternion, Vector3 } from 'three';
import { parisNaiveToUtcMs } from '../../../../models/calendar/parisTime';
import { azimuthVector, panelNormal, rectAxes } from '../../../../models/site3d/geometry';
import { DEG, parisClock, parisDayLengthMs, planToThree, yawForAzimuth, yawForPlanRotation } from './sceneUtils';

describe('plan → three.js mapping used by the scene', () => {
  it('turns a module the way the model says: the instance normal is panelNormal', () => {
    for (const [tilt, az] of [
      [30, 180],
      [15, 90],
      [10, 200],
      [45, 270],
      [60, 0],
    ]) {
      const q = new Quaternion().setFromEuler(new Euler(tilt * DEG, yawForAzimuth(az), 0, 'YXZ'));
      const n = new Vector3(0, 1, 0).applyQuaternion(q);
      const expected = panelNormal(tilt, az);
      const e = planToThree(expected.x, expected.y, expected.z);
      expect(n.distanceTo(e)).toBeLessThan(1e-12);
    }
  });

  it('turns a box the way the plan rectangle says: local +X is the rectangle u axis', () => {
    for (const rot of [0, 20, -35, 90]) {
      const u = new Vector3(1, 0, 0).applyAxisAngle(new Vector3(0, 1, 0), yawForPlanRotation(rot));
      const axes = rectAxes({ cxM: 0, cyM: 0, widthM: 1, depthM: 1, rotationDeg: rot });
      expect(u.distanceTo(planToThree(axes.ux, axes.uy, 0))).toBeLessThan(1e-12);
    }
  });

  it('points a car along its heading: local +Z becomes the heading azimuth', () => {
    for (const heading of [0, 90, 180, 250]) {
      const v = new Vector3(0, 0, 1).applyAxisAngle(new Vector3(0, 1, 0), yawForAzimuth(heading));
      const a = azimuthVector(heading);
      expect(v.distanceTo(planToThree(a.x, a.y, 0))).toBeLessThan(1e-12);
    }
  });
});

describe('Paris clock and day length', () => {
  it('reads legal time with DST', () => {
    expect(parisClock(Date.UTC(2025, 4, 15, 11, 0))).toBe('13:00');
    expect(parisClock(Date.UTC(2025, 0, 15, 11, 0))).toBe('12:00');
  });
  it('has 23 hours on the spring change, 25 on the autumn one, 24 otherwise', () => {
    const midnight = (y: number, m: number, d: number) => parisNaiveToUtcMs(Date.UTC(y, m - 1, d));
    expect(parisDayLengthMs(midnight(2025, 3, 30)) / 3_600_000).toBe(23);
    expect(parisDayLengthMs(midnight(2025, 10, 26)) / 3_600_000).toBe(25);
    expect(parisDayLengthMs(midnight(2025, 5, 15)) / 3_600_000).toBe(24);
  });
});
