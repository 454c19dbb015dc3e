/**
 * The code the demo's "Intégrer" panel shows: the script, then the widget with its
 * attributes. A value may come from the address bar (`?department=…`), so every
 * value is escaped: `&`, `"`, `<` and `>` become character references, and so do
 * control and bidirectional-control characters, which would make the code look
 * other than it is (not C1 controls, U+0080-U+009F: HTML reads their references
 * as Windows-1252 characters). Pasted into a page, the snippet makes one script
 * and one element whose attributes hold exactly the values given, as inert text.
 */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[&"<>\u0000-\u001f\u007f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export const escapeAttribute = (s: string): string => s.replace(UNSAFE, (c) => `&#x${c.charCodeAt(0).toString(16)};`);

export function embedSnippet(scriptUrl: string, tag: string, attrs: ReadonlyArray<readonly [string, string]>): string {
  if (!/^[a-z][a-z0-9]*-[a-z0-9-]*$/.test(tag)) throw new Error(`not a custom element name: ${tag}`);
  const list = attrs.map(([name, value]) => {
    if (!/^[a-z][a-z0-9-]*$/.test(name)) throw new Error(`not an attribute name: ${name}`);
    return ` ${name}="${escapeAttribute(value)}"`;
  });
  return `<script type="module" src="${escapeAttribute(scriptUrl)}"></script>\n<${tag}${list.join('')}></${tag}>`;
}

/** The embed page's address for a widget: `embed.html?widget=<tag>&<attribute>=<value>…`, next to the site. */
export function embedPageUrl(site: string, tag: string, attrs: ReadonlyArray<readonly [string, string]>): string {
  const url = new URL('embed.html', site);
  url.searchParams.set('widget', tag);
  for (const [name, value] of attrs) url.searchParams.append(name, value);
  return url.href;
}

/**
 * The iframe snippet: the embed page at a fixed height (what a page without scripts
 * shows), then, if `hostScript` is given, embed.js, which sizes the iframe to its
 * content. `&` in the address is written `&amp;`, as people are used to reading it.
 */
export function iframeSnippet(src: string, title: string, height: number, hostScript?: string): string {
  const attr = (s: string) => escapeAttribute(s).replaceAll('&#x26;', '&amp;');
  const iframe =
    `<iframe src="${attr(src)}" title="${attr(title)}" width="100%" height="${String(Math.ceil(height))}"` +
    ` style="border:0" loading="lazy"></iframe>`;
  return hostScript ? `${iframe}\n<script async src="${attr(hostScript)}"></script>` : iframe;
}
