/**
 * English product names for the 76 A129 codes of French customs (DGDDI) foreign-trade data,
 * for the English version of the charts. The French names are the customs labels of
 * data/dgddi/Libelle_A129.txt.
 *
 * Source: the CPA 2.1 (Statistical Classification of Products by Activity) names of each
 * code's NACE Rev. 2 divisions or groups, found through INSEE's A129 correspondence
 * (see ../shared/reference/SOURCES.md and a129-en.detail.csv). INSEE's English A129 names
 * are activity names ("Manufacture of beverages"); these are product names ("Beverages").
 *
 * Rules:
 * - faithful to the French customs product label and to CPA 2.1 for the same NACE groups;
 * - as short as a chart label can be without becoming ambiguous;
 * - British spelling, sentence case, no trailing punctuation;
 * - no two codes with the same name.
 * The codes whose CPA division names services (D35B, E37Z, E38Z, J58Z, J59Z, M71Z, M74Z,
 * R90Z, R91Z, S96Z) are named after the goods customs record under them, as their French
 * labels are: "Unworked human hair" (« Cheveux bruts »), not "Other personal services".
 *
 * Checked by test/unit/products-en.test.ts.
 */
export const PRODUCT_NAMES_EN: Readonly<Record<string, string>> = Object.freeze({
  A01Z: 'Agricultural and animal products',
  A02Z: 'Forestry and logging products',
  A03Z: 'Fishing and aquaculture products',
  B05Z: 'Coal',
  B06Z: 'Crude petroleum and natural gas',
  B07Z: 'Metal ores',
  B08Z: 'Other mining and quarrying products',
  C10A: 'Meat and meat products',
  C10B: 'Processed and preserved fish and seafood',
  C10C: 'Processed fruit and vegetables, including juices',
  C10D: 'Vegetable and animal oils, fats and oilcake',
  C10E: 'Dairy products and ice cream',
  C10F: 'Grain mill products and starches',
  C10G: 'Bakery products and pasta',
  C10H: 'Other food products',
  C10K: 'Prepared animal feeds',
  C11Z: 'Beverages',
  C12Z: 'Tobacco products',
  C13Z: 'Textiles',
  C14Z: 'Wearing apparel',
  C15Z: 'Leather, luggage and footwear',
  C16Z: 'Wood and wood products',
  C17A: 'Pulp, paper and paperboard',
  C17B: 'Articles of paper and paperboard',
  C18Z: 'Printed matter and recorded media',
  C19Z: 'Coke and refined petroleum products',
  C20A: 'Basic chemicals, fertilisers, plastics and synthetic rubber',
  C20B: 'Perfumes, cosmetics and cleaning products',
  C20C: 'Other chemical products',
  C21Z: 'Pharmaceutical products',
  C22A: 'Rubber products',
  C22B: 'Plastic products',
  C23A: 'Glass and glass products',
  C23B: 'Building materials and other non-metallic mineral products',
  C24A: 'Iron and steel products',
  C24B: 'Non-ferrous metals',
  C24C: 'Metal castings',
  C25A: 'Structural metal products',
  C25B: 'Metal tanks, containers and steam generators',
  C25C: 'Weapons and ammunition',
  C25E: 'Cutlery, tools, hardware and other metal products',
  C26A: 'Electronic components and boards',
  C26B: 'Computers and peripheral equipment',
  C26C: 'Telephones and communication equipment',
  C26D: 'Consumer electronics',
  C26E: 'Measuring, testing and navigating equipment; watches and clocks',
  C26F: 'Electromedical and irradiation equipment',
  C26G: 'Optical and photographic equipment; magnetic and optical media',
  C27A: 'Domestic appliances',
  C27B: 'Electrical equipment',
  C28A: 'General-purpose machinery',
  C28B: 'Agricultural and forestry machinery',
  C28C: 'Machine tools',
  C28D: 'Other special-purpose machinery',
  C29A: 'Motor vehicles, bodies and trailers',
  C29B: 'Motor vehicle parts and accessories',
  C30A: 'Ships and boats',
  C30B: 'Railway locomotives and rolling stock',
  C30C: 'Air and spacecraft and related machinery',
  C30D: 'Military fighting vehicles',
  C30E: 'Motorcycles and bicycles',
  C31Z: 'Furniture',
  C32A: 'Jewellery, bijouterie and musical instruments',
  C32B: 'Medical, optical and dental instruments',
  C32C: 'Sports goods, games and toys; other manufactured goods',
  D35A: 'Electricity',
  D35B: 'Manufactured gas',
  E37Z: 'Sewage sludge and household waste',
  E38Z: 'Industrial waste and scrap',
  J58Z: 'Published goods and software',
  J59Z: 'Recorded CDs and DVDs',
  M71Z: 'Technical plans and drawings',
  M74Z: 'Exposed photographic plates and film',
  R90Z: 'Paintings, prints and sculptures',
  R91Z: 'Antiques and collectors’ pieces',
  S96Z: 'Unworked human hair',
});
