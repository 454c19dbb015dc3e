import { css } from 'lit';

/**
 * Tiles take the flow's colour (DSFR blue France / purple glycine) with white
 * labels (15:1 on #000091, 4.7:1 on #a558a0); the dark theme's lighter colours
 * take dark labels. "Autres" is the muted grey (5.7:1 with white labels). A 1.5 px
 * line of the surface colour separates tiles without changing their areas.
 * Labels follow their tile (`.t + text`); those of dimmed tiles (another product
 * is selected) take the text colour. Written compactly: the element's size counts.
 */
export const styles = css`
.root{--_tt:var(--trade-color-tile-text,#fff)}
.dark{--_tt:var(--trade-color-tile-text,#161616)}
.import{fill:var(--_import)}
.export{fill:var(--_export)}
.other{fill:var(--_muted)}
.dim{fill-opacity:.35}
.f{stroke:var(--_surface);stroke-width:1.5px}
.chart .t+text{fill:var(--_tt);pointer-events:none}
.chart .dim+text{fill:var(--_text)}
.n,.total,.total~*{font-weight:700}
.chart .note{fill:var(--_muted)}
.ring{fill:none;stroke-width:3px}
.ring2{fill:none;stroke-width:1.5px}
.sel .ring{stroke:var(--_text)}
[data-key]:focus-visible{outline:0}
[data-key]:focus-visible .ring{stroke:var(--_focus)}
.sel .ring2,.t:focus-visible .ring2,.t:hover .ring2{stroke:var(--_surface)}
`;
