/**
 * The shapes the demo archive is drawn from: rough sizes of each department's
 * trade, its sector profile, and partner-country weights. Plausible orders of
 * magnitude for charts that look right; NOT real statistics.
 *
 * Specs are written "CODE:weight CODE:weight …" to keep the tables readable.
 */
import type { Flow } from '../../data/contract.ts';

/** "A01Z:3 C11Z:2" → { A01Z: 3, C11Z: 2 } */
function spec(s: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const item of s.trim().split(/\s+/)) {
    if (!item) continue;
    const [code, w] = item.split(':');
    out[code] = Number(w);
  }
  return out;
}

/**
 * Rough 2024 trade per DGDDI department, in billions of euros: [exports, imports].
 * Scaled to the calibration targets.
 */
export const DEPARTMENT_SIZE: Record<string, [number, number]> = {
  '01': [6.5, 6],
  '02': [3.2, 2.8],
  '03': [1.5, 1.3],
  '04': [0.6, 0.5],
  '05': [0.2, 0.2],
  '06': [4, 4.5],
  '07': [1.2, 1],
  '08': [1.6, 1.2],
  '09': [0.6, 0.4],
  '10': [1.8, 1.6],
  '11': [1, 1],
  '12': [1, 0.7],
  '13': [20, 38],
  '14': [2.2, 3],
  '15': [0.3, 0.2],
  '16': [4.5, 1.5],
  '17': [2.5, 3.2],
  '18': [1.8, 1],
  '19': [0.7, 0.5],
  '20': [0.2, 0.6],
  '21': [2.5, 2],
  '22': [1.6, 1.5],
  '23': [0.2, 0.1],
  '24': [1, 0.8],
  '25': [5, 4.5],
  '26': [2.2, 2.5],
  '27': [5.5, 5],
  '28': [3.5, 3.5],
  '29': [2, 2.2],
  '30': [1.8, 2.2],
  '31': [37, 22],
  '32': [0.59, 0.68],
  '33': [9, 9],
  '34': [2.5, 3.5],
  '35': [4, 5],
  '36': [0.8, 0.6],
  '37': [2.5, 2.5],
  '38': [10, 10],
  '39': [1.3, 1],
  '40': [1.8, 1.6],
  '41': [1.8, 1.5],
  '42': [3, 3.2],
  '43': [1, 0.8],
  '44': [14, 20],
  '45': [6, 7],
  '46': [0.5, 0.3],
  '47': [1.2, 1],
  '48': [0.1, 0.05],
  '49': [3.5, 4],
  '50': [2, 1.5],
  '51': [7, 3.5],
  '52': [1, 0.8],
  '53': [1.5, 1.2],
  '54': [2.5, 3],
  '55': [0.9, 0.8],
  '56': [2, 2.2],
  '57': [7, 9],
  '58': [0.4, 0.4],
  '59': [27, 35],
  '60': [6, 7.5],
  '61': [1, 0.8],
  '62': [7, 7],
  '63': [4.5, 4],
  '64': [4.5, 4],
  '65': [0.9, 0.6],
  '66': [1.6, 2.8],
  '67': [13, 13],
  '68': [9, 8.5],
  '69': [20, 24],
  '70': [1, 0.8],
  '71': [3.5, 3],
  '72': [2.5, 2.8],
  '73': [2.5, 2],
  '74': [4.5, 4.5],
  '75': [28, 55],
  '76': [17, 28],
  '77': [7, 12],
  '78': [13, 16],
  '79': [1.5, 1.2],
  '80': [2.5, 2.2],
  '81': [1.5, 1],
  '82': [1.3, 0.9],
  '83': [2, 3],
  '84': [2.2, 3],
  '85': [2.2, 2],
  '86': [1.3, 1.3],
  '87': [1.6, 1.2],
  '88': [1.6, 1.5],
  '89': [1.2, 1],
  '90': [2, 1.2],
  '91': [8, 11],
  '92': [25, 40],
  '93': [7, 14],
  '94': [6, 14],
  '95': [12, 20],
  '99': [0.5, 0.6],
  '9A': [0.25, 2.8],
  '9B': [0.35, 2.9],
  '9C': [0.8, 1.6],
  '9D': [0.4, 5.5],
  '9E': [0.05, 0.6],
};

