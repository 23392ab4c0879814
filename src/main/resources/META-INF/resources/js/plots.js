// Drawings written here as inline SVG: the two-rooms arena, a surprise-over-time plot, and the
// attachments of a reply (a plan's image and path, a plausibility verdict with plot and filmstrip).
import { h, svg, safePngDataUrl } from './dom.js';

/** two-rooms geometry (ARCHITECTURE.md): unit square, wall at x = 0.5, door centred at y = 0.5. */
export const ARENA = { wallX: 0.5, wallThickness: 0.04, doorY: 0.5, doorWidth: 0.16 };

const num = (v) => (typeof v === 'number' && Number.isFinite(v) ? v : Number(v));
const fmt = (v, digits = 3) => (Number.isFinite(num(v)) ? num(v).toFixed(digits) : '—');

/**
 * The arena as an SVG in world units (viewBox 0..1, y drawn upwards). Returns the element and
 * functions to place markers and a path; onPick(x, y) is called with world coordinates on click.
 */
export function arena(onPick) {
  const { wallX, wallThickness, doorY, doorWidth } = ARENA;
  const wallLeft = wallX - wallThickness / 2;
  const doorLow = doorY - doorWidth / 2;
  const doorHigh = doorY + doorWidth / 2;
  const path = svg('polyline', { class: 'path', fill: 'none', stroke: '#2f5fd0', 'stroke-width': 0.012, 'stroke-linejoin': 'round' });
  const start = svg('circle', { r: 0.022, fill: '#1b7a3a', visibility: 'hidden' });
  const goal = svg('circle', { r: 0.022, fill: '#b3261e', visibility: 'hidden' });
  const root = svg('svg', {
    // pointer input only; the coordinate fields below are the keyboard way to the same plan
    viewBox: '0 0 1 1', role: 'img', 'aria-label': 'Two-rooms arena: click a start, then a goal', id: 'arena-svg',
  },
    svg('title', {}, 'Two-rooms arena'),
    svg('rect', { x: 0, y: 0, width: 1, height: 1, fill: '#fbfbfd', stroke: '#5a6478', 'stroke-width': 0.01 }),
    // SVG y grows downwards: world y is drawn at 1 - y.
    svg('rect', { x: wallLeft, y: 0, width: wallThickness, height: 1 - doorHigh, fill: '#5a6478' }),
    svg('rect', { x: wallLeft, y: 1 - doorLow, width: wallThickness, height: doorLow, fill: '#5a6478' }),
    path, start, goal);

  root.addEventListener('click', (event) => {
    const box = root.getBoundingClientRect();
    const x = clamp((event.clientX - box.left) / box.width);
    const y = clamp(1 - (event.clientY - box.top) / box.height);
    onPick(round(x), round(y));
  });

  const place = (marker, point) => {
    if (!point) {
      marker.setAttribute('visibility', 'hidden');
      return;
    }
    marker.setAttribute('cx', point.x);
    marker.setAttribute('cy', 1 - point.y);
    marker.setAttribute('visibility', 'visible');
  };
  return {
    element: root,
    setStart: (p) => place(start, p),
    setGoal: (p) => place(goal, p),
    setPath: (trajectory) => path.setAttribute('points',
      (Array.isArray(trajectory) ? trajectory : []).filter((p) => Array.isArray(p) && p.length >= 2)
        .map(([x, y]) => `${num(x)},${1 - num(y)}`).join(' ')),
  };
}

const clamp = (v) => Math.min(1, Math.max(0, v));
const round = (v) => Math.round(v * 100) / 100;

/**
 * Surprise per frame as a line, the threshold as a dashed line, frames above it as red dots, and
 * the frame where the video breaks (breakFrame: its peak, when above the threshold) as a vertical marker.
 */
