/**
 * PNG export of a chart card without any remote content (works under the app's CSP, img-src 'self'
 * data: blob:). The card is redrawn onto a canvas from what it is made of: every top-level <svg>
 * (recharts surfaces, legend icons) serialised to a data: URL, every <canvas> copied, and the HTML
 * texts marked `data-export-text` or recharts legend labels drawn with their computed font, at their
 * on-screen positions. Elements marked `data-export-ignore` (the export button) are skipped.
 */

const SCALE = 2;

export async function renderChartCanvas(element: HTMLElement): Promise<HTMLCanvasElement> {
  const box = element.getBoundingClientRect();
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(box.width * SCALE));
  canvas.height = Math.max(1, Math.round(box.height * SCALE));
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('canvas 2D context unavailable');
  ctx.scale(SCALE, SCALE);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, box.width, box.height);
  const ignored = (el: Element) => el.closest('[data-export-ignore]') !== null;

  for (const b of Array.from(element.querySelectorAll<HTMLElement>('[data-export-box]'))) {
    if (ignored(b)) continue;
    const r = b.getBoundingClientRect();
    const style = getComputedStyle(b);
    ctx.fillStyle = style.backgroundColor;
    ctx.fillRect(r.left - box.left, r.top - box.top, r.width, r.height);
    ctx.strokeStyle = style.borderTopColor;
    ctx.lineWidth = 1;
    ctx.strokeRect(r.left - box.left + 0.5, r.top - box.top + 0.5, r.width - 1, r.height - 1);
  }

  for (const svg of Array.from(element.querySelectorAll<SVGSVGElement>('svg'))) {
    if (ignored(svg) || svg.parentElement?.closest('svg')) continue;
    const r = svg.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) continue;
    const image = await loadImage(svgDataUrl(svg, r.width, r.height));
    ctx.drawImage(image, r.left - box.left, r.top - box.top, r.width, r.height);
  }

  for (const c of Array.from(element.querySelectorAll('canvas'))) {
    if (ignored(c)) continue;
    const r = c.getBoundingClientRect();
    ctx.drawImage(c, r.left - box.left, r.top - box.top, r.width, r.height);
  }

  for (const el of Array.from(element.querySelectorAll<HTMLElement>('[data-export-text], .recharts-legend-item-text'))) {
    if (ignored(el)) continue;
    const text = el.textContent?.trim();
    if (!text) continue;
    const r = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    ctx.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    ctx.fillStyle = style.color;
    ctx.textBaseline = 'middle';
    ctx.fillText(text, r.left - box.left, r.top - box.top + r.height / 2, Math.max(r.width, 1) + 2);
  }
  return canvas;
}

/** Renders the card to PNG and downloads it as `fileName` (".png" added when missing). */
export async function exportChartPng(element: HTMLElement, fileName: string): Promise<void> {
  const canvas = await renderChartCanvas(element);
  const blob = await new Promise<Blob>((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'),
  );
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName.toLowerCase().endsWith('.png') ? fileName : `${fileName}.png`;
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Give the browser time to start the download before the URL is released.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function svgDataUrl(svg: SVGSVGElement, width: number, height: number): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  // Text inherits its font from the page's CSS, which a standalone SVG image does not see.
  const style = getComputedStyle(svg);
  clone.style.fontFamily = style.fontFamily;
  clone.style.fontSize = style.fontSize;
  const text = new XMLSerializer().serializeToString(clone);
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(text)}`;
}

function loadImage(src: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('SVG could not be rasterised'));
    image.src = src;
  });
}
