/**
 * Energy flows as arcs between the objects: a tube whose thickness grows linearly with the power, an
 * arrow head, a kW label, and particles running along the arc (one instanced mesh for all arcs) whose
 * number is proportional to the power. Particles move through refs in useFrame, never React state;
 * with frameloop="demand" the loop keeps itself alive with invalidate() only while animating.
 */
import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { Color, ConeGeometry, InstancedMesh, Matrix4, QuadraticBezierCurve3, Quaternion, TubeGeometry, Vector3 } from 'three';
import { FLOW_EDGES } from '../../../../models/site3d/flows';
import type { SiteLayout } from '../../../../models/site3d/layout';
import { Label3d } from './Label3d';
import { planToThree, SOURCE_COLOURS } from './sceneUtils';

const MAX_PARTICLES_PER_EDGE = 30;
const MIN_VISIBLE_KW = 0.05;
const PARTICLE_SPEED_M_PER_S = 14;
/** After a change of time the particles run this long, then the view rests (no frames, no CPU). */
export const ANIMATE_AFTER_CHANGE_MS = 2500;

export interface FlowArrowsProps {
  readonly layout: SiteLayout;
  /** Power per edge of FLOW_EDGES, kW. */
  readonly edgeKw: Float64Array;
  /** The power that gets the thickest arc and the most particles (the day's largest flow). */
  readonly scaleKw: number;
  readonly playing: boolean;
  readonly formatKw: (kw: number) => string;
}

function edgeCurves(layout: SiteLayout): Array<QuadraticBezierCurve3 | null> {
  return FLOW_EDGES.map(([from, to]) => {
    const a = layout.nodes[from];
    const b = layout.nodes[to];
    if (!a || !b) return null;
    const p0 = planToThree(a.xM, a.yM, a.zM);
    const p2 = planToThree(b.xM, b.yM, b.zM);
    const span = p0.distanceTo(p2);
    if (span < 0.5) return null;
    // Arc above both ends; opposite edges (A→B, B→A) bow to different sides so they never coincide.
    const mid = p0.clone().add(p2).multiplyScalar(0.5);
    const side = new Vector3(p2.z - p0.z, 0, p0.x - p2.x).normalize().multiplyScalar(span * 0.08);
    mid.add(side);
    mid.y = Math.max(p0.y, p2.y) + 3 + span * 0.25;
    return new QuadraticBezierCurve3(p0, mid, p2);
  });
}

function Arc({ curve, kw, scaleKw, colour, radiusMaxM, label }: { curve: QuadraticBezierCurve3; kw: number; scaleKw: number; colour: string; radiusMaxM: number; label: string }) {
  const radius = radiusMaxM * (0.15 + 0.85 * Math.min(1, kw / scaleKw));
  const tube = useMemo(() => new TubeGeometry(curve, 40, radius, 8, false), [curve, radius]);
  const cone = useMemo(() => new ConeGeometry(radius * 2.4, radius * 6, 12), [radius]);
  useEffect(
    () => () => {
      tube.dispose();
      cone.dispose();
    },
    [tube, cone],
  );
  const tip = curve.getPointAt(0.97);
  const tangent = curve.getTangentAt(0.97);
  const q = new Quaternion().setFromUnitVectors(new Vector3(0, 1, 0), tangent.normalize());
  const top = curve.getPoint(0.5);
  top.y += radiusMaxM * 3;
  return (
    <group>
      <mesh geometry={tube}>
        <meshStandardMaterial color={colour} transparent opacity={0.55} emissive={colour} emissiveIntensity={0.25} />
      </mesh>
      <mesh geometry={cone} position={tip} quaternion={q}>
        <meshStandardMaterial color={colour} emissive={colour} emissiveIntensity={0.3} />
      </mesh>
      <Label3d text={label} position={top} heightM={radiusMaxM * 5} colour={colour} />
    </group>
  );
}

