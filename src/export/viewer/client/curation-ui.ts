// The curation panel: "Same as…", "Not the same as…", "Change type", "Not an entity", the edit list, the download.
import type { ViewerGraph } from './data.js';
import { el } from './dom.js';
import { type CurationEdit, curationYaml, describeEdit, REBUILD_COMMAND } from './curation.js';
import { bindSearch } from './search.js';

const ENTITY_KINDS = ['Person', 'Organization', 'Location'];

/** Holds the page's curation edits; `actions(node)` is the panel section, `box` the edit list (persistent). */
export class Curation {
  readonly edits: CurationEdit[] = [];
  readonly box = el('section', { id: 'kg-curation', class: 'curation' });

  constructor(private readonly graph: ViewerGraph) {
    this.renderBox();
  }

  /** Adds an edit (an identical one is not added twice) and redraws the list. */
  add(edit: CurationEdit): void {
    const key = JSON.stringify(edit);
    if (!this.edits.some((e) => JSON.stringify(e) === key)) this.edits.push(edit);
    this.renderBox();
  }

  /** The YAML file of the current edits. */
  yaml(): string {
    return curationYaml(this.edits);
  }

  /** The four actions for an entity node, with an inline picker for the two that need a second node. */
  actions(node: string): HTMLElement {
    const a = this.graph.getNodeAttributes(node);
    const picker = el('div', { class: 'picker' });
    const pick = (label: string, then: (other: string) => void) => () => {
      const input = el('input', { type: 'search', id: 'kg-cur-search', placeholder: label, autocomplete: 'off' });
      const list = el('ul', { class: 'suggest', role: 'listbox', hidden: '' });
      picker.replaceChildren(el('div', { class: 'search' }, input, list));
      bindSearch(input, list, this.graph, (other) => {
        picker.replaceChildren();
        if (other !== node) then(other);
      });
      input.focus();
    };
    const label = (n: string) => this.graph.getNodeAttribute(n, 'label');
    const button = (id: string, text: string, onClick: () => void) => {
      const b = el('button', { type: 'button', id, class: 'more' }, text);
      b.addEventListener('click', onClick);
      return b;
    };
    const type = el('select', { id: 'kg-cur-type', 'aria-label': 'Change type' }, el('option', { value: '' }, 'Change type…'));
    for (const k of ENTITY_KINDS.filter((k) => k !== a.kind)) type.append(el('option', { value: k }, k));
    type.addEventListener('change', () => type.value && this.add({ op: 'type', name: a.label, type: type.value }));
    return el(
      'section',
      { class: 'curate' },
      el('h2', {}, 'Curate'),
      el(
        'div',
        { class: 'actions' },
        button('kg-cur-same', 'Same as…', pick('Same as which node?', (o) => this.add({
          op: 'merge', keep: a.label, keepType: a.kind, other: label(o), otherAliases: this.graph.getNodeAttribute(o, 'aliases'),
        }))),
        button('kg-cur-distinct', 'Not the same as…', pick('Not the same as which node?', (o) => this.add({ op: 'distinct', a: a.label, b: label(o) }))),
        type,
        button('kg-cur-drop', 'Not an entity', () => this.add({ op: 'drop', name: a.label })),
      ),
      picker,
    );
  }

  private renderBox(): void {
    if (!this.edits.length) {
      this.box.replaceChildren();
      this.box.hidden = true;
      return;
    }
    this.box.hidden = false;
    const items = this.edits.map((e, i) => {
      const undo = el('button', { type: 'button', class: 'more', 'aria-label': 'Remove this edit' }, '×');
      undo.addEventListener('click', () => {
        this.edits.splice(i, 1);
        this.renderBox();
      });
      return el('li', {}, describeEdit(e), ' ', undo);
    });
    const download = el('button', { type: 'button', id: 'kg-cur-download' }, 'Download curation.yaml');
    download.addEventListener('click', () => this.download());
    this.box.replaceChildren(
      el('h2', {}, `Curation edits (${this.edits.length})`),
      el('ul', { class: 'plain' }, ...items),
      download,
      el('p', { class: 'meta' }, 'Then rebuild: ', el('code', {}, REBUILD_COMMAND)),
    );
  }

  private download(): void {
    const url = URL.createObjectURL(new Blob([this.yaml()], { type: 'application/yaml' }));
    const a = el('a', { href: url, download: 'curation.yaml' });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }
}
