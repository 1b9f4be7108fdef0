// The "View" controls of the filter column: minimum connections, label density, focus depth, confidence.
import type { ViewerPayload } from '../payload.js';
import { el } from './dom.js';
import type { ViewState } from './state.js';

type Patch = (patch: Partial<ViewState>) => void;

/** A labelled range input that reports its value as a number and shows it beside the label. */
function slider(id: string, label: string, min: number, max: number, step: number, onPick: (v: number) => void) {
  const input = el('input', { type: 'range', id, min: String(min), max: String(max), step: String(step) });
  const out = el('output', { for: id });
  input.addEventListener('input', () => {
    out.textContent = input.value;
  });
  input.addEventListener('change', () => onPick(Number(input.value)));
  const root = el('label', { class: 'range' }, el('span', {}, label, ' ', out), input);
  return {
    root,
    set(v: number) {
      input.value = String(v);
      out.textContent = String(v);
    },
  };
}

/** Builds the View section; `sync` writes a state into it. */
export function viewControls(p: ViewerPayload, onChange: Patch) {
  const minDegree = slider('kg-f-degree', 'Minimum connections', 0, 10, 1, (v) => onChange({ minDegree: v }));
  const labels = slider('kg-f-labels', 'Label density', 1, 5, 1, (v) => onChange({ labels: v }));
  const depth = el(
    'select',
    { id: 'kg-f-depth', 'aria-label': 'Neighbourhood depth' },
    el('option', { value: '1' }, 'Neighbours'),
    el('option', { value: '2' }, 'Neighbours of neighbours'),
  );
  depth.addEventListener('change', () => onChange({ depth: Number(depth.value) }));
  const confidence = slider('kg-f-confidence', 'Minimum confidence', 0, 1, 0.05, (v) => onChange({ minConfidence: v }));
  const hasConfidence = p.edges.some((e) => e[9] && e[9].c !== undefined);
  confidence.root.hidden = !hasConfidence;
  const root = el(
    'div',
    {},
    el('h2', {}, 'View'),
    minDegree.root,
    labels.root,
    el('label', { class: 'range' }, el('span', {}, 'Around the selection'), depth),
    confidence.root,
  );
  return {
    root,
    sync(s: ViewState) {
      minDegree.set(s.minDegree);
      labels.set(s.labels);
      depth.value = String(s.depth);
      confidence.set(s.minConfidence);
    },
  };
}
