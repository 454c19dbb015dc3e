/**
 * Where a territory's series lives, and its loading through the shared loader (one
 * request and one cache entry per URL, the same limits and errors as a yearly file).
 */
import type { TradeSeries } from '../../data/contract.ts';
import { TradeError } from '../../data/errors.ts';
import { loadJson, type FetchOptions, type Request } from '../../data/loader.ts';
import { seriesUrl } from '../../data/urls.ts';
import { validateSeries } from '../../data/validate-series.ts';

/** Loads and validates the series a request names (`src`: any series file), checking it is the territory asked for. */
export async function loadSeries(req: Request, opts: FetchOptions): Promise<{ data: TradeSeries; url: string }> {
  const url = req.kind === 'src' ? req.url : seriesUrl(req.base, req.level, req.code);
  const data = await loadJson(url, (json) => validateSeries(json, url), opts);
  if (req.kind === 'territory') {
    const want = `${req.level} ${req.code}`;
    const got = `${data.territory.level} ${data.territory.code}`;
    if (want !== got)
      throw new TradeError('schema', {
        url,
        problem: { code: 'mismatch', path: 'territory', expected: want, found: got },
      });
  }
  return { data, url };
}
