import type { ZaakregistratieConfig } from './zaakregistratie.config';
import { type ZgwClient, ZgwFout, type ZgwObject } from './zgw.client';
import { zelfdeUrl } from './zaakopdracht.rules';

/** The configuration does not fit the catalogue: nothing is sent until it is fixed. */
export class ZaakregistratieConfigFout extends Error {
  constructor(readonly problemen: string[]) {
    super(
      `Zaakregistratie is verkeerd ingesteld; er gaat niets naar het zaaksysteem tot dit is opgelost: ${problemen.join(' ')}`,
    );
  }
}

/**
 * Reads the zaaktype, statustypen, besluittype and informatieobjecttype from the Catalogi API and
 * checks that they belong together and may be used (not a concept). Every problem is listed at
 * once, naming the setting to change. A Catalogi API that cannot be reached is not a
 * configuration fault: that error is thrown as is and the round is retried.
 */
export async function controleerCatalogus(client: ZgwClient, config: ZaakregistratieConfig): Promise<void> {
  const problemen: string[] = [];
  const lees = async (variabele: string, url: string): Promise<ZgwObject | null> => {
    try {
      return await client.lees(url);
    } catch (e) {
      if (e instanceof ZgwFout && e.status !== null && e.status >= 400 && e.status < 500 && e.status !== 429) {
        problemen.push(
          e.status === 401 || e.status === 403
            ? `${variabele}: de Catalogi API weigert de toegang (HTTP ${e.status}); controleer ZGW_CLIENT_ID, ZGW_SECRET en de rechten van deze applicatie.`
            : `${variabele}: ${url} bestaat niet in de Catalogi API (HTTP ${e.status}).`,
        );
        return null;
      }
      throw e;
    }
  };
  const zaaktype = await lees('ZGW_ZAAKTYPE', config.zaaktype);
  if (zaaktype?.concept === true) {
    problemen.push('ZGW_ZAAKTYPE: dit zaaktype is nog een concept; publiceer het in de catalogus.');
  }
  for (const [status, url] of Object.entries(config.statustypen)) {
    const statustype = await lees(`ZGW_STATUSTYPEN (${status})`, url);
    if (statustype && !zelfdeUrl(statustype.zaaktype, config.zaaktype)) {
      problemen.push(`ZGW_STATUSTYPEN (${status}): dit statustype hoort bij een ander zaaktype dan ZGW_ZAAKTYPE.`);
    }
  }
  const besluittype = await lees('ZGW_BESLUITTYPE', config.besluittype);
  if (besluittype) {
    if (besluittype.concept === true) {
      problemen.push('ZGW_BESLUITTYPE: dit besluittype is nog een concept; publiceer het in de catalogus.');
    }
    if (Array.isArray(besluittype.zaaktypen) && !besluittype.zaaktypen.some((z) => zelfdeUrl(z, config.zaaktype))) {
      problemen.push('ZGW_BESLUITTYPE: dit besluittype hoort niet bij ZGW_ZAAKTYPE.');
    }
  }
  if (config.informatieobjecttype) {
    const iot = await lees('ZGW_INFORMATIEOBJECTTYPE', config.informatieobjecttype);
    if (iot && besluittype && Array.isArray(besluittype.informatieobjecttypen)) {
      if (!besluittype.informatieobjecttypen.some((i) => zelfdeUrl(i, config.informatieobjecttype!))) {
        problemen.push(
          'ZGW_INFORMATIEOBJECTTYPE: dit informatieobjecttype mag niet bij ZGW_BESLUITTYPE (zie informatieobjecttypen van het besluittype).',
        );
      }
    }
    if (iot && zaaktype && Array.isArray(zaaktype.informatieobjecttypen)) {
      if (!zaaktype.informatieobjecttypen.some((i) => zelfdeUrl(i, config.informatieobjecttype!))) {
        problemen.push(
          'ZGW_INFORMATIEOBJECTTYPE: dit informatieobjecttype mag niet bij ZGW_ZAAKTYPE (zie informatieobjecttypen van het zaaktype).',
        );
      }
    }
  }
  if (problemen.length > 0) {
    throw new ZaakregistratieConfigFout(problemen);
  }
}
