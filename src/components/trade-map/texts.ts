import type { MapFlow } from './model.ts';

/** What `<trade-map>` says; each language module (`src/data/i18n/<lang>.ts`) has one. */
export interface MapTexts {
  /** "Exportations par pays de destination". */
  title: Record<MapFlow, string>;
  /** France's map: "Exportations des départements", "… des régions". */
  byDepartment: Record<MapFlow, string>;
  byRegion: Record<MapFlow, string>;
  /** The table's first column on France's map. */
  department: string;
  region: string;
  /** Said under France's map when Corse is drawn. */
  corse: string;
  /** A class's range, from amounts already written: "moins de 1 M€", "1 M€ à 5 M€", "5 M€ ou plus". */
  below(max: string): string;
  between(min: string, max: string): string;
  above(min: string): string;
  /** The empty state, followed by the territory and the year. */
  empty: Record<MapFlow, string>;
  /** Before the partners that have no shape on the map: "Hors carte". */
  notOnMap: string;
  /** The table's column saying where a partner is: "Sur la carte", and its values. */
  onMap: string;
  yes: string;
  listed: string;
  /** The table's column of colour classes: "Classe de couleur". */
  klass: string;
  /** "Rang". */
  rank: string;
  /** "72 pays partenaires ; premier partenaire". */
  main(partners: number): string;
  /** Before the map's source: "Fond de carte : ". */
  mapCredit: string;
  /** The licence of shapes that have none: "domaine public". */
  publicDomain: string;
  /** When the map file could not be loaded; the table and the list stay. */
  mapFailed: string;
}
