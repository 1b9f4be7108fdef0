// The viewer's stylesheet, inlined into the page (system fonts only: the page must work offline).

/** CSS of the viewer page. */
export const VIEWER_CSS = `
:root{--bg:#f6f7f9;--panel:#fff;--ink:#1f2430;--muted:#5d6675;--line:#dde1e7;--accent:#2f6fdf;--mark:#ffe58a;
--font:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
*{box-sizing:border-box}
html,body{margin:0;height:100%;background:var(--bg);color:var(--ink);font:14px/1.45 var(--font)}
body{display:grid;grid-template-rows:auto 1fr;overflow:hidden}
button,select,input{font:inherit;color:inherit}
button,select{background:#fff;border:1px solid var(--line);border-radius:6px;padding:4px 10px;cursor:pointer}
button:hover,select:hover{border-color:#b8c0cc}
button[aria-pressed="true"]{background:#e8f0ff;border-color:var(--accent);color:var(--accent)}
:focus-visible{outline:2px solid var(--accent);outline-offset:1px}
header{display:flex;align-items:center;gap:16px;padding:8px 14px;background:var(--panel);border-bottom:1px solid var(--line);flex-wrap:wrap}
header h1{font-size:16px;margin:0;white-space:nowrap;overflow:hidden;text-overflow:ellipsis;max-width:28vw}
#kg-stats{color:var(--muted);font-size:12px;white-space:nowrap}
.search{position:relative;flex:1;min-width:220px;max-width:460px}
.search input{width:100%;padding:6px 10px;border:1px solid var(--line);border-radius:6px;background:#fff}
.suggest{position:absolute;z-index:20;left:0;right:0;top:100%;margin:2px 0 0;padding:4px 0;list-style:none;background:#fff;
border:1px solid var(--line);border-radius:6px;box-shadow:0 6px 20px rgba(0,0,0,.12);max-height:60vh;overflow:auto}
.suggest[hidden]{display:none}
.suggest li{padding:5px 10px;cursor:pointer;display:flex;gap:8px;align-items:center}
.suggest li[aria-selected="true"],.suggest li:hover{background:#eef3ff}
.suggest .alias{color:var(--muted);font-size:12px}
.controls{display:flex;gap:8px;align-items:center;flex-wrap:wrap}
.controls label{color:var(--muted);font-size:12px;display:flex;gap:4px;align-items:center}
main{display:grid;grid-template-columns:auto 1fr minmax(300px,380px);min-height:0}
#kg-filters{width:250px;overflow:auto;background:var(--panel);border-right:1px solid var(--line);padding:10px 14px}
#kg-filters[hidden]{display:none}
#kg-filters h2,#kg-panel h2{font-size:12px;text-transform:uppercase;letter-spacing:.04em;color:var(--muted);margin:14px 0 6px}
#kg-filters h2:first-child{margin-top:0}
.check{display:flex;align-items:center;gap:6px;padding:2px 0;cursor:pointer;font-size:13px}
.check .count{margin-left:auto;color:var(--muted);font-size:12px}
.swatch{display:inline-block;width:10px;height:10px;border-radius:50%;flex:none}
#kg-filters select{width:100%;margin:2px 0 6px}
.range{display:grid;gap:2px}
.range input{width:100%}
.range output{font-size:12px;color:var(--muted)}
#kg-stage{position:relative;min-width:0;min-height:0}
#kg-sigma{position:absolute;inset:0}
#kg-legend{font-size:12px;margin-bottom:4px}
#kg-legend strong{display:block;font-size:12px;text-transform:uppercase;letter-spacing:.04em;color:var(--muted);font-weight:600;margin:0 0 6px}
#kg-legend div{display:flex;align-items:center;gap:6px;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
#kg-map{position:absolute;inset:0;pointer-events:none}
#kg-map[hidden]{display:none}
.range span{font-size:12px;color:var(--muted)}
.range[hidden]{display:none}
.suggest .nomatch{color:var(--muted);cursor:default;background:none}
#kg-panel .search{max-width:none;margin:6px 0}
#kg-panel .search input{width:100%;padding:5px 8px;border:1px solid var(--line);border-radius:6px}
.curate .actions{display:flex;flex-wrap:wrap;gap:6px;align-items:center}
.curate select{font-size:12px;padding:1px 6px}
.curation{margin-top:16px;padding-top:8px;border-top:1px solid var(--line)}
.curation[hidden]{display:none}
.curation code{font-size:12px;background:#f0f2f5;padding:1px 4px;border-radius:3px;overflow-wrap:anywhere}
.tag{font-size:11px;background:#f0f2f5;border-radius:3px;padding:0 5px;margin-left:6px;color:var(--muted)}
.path{border-top:1px solid var(--line);padding-top:6px;margin-top:8px}
.nomatch{color:var(--muted)}
#kg-tooltip{position:absolute;pointer-events:none;background:#1f2430;color:#fff;font-size:12px;padding:4px 8px;border-radius:4px;z-index:10}
#kg-tooltip[hidden]{display:none}
#kg-panel{overflow:auto;background:var(--panel);border-left:1px solid var(--line);padding:12px 16px}
#kg-panel .hint{color:var(--muted)}
#kg-panel h3{font-size:18px;margin:4px 0 2px;overflow-wrap:anywhere}
.badge{display:inline-flex;align-items:center;gap:5px;font-size:12px;color:var(--muted)}
.meta{color:var(--muted);font-size:12px;margin:2px 0}
.group{margin:8px 0 12px}
.group h4{margin:6px 0;font-size:13px}
.rel{border-left:3px solid var(--line);padding:2px 0 2px 8px;margin:6px 0}
.ent{background:none;border:none;padding:0;color:var(--accent);cursor:pointer;text-align:left;overflow-wrap:anywhere}
.ent:hover{text-decoration:underline}
.ev{margin:4px 0;font-size:13px}
.ev q{quotes:"\\201C" "\\201D"}
.ev .src{display:block;color:var(--muted);font-size:12px}
mark{background:var(--mark);border-radius:2px;padding:0 1px}
.more{font-size:12px;padding:1px 8px;margin:2px 0}
ul.plain{list-style:none;padding:0;margin:0}
ul.plain li{margin:3px 0}
@media (max-width:900px){body{overflow:auto;grid-template-rows:auto auto}main{grid-template-columns:1fr}
#kg-filters{width:auto;border-right:none;border-bottom:1px solid var(--line)}#kg-stage{height:70vh}#kg-panel{border-left:none;border-top:1px solid var(--line)}}
`;
