// <kamervraag-viewer>: the Kamervraag Viewer as a custom element, plus the JS API.
//
//   <script type="module" src="https://example.org/kamervraag/kamervraag-viewer.js"></script>
//   <kamervraag-viewer view="document" lang="nl" theme="auto">Kamervraag 2024Z…</kamervraag-viewer>
//   <kamervraag-viewer view="stats" src="docs/2024Z00001.txt"></kamervraag-viewer>
//
// Attributes: view = document | questions | timeline | stats; lang = nl | en;
// theme = light | dark | auto; src = URL of a document (same origin or CORS). Without
// src the element's text content is the document. Each element renders in its own
// shadow root (styles scoped both ways) with its own Yew app, destroyed when the
// element leaves the page. Colours: set --kv-* custom properties on the element.
//
// JS API (after `await ready`): parse(text, name?), stats(documents, {by, today}),
// version(). This file has a stable name; the build (scripts/post_build.mjs) writes
// the hashed names of Trunk's output into it. Every URL is relative to this file.
import init, * as bindings from './__KV_BINDINGS__.js';

const WASM = new URL('./__KV_WASM__', import.meta.url);
const STYLES = ['__KV_STYLES__'].map((name) => new URL(`./${name}`, import.meta.url).href);

/** Resolves to the wasm-bindgen module once the wasm is initialised. */
export const ready = init({ module_or_path: WASM }).then(() => bindings);

/** `parse(text, name?)`: a Kamervraag text as an object of schema kamervraag/1;
 *  throws an Error with the parser's message. Call after `await ready`. */
export const parse = (...args) => bindings.parse(...args);
/** `stats(documents, {by, today})`: the statistics object of `kamervraag stats --json`.
 *  Documents are objects from `parse` or raw texts. Call after `await ready`. */
export const stats = (...args) => bindings.stats(...args);
/** `merge(documents)`: the texts of one Kamervraag (question document, answer document,
 *  notices) joined into one object listing them in `sources`, as `kamervraag parse
 *  --merge`. Documents are objects from `parse` or raw texts. Call after `await ready`. */
export const merge = (...args) => bindings.merge(...args);
/** `version()`: the viewer's version. Call after `await ready`. */
export const version = () => bindings.version();

const ATTRIBUTES = ['src', 'view', 'lang', 'theme'];

export class KamervraagViewer extends HTMLElement {
  static get observedAttributes() { return ATTRIBUTES; }

  #handle = null;
  #mountPoint = null;
  #observer = null;

  connectedCallback() {
    if (!this.#mountPoint) {
      const shadow = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
      for (const href of STYLES) {
        const link = document.createElement('link');
        link.rel = 'stylesheet';
        link.href = href;
        shadow.append(link);
      }
      this.#mountPoint = document.createElement('div');
      this.#mountPoint.className = 'kv-embed-root';
      shadow.append(this.#mountPoint);
    }
    // The document text may change (or still be arriving while the page parses).
    this.#observer = new MutationObserver(() => this.#update());
    this.#observer.observe(this, { childList: true, characterData: true, subtree: true });
    ready.then(() => {
      if (this.isConnected && !this.#handle) {
        this.#handle = bindings.mountViewer(this.#mountPoint, this.#options());
        this.dispatchEvent(new CustomEvent('kamervraag-ready', { bubbles: true, composed: true }));
      }
    }, (error) => {
      this.#mountPoint.textContent = `Kamervraag Viewer: ${error?.message ?? error}`;
    });
  }

  disconnectedCallback() {
    this.#observer?.disconnect();
    this.#observer = null;
    if (this.#handle) {
      this.#handle.destroy();
      this.#handle.free();
      this.#handle = null;
    }
  }

  attributeChangedCallback() {
    this.#update();
  }

  /** Whether a Yew app is mounted (for tests and curious hosts). */
  get mounted() {
    return this.#handle !== null;
  }

  #update() {
    this.#handle?.update(this.#options());
  }

  #options() {
    const options = { text: this.textContent ?? '' };
    for (const name of ATTRIBUTES) {
      const value = this.getAttribute(name);
      if (value !== null) options[name] = value;
    }
    return options;
  }
}

if (!customElements.get('kamervraag-viewer')) {
  customElements.define('kamervraag-viewer', KamervraagViewer);
}