/** National product mix (A129 weights), per flow. Codes not listed weigh 0.05. */
export const PRODUCT_BASE: Record<Flow, Record<string, number>> = {
  export: spec(`
    A01Z:3 A02Z:0.2 A03Z:0.2 B06Z:0.5 B08Z:0.3 C10A:1.2 C10B:0.3 C10C:0.8 C10D:0.5 C10E:1.5 C10F:0.8
    C10G:0.6 C10H:1.5 C10K:0.6 C11Z:3.5 C13Z:0.6 C14Z:2 C15Z:2.5 C16Z:0.3 C17A:0.7 C17B:0.6 C19Z:2
    C20A:6 C20B:4.5 C20C:2 C21Z:6.5 C22A:1.2 C22B:2 C23A:0.5 C23B:0.8 C24A:2 C24B:1.5 C24C:0.3 C25A:0.3
    C25B:0.2 C25C:0.5 C25E:1.5 C26A:1.5 C26B:0.8 C26C:0.8 C26D:0.3 C26E:2 C26F:0.6 C26G:0.4 C27A:0.5
    C27B:3 C28A:3.5 C28B:0.7 C28C:0.4 C28D:2 C29A:4.5 C29B:3 C30A:0.6 C30B:0.4 C30C:12 C30D:0.3 C30E:0.3
    C31Z:0.4 C32A:2.5 C32B:1.2 C32C:1 E38Z:0.6 J58Z:0.3 R90Z:0.3 R91Z:0.1`),
  import: spec(`
    A01Z:2 A02Z:0.1 A03Z:0.4 B05Z:0.3 B06Z:8 B07Z:0.4 B08Z:0.3 C10A:1.2 C10B:0.8 C10C:1.2 C10D:0.7
    C10E:1 C10F:0.5 C10G:0.5 C10H:1.5 C10K:0.4 C11Z:0.8 C12Z:0.4 C13Z:1 C14Z:3.5 C15Z:2 C16Z:0.6
    C17A:0.8 C17B:0.6 C19Z:4 C20A:6 C20B:1.5 C20C:2 C21Z:5 C22A:1 C22B:2 C23A:0.4 C23B:0.8 C24A:2.5
    C24B:2.5 C24C:0.2 C25A:0.4 C25B:0.2 C25C:0.3 C25E:1.5 C26A:2 C26B:2.5 C26C:2.5 C26D:0.8 C26E:1.5
    C26F:0.8 C26G:0.6 C27A:1.2 C27B:3 C28A:3.5 C28B:0.7 C28C:0.5 C28D:1.8 C29A:8 C29B:3 C30A:0.5 C30B:0.4
    C30C:7 C30E:0.6 C31Z:1 C32A:1.2 C32B:1.4 C32C:1.5 E38Z:0.4 J58Z:0.3 R90Z:0.1`),
};

/**
 * Electricity and gas by pipeline or line are attributed to Paris (75) by
 * convention (DGDDI description): these products appear nowhere else.
 */
export const PARIS_ONLY: Partial<Record<string, true>> = { D35A: true, D35B: true };

/**
 * Each department's sector profile: A129 multipliers on the national mix. The
 * import profile defaults to the square root of the export one.
 */
