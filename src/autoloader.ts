/**
 * The autoloader: one small script that defines each element of the library when
 * its tag first appears in the document, and imports that element's module only.
 *
 *   <script type="module" src="…/autoloader.js"></script>
 *   <trade-summary department="32"></trade-summary>
 *
 * A page with one <trade-summary> downloads the autoloader, the shared base and
 * trade-summary.js, and nothing else. Tags added later (by a script, a framework,
 * a CMS block loaded an hour after) are seen by a MutationObserver and defined then.
 * Tags inside other shadow roots are not seen: import their modules directly.
 *
 * The list of tags is src/elements.ts (ELEMENTS), inlined by the build, so that a new
 * element is autoloaded as soon as it is listed there.
 */
import { ELEMENTS } from './elements.ts';

/** Where an element's module is, `{tag}` its tag: `./<tag>.js` next to this script once built (vite.config.ts). */
declare const __TW_ELEMENT__: string | undefined;

const pattern = typeof __TW_ELEMENT__ === 'string' ? __TW_ELEMENT__ : '/src/components/{tag}/{tag}.ts';

/** Tags whose module has been asked for, or that the page had already defined. */
const requested = new Set<string>();

/** The module of an element, relative to this script. */
const elementUrl = (tag: string): string => new URL(pattern.replaceAll('{tag}', tag), import.meta.url).href;

function load(tag: string): void {
  requested.add(tag);
  if (customElements.get(tag)) return;
  import(/* @vite-ignore */ elementUrl(tag)).catch((error: unknown) => {
    // Asked again the next time such a tag appears (a network error may not last).
    requested.delete(tag);
    console.error(`trade-widgets: could not load <${tag}> from ${elementUrl(tag)}`, error);
  });
}

/** Loads the module of every element of the library found in `root` (itself included) and not yet asked for. */
function scan(root: Element | Document): void {
  for (const tag of ELEMENTS) {
    if (requested.has(tag)) continue;
    if ((root instanceof Element && root.localName === tag) || root.querySelector(tag)) load(tag);
  }
}

scan(document);
new MutationObserver((records) => {
  if (requested.size === ELEMENTS.length) return;
  for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) scan(node);
}).observe(document.documentElement, { childList: true, subtree: true });
