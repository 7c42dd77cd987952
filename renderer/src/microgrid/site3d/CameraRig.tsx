import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { OrbitControls } from 'three/examples/jsm/controls/OrbitControls.js';
import type { SiteLayout } from '../../../../models/site3d/layout';

/**
 * Places the camera south-south-east of the site, looking at its centre (south-facing panels in view), and
 * lets the user orbit; every camera change asks for one frame (frameloop="demand").
 */
export function CameraRig({ layout }: { layout: SiteLayout }) {
  const camera = useThree((s) => s.camera);
  const domElement = useThree((s) => s.gl.domElement);
  const invalidate = useThree((s) => s.invalidate);
  const { cxM, cyM, radiusM } = layout.bounds;
  useEffect(() => {
    // From the south-south-east, 24° above the horizon: the south-facing panels, the shadows and the
    // sun from the low winter noon (14° below the view centre) to the high summer noon (22° above) stay in
    // the frame of the 48° field of view.
    const azRad = (160 * Math.PI) / 180;
    const pitchRad = (24 * Math.PI) / 180;
    const distance = radiusM * 2.2;
    // Aim a little above the ground so the midday sun stays in the frame.
    const targetY = radiusM * 0.15;
    camera.position.set(cxM + distance * Math.cos(pitchRad) * Math.sin(azRad), targetY + distance * Math.sin(pitchRad), cyM - distance * Math.cos(pitchRad) * Math.cos(azRad));
    camera.near = 0.5;
    camera.far = radiusM * 20;
    camera.lookAt(cxM, targetY, cyM);
    camera.updateProjectionMatrix();
    const controls = new OrbitControls(camera, domElement);
    controls.target.set(cxM, targetY, cyM);
    controls.maxPolarAngle = Math.PI / 2 - 0.05; // stay above the ground
    controls.minDistance = radiusM * 0.3;
    controls.maxDistance = radiusM * 6;
    controls.update();
    const onChange = () => invalidate();
    controls.addEventListener('change', onChange);
    invalidate();
    return () => {
      controls.removeEventListener('change', onChange);
      controls.dispose();
    };
  }, [camera, domElement, invalidate, cxM, cyM, radiusM]);
  return null;
}