const SECTOR_SPECS: Record<string, { export: string; import?: string }> = {
  '01': { export: 'C22B:4 C28A:2 C21Z:2' },
  '02': { export: 'C10F:5 A01Z:4 C20A:2 C23A:4' },
  '03': { export: 'C29B:4 C10A:3' },
  '06': { export: 'C20B:5 C26C:3 C21Z:2' },
  '07': { export: 'C30E:6 C22B:2' },
  '08': { export: 'C24C:12 C29B:3' },
  '09': { export: 'C30C:3 C17A:6' },
  '10': { export: 'C14Z:6 C13Z:6 C11Z:6' },
  '11': { export: 'C11Z:12 A01Z:3' },
  '12': { export: 'C29B:6 C10E:8' },
  '13': { export: 'C19Z:6 C20A:3 C30C:2', import: 'B06Z:4 C19Z:3 C29A:1.5' },
  '14': { export: 'C10E:4 C29B:2 C26A:2' },
  '15': { export: 'C10E:10' },
  '16': { export: 'C11Z:25' },
  '17': { export: 'C30B:5 C11Z:4 C30A:3' },
  '18': { export: 'C25C:12 C28A:2' },
  '19': { export: 'C10A:6 C27B:3' },
  '20': { export: 'C11Z:4', import: 'C19Z:6' },
  '21': { export: 'C11Z:5 C21Z:2 C10H:2' },
  '22': { export: 'C10A:6 C10K:5' },
  '24': { export: 'C10A:4 C17A:3' },
  '25': { export: 'C29A:6 C26E:5' },
  '26': { export: 'C21Z:3 C20C:3 C10H:2' },
  '27': { export: 'C21Z:4 C20B:4' },
  '28': { export: 'C20B:6 C21Z:3' },
  '29': { export: 'C10A:5 C10B:5' },
  '30': { export: 'C20A:3 C10C:3' },
  '31': { export: 'C30C:14 C26E:2 C21Z:1.5', import: 'C30C:8 C26E:2' },
  '32': { export: 'A01Z:14 C11Z:14 C10A:16 C10D:4 C30C:1.2', import: 'A01Z:6 C10A:5 C28B:4 C20C:2 C11Z:2' },
  '33': { export: 'C11Z:10 C30C:3 C20A:1.5' },
  '34': { export: 'C11Z:4 C26B:2 C21Z:2' },
  '35': { export: 'C29A:3 C10A:3 C10E:2' },
  '37': { export: 'C21Z:4' },
  '38': { export: 'C26A:6 C27B:4 C21Z:2' },
  '39': { export: 'C10E:6 C22B:3 C32C:3' },
  '40': { export: 'C16Z:8 C17A:6 C10A:3' },
  '41': { export: 'C20B:5 C21Z:2' },
  '42': { export: 'C24A:3 C28A:3' },
  '43': { export: 'C22B:4 C13Z:3' },
  '44': { export: 'C30C:4 C30A:5 C19Z:2', import: 'B06Z:4 C19Z:2' },
  '45': { export: 'C20B:5 C21Z:3' },
  '47': { export: 'A01Z:6 C10C:6' },
  '49': { export: 'C10H:2 C26A:2 C11Z:2' },
  '50': { export: 'C10E:6 C30A:2' },
  '51': { export: 'C11Z:18 A01Z:2' },
  '52': { export: 'C25E:4 C24C:4' },
  '53': { export: 'C10E:6' },
  '54': { export: 'C24A:5 C17A:2' },
  '56': { export: 'C10A:4 C30A:3' },
  '57': { export: 'C29A:3 C24A:4', import: 'C24A:2 B05Z:3' },
  '59': { export: 'C24A:3 C29A:2 C10H:2' },
  '60': { export: 'C20B:3 C28B:3' },
  '62': { export: 'C29A:3 C10C:2' },
  '63': { export: 'C22A:10' },
  '64': { export: 'C30C:6 B06Z:3' },
  '65': { export: 'C30C:4 C30B:4' },
  '66': { export: 'A01Z:3 C10C:4', import: 'A01Z:8 C10C:4' },
  '67': { export: 'C21Z:2 C29B:2 C28A:2' },
  '68': { export: 'C29A:3 C21Z:2 C28D:2' },
  '69': { export: 'C21Z:3 C20A:2 C29A:2' },
  '70': { export: 'C29B:5' },
  '71': { export: 'C24A:3 C28D:2' },
  '72': { export: 'C29B:3 C10A:3' },
  '73': { export: 'C24B:8' },
  '74': { export: 'C25E:6 C28C:5' },
  '75': { export: 'D35A:300 C32A:4 C15Z:4 C20B:3 C14Z:2', import: 'B06Z:6 D35A:200 C32A:3 C15Z:3' },
  '76': { export: 'C19Z:5 C20A:3', import: 'B06Z:6 C19Z:2' },
  '77': { export: 'C21Z:2 C20B:2' },
  '78': { export: 'C29A:6 C30C:2' },
  '79': { export: 'C10E:4' },
  '80': { export: 'C10F:3 C28B:3' },
  '81': { export: 'C21Z:5 C15Z:4' },
  '82': { export: 'A01Z:6 C10C:4' },
  '83': { export: 'C30A:5 C30D:4' },
  '84': { export: 'C10C:4 C11Z:3' },
  '85': { export: 'C30A:8 C31Z:4' },
  '86': { export: 'C29B:3' },
  '87': { export: 'C27B:5 C23A:4' },
  '88': { export: 'C16Z:5 C17A:4 C13Z:3' },
  '89': { export: 'C11Z:5' },
  '90': { export: 'C28A:8 C30B:5' },
  '91': { export: 'C26A:3 C21Z:2' },
  '92': { export: 'C21Z:3 C30C:2 C26C:2' },
  '93': { export: 'C20B:2 C32A:2' },
  '94': { export: 'C10H:2 C21Z:2', import: 'C10C:3 C10A:2' },
  '95': { export: 'C30C:3 C26B:3' },
  '99': { export: 'C20B:4 C32A:4' },
  '9A': { export: 'A01Z:10 C11Z:10', import: 'C19Z:6 C29A:3 C10A:2' },
  '9B': { export: 'A01Z:10 C11Z:10', import: 'C19Z:6 C29A:3 C10A:2' },
  '9C': { export: 'C30C:15 A03Z:5', import: 'C19Z:6 C29A:3 C30C:3' },
  '9D': { export: 'C10H:8 A03Z:5', import: 'C19Z:5 C29A:3 C10A:2' },
  '9E': { export: 'A03Z:10', import: 'C19Z:5 C10A:4' },
};