export function FlowArrows({ layout, edgeKw, scaleKw, playing, formatKw }: FlowArrowsProps) {
  const curves = useMemo(() => edgeCurves(layout), [layout]);
  const invalidate = useThree((s) => s.invalidate);
  const particlesRef = useRef<InstancedMesh>(null);
  const radiusMaxM = Math.max(0.3, layout.bounds.radiusM * 0.014);
  const capacity = FLOW_EDGES.length * MAX_PARTICLES_PER_EDGE;
  const scale = Math.max(scaleKw, 1e-6);

  // Per-edge particle counts, as a plain array read by the frame loop.
  const counts = useMemo(() => {
    const out = new Int32Array(FLOW_EDGES.length);
    for (let e = 0; e < out.length; e++) {
      const kw = edgeKw[e];
      out[e] = curves[e] && kw > MIN_VISIBLE_KW ? Math.max(1, Math.round((MAX_PARTICLES_PER_EDGE * Math.min(kw, scale)) / scale)) : 0;
    }
    return out;
  }, [edgeKw, curves, scale]);

  const phase = useRef(0);
  const animateUntil = useRef(0);
  const playingRef = useRef(playing);
  playingRef.current = playing;
  const tmp = useMemo(() => ({ m: new Matrix4(), p: new Vector3(), c: new Color() }), []);

  useLayoutEffect(() => {
    const mesh = particlesRef.current;
    if (!mesh) return;
    // Create the colour attribute before the first draw, so the shader is compiled with it.
    if (!mesh.instanceColor) mesh.setColorAt(0, tmp.c.set('#ffffff'));
    let k = 0;
    for (let e = 0; e < counts.length; e++) {
      if (!counts[e]) continue;
      tmp.c.set(SOURCE_COLOURS[FLOW_EDGES[e][0] as keyof typeof SOURCE_COLOURS]).offsetHSL(0, 0, 0.12);
      for (let i = 0; i < counts[e]; i++) mesh.setColorAt(k++, tmp.c);
    }
    if (mesh.instanceColor) mesh.instanceColor.needsUpdate = true;
    animateUntil.current = performance.now() + ANIMATE_AFTER_CHANGE_MS;
    invalidate();
  }, [counts, tmp, invalidate]);

  useEffect(() => {
    if (playing) invalidate();
  }, [playing, invalidate]);

  useFrame((_, delta) => {
    const mesh = particlesRef.current;
    if (!mesh) return;
    const animating = playingRef.current || performance.now() < animateUntil.current;
    if (animating) phase.current += Math.min(delta, 0.1) * PARTICLE_SPEED_M_PER_S;
    let k = 0;
    for (let e = 0; e < counts.length; e++) {
      const n = counts[e];
      const curve = curves[e];
      if (!n || !curve) continue;
      const length = curve.getLength();
      const offset = (phase.current / length) % 1;
      for (let i = 0; i < n; i++) {
        const u = (offset + i / n) % 1;
        curve.getPointAt(u, tmp.p);
        tmp.m.makeTranslation(tmp.p.x, tmp.p.y, tmp.p.z);
        mesh.setMatrixAt(k++, tmp.m);
      }
    }
    mesh.count = k;
    mesh.instanceMatrix.needsUpdate = true;
    if (animating) invalidate();
  });

  return (
    <group>
      {FLOW_EDGES.map(([from], e) => {
        const curve = curves[e];
        if (!curve || !(edgeKw[e] > MIN_VISIBLE_KW)) return null;
        return <Arc key={e} curve={curve} kw={edgeKw[e]} scaleKw={scale} colour={SOURCE_COLOURS[from as keyof typeof SOURCE_COLOURS]} radiusMaxM={radiusMaxM} label={formatKw(edgeKw[e])} />;
      })}
      <instancedMesh ref={particlesRef} args={[undefined, undefined, capacity]} frustumCulled={false}>
        <sphereGeometry args={[radiusMaxM * 1.1, 10, 8]} />
        <meshBasicMaterial />
      </instancedMesh>
    </group>
  );
}
