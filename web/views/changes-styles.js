// "What changed"'s own rules (the profile diff and the timelines), fetched
// with its code and adopted after styles.js's sheet when the view is first
// shown (see the note at the top of styles.js).
import { sharedSheet } from '../styles.js';

const CSS = `
.changes { display: grid; gap: 2em; }
.profile-diff, .timelines { display: grid; gap: 0.75em; container-type: inline-size; }
.profile-diff .section-heading, .timelines .section-heading { margin-block-end: 0; }
.diff-rows { display: grid; gap: 0.75em; }
/* Timelines differ in length: columns (each unbroken) leave no holes. */
.timeline-grid { columns: 2 24em; column-gap: 1em; }
.timeline-grid > .timeline { break-inside: avoid; margin-block-end: 1em; }
.diff-row > section, .timeline {
  display: grid; gap: 0.6em; padding: 1em 1.25em;
  background: var(--c-surface); border: 1px solid var(--c-border); border-radius: var(--radius);
}
.diff-flipped > section { border-color: var(--c-accent); border-inline-start-width: 4px; }
.timeline { container-type: inline-size; }
.diff-head { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5em 1.5em; }
.diff-name { flex: 1 0 8em; }
@container (min-width: 44em) {
  .diff-head { display: grid; grid-template-columns: minmax(8em, 14em) 1fr auto; }
}
.diff-name, .timeline-name { font-size: 1.2em; }
.diff-verdict {
  justify-self: end;
  font-size: 0.875em; font-weight: 600; padding: 0.05em 0.65em; border-radius: 999px;
  border: 1px solid var(--c-border); color: var(--c-muted);
}
.diff-flipped .diff-verdict { border-color: var(--c-accent); color: var(--c-accent); background: var(--c-accent-soft); }
.diff-tiers { display: flex; flex-wrap: wrap; gap: 0.5em 1.5em; margin: 0; }
.diff-tiers > div { display: grid; gap: 0.2em; }
.diff-tiers dt { font-size: 0.8125em; font-weight: 600; color: var(--c-muted); }
.diff-tiers dd { margin: 0; }
.diff-fits { font-weight: 600; }
.diff-because { display: grid; gap: 0.4em; padding-block-start: 0.6em; border-block-start: 1px solid var(--c-border); }
.diff-because-title { font-size: 0.875em; font-weight: 600; color: var(--c-muted); }
.diff-criteria { display: grid; gap: 0.75em; }
.diff-criterion { display: grid; gap: 0.25em; }
.diff-criterion-name { font-weight: 650; }
.diff-sides { display: grid; gap: 0.2em; font-size: 0.9375em; }

.timeline-list { display: grid; gap: 1em; padding-inline-start: 1em; border-inline-start: 2px solid var(--c-border); }
.timeline-entry { position: relative; display: grid; gap: 0.2em; font-size: 0.9375em; }
.timeline-entry::before {
  content: ""; position: absolute; inset-inline-start: calc(-1em - 6px); inset-block-start: 0.4em;
  inline-size: 10px; block-size: 10px; border-radius: 50%; background: var(--c-surface); border: 2px solid var(--c-control);
}
.timeline-current::before { background: var(--c-accent); border-color: var(--c-accent); }
.timeline-date { font-weight: 650; }
.timeline-attr { color: var(--c-muted); font-weight: 600; }
.timeline-change { display: flex; flex-wrap: wrap; align-items: baseline; gap: 0.1em 0.4em; }
.timeline-before { color: var(--c-muted); }
.timeline-other { color: var(--c-disputed); font-weight: 600; font-size: 0.9375em; }
.timeline-arrow { display: inline-block; color: var(--c-muted); }
/* The arrow points from the old value to the new one, whichever way text runs. */
.mf[dir="rtl"] .timeline-arrow { transform: scaleX(-1); }
.timeline-now {
  justify-self: start; font-size: 0.8125em; font-weight: 600; padding: 0 0.55em; border-radius: 999px;
  color: var(--c-accent); background: var(--c-accent-soft); border: 1px solid currentColor;
}
.timeline .dispute { grid-template-columns: 1fr; }
@container (min-width: 30em) { .timeline .dispute { grid-template-columns: 1fr 1fr; } }
.diff-name bdi, .timeline-name bdi, .timeline-entry { overflow-wrap: anywhere; }
`;

export const changesStyles = sharedSheet(CSS);
