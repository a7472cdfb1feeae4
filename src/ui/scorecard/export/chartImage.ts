/**
 * Draws a scorecard chart for export from its figures, not by rasterising the live SVG (which came out as a 788x24
 * strip, an all-black donut, or a trend without title or legend). The image is for slides and mail: a white
 * background and fixed colours that read on it whatever the page's theme, a title, the scope and date, a legend,
 * axis labels and every value written out.
 */

/** One bar, slice or line of an exported chart; `colour` is one of {@link EXPORT_COLOURS}. */
export interface ExportDatum {
  readonly label: string;
  readonly value: number;
  readonly colour: string;
}

/** What an exported chart shows. */
export type ChartImageSpec =
  | { readonly kind: 'bars'; readonly title: string; readonly subtitle: string; readonly axisLabel: string; readonly max: number; readonly bars: readonly ExportDatum[]; readonly legend: readonly ExportDatum[] }
  | { readonly kind: 'donut'; readonly title: string; readonly subtitle: string; readonly slices: readonly ExportDatum[]; readonly totalText: string }
  | {
      /** Horizontal bars in groups, one bar per series in each group, e.g. a level and its target per area. */
      readonly kind: 'groupedBars';
      readonly title: string;
      readonly subtitle: string;
      readonly axisLabel: string;
      readonly max: number;
      readonly series: readonly { readonly label: string; readonly colour: string }[];
      /** Values in series order; undefined draws no bar and writes "–". */
      readonly groups: readonly { readonly label: string; readonly values: readonly (number | undefined)[] }[];
    }
  | {
      readonly kind: 'lines';
      readonly title: string;
      readonly subtitle: string;
      readonly axisLabel: string;
      readonly xLabels: readonly string[];
      /** Values per x label, undefined where a series has no value. */
      readonly series: readonly { readonly label: string; readonly colour: string; readonly values: readonly (number | undefined)[] }[];
    };

/** Colours with at least 4.5:1 contrast on white, so labels drawn in them stay readable. */
export const EXPORT_COLOURS = { healthy: '#107C10', attention: '#B34700', atRisk: '#A4262C', blue: '#0F5CA8', purple: '#6B2E8F', text: '#242424', grid: '#C8C8C8' } as const;

const WIDTH = 1200;
const FONT = 'Segoe UI, Arial, sans-serif';
const PAD = 40;
const BARS_TOP = 140;
const BAR_STEP = 34;
/** A bar's thickness in a grouped bar chart. */
const GROUPED_BAR = 14;

/** The image's height for a spec: bars grow with their count so labels never overlap. */
export function chartImageHeight(spec: ChartImageSpec): number {
  if (spec.kind === 'bars') return Math.max(400, BARS_TOP + 16 + spec.bars.length * BAR_STEP + 70);
  if (spec.kind === 'groupedBars') return Math.max(400, BARS_TOP + 16 + spec.groups.length * groupStep(spec) + 70);
  return spec.kind === 'donut' ? 520 : 560;
}

/** Draws `spec` on a canvas context of 1200 px by {@link chartImageHeight}; returns the size drawn. */
export function drawChartImage(ctx: CanvasRenderingContext2D, spec: ChartImageSpec): { width: number; height: number } {
  const height = chartImageHeight(spec);
  ctx.fillStyle = '#FFFFFF';
  ctx.fillRect(0, 0, WIDTH, height);
  ctx.fillStyle = EXPORT_COLOURS.text;
  ctx.textBaseline = 'alphabetic';
  ctx.textAlign = 'left';
  ctx.font = `600 28px ${FONT}`;
  ctx.fillText(spec.title, PAD, 52, WIDTH - 2 * PAD);
  ctx.font = `18px ${FONT}`;
  ctx.fillText(spec.subtitle, PAD, 82, WIDTH - 2 * PAD);
  if (spec.kind === 'bars') drawBars(ctx, spec);
  else if (spec.kind === 'groupedBars') drawGroupedBars(ctx, spec);
  else if (spec.kind === 'donut') drawDonut(ctx, spec);
  else drawLines(ctx, spec, height);
  return { width: WIDTH, height };
}

function drawLegend(ctx: CanvasRenderingContext2D, items: readonly { label: string; colour: string }[], y: number): void {
  ctx.font = `16px ${FONT}`;
  let x = PAD;
  for (const item of items) {
    ctx.fillStyle = item.colour;
    ctx.fillRect(x, y - 13, 16, 16);
    ctx.fillStyle = EXPORT_COLOURS.text;
    ctx.fillText(item.label, x + 22, y);
    x += 22 + ctx.measureText(item.label).width + 28;
  }
}

