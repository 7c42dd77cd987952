/**
 * The static objects of the site: ground, buildings, PV modules and cars (instanced), the battery
 * container with its state-of-charge bar, the car park with its bays, the grid connection.
 */
import { useThree } from '@react-three/fiber';
import { useLayoutEffect, useMemo, useRef } from 'react';
import { BufferGeometry, Color, Euler, Float32BufferAttribute, InstancedMesh, Matrix4, Quaternion, Vector3 } from 'three';
import { BAY_LENGTH_M, BAY_WIDTH_M, MODULE_LENGTH_M, MODULE_SLOPE_M, type SiteLayout } from '../../../../models/site3d/layout';
import { DEG, planToThree, yawForAzimuth, yawForPlanRotation } from './sceneUtils';

const CAR = { lengthM: 4.1, widthM: 1.75, bodyM: 0.9, cabinM: 0.6, clearanceM: 0.2 };

function PvModules({ layout }: { layout: SiteLayout }) {
  const ref = useRef<InstancedMesh>(null);
  const invalidate = useThree((s) => s.invalidate);
  const count = layout.modules.length;
  useLayoutEffect(() => {
    const mesh = ref.current;
    if (!mesh) return;
    const m = new Matrix4();
    const q = new Quaternion();
    const e = new Euler();
    const p = new Vector3();
    const s = new Vector3(1, 1, 1);
    layout.modules.forEach((mod, i) => {
      // Tilt about the row axis first (normal leans towards local +Z, south), then turn to the azimuth.
      e.set(mod.tiltDeg * DEG, yawForAzimuth(mod.azimuthDeg), 0, 'YXZ');
      q.setFromEuler(e);
      m.compose(planToThree(mod.xM, mod.yM, mod.zM, p), q, s);
      mesh.setMatrixAt(i, m);
    });
    mesh.instanceMatrix.needsUpdate = true;
    mesh.computeBoundingSphere();
    invalidate();
  }, [layout, invalidate]);
  if (!count) return null;
  return (
    <instancedMesh ref={ref} args={[undefined, undefined, count]} castShadow receiveShadow>
      <boxGeometry args={[MODULE_LENGTH_M, 0.05, MODULE_SLOPE_M]} />
      <meshStandardMaterial color="#1d3b6a" metalness={0.35} roughness={0.35} />
    </instancedMesh>
  );
}

function Cars({ layout }: { layout: SiteLayout }) {
  const bodyRef = useRef<InstancedMesh>(null);
  const cabinRef = useRef<InstancedMesh>(null);
  const invalidate = useThree((s) => s.invalidate);
  const vehicles = layout.carPark?.vehicles ?? [];
  const count = vehicles.length;
  useLayoutEffect(() => {
    const body = bodyRef.current;
    const cabin = cabinRef.current;
    if (!body || !cabin || !layout.carPark) return;
    const m = new Matrix4();
    const q = new Quaternion();
    const p = new Vector3();
    const s = new Vector3(1, 1, 1);
    const up = new Vector3(0, 1, 0);
    const v2gColour = new Color('#0ca678');
    const plainColour = new Color('#e9ecef');
    vehicles.forEach((v, i) => {
      const bay = layout.carPark!.bays[v.bayIndex];
      q.setFromAxisAngle(up, yawForAzimuth(bay.headingDeg));
      m.compose(planToThree(bay.xM, bay.yM, CAR.clearanceM + CAR.bodyM / 2, p), q, s);
      body.setMatrixAt(i, m);
      m.compose(planToThree(bay.xM, bay.yM, CAR.clearanceM + CAR.bodyM + CAR.cabinM / 2, p), q, s);
      cabin.setMatrixAt(i, m);
      body.setColorAt(i, v.v2g ? v2gColour : plainColour);
    });
    body.instanceMatrix.needsUpdate = true;
    cabin.instanceMatrix.needsUpdate = true;
    if (body.instanceColor) body.instanceColor.needsUpdate = true;
    body.computeBoundingSphere();
    cabin.computeBoundingSphere();
    invalidate();
  }, [layout, vehicles, invalidate]);
  if (!count) return null;
  return (
    <>
      <instancedMesh ref={bodyRef} args={[undefined, undefined, count]} castShadow receiveShadow>
        <boxGeometry args={[CAR.widthM, CAR.bodyM, CAR.lengthM]} />
        <meshStandardMaterial roughness={0.5} />
      </instancedMesh>
      <instancedMesh ref={cabinRef} args={[undefined, undefined, count]} castShadow>
        <boxGeometry args={[CAR.widthM * 0.85, CAR.cabinM, CAR.lengthM * 0.5]} />
        <meshStandardMaterial color="#495057" roughness={0.3} metalness={0.2} />
      </instancedMesh>
    </>
  );
}

