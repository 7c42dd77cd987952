import { useEffect, useMemo } from 'react';
import type { Vector3 } from 'three';
import { makeLabelTexture } from './labelTexture';

/** A text sprite that always faces the camera and stays readable over the objects. */
export function Label3d({ text, position, heightM, colour, background }: { text: string; position: Vector3; heightM: number; colour?: string; background?: string }) {
  const label = useMemo(() => makeLabelTexture(text, colour, background), [text, colour, background]);
  useEffect(() => () => label.texture.dispose(), [label]);
  return (
    <sprite position={position} scale={[heightM * label.aspect, heightM, 1]} renderOrder={10}>
      <spriteMaterial map={label.texture} depthTest={false} depthWrite={false} transparent />
    </sprite>
  );
}
