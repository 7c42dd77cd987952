/**
 * Text labels drawn on a local canvas and used as sprite textures: no font or image is fetched
 * (the CSP allows none), the system UI font renders the French number format as given.
 */
import { CanvasTexture, LinearFilter, SRGBColorSpace } from 'three';

export interface LabelTexture {
  readonly texture: CanvasTexture;
  /** Width / height of the drawn label, to scale the sprite. */
  readonly aspect: number;
}

const FONT_PX = 44;
const PADDING_PX = 14;

export function makeLabelTexture(text: string, colour = '#1f2933', background = 'rgba(255,255,255,0.88)'): LabelTexture {
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d')!;
  const font = `600 ${FONT_PX}px system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif`;
  ctx.font = font;
  const width = Math.ceil(ctx.measureText(text).width) + 2 * PADDING_PX;
  const height = FONT_PX + 2 * PADDING_PX;
  canvas.width = width;
  canvas.height = height;
  ctx.font = font; // resizing the canvas resets the context state
  ctx.fillStyle = background;
  const r = height / 4;
  ctx.beginPath();
  ctx.roundRect(0, 0, width, height, r);
  ctx.fill();
  ctx.fillStyle = colour;
  ctx.textBaseline = 'middle';
  ctx.fillText(text, PADDING_PX, height / 2 + 2);
  const texture = new CanvasTexture(canvas);
  texture.colorSpace = SRGBColorSpace;
  texture.minFilter = LinearFilter;
  texture.generateMipmaps = false;
  return { texture, aspect: width / height };
}
