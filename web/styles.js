// The widget's styles, adopted into its shadow root: a <style> element would
// be blocked by a strict `style-src 'self'`, a constructed sheet is not.
// One sheet is shared by every <messenger-fit> on the page.
//
// This sheet styles the first screen (browse, settings, share bar, errors)
// and what other views reuse from it (cards, facts, buttons). The quiz,
// compare and "what changed" each keep their own rules in
// views/<view>-styles.js, adopted after this sheet when the view is first
// shown. Those rules select only their own view's elements, so adding them
// never changes how anything else looks.
//
// Theming — set these on the element (or any ancestor); each has a light and
// a dark default that follows prefers-color-scheme:
//   --mf-font          font family              --mf-radius       corner radius
//   --mf-font-size     base size (default: the reader's browser setting)
//   --mf-bg            widget background        --mf-surface      card background
//   --mf-text          body text                --mf-muted        secondary text
//   --mf-border        hairlines                --mf-accent       buttons, links, focus
//   --mf-accent-text   text on --mf-accent      --mf-max-width    widget width cap
//   --mf-pass / --mf-fail / --mf-unknown / --mf-disputed   verdict colours
//     (always paired with a glyph and a word, never colour alone)
// Parts: root header nav settings status notice view footer filters
//   filter-group cards card card-unfit tier-badge why dispute source-link
//   status-pass status-fail status-unknown status-disputed compare-picker compare-legend
//   compare-table quiz quiz-result profile-diff timeline share credits error
// (docs/embedding.md is the embedders' copy of this contract; a test keeps them equal)
//
// Sizes are in em, not rem: the host page's root font size must not reach in.

