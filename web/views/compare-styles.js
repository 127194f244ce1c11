// Compare's own rules (the picker and the two tables), fetched with its code
// and adopted after styles.js's sheet when compare is first shown (see the
// note at the top of styles.js).
import { sharedSheet } from '../styles.js';

const CSS = `
.compare { display: grid; gap: 1em; }
.picker legend { font-weight: 600; margin-block-end: 0.4em; }
.picker-options { display: flex; flex-wrap: wrap; gap: 0.25em 1.5em; }
.legend { display: flex; flex-wrap: wrap; align-items: center; gap: 0.4em; font-size: 0.9375em; color: var(--c-muted); }
.table-scroll {
  overflow-x: auto; border: 1px solid var(--c-border); border-radius: var(--radius);
  background: var(--c-bg);
}
.grid { border-collapse: separate; border-spacing: 0; inline-size: 100%; font-size: 0.9375em; }
.grid caption { text-align: start; font-weight: 650; font-size: 1.05em; padding: 0.75em 1em; caption-side: top; }
.grid th, .grid td { padding: 0.55em 0.8em; text-align: start; vertical-align: top; border-block-start: 1px solid var(--c-border); }
.grid thead th { font-weight: 650; background: var(--c-surface); min-inline-size: 9em; }
.grid th[scope="row"] {
  position: sticky; inset-inline-start: 0; z-index: 1; font-weight: 550;
  background: var(--c-bg); min-inline-size: 10em; max-inline-size: 16em;
  border-inline-end: 1px solid var(--c-border);
}
.grid .corner { position: sticky; inset-inline-start: 0; z-index: 2; background: var(--c-surface); border-inline-end: 1px solid var(--c-border); }
.group-label { position: sticky; inset-inline-start: 0.8em; }
.group-row th {
  background: var(--c-surface); font-size: 0.8125em; text-transform: uppercase;
  letter-spacing: 0.04em; color: var(--c-muted); font-weight: 650;
}
.cell { white-space: normal; }
.cell-pass { color: var(--c-pass); background: var(--c-pass-soft); font-weight: 600; }
.cell-fail { color: var(--c-fail); background: var(--c-fail-soft); font-weight: 600; }
.cell-unknown { color: var(--c-unknown); background: var(--c-unknown-soft); }
.cell-disputed { background: var(--c-disputed-soft); }
.fact-cell { display: table-cell; }
.fact-cell .fact-value { display: block; }
.fact-cell .fact-since, .fact-cell .fact-other { display: block; font-size: 0.875em; }
.fact-cell .fact-other { color: var(--c-disputed); font-weight: 600; }
.fact-cell .fact-sources { font-size: 0.8125em; margin-block-start: 0.2em; }
.fact-cell.cell-unknown .fact-sources { color: var(--c-unknown); }
.picker bdi { overflow-wrap: anywhere; }

@media (max-width: 30em) {
  .grid th[scope="row"] { min-inline-size: 7.5em; }
  .grid thead th { min-inline-size: 7.5em; }
}
`;

export const compareStyles = sharedSheet(CSS);
