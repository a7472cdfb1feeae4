/** Saves a scorecard chart as PNG, drawn from its figures on a canvas (see ./chartImage.ts for why). */
import { downloadBlob } from '../../export/download';
import { chartImageHeight, drawChartImage, type ChartImageSpec } from './chartImage';

/** Resolves with the PNG of `spec`; rejects when the browser has no canvas or cannot encode it. */
export function chartToPng(spec: ChartImageSpec): Promise<Blob> {
  const canvas = document.createElement('canvas');
  canvas.width = 1200;
  canvas.height = chartImageHeight(spec);
  const context = canvas.getContext('2d');
  if (!context) return Promise.reject(new Error('Canvas is not available.'));
  drawChartImage(context, spec);
  return new Promise<Blob>((resolve, reject) => {
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed.'))), 'image/png');
  });
}

/** Saves the chart `spec` as `fileName`. */
export async function saveChartPng(spec: ChartImageSpec, fileName: string): Promise<void> {
  downloadBlob(await chartToPng(spec), fileName);
}
