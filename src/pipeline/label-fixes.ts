/**
 * Labels as French writes them. Pure code, no Node imports.
 *
 * DGDDI's country file (`Libelle_PAYS.txt`) writes capitals without their
 * accent ("Etats-Unis", "Egypte") and gives some countries their long official
 * form, often inverted for sorting ("Corée (République de)", "Caïmans (îles)").
 * The widgets show these labels to readers: the table below gives the form a
 * French text uses. It was written from the real file, label by label; a test
 * scans that file so that a label DGDDI adds or rewords does not slip through
 * with an unaccented capital.
 *
 * The table is keyed by DGDDI's label, not by code: a code can change label
 * over time (XK, XS), and a label DGDDI rewords simply stops matching.
 *
 * DGDDI's own non-ISO codes (QU, QV, QS, XC, XF…) keep DGDDI's wording; only
 * their accents are restored.
 *
 * Apostrophes: the label files mix the straight ' and the typographic ’
 * ("Produits de la culture et de l’élevage" next to "Produits de l'industrie
 * textile"). Every label the pipeline writes takes ’ (U+2019).
 */

/** DGDDI country label → the label French texts use. */
export const COUNTRY_LABELS: Readonly<Record<string, string>> = {
  // Accents on capitals only.
  'Emirats arabes unis': 'Émirats arabes unis',
  Equateur: 'Équateur',
  Egypte: 'Égypte',
  Erythrée: 'Érythrée',
  Ethiopie: 'Éthiopie',
  'Etats-Unis': 'États-Unis',

  // Inverted "(îles)" forms, in the usual order.
  'Bouvet (île)': 'Île Bouvet',
  'Caïmans (îles)': 'Îles Caïmans',
  'Christmas (île)': 'Île Christmas',
  'Cocos (Keeling) (îles)': 'Îles Cocos (Keeling)',
  'Cook (îles)': 'Îles Cook',
  'Falkland (îles)': 'Îles Falkland',
  'Féroé (îles)': 'Îles Féroé',
  'Géorgie du Sud et Sandwich du Sud (îles)': 'Géorgie du Sud-et-les Îles Sandwich du Sud',
  'Heard et Mc Donald (îles)': 'Îles Heard-et-MacDonald',
  'Mariannes du Nord (îles)': 'Îles Mariannes du Nord',
  'Marshall (îles)': 'Îles Marshall',
  'Mineures éloignées des Etats-Unis (îles)': 'Îles mineures éloignées des États-Unis',
  'Norfolk (île)': 'Île Norfolk',
  'Salomon (îles)': 'Îles Salomon',
  'Turks-et-Caïcos (îles)': 'Îles Turks-et-Caïcos',
  'Vierges britanniques (îles)': 'Îles Vierges britanniques',
  'Vierges des Etats-Unis (îles)': 'Îles Vierges des États-Unis',

  // Inverted or long official forms: the usual short form.
  'Bolivie (Etat plurinational de)': 'Bolivie',
  'Brunei Darussalam': 'Brunei',
  'Centrafricaine (République)': 'République centrafricaine',
  'Congo (République démocratique du)': 'République démocratique du Congo',
  'Corée (République de)': 'Corée du Sud',
  'Corée (République populaire démocratique de)': 'Corée du Nord',
  "Côte-d'Ivoire": 'Côte d’Ivoire',
  'Dominicaine (République)': 'République dominicaine',
  "Iran (République islamique d')": 'Iran',
  'Kirghize (République)': 'Kirghizistan',
  'Lao (République démocratique populaire)': 'Laos',
  // Until its renaming in 2019; see RENAMED_COUNTRIES.
  'Macédoine (ancienne République yougoslave de)': 'Macédoine',
  'Micronésie (Etats fédérés de)': 'Micronésie',
  'Moldavie (République de)': 'Moldavie',
  "Océan Indien (Territoire britannique de l')": 'Territoire britannique de l’océan Indien',
  'Russie (Fédération de)': 'Russie',
  'Saint-Siège (Etat de la Cité du Vatican)': 'Vatican',
  'Syrienne (République arabe)': 'Syrie',
  'Tanzanie (République unie de)': 'Tanzanie',
  'Tchèque (République)': 'République tchèque',
  'Venezuela (République bolivarienne du)': 'Venezuela',

  // DGDDI's non-ISO codes, no longer valid: DGDDI's wording, accents restored.
  'Iles Canaries': 'Îles Canaries', // XF, until 1996
  'Iles vierges britanniques et Montserrat': 'Îles vierges britanniques et Montserrat', // XW, until 1994
  'PAYS INDETERMINES ECHANGES INTRA EUROSTAT': 'PAYS INDÉTERMINÉS ÉCHANGES INTRA EUROSTAT', // QY, until 2009
  'PAYS INDETERMINES ECHANGES EXTRA EUROSTAT': 'PAYS INDÉTERMINÉS ÉCHANGES EXTRA EUROSTAT', // QZ, until 2009
};

/**
 * Countries renamed while DGDDI kept one label: the new name from the year it
 * took effect (a label is picked for the data's year, so earlier years keep
 * the name of their time).
 */
export const RENAMED_COUNTRIES: Readonly<Partial<Record<string, { since: number; label: string }>>> = {
  // The Prespa agreement took effect in February 2019.
  'Macédoine (ancienne République yougoslave de)': { since: 2019, label: 'Macédoine du Nord' },
};

/**
 * The typographic apostrophe (U+2019) for the straight one. In these labels
 * the straight ' is only ever an apostrophe (l'aquaculture, d'Azur, d'Oise),
 * never a quotation mark, so each one is replaced.
 */
export function typographicApostrophes(text: string): string {
  return text.replaceAll("'", '’');
}

/** A DGDDI country label as written for the data's year: the French form, typographic apostrophes. */
export function frenchCountryLabel(dgddiLabel: string, year: number): string {
  const renamed = RENAMED_COUNTRIES[dgddiLabel];
  if (renamed && year >= renamed.since) return renamed.label;
  return typographicApostrophes(COUNTRY_LABELS[dgddiLabel] ?? dgddiLabel);
}