/** Partner weights, per flow. Codes valid in the year but not listed weigh 0.005-0.03. */
export const COUNTRY_BASE: Record<Flow, Record<string, number>> = {
  export: spec(`
    DE:13.5 BE:9 IT:8 ES:8.5 US:8 GB:6 NL:5 CH:4 CN:4 PL:2.3 JP:1.4 SG:1.3 AE:1.1 SE:1 AT:1 PT:1 IE:0.8
    CZ:0.9 HK:1 KR:0.9 IN:0.8 TR:0.8 CA:0.8 DK:0.6 LU:0.6 MA:1.2 DZ:0.8 TN:0.6 GR:0.5 RO:0.6 HU:0.5 SA:0.6
    QA:0.4 AU:0.5 BR:0.6 MX:0.4 NO:0.4 FI:0.3 SK:0.3 SI:0.2 BG:0.2 HR:0.2 IL:0.3 EG:0.3 SN:0.3 CI:0.3
    ZA:0.3 TW:0.5 TH:0.3 VN:0.2 MY:0.2 ID:0.2 CL:0.2 UA:0.3 NC:0.3 PF:0.2 XS:0.1 QU:0.05 XC:0.02 XK:0.01`),
  import: spec(`
    DE:14 BE:10 NL:8 IT:8 ES:8 CN:9 US:6.5 GB:3.2 CH:2.5 PL:1.8 IE:1.5 JP:1.3 TR:1.3 CZ:1.2 PT:1.2 AT:1
    SE:0.9 IN:1 VN:1 KR:0.8 TW:0.6 MA:1.3 TN:1 NO:2 DZ:1 KZ:0.8 NG:0.6 LY:0.6 SA:0.7 BD:0.7 HU:0.7
    RO:0.8 SK:0.7 SG:0.5 TH:0.6 MY:0.4 ID:0.4 BR:0.5 CA:0.4 IL:0.3 HK:0.2 XS:0.15 QU:0.1 XC:0.01 XK:0.01`),
};

/** Partner multipliers by department: neighbours, and the overseas departments' own region. */
const COUNTRY_BY_DEPARTMENT_SPECS: Record<string, string> = {
  '67': 'DE:2.5 CH:1.5',
  '68': 'DE:2.5 CH:3',
  '57': 'DE:2.5 LU:4',
  '54': 'DE:1.5 LU:4',
  '55': 'LU:2 BE:1.5',
  '59': 'BE:2.5 NL:1.5 GB:1.5',
  '62': 'BE:2 GB:2',
  '02': 'BE:2',
  '08': 'BE:3',
  '64': 'ES:3',
  '66': 'ES:4 MA:2',
  '09': 'ES:3 AD:20',
  '31': 'ES:2',
  '65': 'ES:2.5',
  '11': 'ES:2',
  '32': 'ES:2.2 IT:1.2',
  '06': 'IT:3 MC:5',
  '73': 'IT:3 CH:1.5',
  '74': 'CH:4 IT:1.5',
  '01': 'CH:2.5',
  '25': 'CH:3',
  '90': 'CH:2',
  '39': 'CH:2',
  '05': 'IT:2',
  '04': 'IT:2',
  '99': 'IT:3 CH:2',
  '20': 'IT:3',
  '9A': 'US:2 TT:20 DO:10 BR:2',
  '9B': 'US:2 TT:20 DO:8 BR:2',
  '9C': 'BR:15 SR:25 TT:10 US:1.5',
  '9D': 'SG:5 ZA:10 MU:25 CN:2 IN:3 MG:8',
  '9E': 'KM:40 MG:30 ZA:6 AE:4 IN:2',
};