export function surprisePlot(report) {
  const values = (Array.isArray(report?.surprise) ? report.surprise : []).map(num).map((v) => (Number.isFinite(v) ? v : 0));
  const threshold = num(report?.threshold);
  const breakFrame = report?.breakFrame === null || report?.breakFrame === undefined ? null : num(report.breakFrame);
  const W = 520, H = 220, L = 48, R = 12, T = 14, B = 34;
  const top = Math.max(...values, Number.isFinite(threshold) ? threshold : 0, 1e-9) * 1.12;
  const x = (i) => L + (values.length <= 1 ? 0 : (i / (values.length - 1)) * (W - L - R));
  const y = (v) => T + (1 - v / top) * (H - T - B);
  const flagged = values.map((v, i) => (Number.isFinite(threshold) && v > threshold ? i : -1)).filter((i) => i >= 0);

  const ticks = [0, top / 2, top].map((v) => [
    svg('line', { x1: L, x2: W - R, y1: y(v), y2: y(v), stroke: '#eceef3' }),
    svg('text', { x: L - 6, y: y(v) + 4, 'text-anchor': 'end', 'font-size': 11, fill: '#5a6478' }, fmt(v, 2)),
  ]);
  const step = Math.max(1, Math.ceil(values.length / 12));
  const frameTicks = values.map((_, i) => (i % step === 0 || i === values.length - 1)
    ? svg('text', { x: x(i), y: H - B + 16, 'text-anchor': 'middle', 'font-size': 11, fill: '#5a6478' }, String(i))
    : null);

  return svg('svg', {
    class: 'surprise-plot', viewBox: `0 0 ${W} ${H}`, role: 'img',
    'aria-label': `Surprise over ${values.length} frames; threshold ${fmt(threshold)}; `
      + (flagged.length ? `frames above it: ${flagged.join(', ')}` : 'no frame above it'),
  },
    svg('title', {}, 'Surprise over time'),
    ticks,
    svg('line', { x1: L, x2: L, y1: T, y2: H - B, stroke: '#5a6478' }),
    svg('line', { x1: L, x2: W - R, y1: H - B, y2: H - B, stroke: '#5a6478' }),
    frameTicks,
    svg('text', { x: (L + W - R) / 2, y: H - 4, 'text-anchor': 'middle', 'font-size': 11, fill: '#5a6478' }, 'frame'),
    breakFrame !== null && Number.isFinite(breakFrame)
      ? svg('line', { class: 'break-marker', x1: x(breakFrame), x2: x(breakFrame), y1: T, y2: H - B, stroke: '#b3261e', 'stroke-width': 1.5, 'stroke-dasharray': '2 3' })
      : null,
    Number.isFinite(threshold)
      ? [svg('line', { class: 'threshold', x1: L, x2: W - R, y1: y(threshold), y2: y(threshold), stroke: '#b3261e', 'stroke-dasharray': '6 4', 'stroke-width': 1.5 }),
         svg('text', { x: W - R - 4, y: y(threshold) - 5, 'text-anchor': 'end', 'font-size': 11, fill: '#b3261e' }, `threshold ${fmt(threshold)}`)]
      : null,
    svg('polyline', { class: 'surprise', fill: 'none', stroke: '#2f5fd0', 'stroke-width': 2, points: values.map((v, i) => `${x(i)},${y(v)}`).join(' ') }),
    values.map((v, i) => svg('circle', {
      class: flagged.includes(i) ? 'point flagged' : 'point', cx: x(i), cy: y(v), r: flagged.includes(i) ? 4.5 : 2.5,
      fill: flagged.includes(i) ? '#b3261e' : '#2f5fd0',
    }, svg('title', {}, `frame ${i}: ${fmt(v)}`))));
}

/** The frames as a strip of thumbnails; frames above the threshold are outlined and labelled. */
export function filmstrip(frames, report) {
  const values = Array.isArray(report?.surprise) ? report.surprise.map(num) : [];
  const threshold = num(report?.threshold);
  return h('ol', { class: 'filmstrip', 'aria-label': 'Frames' }, (frames || []).map((frame, i) => {
    const src = safePngDataUrl(frame);
    const flagged = Number.isFinite(threshold) && values[i] > threshold;
    return h('li', { class: flagged ? 'flagged' : null },
      src ? h('img', { src, alt: `frame ${i}${flagged ? ', above the threshold' : ''}` }) : null,
      `${i}${flagged ? ' !' : ''}`);
  }));
}

/** A plausibility report: verdict line, plot and (when frames are known) filmstrip. */
export function plausibilityView(report, frames) {
  const verdict = String(report?.verdict || 'unknown');
  return h('figure', { class: 'attachment plausibility', 'data-kind': 'plausibility' },
    h('p', { class: 'verdict', 'data-verdict': verdict },
      `Verdict: ${verdict} — peak surprise ${fmt(report?.max)} (mean ${fmt(report?.mean)}), threshold ${fmt(report?.threshold)}`
      + (report?.breakFrame === null || report?.breakFrame === undefined ? '' : `; breaks at frame ${report.breakFrame}`)),
    surprisePlot(report),
    frames && frames.length ? filmstrip(frames, report) : null);
}

/** A plan: the server's drawing of the trajectory, and a summary line. */
export function planView(plan) {
  const src = safePngDataUrl(plan?.image);
  const points = Array.isArray(plan?.trajectory) ? plan.trajectory.length : 0;
  const summary = [
    plan?.success === undefined ? null : plan.success ? 'Reached the goal' : 'Did not reach the goal',
    Number.isFinite(num(plan?.steps)) ? `${plan.steps} steps` : null,
    Number.isFinite(num(plan?.finalDistance)) ? `final distance ${fmt(plan.finalDistance)}` : null,
    plan?.planning && Number.isFinite(num(plan.planning.medianMs)) ? `replanning ${fmt(plan.planning.medianMs, 0)} ms median` : null,
    points ? `${points} points` : null,
  ].filter(Boolean).join(' · ');
  return h('figure', { class: 'attachment plan', 'data-kind': 'plan' },
    src ? h('img', { class: 'plan-image', src, alt: `Planned path in the two-rooms arena: ${summary}` }) : null,
    h('figcaption', {}, summary || 'Plan'));
}

/** One attachment of a chat reply, by kind; unknown kinds are named, not guessed at. */
export function attachmentView(attachment) {
  const data = attachment?.data;
  if (attachment?.kind === 'plan') return planView(data);
  if (attachment?.kind === 'plausibility') return plausibilityView(data, data?.frames);
  return h('p', { class: 'attachment hint' }, `(${attachment?.kind || 'unknown'} attachment)`);
}
