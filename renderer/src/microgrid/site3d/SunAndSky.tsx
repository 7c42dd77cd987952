/**
 * The sun at its SPA position for the chosen instant (directional light with shadows, a disc in the sky),
 * the day's path through the hourly positions, the sky colour and a dim night.
 */
import { useThree } from '@react-three/fiber';
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { BufferGeometry, Color, Float32BufferAttribute, InstancedMesh, Line, LineBasicMaterial, Matrix4, Object3D, Vector3 } from 'three';
import { sunDirection } from '../../../../models/site3d/geometry';
import type { SiteLayout } from '../../../../models/site3d/layout';
import type { SunAt, SunPath } from '../../../../models/site3d/sunPath';
import { Label3d } from './Label3d';
import { parisClock } from './sceneUtils';

const DAY_SKY = new Color('#bfe0f7');
const TWILIGHT_SKY = new Color('#f4c7a1');
const NIGHT_SKY = new Color('#1b2a41');

/** Sky colour and light levels from the sun's apparent elevation (civil twilight at −6°). */
export function skyState(elevationDeg: number): { sky: Color; sunIntensity: number; ambientIntensity: number } {
  const sky = new Color();
  if (elevationDeg >= 10) sky.copy(DAY_SKY);
  else if (elevationDeg >= 0) sky.copy(TWILIGHT_SKY).lerp(DAY_SKY, elevationDeg / 10);
  else if (elevationDeg >= -6) sky.copy(NIGHT_SKY).lerp(TWILIGHT_SKY, (elevationDeg + 6) / 6);
  else sky.copy(NIGHT_SKY);
  const s = Math.sin(Math.max(0, elevationDeg) * (Math.PI / 180));
  return {
    sky,
    sunIntensity: elevationDeg > 0 ? 0.6 + 2.6 * Math.min(1, s * 1.6) : 0,
    ambientIntensity: elevationDeg > 0 ? 0.55 + 0.5 * s : elevationDeg > -6 ? 0.35 + 0.03 * (elevationDeg + 6) : 0.3,
  };
}

/** Every third local hour from 06:00 to 21:00 gets a label on the path while the sun is up. */
const LABELLED_HOURS = new Set(['06:00', '09:00', '12:00', '15:00', '18:00', '21:00']);