function drawBars(ctx: CanvasRenderingContext2D, spec: Extract<ChartImageSpec, { kind: 'bars' }>): void {
  drawLegend(ctx, spec.legend, 116);
  const labelWidth = 380;
  const left = PAD + labelWidth + 12;
  const right = WIDTH - PAD - 60;
  const top = BARS_TOP;
  const bottom = top + 16 + spec.bars.length * BAR_STEP; // below the last bar, so the ticks never cross it
  const scale = (v: number): number => left + ((right - left) * Math.max(0, Math.min(v, spec.max))) / spec.max;
  ctx.font = `14px ${FONT}`;
  ctx.strokeStyle = EXPORT_COLOURS.grid;
  ctx.fillStyle = EXPORT_COLOURS.text;
  ctx.textAlign = 'center';
  for (let tick = 0; tick <= spec.max; tick += spec.max / 4) {
    const x = scale(tick);
    ctx.beginPath();
    ctx.moveTo(x, top);
    ctx.lineTo(x, bottom);
    ctx.stroke();
    ctx.fillText(String(Math.round(tick)), x, bottom + 20);
  }
  ctx.font = `16px ${FONT}`;
  ctx.fillText(spec.axisLabel, (left + right) / 2, bottom + 46);
  spec.bars.forEach((bar, i) => {
    const y = top + 8 + i * BAR_STEP;
    ctx.textAlign = 'right';
    ctx.fillStyle = EXPORT_COLOURS.text;
    ctx.fillText(bar.label, left - 12, y + 17, labelWidth);
    ctx.fillStyle = bar.colour;
    ctx.fillRect(left, y, scale(bar.value) - left, 22);
    ctx.textAlign = 'left';
    ctx.fillStyle = EXPORT_COLOURS.text;
    ctx.fillText(String(Math.round(bar.value)), scale(bar.value) + 8, y + 17);
  });
  ctx.textAlign = 'left';
}

/** The height of one group: its bars, 2 px apart, and a gap before the next group. */
function groupStep(spec: Extract<ChartImageSpec, { kind: 'groupedBars' }>): number {
  return spec.series.length * (GROUPED_BAR + 2) + 14;
}

/** A value as written beside its bar: whole numbers as such, others to one decimal. */
function valueText(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}

function drawGroupedBars(ctx: CanvasRenderingContext2D, spec: Extract<ChartImageSpec, { kind: 'groupedBars' }>): void {
  drawLegend(ctx, spec.series, 116);
  const labelWidth = 380;
  const left = PAD + labelWidth + 12;
  const right = WIDTH - PAD - 60;
  const top = BARS_TOP;
  const step = groupStep(spec);
  const bottom = top + 16 + spec.groups.length * step;
  const scale = (v: number): number => left + ((right - left) * Math.max(0, Math.min(v, spec.max))) / spec.max;
  // Whole-number ticks on a small scale (levels 1-5), quarters otherwise.
  const tickStep = spec.max <= 10 ? 1 : spec.max / 4;
  ctx.font = `14px ${FONT}`;
  ctx.strokeStyle = EXPORT_COLOURS.grid;
  ctx.fillStyle = EXPORT_COLOURS.text;
  ctx.textAlign = 'center';
  for (let tick = 0; tick <= spec.max; tick += tickStep) {
    const x = scale(tick);
    ctx.beginPath();
    ctx.moveTo(x, top);
    ctx.lineTo(x, bottom);
    ctx.stroke();
    ctx.fillText(String(Math.round(tick)), x, bottom + 20);
  }
  ctx.font = `16px ${FONT}`;
  ctx.fillText(spec.axisLabel, (left + right) / 2, bottom + 46);
  spec.groups.forEach((group, g) => {
    const y = top + 8 + g * step;
    const height = spec.series.length * (GROUPED_BAR + 2) - 2;
    ctx.font = `16px ${FONT}`;
    ctx.textAlign = 'right';
    ctx.fillStyle = EXPORT_COLOURS.text;
    ctx.fillText(group.label, left - 12, y + height / 2 + 6, labelWidth);
    ctx.font = `13px ${FONT}`;
    spec.series.forEach((series, i) => {
      const value = group.values[i];
      const barY = y + i * (GROUPED_BAR + 2);
      if (value !== undefined) {
        ctx.fillStyle = series.colour;
        ctx.fillRect(left, barY, scale(value) - left, GROUPED_BAR);
      }
      ctx.textAlign = 'left';
      ctx.fillStyle = EXPORT_COLOURS.text;
      ctx.fillText(value === undefined ? '–' : valueText(value), (value === undefined ? left : scale(value)) + 8, barY + GROUPED_BAR - 2);
    });
  });
  ctx.textAlign = 'left';
}

