import { useMemo } from 'react';
import { Shape, Vector3 } from 'three';
import type { SiteLayout } from '../../../../models/site3d/layout';
import { Label3d } from './Label3d';

/** A compass rose on the ground east of the site, on the ground (clear of the objects from the default camera): arrow to the north (−Z), four letters. */
export function Compass3d({ layout, letters }: { layout: SiteLayout; letters: { n: string; e: string; s: string; w: string } }) {
  const { bounds } = layout;
  const size = Math.max(4, bounds.radiusM * 0.1);
  const cx = bounds.maxX + size * 2;
  const cz = bounds.cyM + (bounds.maxY - bounds.cyM) * 0.5;
  const arrow = useMemo(() => {
    const s = new Shape();
    s.moveTo(0, size);
    s.lineTo(size * 0.35, -size * 0.5);
    s.lineTo(0, -size * 0.2);
    s.lineTo(-size * 0.35, -size * 0.5);
    s.closePath();
    return s;
  }, [size]);
  const at = (dx: number, dz: number) => new Vector3(cx + dx, 0.6, cz + dz);
  const r = size * 1.5;
  return (
    <group>
      {/* The shape's +Y becomes −Z (north) once laid flat. */}
      <mesh position={[cx, 0.05, cz]} rotation={[-Math.PI / 2, 0, 0]}>
        <shapeGeometry args={[arrow]} />
        <meshBasicMaterial color="#c92a2a" />
      </mesh>
      <Label3d text={letters.n} position={at(0, -r)} heightM={size * 0.9} colour="#c92a2a" />
      <Label3d text={letters.e} position={at(r, 0)} heightM={size * 0.7} />
      <Label3d text={letters.s} position={at(0, r)} heightM={size * 0.7} />
      <Label3d text={letters.w} position={at(-r, 0)} heightM={size * 0.7} />
    </group>
  );
}
