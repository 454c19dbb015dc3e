/**
 * A chart's toolbar: « Voir les données », which opens the table, and the
 * « Télécharger » menu (the data as CSV, and the image as SVG and PNG where the
 * widget draws one). A failed download is said in an alert beside it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Translation } from '../../../data/i18n/translation.ts';

export type DownloadKind = 'csv' | 'svg' | 'png';

export interface ToolbarState {
  t: Translation;
  tableId: string;
  menuId: string;
  tableOpen: boolean;
  menuOpen: boolean;
  /** Whether the image items are offered: only for a widget that draws an SVG. */
  images: boolean;
  /** Why the last download failed, if it did. */
  downloadError?: string;
  toggleTable(): void;
  toggleMenu(open?: boolean): void;
  download(kind: DownloadKind): void;
}

export function renderToolbar(state: ToolbarState): TemplateResult {
  const { t } = state;
  const item = (label: string, kind: DownloadKind) => {
    const choose = () => {
      state.download(kind);
    };
    return html`<li><button type="button" @click=${choose}>${label}</button></li>`;
  };
  const toggleTable = () => {
    state.toggleTable();
  };
  const toggleMenu = () => {
    state.toggleMenu();
  };
  // Escape closes the menu and gives the focus back to its button.
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !state.menuOpen) return;
    state.toggleMenu(false);
    (event.currentTarget as HTMLElement).querySelector<HTMLElement>('.menu > button')?.focus();
  };
  return html`<div class="toolbar" part="toolbar" @keydown=${onKeyDown}>
    <button type="button" aria-expanded=${state.tableOpen} aria-controls=${state.tableId} @click=${toggleTable}>
      ${state.tableOpen ? t.common.hideData : t.common.showData}
    </button>
    <div class="menu">
      <button type="button" aria-expanded=${state.menuOpen} aria-controls=${state.menuId} @click=${toggleMenu}>
        ${t.common.download}
      </button>
      <ul id=${state.menuId} ?hidden=${!state.menuOpen}>
        ${item(t.common.downloadCsv, 'csv')}
        ${state.images ? [item(t.common.downloadSvg, 'svg'), item(t.common.downloadPng, 'png')] : nothing}
      </ul>
    </div>
    ${state.downloadError ? html`<p class="download-error negative" role="alert">${state.downloadError}</p>` : nothing}
  </div>`;
}