function drawDonut(ctx: CanvasRenderingContext2D, spec: Extract<ChartImageSpec, { kind: 'donut' }>): void {
  const cx = 300;
  const cy = 300;
  const total = spec.slices.reduce((sum, s) => sum + s.value, 0);
  let angle = -Math.PI / 2;
  for (const slice of spec.slices) {
    if (total === 0 || slice.value === 0) continue;
    const sweep = (2 * Math.PI * slice.value) / total;
    ctx.beginPath();
    ctx.moveTo(cx, cy);
    ctx.arc(cx, cy, 170, angle, angle + sweep);
    ctx.closePath();
    ctx.fillStyle = slice.colour;
    ctx.fill();
    angle += sweep;
  }
  ctx.beginPath();
  ctx.arc(cx, cy, 95, 0, 2 * Math.PI);
  ctx.fillStyle = '#FFFFFF';
  ctx.fill();
  ctx.fillStyle = EXPORT_COLOURS.text;
  ctx.textAlign = 'center';
  ctx.font = `600 20px ${FONT}`;
  ctx.fillText(spec.totalText, cx, cy + 7, 180);
  ctx.textAlign = 'left';
  // The legend names each slice with its count and share: the figures, not only the colours.
  ctx.font = `20px ${FONT}`;
  spec.slices.forEach((slice, i) => {
    const y = 200 + i * 48;
    ctx.fillStyle = slice.colour;
    ctx.fillRect(560, y - 18, 24, 24);
    ctx.fillStyle = EXPORT_COLOURS.text;
    const share = total > 0 ? Math.round((100 * slice.value) / total) : 0;
    ctx.fillText(`${slice.label}: ${slice.value} (${share}%)`, 596, y, WIDTH - 596 - PAD);
  });
}

function drawLines(ctx: CanvasRenderingContext2D, spec: Extract<ChartImageSpec, { kind: 'lines' }>, height: number): void {
  drawLegend(ctx, spec.series.map((s) => ({ label: s.label, colour: s.colour })), 116);
  const left = PAD + 60;
  const right = WIDTH - PAD - 60; // room for the last date label, which was clipped
  const top = 150;
  const bottom = height - 90;
  const n = spec.xLabels.length;
  const xOf = (i: number): number => (n <= 1 ? (left + right) / 2 : left + ((right - left) * i) / (n - 1));
  const yOf = (v: number): number => bottom - ((bottom - top) * Math.max(0, Math.min(v, 100))) / 100;
  ctx.font = `14px ${FONT}`;
  ctx.strokeStyle = EXPORT_COLOURS.grid;
  ctx.lineWidth = 1;
  ctx.textAlign = 'right';
  for (let tick = 0; tick <= 100; tick += 25) {
    ctx.beginPath();
    ctx.moveTo(left, yOf(tick));
    ctx.lineTo(right, yOf(tick));
    ctx.stroke();
    ctx.fillStyle = EXPORT_COLOURS.text;
    ctx.fillText(String(tick), left - 8, yOf(tick) + 5);
  }
  ctx.textAlign = 'center';
  const every = Math.max(1, Math.ceil(n / 8));
  spec.xLabels.forEach((label, i) => {
    if (i % every === 0 || i === n - 1) ctx.fillText(label, xOf(i), bottom + 22, 140);
  });
  ctx.save();
  ctx.translate(PAD - 10, (top + bottom) / 2);
  ctx.rotate(-Math.PI / 2);
  ctx.font = `16px ${FONT}`;
  ctx.fillText(spec.axisLabel, 0, 0);
  ctx.restore();
  spec.series.forEach((series, index) => {
    ctx.strokeStyle = series.colour;
    ctx.fillStyle = series.colour;
    ctx.lineWidth = 3;
    // The second line is dashed, so the lines differ by more than colour.
    ctx.setLineDash(index % 2 === 1 ? [10, 6] : []);
    ctx.beginPath();
    let started = false;
    series.values.forEach((value, i) => {
      if (value === undefined) return;
      if (started) ctx.lineTo(xOf(i), yOf(value));
      else ctx.moveTo(xOf(i), yOf(value));
      started = true;
    });
    ctx.stroke();
    ctx.setLineDash([]);
    series.values.forEach((value, i) => {
      if (value === undefined) return;
      ctx.beginPath();
      ctx.arc(xOf(i), yOf(value), 5, 0, 2 * Math.PI);
      ctx.fill();
    });
  });
  ctx.textAlign = 'left';
}
