import { css } from 'lit';

/**
 * Tiles take the flow's colour (DSFR blue France / purple glycine) with white
 * labels (15:1 on #000091, 4.7:1 on #a558a0); the dark theme's lighter colours
 * take dark labels. "Autres" is a grey tinted with the flow's colour. A 1.5 px
 * line of the surface colour separates tiles without changing their areas.
 * Dimmed tiles (another product is selected) switch to the text colour.
 * Written compactly: the element's size counts.
 */
export const styles = css`
.root{--_tt:var(--trade-color-tile-text,#fff);--_o:#5e5e5e}
.dark{--_tt:var(--trade-color-tile-text,#161616);--_o:#a0a0a0}
.t,.sw{fill:var(--_import)}
.export{fill:var(--_export)}
.other{fill:var(--_o)}
@supports (fill:color-mix(in srgb,red,red)){.other{fill:color-mix(in srgb,var(--_import) 25%,var(--_o))}.other.export{fill:color-mix(in srgb,var(--_export) 25%,var(--_o))}}
.dim{fill-opacity:.35}
.f{stroke:var(--_surface);stroke-width:1.5px}
.labels{pointer-events:none}
.chart .labels text{fill:var(--_tt)}
.chart .labels .dim{fill:var(--_text);fill-opacity:1}
.n{font-weight:700}
.chart .note{fill:var(--_muted)}
.ring,.ring2{fill:none;pointer-events:none}
.sel .ring{stroke:var(--_text);stroke-width:3px}
.t:focus-visible{outline:none}
.t:focus-visible .ring{stroke:var(--_focus);stroke-width:3px}
.t:hover .ring2,.sel .ring2,.t:focus-visible .ring2{stroke:var(--_surface);stroke-width:1.5px}
.total{font-weight:700}
.key{margin:.4em 0 0;font-size:.85em;color:var(--_muted)}
`;
