// <messenger-fit>: owns the state, asks the engine, renders the views.
// State changes go through #update(), which asks the engine again, updates
// the current view in place (only the parts whose inputs changed: keyed.js,
// views/view-part.js), puts focus back where it was, announces the count in
// the one status region and tells the host page through an `mf-change`
// event. The URL fragment is written only when the person shares (copy link).
import { h, setText } from './dom.js';
import { messagesFor, negotiateLang, LANGS } from './i18n.js';
import { engineFor, LoadFailure } from './engine-source.js';
import {
  vocabularyOf, defaultState, cloneState, encodeState, decodeState, VIEWS,
} from './share-state.js';
import { requestOf, answersAsFilters } from './request.js';
import { profileLabel } from './format.js';
import { styleSheet } from './styles.js';
import { viewPart, viewSheet, viewDetail } from './views/view-part.js';
import { renderKeyed, forgetKeyed } from './keyed.js';
import { settingsBar, languagePicker } from './views/settings.js';
import { shareBar, credits } from './views/share-bar.js';
import { errorCard } from './views/error-card.js';

let instanceCount = 0;
let firstCardsMarked = false;

// Wide enough for filters beside the cards: open the filter panel by default.
const WIDE = '(min-width: 52rem)';

export class MessengerFit extends HTMLElement {
  static observedAttributes = ['view', 'profile', 'lang', 'data-src'];