/** Partner multipliers by product and flow; `*` multiplies every other country. */
const COUNTRY_BY_PRODUCT_SPECS: Record<Flow, Record<string, string>> = {
  export: {
    C11Z: 'US:3 GB:2.5 CN:2 SG:3 HK:4 JP:2 CA:2',
    C30C: 'US:2 DE:3 CN:3 SG:2 AE:3 QA:3 IN:3 GB:2 QU:40',
    A01Z: 'IT:2 BE:2 NL:2 DZ:3 MA:3 EG:3 ES:1.5',
    C10A: 'BE:2 ES:2 JP:2 HK:2',
    C21Z: 'US:2 CH:2 BE:1.5',
    C32A: 'CH:3 HK:3 US:2 AE:2',
    D35A: '*:0 ES:5 DE:5 BE:4 CH:5 IT:5 GB:4',
  },
  import: {
    B06Z: '*:0.1 NO:15 US:4 KZ:10 NG:10 LY:10 SA:8 DZ:8 QA:8 IQ:8 AZ:8 GB:2 NL:2',
    C19Z: 'BE:2 NL:3 US:2 IN:3 SA:3 AE:3 KR:2',
    D35A: '*:0 ES:5 DE:5 BE:4 CH:5 IT:5 GB:4',
    C26A: 'CN:3 TW:4 MY:3 KR:3 VN:2',
    C26B: 'CN:4 TW:2 VN:2',
    C26C: 'CN:4 VN:3 KR:2',
    C14Z: 'CN:3 BD:6 VN:3 TR:2 IN:2 MA:2 TN:2',
    C15Z: 'CN:3 VN:4 IT:2 IN:2',
    A01Z: 'ES:2 MA:3 BR:2 NL:2 CI:3',
    C29A: 'DE:2 ES:2 SK:3 CZ:2 JP:2 CN:2',
  },
};

const mapValues = <T, U>(o: Record<string, T>, f: (v: T) => U): Record<string, U> =>
  Object.fromEntries(Object.entries(o).map(([k, v]) => [k, f(v)]));

/** A129 multipliers by department and flow (imports default to the square root of exports). */
export const SECTORS: Partial<Record<string, Record<Flow, Record<string, number>>>> = mapValues(SECTOR_SPECS, (s) => ({
  export: spec(s.export),
  import: s.import === undefined ? mapValues(spec(s.export), Math.sqrt) : spec(s.import),
}));
export const COUNTRY_BY_DEPARTMENT = mapValues(COUNTRY_BY_DEPARTMENT_SPECS, spec);
/** Country multipliers by flow and product; "*" weighs the countries a product's list does not name. */
export const COUNTRY_BY_PRODUCT: Record<Flow, Record<string, Partial<Record<string, number>>>> = {
  export: mapValues(COUNTRY_BY_PRODUCT_SPECS.export, spec),
  import: mapValues(COUNTRY_BY_PRODUCT_SPECS.import, spec),
};

/** Seasonal weight of the quarters, by product; others are flat. */
export const SEASONS: Record<string, [number, number, number, number]> = {
  A01Z: [0.8, 0.7, 1.2, 1.3],
  C11Z: [0.85, 0.9, 1, 1.3],
  C10A: [0.8, 0.8, 0.9, 1.5],
  C10C: [0.9, 1.2, 1.1, 0.8],
  B06Z: [1.3, 0.8, 0.7, 1.2],
  D35A: [1.4, 0.7, 0.6, 1.3],
};

/** Rough euros per kilogram, for the mass column. Others: 5 €/kg. */
export const PRICE_PER_KG: Record<string, number> = {
  A01Z: 0.4,
  A02Z: 0.1,
  B05Z: 0.15,
  B06Z: 0.5,
  B07Z: 0.3,
  B08Z: 0.1,
  C10F: 0.6,
  C19Z: 0.8,
  C11Z: 6,
  C10A: 5,
  C20A: 1.5,
  C21Z: 150,
  C24A: 1,
  C26A: 200,
  C26B: 80,
  C26C: 150,
  C26E: 120,
  C29A: 12,
  C30C: 900,
  C32A: 3000,
  D35A: 0.1,
  E38Z: 0.3,
};
