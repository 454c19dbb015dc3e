/**
 * The report's texts in French: those of the ANCT / DGE publication « Les
 * indicateurs clés : commerce extérieur » (2025), for a department as it wrote
 * them, and for a region, France and Monaco in the same voice. Loaded on demand by
 * `<trade-report>`: no other widget needs them.
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
        with: 'le département',
        from: 'depuis le département',
        into: 'dans le département',
        scale: 'départementale',
      };
    case 'region':
      return { with: 'la région', from: 'depuis la région', into: 'dans la région', scale: 'régionale' };
    case 'france':
      return { with: 'la France', from: 'depuis la France', into: 'en France', scale: 'nationale' };
    case 'monaco':
      return { with: 'Monaco', from: 'depuis Monaco', into: 'à Monaco', scale: 'de Monaco' };
  }
}

/** "les échanges du département", by what the territory is. */
const TRADE_OF: Record<ProseContext['kind'], string> = {
  department: 'du département',
  region: 'de la région',
  france: 'de la France',
  monaco: 'de Monaco',
};

const PROGRAMME = 'https://anct.gouv.fr/programmes-dispositifs/territoires-dindustrie';

export function prose(context: ProseContext): ReportProse {
  const place = placeOf(context);
  const scale = context.kind === 'monaco' ? 'à l’échelle de Monaco' : `à l’échelle ${place.scale}`;
  const introduction = {
    department:
      'Souvent analysé à l’échelle nationale, nous proposons ici un regard départemental — l’échelon le plus fin ' +
      'disponible — à travers une sélection d’indicateurs et d’infographies, fondés sur les statistiques établies ' +
      'par les Douanes.',
    region:
      'Souvent analysé à l’échelle nationale, le commerce extérieur est présenté ici à l’échelle régionale, à ' +
      'travers une sélection d’indicateurs et d’infographies, fondés sur les statistiques établies par les Douanes. ' +
      'Les portraits des départements de la région, l’échelon le plus fin disponible, permettent d’aller plus loin.',
    france:
      'Ce portrait présente le commerce extérieur de la France entière, à travers une sélection d’indicateurs et ' +
      'd’infographies, fondés sur les statistiques établies par les Douanes. Les portraits des régions et des ' +
      'départements, l’échelon le plus fin disponible, en donnent la traduction territoriale.',
    monaco:
      'Les Douanes publient les échanges de Monaco à part, au même niveau que ceux des départements : ce portrait ' +
      'les présente à travers une sélection d’indicateurs et d’infographies. Monaco n’est pas un département ' +
      'français ; comme dans les statistiques des Douanes, ses échanges sont comptés dans ceux de la région ' +
      'Provence-Alpes-Côte d’Azur.',
  };
  const equilibria = { department: 'locaux', region: 'régionaux', france: 'nationaux', monaco: 'de Monaco' }[
    context.kind
  ];
  const compare = (flow: string) => {
    switch (context.kind) {
      case 'department':
        return context.soleDepartment
          ? `La situation départementale des ${flow} peut être comparée à celle du pays :`
          : `La situation départementale des ${flow} peut être comparée à celle de la région et du pays :`;
      case 'region':
        return `La situation régionale des ${flow} peut être comparée à celle du pays :`;
      case 'monaco':
        return (
          `La situation des ${flow} de Monaco peut être comparée à celle de la région Provence-Alpes-Côte d’Azur, ` +
          'où les Douanes la comptent, et à celle du pays :'
        );
      case 'france':
        return undefined;
    }
  };
  return {
    intro: [
      'Dans le cadre du programme Territoires d’industrie, copiloté par l’ANCT et la DGE, une première série de ' +
        'portraits socio-économiques territoriaux a été publiée en octobre 2024, en partenariat avec l’INSEE. Ce ' +
        'format se prolonge aujourd’hui par des publications thématiques, en lien avec les enjeux identifiés dans ' +
        'vos territoires. Ce nouveau numéro est ainsi consacré au commerce extérieur, un sujet au cœur de ' +
        'l’actualité économique.',
      introduction[context.kind],
    ],
    context: [
      'Face aux profondes mutations du commerce mondial, l’ouverture des industries et la nature des flux ' +
        'commerciaux exposent les territoires à de nouvelles menaces comme à de nouvelles opportunités.',
      'Depuis le début de l’année 2025, la montée en puissance des menaces de surtaxes douanières émanant des ' +
        'États-Unis a renforcé les tensions commerciales internationales. Dans ce contexte, l’incertitude s’accroît ' +
        'pour les industriels, qui s’interrogent de plus en plus sur leur exposition et leur dépendance aux chaînes ' +
        'de valeur mondiales, tant à l’importation qu’à l’exportation. Cette situation incite les acteurs ' +
        'économiques à diversifier leurs partenaires, sécuriser leurs approvisionnements et saisir de nouvelles ' +
        'opportunités de développement, afin de mieux s’adapter à un environnement commercial en recomposition.',
      'Pourtant, la traduction territoriale de ces évolutions reste encore peu étudiée. Cette publication, fondée ' +
        `sur les données douanières de ${context.year}, propose ainsi un état des lieux par département : elle met ` +
        'en lumière les principales activités exportatrices et importatrices, les pays partenaires les plus ' +
        'importants, et permet de situer chaque territoire par rapport à la moyenne nationale.',
      'Grâce à ce nouvel éclairage, les Territoires d’industrie disposent d’un outil de lecture pour mieux ' +
        'comprendre leur position dans les échanges internationaux dans le contexte économique actuel.',
    ],
    method: [
      'Les infographies présentées permettent d’avoir des ordres de grandeur des grands équilibres actuels, mais ' +
        'comportent certaines limites :',
      '- Les données sont établies selon le lieu de dédouanement, qui ne reflète pas toujours le lieu de production. ' +
        'Par exemple, un bien fabriqué dans un département A peut être exporté depuis un département B. Les chiffres ' +
        'dépendent ainsi des chaînes logistiques mises en place en interne par les entreprises.',
      '- De manière similaire, la présence de grandes infrastructures de transport peut introduire des biais. Par ' +
        'exemple, les zones industrialo-portuaires concentrent les importations d’hydrocarbures, ce qui ne signifie ' +
        'pas que l’usage en est fait exclusivement dans les départements correspondants.',
      '- Enfin, l’échelle infra-départementale, notamment celle des Territoires d’industrie, n’est pas accessible à ' +
        'ce jour. Pour les territoires interdépartementaux, il est recommandé de consulter les fiches des différents ' +
        'départements concernés.',
      'Les infographies reposent sur les données départementales et régionales du commerce extérieur pour l’année ' +
        `${context.year}, produites par la Direction générale des Douanes et Droits indirects et accessibles en ` +
        'open data.',
    ],
    balance: [
      'Cette première infographie identifie les principaux pays concernés par des relations commerciales avec ' +
        `${place.with}, en prenant en compte les principaux pays à l’import et à l’export. Cette vision d’ensemble ` +
        `permet d’apprécier les grands équilibres commerciaux ${equilibria} vis-à-vis de l’extérieur.`,
    ],
    balanceKey:
      'Clé de lecture : pour chaque pays, figurent à gauche le montant des importations et à droite celui des ' +
      'exportations. Le delta constitue la balance commerciale, indiquée en rouge ou en vert selon qu’elle est ' +
      'négative ou positive.',
    activities: [
      'Le graphique suivant représente les principales activités concernées par les échanges commerciaux ' +
        `internationaux ${scale}. Figurent en bleu **les biens importés** ${place.into}, en violet **les biens ` +
        `exportés** ${place.from}. L’aire des compartiments est proportionnelle à l’importance du bien concerné ` +
        'dans sa catégorie d’échange, ce qui permet d’identifier les principales activités concernées à l’import et ' +
        'à l’export, ainsi que la balance globale.',
    ],
    export: [
      'Pour aller plus loin dans l’analyse, le graphique suivant représente les flux d’exportations (quel produit ' +
        `est exporté vers quel pays). Sont représentés les dix premiers biens exportés ${place.from} ainsi que les ` +
        'dix principaux pays acheteurs. La catégorie « autres » comprend les biens et les pays au-delà de ce ' +
        'classement des dix premiers. Pour faciliter la lecture, les cinq principaux flux (tel produit vers telle ' +
        'destination) sont représentés en **rouge**.',
    ],
    exportKey:
      `Figurent à gauche **les principaux biens exportés** ${place.from}, ` + 'à droite **les pays de destination**.',
    exportCompare: compare('exportations'),
    import: [
      'De manière similaire, le graphique suivant représente les flux d’importations (quel pays vend quel produit). ' +
        `Sont représentés les dix principaux pays vendeurs ainsi que les dix premiers biens importés ${place.into}. ` +
        'La catégorie « autres » comprend les pays et les biens au-delà de ce classement des dix premiers. Pour ' +
        'faciliter la lecture, les cinq principaux flux (telle origine pour tel produit) sont représentés en ' +
        '**rouge**.',
    ],
    importKey: `Figurent à gauche **les principaux pays d’origine**, à droite **les biens importés ${place.into}**.`,
    importCompare: compare('importations'),
    exposure: [
      'Les droits de douane annoncés par les États-Unis en 2025 ont conduit les industriels à s’interroger sur ' +
        `leur exposition à un partenaire. Le profil ci-dessous montre les échanges ${TRADE_OF[context.kind]} ` +
        'avec son premier client, les produits qui en dépendent, et la place de ce pays face à la moyenne nationale. ' +
        'Un autre partenaire se choisit dans la liste, ou d’un clic sur la balance commerciale.',
      'Les indicateurs de dépendance mesurent la concentration des échanges : la part des trois premiers clients, ' +
        'l’indice de Herfindahl–Hirschman des clients (somme des carrés de leurs parts, en points, de 0 à 10 000) ' +
        'et la part du premier fournisseur.',
    ],
    practical: [
      'Ce document a pour objectif de dresser un état des lieux territorialisé du commerce extérieur, à destination ' +
        'des acteurs locaux, dans un contexte douanier en forte évolution.',
      'Si vous souhaitez en savoir plus sur les caractéristiques socio-économiques de vos Territoires d’industrie, ' +
        'une série de portraits a été publiée en octobre 2024. Vous pouvez les consulter à l’adresse suivante :',
      `- [Portraits socio-économiques des Territoires d’industrie](${PROGRAMME})`,
      'Pour en savoir plus sur le programme Territoires d’industrie, nous vous invitons à consulter la synthèse ' +
        'présentée lors de la dernière Assemblée générale, le 27 mai dernier. Vous y trouverez un récapitulatif des ' +
        'actions en cours ainsi que les perspectives pour l’année 2025 :',
      `- [Dossier de presse de la dernière Assemblée générale](${PROGRAMME})`,
      'Enfin, vous pouvez contacter le programme Territoires d’industrie au niveau national à l’adresse ' +
        '[territoires-industrie@anct.gouv.fr](mailto:territoires-industrie@anct.gouv.fr).',
      'Pour aller plus loin :',
      '- Retrouvez l’actualité de l’ANCT : [anct.gouv.fr/actualites](https://anct.gouv.fr/actualites)',
      '- Retrouvez l’actualité de la DGE : ' +
        '[entreprises.gouv.fr/la-dge/actualites](https://www.entreprises.gouv.fr/la-dge/actualites)',
    ],
  };
}

/** "Territoires d’industrie du département", "… de la région". */
const INDUSTRY_OF = { department: 'du département', region: 'de la région', france: 'de France' };

/** The report's headings and labels. */
export const texts: ReportTexts = {
  subtitle: (name, year, industry) => `${industry ? 'Territoires d’industrie – ' : ''}${name} (${year})`,
  year: 'Année',
  sections: {
    industry: (level) => `Territoires d’industrie ${INDUSTRY_OF[level]}`,
    figures: 'Chiffres clés',
    intro: 'Introduction',
    context: 'Contexte et méthodologie',
    contextPart: 'Contexte',
    method: 'Précisions méthodologiques',
    balance: 'Balance commerciale territoriale',
    trend: 'Évolution',
    export: 'Exportations',
    import: 'Importations',
    exposure: 'Exposition aux principaux partenaires',
    practical: 'Informations pratiques',
  },
  dependency: (name, year) => `Concentration des échanges, ${name} (${year})`,
  industryCredit: 'Liste des Territoires d’industrie : ANCT, Licence Ouverte 2.0.',
};
