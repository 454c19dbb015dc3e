/**
 * The report's texts in English: a translation of the ANCT / DGE publication « Les
 * indicateurs clés : commerce extérieur » (2025), with the sentences for a region,
 * France and Monaco. Loaded on demand by `<trade-report lang="en">` only.
 */
import type { ProseContext, ReportProse } from './prose.ts';
import type { ReportTexts } from './texts.ts';

export { readTexts } from './prose-markup.ts';
export { sections } from './sections.ts';

/** How the text names the territory, by what it is. */
function placeOf(context: ProseContext) {
  switch (context.kind) {
    case 'department':
      return {
        with: 'the department',
        from: 'from the department',
        into: 'into the department',
        scale: 'departmental',
      };
    case 'region':
      return { with: 'the region', from: 'from the region', into: 'into the region', scale: 'regional' };
    case 'france':
      return { with: 'France', from: 'from France', into: 'into France', scale: 'national' };
    case 'monaco':
      return { with: 'Monaco', from: 'from Monaco', into: 'into Monaco', scale: 'Monaco’s' };
  }
}

const PROGRAMME = 'https://anct.gouv.fr/programmes-dispositifs/territoires-dindustrie';

export function prose(context: ProseContext): ReportProse {
  const place = placeOf(context);
  const scale = context.kind === 'monaco' ? 'for Monaco' : `at ${place.scale} level`;
  const introduction = {
    department:
      'Foreign trade is often analysed at national level; here we take a departmental view — the finest level ' +
      'available — through a selection of indicators and charts based on the statistics compiled by French Customs.',
    region:
      'Foreign trade is often analysed at national level; here it is presented at regional level, through a ' +
      'selection of indicators and charts based on the statistics compiled by French Customs. The portraits of the ' +
      'region’s departments, the finest level available, go further.',
    france:
      'This portrait presents the foreign trade of France as a whole, through a selection of indicators and charts ' +
      'based on the statistics compiled by French Customs. The portraits of the regions and departments, the finest ' +
      'level available, show how it is spread across the country.',
    monaco:
      'French Customs publish Monaco’s trade separately, at the same level as the departments’: this portrait ' +
      'presents it through a selection of indicators and charts. Monaco is not a French department; as in the ' +
      'Customs statistics, its trade is counted in that of the Provence-Alpes-Côte d’Azur region.',
  };
  const balances = { department: 'local', region: 'regional', france: 'national', monaco: 'Monaco’s' }[context.kind];
  const compare = (flow: string) => {
    switch (context.kind) {
      case 'department':
        return context.soleDepartment
          ? `The department’s ${flow} can be compared with those of the country:`
          : `The department’s ${flow} can be compared with those of the region and of the country:`;
      case 'region':
        return `The region’s ${flow} can be compared with those of the country:`;
      case 'monaco':
        return (
          `Monaco’s ${flow} can be compared with those of the Provence-Alpes-Côte d’Azur region, in which Customs ` +
          'count them, and with those of the country:'
        );
      case 'france':
        return undefined;
    }
  };
  return {
    intro: [
      'As part of the Territoires d’industrie programme, run jointly by ANCT and DGE, a first series of ' +
        'socio-economic portraits of the territories was published in October 2024, in partnership with INSEE. The ' +
        'series now continues with thematic issues on the challenges identified in your territories. This new ' +
        'issue is devoted to foreign trade, a subject at the heart of economic news.',
      introduction[context.kind],
    ],
    context: [
      'Deep changes in world trade, the openness of industries and the nature of trade flows expose territories to ' +
        'new threats as well as to new opportunities.',
      'Since the beginning of 2025, growing threats of customs surcharges from the United States have heightened ' +
        'international trade tensions. In this context, uncertainty is rising for manufacturers, who increasingly ' +
        'question their exposure and their dependence on global value chains, for imports as well as exports. This ' +
        'leads businesses to diversify their partners, secure their supplies and seize new opportunities for ' +
        'growth, to adapt better to a trading environment that is being reshaped.',
      'Yet how these changes play out in the territories is still little studied. This publication, based on the ' +
        `customs data for ${context.year}, therefore takes stock department by department: it highlights the main ` +
        'exporting and importing activities and the most important partner countries, and places each territory in ' +
        'relation to the national average.',
      'With this new light, the Territoires d’industrie have a reading tool to better understand their position in ' +
        'international trade in the current economic context.',
    ],
    method: [
      'The charts give orders of magnitude of the main current balances, but have some limits:',
      '- The data are compiled by place of customs clearance, which is not always the place of production. For ' +
        'example, a good made in department A may be exported from department B. The figures thus depend on the ' +
        'logistics chains that businesses set up internally.',
      '- Similarly, large transport infrastructures can introduce biases. For example, industrial port areas ' +
        'concentrate imports of hydrocarbons, which does not mean that they are used only in the departments ' +
        'concerned.',
      '- Finally, levels below the department, such as that of the Territoires d’industrie, are not available to ' +
        'date. For territories that span several departments, the portraits of each department concerned should be ' +
        'consulted.',
      `The charts are based on the departmental and regional foreign trade data for ${context.year}, produced by ` +
        'the Directorate-General of Customs and Excise (DGDDI) and available as open data.',
    ],
    balance: [
      `This first chart identifies the main countries that trade with ${place.with}, taking into account the main ` +
        'countries for imports and for exports. This overall view shows the main ' +
        `${balances} trade balances with the rest of the world.`,
    ],
    balanceKey:
      'How to read it: for each country, imports are on the left and exports on the right. The difference is the ' +
      'trade balance, shown in red or in green depending on whether it is negative or positive.',
    activities: [
      `The next chart shows the main activities involved in international trade ${scale}. **Goods imported** ` +
        `${place.into} are in blue, **goods exported** ${place.from} in purple. The area of each block is ` +
        'proportional to the weight of the good in its flow, which shows the main activities for imports and ' +
        'exports, and the overall balance.',
    ],
    export: [
      'To go further, the next chart shows export flows (which product is exported to which country). It shows ' +
        `the ten largest goods exported ${place.from} and the ten main buyer countries. The “others” category ` +
        'gathers the goods and countries beyond these top ten. For easier reading, the five largest flows (a ' +
        'product to a destination) are shown in **red**.',
    ],
    exportKey:
      `On the left, **the main goods exported** ${place.from}; ` + 'on the right, **the countries of destination**.',
    exportCompare: compare('exports'),
    import: [
      'Similarly, the next chart shows import flows (which country sells which product). It shows the ten main ' +
        `selling countries and the ten largest goods imported ${place.into}. The “others” category gathers the ` +
        'countries and goods beyond these top ten. For easier reading, the five largest flows (an origin for a ' +
        'product) are shown in **red**.',
    ],
    importKey: `On the left, **the main countries of origin**; on the right, **the goods imported ${place.into}**.`,
    importCompare: compare('imports'),
    exposure: [
      'The tariffs announced by the United States in 2025 have led manufacturers to ask how exposed they are to ' +
        `one partner. The profile below shows the trade of ${place.with} with its first customer, the products ` +
        'that depend on it, and where this country stands against the national average. Another partner can be ' +
        'chosen in the list, or with a click on the trade balance.',
      'The dependency indicators measure how concentrated trade is: the share of the first three customers, the ' +
        'Herfindahl–Hirschman index of the customers (the sum of the squares of their shares, in points, from 0 ' +
        'to 10,000) and the share of the first supplier.',
    ],
    practical: [
      'This document takes stock of foreign trade territory by territory, for local stakeholders, at a time when ' +
        'customs duties are changing fast.',
      'To learn more about the socio-economic characteristics of your Territoires d’industrie, a series of ' +
        'portraits was published in October 2024. You can read them here:',
      `- [Socio-economic portraits of the Territoires d’industrie](${PROGRAMME}) (in French)`,
      'To learn more about the Territoires d’industrie programme, see the summary presented at the last General ' +
        'Assembly, on 27 May. It reviews the actions under way and the outlook for 2025:',
      `- [Press kit of the last General Assembly](${PROGRAMME}) (in French)`,
      'Finally, you can contact the Territoires d’industrie programme at national level at ' +
        '[territoires-industrie@anct.gouv.fr](mailto:territoires-industrie@anct.gouv.fr).',
      'To go further:',
      '- ANCT news: [anct.gouv.fr/actualites](https://anct.gouv.fr/actualites)',
      '- DGE news: [entreprises.gouv.fr/la-dge/actualites](https://www.entreprises.gouv.fr/la-dge/actualites)',
    ],
  };
}

/** The report's headings and labels. */
export const texts: ReportTexts = {
  subtitle: (name, year, industry) => `${industry ? 'Territoires d’industrie – ' : ''}${name} (${year})`,
  year: 'Year',
  sections: {
    industry: (level) => `Territoires d’industrie of the ${level === 'france' ? 'country' : level}`,
    figures: 'Key figures',
    intro: 'Introduction',
    context: 'Context and method',
    contextPart: 'Context',
    method: 'Method notes',
    balance: 'Territorial trade balance',
    trend: 'Trends over time',
    export: 'Exports',
    import: 'Imports',
    exposure: 'Exposure to the main partners',
    practical: 'Practical information',
  },
  dependency: (name, year) => `Concentration of trade, ${name} (${year})`,
  industryCredit: 'List of the Territoires d’industrie: ANCT, Licence Ouverte 2.0.',
};