const CSS = `
:host { display: block; }
:host([hidden]) { display: none; }

.mf {
  /* Inherited properties stop at the widget: the host page's fonts, colours,
     letter-spacing or text-transform must not leak in. */
  all: initial;
  display: block;
  box-sizing: border-box;
  max-inline-size: var(--mf-max-width, 76em);
  margin-inline: auto;
  padding: 1.25em;
  font-family: var(--mf-font, system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Ubuntu, sans-serif);
  /* medium is the reader's own default size; 1em would take the host's. */
  font-size: var(--mf-font-size, medium);
  line-height: 1.5;
  color: var(--c-text);
  background: var(--c-bg);
  border-radius: var(--mf-radius, 0.75em);
  -webkit-text-size-adjust: 100%;
  color-scheme: light;

  --c-bg: var(--mf-bg, #ffffff);
  --c-surface: var(--mf-surface, #f6f7f9);
  --c-text: var(--mf-text, #1b1f24);
  --c-muted: var(--mf-muted, #4d5560);
  --c-border: var(--mf-border, #d3d8df);
  --c-control: #6b7480;
  --c-accent: var(--mf-accent, #2748b8);
  --c-accent-text: var(--mf-accent-text, #ffffff);
  --c-accent-soft: #e9edfb;
  --c-pass: var(--mf-pass, #166a36);
  --c-pass-soft: #e6f4ea;
  --c-fail: var(--mf-fail, #a8221a);
  --c-fail-soft: #fbe9e7;
  --c-unknown: var(--mf-unknown, #7f4a00);
  --c-unknown-soft: #fdf1dc;
  --c-disputed: var(--mf-disputed, #643aa8);
  --c-disputed-soft: #f1eafb;
  --c-focus: var(--mf-accent, #2748b8);
  --radius: var(--mf-radius, 0.75em);
}

@media (prefers-color-scheme: dark) {
  .mf {
    color-scheme: dark;
    --c-bg: var(--mf-bg, #121418);
    --c-surface: var(--mf-surface, #1b1f26);
    --c-text: var(--mf-text, #e7e9ec);
    --c-muted: var(--mf-muted, #aeb6c1);
    --c-border: var(--mf-border, #39414c);
    --c-control: #8d97a4;
    --c-accent: var(--mf-accent, #98b1ff);
    --c-accent-text: var(--mf-accent-text, #0b1330);
    --c-accent-soft: #1f2a4d;
    --c-pass: var(--mf-pass, #79d597);
    --c-pass-soft: #16301f;
    --c-fail: var(--mf-fail, #ff9d93);
    --c-fail-soft: #3a1b19;
    --c-unknown: var(--mf-unknown, #f0b660);
    --c-unknown-soft: #33260f;
    --c-disputed: var(--mf-disputed, #cdb0ff);
    --c-disputed-soft: #2a2140;
    --c-focus: var(--mf-accent, #98b1ff);
  }
}

.mf *, .mf *::before, .mf *::after { box-sizing: border-box; }
/* Catalogue text can be anything, including one 10 000-character word: it
   wraps inside its box rather than widening the host page. */
.mf { overflow-wrap: break-word; }
.mf :where(.browse, .cards, .card, .card-head, .results) > * { min-inline-size: 0; }
.card-name bdi, .fact, .card-desc, .unmet li, .why > summary,
.timeline-link .link-button { overflow-wrap: anywhere; }
.mf :where(h2, h3, h4, h5, p, ul, ol, fieldset, legend, figure, table) { margin: 0; padding: 0; }
.mf :where(h2, h3, h4, h5) { line-height: 1.25; font-weight: 650; }
.mf :where(ul, ol) { list-style: none; }
.mf :where(button, input, select) { font: inherit; color: inherit; }
.mf :where(fieldset) { border: 0; min-inline-size: 0; }
.mf a { color: var(--c-accent); text-underline-offset: 0.15em; }
.mf a:hover { text-decoration-thickness: 2px; }
.mf code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: 0.9375em; }
.mf bdi { unicode-bidi: isolate; }
.visually-hidden {
  position: absolute !important; inline-size: 1px; block-size: 1px; overflow: hidden;
  clip-path: inset(50%); white-space: nowrap;
}

.mf :focus-visible {
  outline: 3px solid var(--c-focus);
  outline-offset: 2px;
  border-radius: 0.25em;
}
.mf [tabindex="-1"]:focus { outline: none; }
.mf [tabindex="-1"]:focus-visible { outline: 3px solid var(--c-focus); }

/* ---- header, views, settings ------------------------------------------- */
.top {
  display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between;
  gap: 0.75em 1.5em; margin-block-end: 0.75em;
}
.title { font-size: 1.35em; letter-spacing: -0.01em; }
.top-controls { display: flex; flex-wrap: wrap; align-items: center; gap: 0.75em 1em; }
.top-controls .lang { display: flex; align-items: center; gap: 0.5em; }
.top-controls .lang .setting-label { margin: 0; }
.views {
  display: inline-flex; padding: 0.25em; gap: 0.25em;
  background: var(--c-surface); border: 1px solid var(--c-border); border-radius: 999px;
}
.view-button {
  min-block-size: 2.5em; min-inline-size: 5.5em; padding: 0.35em 1.1em;
  border: 0; border-radius: 999px; background: transparent; cursor: pointer; font-weight: 550;
}
.view-button:hover { background: var(--c-accent-soft); }
.view-button[aria-current="true"] { background: var(--c-accent); color: var(--c-accent-text); }

.settings { margin-block-end: 0.75em; }
.settings > summary {
  display: flex; align-items: center; gap: 0.5em; min-block-size: 2.75em; cursor: pointer;
  list-style: none; font-size: 0.9375em; font-weight: 600;
  padding: 0.4em 0.9em; background: var(--c-surface); border: 1px solid var(--c-border); border-radius: var(--radius);
}
.settings[open] > summary { margin-block-end: 0.5em; }
.settings > summary::-webkit-details-marker { display: none; }
.settings-body {
  display: flex; flex-wrap: wrap; align-items: flex-start; gap: 0.75em 2em; padding-block: 0.25em 0.9em;
}
@media (min-width: 52em) {
  .settings { border-block: 1px solid var(--c-border); }
  .settings > summary { display: none; }
  .settings-body { padding-block-start: 0.75em; }
}
.setting { display: grid; gap: 0.35em; }
.setting legend, .setting-label { font-size: 0.875em; font-weight: 600; color: var(--c-muted); padding: 0; margin-block-end: 0.35em; }
.profile-help { flex: 1 1 16em; font-size: 0.8125em; align-self: center; max-inline-size: 36em; }
.segmented {
  display: inline-flex; flex-wrap: wrap; gap: 0.25em; padding: 0.2em;
  border: 1px solid var(--c-control); border-radius: 0.6em;
}
.segment { position: relative; display: inline-flex; }
.segment input {
  position: absolute; inset: 0; inline-size: 100%; block-size: 100%;
  margin: 0; opacity: 0; cursor: pointer;
}
.segment span {
  display: inline-flex; align-items: center; min-block-size: 2.25em; padding: 0.25em 0.85em;
  border-radius: 0.45em; font-size: 0.9375em;
}
.segment:hover span { background: var(--c-accent-soft); }
.segment input:checked + span { background: var(--c-accent); color: var(--c-accent-text); font-weight: 600; }
.segment:has(input:focus-visible) span { outline: 3px solid var(--c-focus); outline-offset: 2px; }
.lang select {
  min-block-size: 2.5em; padding: 0.25em 0.6em; border-radius: 0.5em;
  border: 1px solid var(--c-control); background: var(--c-bg);
}

.status { font-weight: 600; margin-block: 0 0.75em; min-block-size: 1.5em; }
.notice {
  margin-block-end: 1em; padding: 0.6em 0.9em; border-inline-start: 4px solid var(--c-unknown);
  background: var(--c-unknown-soft); border-radius: 0.4em; font-size: 0.9375em;
}
.hint { color: var(--c-muted); font-size: 0.9375em; }

/* ---- controls ---------------------------------------------------------- */
.button {
  display: inline-flex; align-items: center; justify-content: center;
  min-block-size: 2.75em; padding: 0.4em 1.2em; border-radius: 0.6em;
  border: 1px solid var(--c-accent); cursor: pointer; font-weight: 600;
}
.button.secondary { background: transparent; color: var(--c-accent); }
.button.secondary:hover { background: var(--c-accent-soft); }
.link-button {
  min-block-size: 1.5em; padding: 0; border: 0; background: none; cursor: pointer;
  color: var(--c-accent); text-decoration: underline; text-underline-offset: 0.15em; font-size: 0.9375em;
}
.check, .radio {
  display: flex; align-items: flex-start; gap: 0.6em; cursor: pointer; padding-block: 0.3em;
}
.check input, .radio input {
  flex: none; inline-size: 1.5em; block-size: 1.5em; margin: 0; accent-color: var(--c-accent); cursor: pointer;
}
.check span, .radio span { padding-block-start: 0.05em; }

/* ---- browse ------------------------------------------------------------ */
.browse { display: grid; gap: 1.25em; }
@media (min-width: 52em) {
  .browse { grid-template-columns: minmax(15em, 19em) 1fr; align-items: start; }
}
.filters {
  background: var(--c-surface); border: 1px solid var(--c-border); border-radius: var(--radius);
  padding: 0.25em 1em;
}
.filters > summary {
  display: flex; align-items: center; gap: 0.5em; min-block-size: 2.75em; cursor: pointer; list-style: none;
}
.filters > summary::-webkit-details-marker { display: none; }
.filters > summary::before, .settings > summary::before, .why > summary::before {
  content: ""; inline-size: 0.5em; block-size: 0.5em; flex: none;
  border-inline-end: 2px solid currentColor; border-block-end: 2px solid currentColor;
  transform: rotate(-45deg); margin-inline: 0.15em 0.35em;
}
:is(.filters, .settings, .why)[open] > summary::before { transform: rotate(45deg); margin-block-end: 0.2em; }
.mf[dir="rtl"] :is(.filters, .settings, .why):not([open]) > summary::before { transform: rotate(135deg); }
.summary-heading { font-size: 1.05em; display: flex; align-items: center; gap: 0.5em; flex-wrap: wrap; }
.count-pill {
  font-size: 0.8125em; font-weight: 600; padding: 0.05em 0.6em; border-radius: 999px;
  background: var(--c-accent); color: var(--c-accent-text);
}
.filters-body { display: grid; gap: 1em; padding-block: 0.25em 1em; }
/* Slots the panel refills in place: no box of their own, so an empty one adds no gap. */
.applied-slot, .clear-slot { display: contents; }
.group legend { font-weight: 650; font-size: 0.875em; text-transform: uppercase; letter-spacing: 0.04em; color: var(--c-muted); margin-block-end: 0.25em; }
.from-quiz { color: var(--c-muted); font-size: 0.875em; }
.applied { display: grid; gap: 0.25em; padding: 0.6em 0.75em; border-radius: 0.5em; background: var(--c-accent-soft); font-size: 0.9375em; }
.applied .link-button { justify-self: start; }

.section-heading { font-size: 1.15em; margin-block-end: 0.75em; }
.results { container-type: inline-size; }
.cards { display: grid; gap: 1em; align-items: start; }
/* Two columns when the results area is wide enough: all five cards fit on a desktop screen. */
@container (min-width: 44em) {
  .cards { grid-template-columns: 1fr 1fr; }
  /* An opened "why" needs the room: its card takes the whole row. */
  .cards > li:has(> .card > .why[open]) { grid-column: 1 / -1; }
}

.card {
  display: grid; gap: 0.6em; padding: 1em 1.25em;
  background: var(--c-surface); border: 1px solid var(--c-border); border-radius: var(--radius);
}
.card-dimmed { background: transparent; border-style: dashed; }
.card-dimmed .card-name { color: var(--c-muted); }
.card-head { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: 0.5em 1em; }
.card-name { font-size: 1.25em; display: flex; align-items: baseline; gap: 0.45em; min-inline-size: 0; }
.rank { font-size: 0.75em; font-weight: 600; color: var(--c-muted); }
.card-desc { color: var(--c-text); font-size: 0.9375em; }
.card-dimmed .card-desc { color: var(--c-muted); }

.badge, .chip {
  display: inline-flex; align-items: center; gap: 0.3em; white-space: nowrap;
  padding: 0.1em 0.65em; border-radius: 999px; font-size: 0.875em; font-weight: 600;
  border: 1px solid currentColor;
}
.badge-first { color: var(--c-pass); background: var(--c-pass-soft); }
.badge-other { color: var(--c-accent); background: var(--c-accent-soft); }
.badge-fallback { color: var(--c-fail); background: var(--c-fail-soft); }
.chip { font-size: 0.8125em; padding: 0 0.55em; }
.chip-pass { color: var(--c-pass); background: var(--c-pass-soft); }
.chip-fail { color: var(--c-fail); background: var(--c-fail-soft); }
.chip-unknown { color: var(--c-unknown); background: var(--c-unknown-soft); }
.chip-disputed { color: var(--c-disputed); background: var(--c-disputed-soft); }
.glyph { font-weight: 700; }

.fit { font-weight: 600; }
.fit-yes { color: var(--c-pass); }
.fit-no > p { color: var(--c-fail); }
.unmet { display: grid; gap: 0.15em; margin-block-start: 0.2em; font-weight: 400; }
.unmet li { color: var(--c-text); padding-inline-start: 1em; position: relative; }
.unmet li::before { content: "\\2013"; position: absolute; inset-inline-start: 0; color: var(--c-muted); }

.decided { display: grid; gap: 0.35em; }
.decided-title { font-size: 0.875em; font-weight: 600; color: var(--c-muted); }
.decided-list { display: flex; flex-wrap: wrap; gap: 0.35em 1em; font-size: 0.9375em; }

.why > summary {
  display: inline-flex; align-items: center; min-block-size: 2em; cursor: pointer;
  color: var(--c-accent); font-weight: 600; list-style: none;
}
.why > summary::-webkit-details-marker { display: none; }
.why[open] > summary { margin-block-end: 0.5em; }
.why-body { display: grid; gap: 1em; padding-block-start: 0.75em; border-block-start: 1px solid var(--c-border); }
.reason-kind { font-size: 0.9375em; margin-block-end: 0.4em; }
.reasons { display: grid; gap: 0.6em; }
.reason-head { display: flex; flex-wrap: wrap; align-items: center; gap: 0.25em 0.5em; font-weight: 550; }
.weight { font-size: 0.8125em; color: var(--c-muted); font-weight: 400; }
.facts { display: grid; gap: 0.5em; margin-block-start: 0.3em; padding-inline-start: 0.9em; border-inline-start: 2px solid var(--c-border); }
.fact { font-size: 0.9em; display: grid; gap: 0.15em; }
.fact-attr, .fact-since, .fact-sources, .fact-note { color: var(--c-muted); }
.fact-since { font-size: 0.9375em; }
.fact-flag { color: var(--c-disputed); font-weight: 600; }
.fact-sources { overflow-wrap: anywhere; }
.dispute { display: grid; gap: 0.5em; margin-block-start: 0.3em; }
@media (min-width: 34em) { .dispute { grid-template-columns: 1fr 1fr; } }
.dispute-side { padding: 0.5em 0.75em; border-radius: 0.5em; border: 1px solid var(--c-border); display: grid; gap: 0.15em; }
.dispute-side.other { border-color: var(--c-disputed); background: var(--c-disputed-soft); }
.dispute-title { font-size: 0.875em; font-weight: 600; color: var(--c-muted); }
.dispute-value { font-weight: 600; }

/* A card's way to its timeline in "what changed". */
.timeline-link .link-button { min-block-size: 2em; text-align: start; }
/* An empty state in compare and in "what changed". */
.empty { color: var(--c-muted); }

/* ---- share, credits, errors ------------------------------------------- */
.foot { display: grid; gap: 0.75em; margin-block-start: 1.5em; padding-block-start: 1em; border-block-start: 1px solid var(--c-border); }
.share { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5em 1em; }
.share-note, .credits { font-size: 0.875em; color: var(--c-muted); }
.share-fallback { display: grid; gap: 0.25em; flex: 1 1 20em; }
.share-fallback label { font-size: 0.875em; font-weight: 600; }
.share-fallback input {
  min-block-size: 2.5em; padding: 0.3em 0.6em; border: 1px solid var(--c-control);
  border-radius: 0.5em; background: var(--c-bg); inline-size: 100%;
}
.error-card {
  display: grid; gap: 0.6em; padding: 1em 1.25em; border: 2px solid var(--c-fail);
  border-radius: var(--radius); background: var(--c-fail-soft);
}
.problems { display: grid; gap: 0.4em; }
.problems li { overflow-wrap: anywhere; }
.problem-where { font-weight: 600; }
/* A view's code on its way (views/view-part.js): one quiet line where the view will be. */

@media (max-width: 30em) {
  .mf { padding: 0.9em; }
  .top, .top-controls { flex-direction: column; align-items: stretch; }
  /* Four views do not fit one row on a phone: two by two, never a word cut in half. */
  .views { display: grid; grid-template-columns: 1fr 1fr; border-radius: 1.5em; }
  .view-button { min-inline-size: 0; padding-inline: 0.5em; overflow-wrap: normal; }
  .card { padding: 0.9em 1em; }
}

@media (prefers-reduced-motion: no-preference) {
  .view-button, .button, .segment span { transition: background-color 120ms ease, color 120ms ease; }
}
`;

/**
 * `css` as a constructed sheet, made on the first call (a widget that is
 * never shown parses no CSS) and then shared by every widget on the page.
 */
export function sharedSheet(css) {
  let sheet = null;
  return () => {
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
    }
    return sheet;
  };
}

export const styleSheet = sharedSheet(CSS);
