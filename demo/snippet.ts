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