  #root;
  #els = null;
  #idPrefix;
  #msgs = null;
  #engine = null;
  #catalogue = null;
  #vocab = null;
  #state = null;
  #request = null;
  #result = null;
  // What #result answers: the engine, the request as text and the day it
  // was asked on (a request without as_of means today).
  #asked = null;
  #detail = null;
  #facts = null;  // the engine's facts table for one date: {asOf, byId}
  #notice = '';
  #boots = 0;
  #langChosen = false;
  #ui = {
    expanded: new Set(), filtersOpen: true, settingsOpen: true, pendingImportant: new Set(), fallbackLink: '',
  };
  #wide = null;
  // The kept view part and what it was built for; `#epoch` counts changes of
  // language or catalogue, after which every part is rebuilt.
  #part = null;
  #epoch = { msgs: null, catalogue: null, n: 0 };
  // Id → entry maps of the catalogue, made once per catalogue.
  #lookups = null;

  constructor() {
    super();
    this.#idPrefix = `mf${++instanceCount}`;
    this.#root = this.attachShadow({ mode: 'open' });
    this.#root.adoptedStyleSheets = [styleSheet()];
  }

  connectedCallback() {
    window.addEventListener('hashchange', this.#onHashChange);
    if (this.#els) return;
    this.#wide = window.matchMedia(WIDE);
    this.#ui.filtersOpen = this.#wide.matches;
    this.#ui.settingsOpen = this.#wide.matches;
    // Wide layouts hide the settings' summary, so they must never stay closed.
    this.#wide.addEventListener('change', () => { if (this.#state) this.#render(); });
    this.#buildShell();
    this.#boot();
  }

  disconnectedCallback() {
    window.removeEventListener('hashchange', this.#onHashChange);
  }

  attributeChangedCallback(name, before, value) {
    if (!this.#els || before === value) return;
    if (name === 'data-src') {
      this.#boot();
    } else if (this.#state && name === 'view' && VIEWS.includes(value)) {
      this.#update((s) => { s.view = value; }, { user: false });
    } else if (this.#state && name === 'profile' && this.#vocab.profiles.has(value)) {
      this.#update((s) => { s.profile = value; }, { user: false });
    } else if (name === 'lang') {
      this.#applyLang();
    }
  }

  /** The request and result currently shown (copies). */
  get request() { return this.#request ? structuredClone(this.#request) : null; }

  get result() { return this.#result ? structuredClone(this.#result) : null; }

  // ---- start-up ---------------------------------------------------------

  async #boot() {
    const boot = ++this.#boots;
    this.#engine = null;
    this.#catalogue = null;
    this.#facts = null;
    this.#state = null;
    // The engine first: its wasm downloads and compiles while the messages
    // and the shell are built, instead of after them.
    const dataSrc = this.getAttribute('data-src');
    const engine = engineFor(dataSrc);
    engine.catch(() => {}); // handled below, after the messages exist
    this.#msgs = await messagesFor(this.#pickLang(null));
    if (boot !== this.#boots) return;
    this.#renderChrome();
    this.#setStatus(this.#msgs.t('ui.status.loading'));

    try {
      this.#engine = await engine;
    } catch (failure) {
      if (boot !== this.#boots) return;
      this.#showFailure(failure, dataSrc);
      return;
    }
    if (boot !== this.#boots) return;
    this.#catalogue = this.#engine.overview();
    this.#lookups = {
      attributes: new Map(this.#catalogue.attributes.map((a) => [a.id, a])),
      messengers: new Map(this.#catalogue.messengers.map((m) => [m.id, m])),
    };
    this.#vocab = vocabularyOf(this.#catalogue, LANGS);
    const { state, status } = decodeState(location.hash, this.#vocab, this.#defaults());
    this.#state = state;
    this.#notice = status === 'invalid' ? 'ui.notice.bad_link' : '';
    await this.#applyLang({ render: false });
    if (boot !== this.#boots) return;
    this.#compute({ entering: true });
    this.#render();
    this.#emit();
    // The first screen needed no Intl formatter (FIRST_FORMATS); the next
    // ones will. Made once the cards are on screen, not on the way to them.
    const msgs = this.#msgs;
    requestAnimationFrame(() => setTimeout(() => msgs.warm(), 0));
  }

  #defaults() {
    const view = this.getAttribute('view');
    const profile = this.getAttribute('profile');
    return defaultState({
      view: VIEWS.includes(view) ? view : 'browse',
      profile: this.#vocab.profiles.has(profile) ? profile : this.#catalogue.default_profile,
    });
  }

  /**
   * Language order: the person's own choice in this widget, then the
   * element's lang attribute, then a lang in the share link, then the
   * browser's languages, then the default.
   */
  #pickLang(linkLang) {
    return negotiateLang([
      this.#langChosen ? linkLang : null,
      this.getAttribute('lang'),
      linkLang,
      ...(navigator.languages ?? [navigator.language]),
    ]);
  }

  async #applyLang({ render = true } = {}) {
    const lang = this.#pickLang(this.#state?.lang ?? null);
    if (lang !== this.#msgs?.lang) {
      try {
        this.#msgs = await messagesFor(lang);
      } catch {
        this.#notice = 'ui.notice.lang_failed';
      }
    }
    if (render && this.#state) this.#render();
    else if (render) this.#renderChrome();
  }

  // ---- state ------------------------------------------------------------

  /**
   * The one way state changes. `user`: the person did it (clears the notice
   * and any link shown for copying, which no longer matches); `render:
   * false` for changes the visible form already shows (a quiz answer);
   * `focus`: a data-focus-key to land on afterwards. The URL is not touched:
   * the state goes into the fragment only when the person shares it
   * (#copyLink), so a host page's scripts and the history never see choices
   * nobody chose to share. A `mutate` that finds nothing to change returns
   * false: then nothing is recomputed, rendered or announced.
   */
  #update(mutate, { user = true, render = true, focus = null, notice = null } = {}) {
    if (!this.#state) return;
    const next = cloneState(this.#state);
    if (mutate(next) === false) return;
    const entering = next.view !== this.#state.view;
    this.#state = next;
    if (notice !== null) this.#notice = notice;
    else if (user) this.#notice = '';
    if (user) this.#ui.fallbackLink = '';
    this.#compute({ entering });
    if (render) this.#render({ focus });
    else this.#announce();
    this.#emit();
  }

  #compute({ entering = false } = {}) {
    this.#computeRanking();
    // Arriving at compare with nothing chosen: start from the engine's top
    // three (only on arrival, so unticking everything stays possible).
    if (entering && this.#state.view === 'compare' && this.#state.compare.length === 0) {
      this.#state = { ...this.#state, compare: this.#result.results.slice(0, 3).map((r) => r.id) };
    }
    this.#computeDetail();
  }

  /**
   * What the current view shows beyond the ranking (compare's every need and
   * fact, the two profiles of "what changed"), asked of the engine as that
   * view's own code says (views/view-part.js).
   */
  #computeDetail() {
    const ask = viewDetail(this.#state.view);
    this.#detail = ask ? ask({
      engine: this.#engine, state: this.#state, catalogue: this.#catalogue, request: this.#request, result: this.#result,
    }) : null;
  }

  #computeRanking() {
    const request = requestOf(this.#state);
    // A quiz step or a switch of view asks what was just answered: the
    // engine's answer only depends on the request, the catalogue and the day.
    const asked = [this.#engine, JSON.stringify(request), new Date().toISOString().slice(0, 10)];
    if (this.#asked?.every((x, i) => x === asked[i])) return;
    this.#asked = asked;
    try {
      this.#result = this.#engine.recommend(request);
      this.#request = request;
    } catch (e) {
      // The state only holds ids the catalogue offered, so the engine refusing
      // it means a mismatch between the two; start over rather than break.
      console.warn('messenger-fit: the engine refused the request', e);
      this.#asked = null;
      this.#state = this.#defaults();
      this.#notice = 'ui.notice.bad_link';
      this.#request = requestOf(this.#state);
      this.#result = this.#engine.recommend(this.#request);
    }
  }

  #factsTable() {
    const asOf = this.#result.as_of;
    if (this.#facts?.asOf !== asOf) {
      const table = this.#engine.facts(asOf);
      this.#facts = { asOf, byId: new Map(table.messengers.map((m) => [m.id, new Map(m.facts.map((f) => [f.attr, f]))])) };
    }
    return this.#facts.byId;
  }

  #writeLink() {
    const url = new URL(location.href);
    url.hash = encodeState(this.#state);
    history.replaceState(history.state, '', url.href);
  }

  #onHashChange = () => {
    if (!this.#vocab) return;
    // Our own writes use replaceState, which fires no hashchange: this is the
    // person pasting or following a link into the open page.
    const { state, status } = decodeState(location.hash, this.#vocab, this.#defaults());
    this.#state = state;
    this.#notice = status === 'invalid' ? 'ui.notice.bad_link' : '';
    this.#applyLang({ render: false }).then(() => {
      this.#compute({ entering: true });
      this.#render();
      this.#emit();
    });
  };

  #emit() {
    // Copies, so a listener cannot change what the widget shows; made on
    // first read, because most pages never read them.
    const request = this.#request;
    const result = this.#result;
    let requestCopy;
    let resultCopy;
    this.dispatchEvent(new CustomEvent('mf-change', {
      bubbles: true,
      composed: true,
      detail: {
        get request() { requestCopy ??= structuredClone(request); return requestCopy; },
        get result() { resultCopy ??= structuredClone(result); return resultCopy; },
      },
    }));
  }

  // ---- rendering ----------------------------------------------------------

  #buildShell() {
    const status = h('p', { class: 'status', role: 'status', part: 'status' });
    const els = {
      status,
      header: h('div', { class: 'top', part: 'header' }),
      settings: h('div', { class: 'settings-slot' }),
      notice: h('div', { class: 'notice-slot' }),
      view: h('div', { class: 'view', part: 'view' }),
      footer: h('div', { class: 'foot', part: 'footer' }),
    };
    els.root = h('div', { class: 'mf', part: 'root' },
      els.header, els.settings, els.status, els.notice, els.view, els.footer);
    this.#els = els;
    this.#root.replaceChildren(els.root);
  }

  /** Everything but the engine-driven parts: used while loading and on failure. */
  #renderChrome(ctx = null) {
    const { root, header } = this.#els;
    // Only when they change: setting lang or dir, even to the same value,
    // makes Chromium restyle every element of the widget (:lang, :dir).
    for (const [name, value] of [['lang', this.#msgs.lang], ['dir', this.#msgs.dir]]) {
      if (root.getAttribute(name) !== value) root.setAttribute(name, value);
    }
    const title = () => h('h2', { class: 'title' }, this.#msgs.t('ui.title'));
    // Views and language only once the engine has answered (ctx).
    if (ctx) {
      renderKeyed(header, JSON.stringify(['full', ctx.epoch, this.#state.view]),
        () => [title(), h('div', { class: 'top-controls' }, this.#nav(), languagePicker(ctx))]);
    } else {
      renderKeyed(header, JSON.stringify(['title', this.#msgs.lang]), title);
    }
  }

  #nav() {
    const msgs = this.#msgs;
    return h('nav', { class: 'views', 'aria-label': msgs.t('ui.views.label'), part: 'nav' },
      VIEWS.map((view) => h('button', {
        type: 'button',
        class: 'view-button',
        'aria-current': this.#state.view === view ? 'true' : null,
        'data-focus-key': `view:${view}`,
        on: { click: () => this.#showView(view) },
      }, msgs.t(`ui.views.${view}`))));
  }

  #render({ focus = null } = {}) {
    const focused = this.#root.activeElement;
    const active = focused?.closest?.('[data-focus-key]')?.getAttribute('data-focus-key');
    const ctx = this.#context();
    const { state } = ctx;
    this.#renderChrome(ctx);
    const { settings, notice, footer } = this.#els;
    // Each part is rebuilt only when the inputs named in its key change.
    renderKeyed(settings, JSON.stringify([ctx.epoch, state.profile, state.asOf, ctx.settingsOpen]),
      () => settingsBar(ctx));
    renderKeyed(notice, JSON.stringify([ctx.epoch, this.#notice]), () => (this.#notice
      ? h('p', { class: 'notice', part: 'notice' }, this.#msgs.t(this.#notice)) : null));
    this.#renderView(ctx);
    renderKeyed(footer, JSON.stringify([ctx.epoch, ctx.fallbackLink]),
      () => [shareBar(ctx), credits(this.#msgs)]);
    this.#restoreFocus(focus ?? active, Boolean(focused));
    this.#announce();
    this.#markFirstCards();
  }

  /** Updates the kept view part, or builds a new one for another view or language. */
  #renderView(ctx) {
    const { view } = this.#els;
    const name = this.#state.view;
    const kept = this.#part;
    if (kept && kept.name === name && kept.epoch === ctx.epoch) {
      kept.part.update(ctx);
      return;
    }
    this.#adoptSheet(viewSheet(name));
    this.#part = { name, epoch: ctx.epoch, part: viewPart(name, ctx) };
    view.setAttribute('data-view', name);
    view.replaceChildren(this.#part.part.el);
  }

  /**
   * A view's own rules, adopted after the base sheet (and kept, for the next
   * visit) before its elements are shown. Each widget adopts for its own
   * shadow root.
   */
  #adoptSheet(sheet) {
    const adopted = this.#root.adoptedStyleSheets;
    if (sheet && !adopted.includes(sheet)) this.#root.adoptedStyleSheets = [...adopted, sheet];
  }

  /**
   * Back to the control the person was on (or the one an action names). If
   * it is gone, and focus was inside the widget, the current view's switch
   * button takes it: re-rendering must never drop focus to the page.
   */
  #restoreFocus(key, hadFocus) {
    const byKey = (k) => [...this.#root.querySelectorAll('[data-focus-key]')]
      .find((el) => el.getAttribute('data-focus-key') === k);
    const target = key === 'step-heading' ? this.#root.querySelector('[data-step-heading]') : key ? byKey(key) : null;
    if (target) {
      // focus() forces style and layout even on the focused element: skip it
      // when the kept DOM still has focus where it should be.
      if (this.#root.activeElement !== target) target.focus();
    } else if ((key || hadFocus) && !this.#root.activeElement) byKey(`view:${this.#state.view}`)?.focus();
  }

  #announce() {
    const msgs = this.#msgs;
    const r = this.#result;
    const total = r.results.length;
    const fits = r.results.filter((x) => x.fits).length;
    this.#setStatus(r.needs.length
      ? msgs.plural('ui.status.fit', fits, { total: msgs.number(total) })
      : msgs.plural('ui.status.ranked', total, { profile: profileLabel(msgs, r.profile) }));
  }

  #setStatus(text) {
    // Re-setting identical text would make some screen readers repeat it.
    setText(this.#els.status, text);
  }

  #markFirstCards() {
    if (firstCardsMarked || !this.#root.querySelector('.card')) return;
    firstCardsMarked = true;
    // After the frame that shows them has been painted.
    requestAnimationFrame(() => setTimeout(() => performance.mark('mf-first-cards'), 0));
  }

  #showFailure(failure, dataSrc) {
    this.#renderChrome();
    const { settings, notice, footer, view } = this.#els;
    // Written directly, so the kept parts no longer describe these slots.
    for (const slot of [settings, notice, footer]) forgetKeyed(slot);
    this.#part = null;
    settings.replaceChildren();
    footer.replaceChildren(credits(this.#msgs));
    view.replaceChildren(errorCard(this.#msgs, failure, dataSrc));
    this.#setStatus(this.#msgs.t('ui.status.failed'));
  }

  #context() {
    const msgs = this.#msgs;
    const catalogue = this.#catalogue;
    const epoch = this.#epoch;
    if (epoch.msgs !== msgs || epoch.catalogue !== catalogue) {
      epoch.msgs = msgs;
      epoch.catalogue = catalogue;
      epoch.n += 1;
    }
    return {
      msgs,
      catalogue,
      epoch: epoch.n,
      state: this.#state,
      result: this.#result,
      detail: this.#detail,
      idPrefix: this.#idPrefix,
      langs: LANGS,
      attributes: this.#lookups.attributes,
      messengers: this.#lookups.messengers,
      // A fact's sources, note and disputes: the engine's table for the
      // shown date, asked for the first time a panel needs it.
      fullFact: (id, attr) => this.#factsTable().get(id)?.get(attr) ?? null,
      profileName: profileLabel(msgs, this.#state.profile),
      hasNeeds: this.#result.needs.length > 0,
      expanded: this.#ui.expanded,
      filtersOpen: this.#ui.filtersOpen,
      settingsOpen: this.#ui.settingsOpen || this.#wide.matches,
      fallbackLink: this.#ui.fallbackLink,
      // The quiz's and compare's own actions live in their views; their
      // changes still go through #update.
      update: (mutate, options) => this.#update(mutate, options),
      pendingImportant: this.#ui.pendingImportant,

      onWhyToggle: (id, open) => (open ? this.#ui.expanded.add(id) : this.#ui.expanded.delete(id)),
      onFiltersToggle: (open) => { this.#ui.filtersOpen = open; },
      onSettingsToggle: (open) => { this.#ui.settingsOpen = open; },
      onNeedToggle: (id, on) => this.#toggleNeed(id, on),
      onClearNeeds: () => this.#update((s) => {
        s.needs = [];
        s.prefer.clear();
        s.answers.clear();
        s.step = 0;
      }, { focus: 'filters' }),
      onDropAnswers: () => this.#update((s) => { s.answers.clear(); s.step = 0; }, { focus: 'filters' }),
      onDropPrefer: () => this.#update((s) => { s.prefer.clear(); }, { focus: 'filters' }),
      onProfile: (id) => this.#update((s) => { s.profile = id; }),
      onAsOf: (value) => this.#update((s) => { s.asOf = value; }),
      onLang: (lang) => this.#chooseLang(lang),
      onTimeline: (id) => this.#update((s) => { s.view = 'changes'; }, { focus: `timeline:${id}` }),
      onCopyLink: () => this.#copyLink(),
    };
  }

  // ---- actions ------------------------------------------------------------

  #showView(view) {
    this.#update((s) => { s.view = view; });
  }

  #toggleNeed(id, on) {
    if (on) {
      this.#update((s) => { if (!s.needs.includes(id)) s.needs.push(id); });
    } else if (this.#state.needs.includes(id)) {
      this.#update((s) => { s.needs = s.needs.filter((n) => n !== id); });
    } else {
      // A need that came from quiz answers: keep what the answers meant as
      // plain filters (the engine's echo), minus this one.
      const { needs, prefer } = answersAsFilters(this.#result);
      this.#update((s) => {
        s.needs = needs.filter((n) => n !== id);
        s.prefer = prefer;
        s.answers.clear();
        s.step = 0;
      }, { notice: 'ui.notice.answers_to_filters' });
    }
  }

  async #chooseLang(lang) {
    this.#langChosen = true;
    this.#state = { ...cloneState(this.#state), lang };
    await this.#applyLang({ render: false });
    this.#update(() => {}, { focus: 'lang' });
  }

  async #copyLink() {
    this.#writeLink();
    const href = location.href;
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(href);
      this.#ui.fallbackLink = '';
      this.#render({ focus: 'copy-link' });
      this.#setStatus(this.#msgs.t('ui.share.copied'));
    } catch {
      // Clipboard refused (permissions, insecure context): offer the text.
      this.#ui.fallbackLink = href;
      this.#render({ focus: 'link-field' });
      this.#setStatus(this.#msgs.t('ui.share.copy_failed'));
    }
  }
}
