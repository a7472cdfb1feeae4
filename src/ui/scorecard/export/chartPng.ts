/**
 * Saves a rendered chart as PNG without a new package: the chart's SVG is serialised, drawn on a canvas at twice
 * its size (sharp in slides), on the theme's background, and the canvas encoded as PNG.
 */
import { downloadBlob } from '../../export/download';

/** Resolves with the PNG of the largest SVG inside `container`; rejects when there is none or drawing fails. */
export function chartToPng(container: HTMLElement, background: string, scale: number = 2): Promise<Blob> {
  const svgs = Array.from(container.querySelectorAll('svg'));
  const svg = svgs.sort((a, b) => area(b) - area(a))[0];
  if (!svg) {
    return Promise.reject(new Error('No chart to save.'));
  }
  const box = svg.getBoundingClientRect();
  const width = Math.max(1, Math.round(box.width || Number(svg.getAttribute('width')) || 600));
  const height = Math.max(1, Math.round(box.height || Number(svg.getAttribute('height')) || 300));
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  // Text styles come from class names the standalone image cannot see: give the text the page's font and colour.
  const colour = getComputedStyle(container).color || '#000';
  copy.querySelectorAll('text').forEach((text) => {
    if (!text.getAttribute('fill')) text.setAttribute('fill', colour);
    text.setAttribute('font-family', 'Segoe UI, sans-serif');
  });
  const source = new XMLSerializer().serializeToString(copy);
  const url = URL.createObjectURL(new Blob([source], { type: 'image/svg+xml;charset=utf-8' }));
  return new Promise<Blob>((resolve, reject) => {
    const image = new Image();
    image.onload = () => {
      const canvas = document.createElement('canvas');
      canvas.width = width * scale;
      canvas.height = height * scale;
      const context = canvas.getContext('2d');
      if (!context) {
        URL.revokeObjectURL(url);
        reject(new Error('Canvas is not available.'));
        return;
      }
      context.fillStyle = background;
      context.fillRect(0, 0, canvas.width, canvas.height);
      context.scale(scale, scale);
      context.drawImage(image, 0, 0, width, height);
      URL.revokeObjectURL(url);
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed.'))), 'image/png');
    };
    image.onerror = () => {
      URL.revokeObjectURL(url);
      reject(new Error('The chart could not be drawn.'));
    };
    image.src = url;
  });
}

function area(element: Element): number {
  const box = element.getBoundingClientRect();
  return box.width * box.height;
}

/** Saves the chart inside `container` as `fileName`. */
export async function saveChartPng(container: HTMLElement, background: string, fileName: string): Promise<void> {
  downloadBlob(await chartToPng(container, background), fileName);
}