export function SunAndSky({ layout, sun, path, hourText }: { layout: SiteLayout; sun: SunAt; path: SunPath; hourText(h: number): string }) {
  const scene = useThree((s) => s.scene);
  const gl = useThree((s) => s.gl);
  const invalidate = useThree((s) => s.invalidate);
  const dotsRef = useRef<InstancedMesh>(null);
  const { bounds } = layout;
  const centre = useMemo(() => new Vector3(bounds.cxM, 0, bounds.cyM), [bounds.cxM, bounds.cyM]);
  // The visible sun and its path sit on a dome just beyond the site so they stay in the frame; the light
  // itself is placed further out so its shadow camera holds the whole site.
  const skyRadius = bounds.radiusM * 1.1;
  const lightDistance = bounds.radiusM * 3;
  const state = skyState(sun.elevationDeg);
  const d = sun.direction;
  const sunPos = new Vector3(centre.x + d.x * skyRadius, d.z * skyRadius, centre.z + d.y * skyRadius);
  const lightPos = new Vector3(centre.x + d.x * lightDistance, d.z * lightDistance, centre.z + d.y * lightDistance);

  const skyHex = state.sky.getHex();
  useEffect(() => {
    scene.background = new Color(skyHex);
    invalidate();
  }, [scene, skyHex, invalidate]);

  // Nothing that casts a shadow moves between two changes of sun or layout (particles and arcs cast
  // none), so the shadow map is redrawn only then, not on every frame of the particle animation.
  useEffect(() => {
    gl.shadowMap.autoUpdate = false;
    gl.shadowMap.needsUpdate = true;
    invalidate();
  }, [gl, layout, sun.azimuthDeg, sun.elevationDeg, invalidate]);

  // The light's target must be in the scene graph for its direction to follow the site centre.
  const target = useMemo(() => {
    const o = new Object3D();
    o.position.copy(centre);
    return o;
  }, [centre]);

  const pathGeometry = useMemo(() => {
    const g = new BufferGeometry();
    const pts: number[] = [];
    for (let i = 0; i < path.utcMs.length; i++) {
      if (path.elevationDeg[i] < -0.5) continue;
      const v = sunDirection(path.azimuthDeg[i], path.elevationDeg[i]);
      pts.push(centre.x + v.x * skyRadius, Math.max(0, v.z) * skyRadius, centre.z + v.y * skyRadius);
    }
    g.setAttribute('position', new Float32BufferAttribute(pts, 3));
    return g;
  }, [path, centre, skyRadius]);
  const pathLine = useMemo(() => new Line(pathGeometry, new LineBasicMaterial({ color: '#f08c00', transparent: true, opacity: 0.85 })), [pathGeometry]);
  useEffect(
    () => () => {
      pathGeometry.dispose();
      (pathLine.material as LineBasicMaterial).dispose();
    },
    [pathGeometry, pathLine],
  );

  // Hourly dots: the path is sampled every 10 minutes, a dot every sixth sample above the horizon.
  const hourly = useMemo(() => {
    const out: Vector3[] = [];
    for (let i = 0; i < path.utcMs.length; i += 6) {
      if (path.elevationDeg[i] < 0) continue;
      const v = sunDirection(path.azimuthDeg[i], path.elevationDeg[i]);
      out.push(new Vector3(centre.x + v.x * skyRadius, v.z * skyRadius, centre.z + v.y * skyRadius));
    }
    return out;
  }, [path, centre, skyRadius]);
  const hourLabels = useMemo(() => {
    const out: Array<{ text: string; position: Vector3 }> = [];
    for (let i = 0; i < path.utcMs.length; i += 6) {
      const clock = parisClock(path.utcMs[i]);
      if (path.elevationDeg[i] < 2 || !LABELLED_HOURS.has(clock)) continue;
      const v = sunDirection(path.azimuthDeg[i], path.elevationDeg[i]);
      out.push({ text: hourText(Number(clock.slice(0, 2))), position: new Vector3(centre.x + v.x * skyRadius, v.z * skyRadius + bounds.radiusM * 0.05, centre.z + v.y * skyRadius) });
    }
    return out;
  }, [path, centre, skyRadius, bounds.radiusM, hourText]);

  useLayoutEffect(() => {
    const mesh = dotsRef.current;
    if (!mesh) return;
    const m = new Matrix4();
    hourly.forEach((p, i) => mesh.setMatrixAt(i, m.makeTranslation(p.x, p.y, p.z)));
    mesh.count = hourly.length;
    mesh.instanceMatrix.needsUpdate = true;
    mesh.computeBoundingSphere();
    invalidate();
  }, [hourly, invalidate]);

  // Long evening shadows reach well beyond the objects: the shadow camera covers 1.6 radii.
  const shadowHalf = bounds.radiusM * 1.6;
  return (
    <>
      {/* Fog in the sky's colour melts the ground into the horizon. */}
      <fog attach="fog" args={[skyHex, bounds.radiusM * 4, bounds.radiusM * 12]} />
      <hemisphereLight args={['#ffffff', '#8a9a6b']} intensity={state.ambientIntensity} />
      <primitive object={target} />
      <directionalLight
        position={lightPos}
        target={target}
        intensity={state.sunIntensity}
        castShadow={sun.elevationDeg > 0}
        shadow-mapSize-width={2048}
        shadow-mapSize-height={2048}
        shadow-camera-left={-shadowHalf}
        shadow-camera-right={shadowHalf}
        shadow-camera-top={shadowHalf}
        shadow-camera-bottom={-shadowHalf}
        shadow-camera-near={1}
        shadow-camera-far={lightDistance * 2}
        shadow-bias={-0.0004}
        shadow-normalBias={0.04}
      />
      {sun.elevationDeg > -1 && (
        <mesh position={sunPos}>
          <sphereGeometry args={[bounds.radiusM * 0.045, 24, 16]} />
          <meshBasicMaterial color={sun.elevationDeg > 5 ? '#ffd43b' : '#ff922b'} />
        </mesh>
      )}
      <primitive object={pathLine} />
      {hourLabels.map((l) => (
        <Label3d key={l.text} text={l.text} position={l.position} heightM={bounds.radiusM * 0.04} colour="#d9480f" background="rgba(255,255,255,0.7)" />
      ))}
      <instancedMesh ref={dotsRef} args={[undefined, undefined, 25]}>
        <sphereGeometry args={[bounds.radiusM * 0.012, 10, 8]} />
        <meshBasicMaterial color="#e67700" />
      </instancedMesh>
    </>
  );
}