/** White bay outlines as one line-segment geometry. */
function BayLines({ layout }: { layout: SiteLayout }) {
  const geometry = useMemo(() => {
    const g = new BufferGeometry();
    const pts: number[] = [];
    const y = 0.03;
    for (const bay of layout.carPark?.bays ?? []) {
      const hw = BAY_WIDTH_M / 2;
      const hl = BAY_LENGTH_M / 2;
      const c = [
        [bay.xM - hw, bay.yM - hl],
        [bay.xM + hw, bay.yM - hl],
        [bay.xM + hw, bay.yM + hl],
        [bay.xM - hw, bay.yM + hl],
      ];
      for (let k = 0; k < 4; k++) {
        const a = c[k];
        const b = c[(k + 1) % 4];
        pts.push(a[0], y, a[1], b[0], y, b[1]);
      }
    }
    g.setAttribute('position', new Float32BufferAttribute(pts, 3));
    return g;
  }, [layout]);
  useLayoutEffect(() => () => geometry.dispose(), [geometry]);
  return (
    <lineSegments geometry={geometry}>
      <lineBasicMaterial color="#f8f9fa" />
    </lineSegments>
  );
}

export function SiteObjects({ layout, socPct }: { layout: SiteLayout; socPct: number | undefined }) {
  const { bounds } = layout;
  const groundSize = bounds.radiusM * 40; // far beyond the fog, so no edge shows
  const storage = layout.storage;
  const socFraction = socPct === undefined ? undefined : Math.min(1, Math.max(0, socPct / 100));
  return (
    <group>
      <mesh rotation={[-Math.PI / 2, 0, 0]} position={[bounds.cxM, 0, bounds.cyM]} receiveShadow>
        <planeGeometry args={[groundSize, groundSize]} />
        <meshStandardMaterial color="#b7c9a1" roughness={1} />
      </mesh>
      {layout.buildings.map((b) => (
        <mesh key={b.id} position={planToThree(b.rect.cxM, b.rect.cyM, b.heightM / 2)} rotation={[0, yawForPlanRotation(b.rect.rotationDeg), 0]} castShadow receiveShadow>
          <boxGeometry args={[b.rect.widthM, b.heightM, b.rect.depthM]} />
          <meshStandardMaterial color={b.isMain ? '#e8e1d3' : '#efe9dd'} roughness={0.9} />
        </mesh>
      ))}
      {layout.arrays.map((a) =>
        a.groundRect ? (
          <mesh key={a.id} position={planToThree(a.groundRect.cxM, a.groundRect.cyM, 0.01)} rotation={[-Math.PI / 2, 0, yawForPlanRotation(a.groundRect.rotationDeg)]} receiveShadow>
            <planeGeometry args={[a.groundRect.widthM + 1, a.groundRect.depthM + 1]} />
            <meshStandardMaterial color="#a3b18a" roughness={1} />
          </mesh>
        ) : null,
      )}
      <PvModules layout={layout} />
      {layout.carPark && (
        <>
          <mesh position={planToThree(layout.carPark.rect.cxM, layout.carPark.rect.cyM, 0.02)} rotation={[-Math.PI / 2, 0, 0]} receiveShadow>
            <planeGeometry args={[layout.carPark.rect.widthM + 1, layout.carPark.rect.depthM + 1]} />
            <meshStandardMaterial color="#495057" roughness={1} />
          </mesh>
          <BayLines layout={layout} />
          <Cars layout={layout} />
        </>
      )}
      {storage && (
        <group position={planToThree(storage.rect.cxM, storage.rect.cyM, 0)} rotation={[0, yawForPlanRotation(storage.rect.rotationDeg), 0]}>
          <mesh position={[0, storage.heightM / 2, 0]} castShadow receiveShadow>
            <boxGeometry args={[storage.rect.widthM, storage.heightM, storage.rect.depthM]} />
            <meshStandardMaterial color="#2b8a3e" roughness={0.6} metalness={0.2} />
          </mesh>
          {socFraction !== undefined && (
            // State of charge: a bar on the roof filling from the west end.
            <mesh position={[(-storage.rect.widthM / 2) * (1 - socFraction), storage.heightM + 0.08, 0]}>
              <boxGeometry args={[Math.max(0.05, storage.rect.widthM * socFraction), 0.14, storage.rect.depthM * 0.5]} />
              <meshBasicMaterial color="#fab005" />
            </mesh>
          )}
        </group>
      )}
      <mesh position={planToThree(layout.grid.rect.cxM, layout.grid.rect.cyM, layout.grid.heightM / 2)} castShadow receiveShadow>
        <boxGeometry args={[layout.grid.rect.widthM, layout.grid.heightM, layout.grid.rect.depthM]} />
        <meshStandardMaterial color="#adb5bd" roughness={0.7} />
      </mesh>
    </group>
  );
}
