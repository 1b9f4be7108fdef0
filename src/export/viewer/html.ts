// The page skeleton: header, filter column, graph stage, side panel; the client script fills them in.
import { escapeHtml } from './escape.js';
import { VIEWER_CSS } from './styles.js';

/** The three inlined parts of the page. */
export interface PageParts {
  title: string;
  /** JSON already escaped for a script element. */
  dataJson: string;
  /** The client bundle, already checked not to break its script element. */
  clientJs: string;
  /** CSP source allowing exactly that bundle, e.g. `'sha256-…'`. */
  scriptHash: string;
}

/** Assembles the page; every dynamic string passed here is escaped or pre-checked. */
export function pageHtml(parts: PageParts): string {
  const title = escapeHtml(parts.title);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src ${parts.scriptHash}; worker-src blob:; style-src 'unsafe-inline'; img-src data: blob:">
<title>${title}</title>
<style>${VIEWER_CSS}</style>
</head>
<body>
<header>
<h1 id="kg-title">${title}</h1>
<span id="kg-stats"></span>
<div class="search" role="combobox" aria-haspopup="listbox" aria-owns="kg-suggest">
<input id="kg-search" type="search" placeholder="Search people, organizations, places, articles…" autocomplete="off" aria-autocomplete="list" aria-controls="kg-suggest" aria-label="Search entities">
<ul id="kg-suggest" class="suggest" role="listbox" hidden></ul>
</div>
<div class="controls">
<label>Color <select id="kg-color" aria-label="Color nodes by"><option value="type">type</option><option value="community">community</option></select></label>
<label>Size <select id="kg-size" aria-label="Size nodes by"><option value="degree">degree</option><option value="pagerank">PageRank</option></select></label>
<button id="kg-map-toggle" type="button" aria-pressed="false" title="Places at their coordinates on a world outline">Map</button>
<button id="kg-path" type="button" aria-pressed="false" title="Shortest chains of facts between two entities">Path finder</button>
<button id="kg-layout" type="button" aria-pressed="false">Run layout</button>
<button id="kg-filters-toggle" type="button" aria-pressed="true" aria-controls="kg-filters">Filters</button>
<button id="kg-reset" type="button" title="Clear selection and filters">Reset</button>
</div>
</header>
<main>
<aside id="kg-filters" aria-label="Filters"></aside>
<div id="kg-stage"><div id="kg-sigma"></div><div id="kg-tooltip" role="tooltip" hidden></div></div>
<aside id="kg-panel" aria-label="Details" aria-live="polite"><p class="hint">Search or click a node to see its relations and the sentences that support them. Press Escape to clear the selection.</p></aside>
</main>
<script type="application/json" id="kg-data">${parts.dataJson}</script>
<script>${parts.clientJs}</script>
</body>
</html>
`;
}
