/** Dutch names for the API's initiative enums (presentation only; the rules live in the API). */

const STATUSSEN: Record<string, string> = {
  CONCEPT: 'Concept',
  INGEDIEND: 'Ingediend',
  IN_BEHANDELING: 'In behandeling',
  AANVULLING_GEVRAAGD: 'Aanvulling gevraagd',
  BIJ_BUURTPANEL: 'Bij het buurtpanel',
  TOEGEKEND: 'Toegekend',
  AFGEWEZEN: 'Afgewezen',
  UITGEVOERD: 'Uitgevoerd',
  VASTGESTELD: 'Vastgesteld',
  INGETROKKEN: 'Ingetrokken',
  BUITEN_BEHANDELING: 'Buiten behandeling gesteld',
};

export function statusnaam(status: string): string {
  return STATUSSEN[status] ?? status;
}

const SOORTEN: Record<string, string> = {
  FINANCIELE_BIJDRAGE: 'Geld',
  MATERIAAL: 'Materiaal',
  PROMOTIE: 'Bekendheid',
  LOCATIE: 'Ruimte',
  ADVIES: 'Advies',
  VERZEKERING: 'Verzekering',
  ANDERS: 'Anders',
};

export function instrumentsoort(soort: string): string {
  return SOORTEN[soort] ?? soort;
}

const GRONDEN: Record<string, string> = {
  BESTUURSFUNCTIE: 'zit in het bestuur van de aanvragende organisatie',
  INDIENER: 'heeft het initiatief ingediend',
  NEVENFUNCTIE: 'heeft een nevenfunctie bij de aanvragende organisatie',
  VERKLARING: 'heeft zelf een belang gemeld',
};

export function conflictgrond(grond: string): string {
  return GRONDEN[grond] ?? grond;
}

const AANVRAGERS: Record<string, string> = {
  BEWONER: 'Ik, als bewoner',
  BEWONERSGROEP: 'Een groep bewoners',
  ORGANISATIE: 'Een organisatie',
};

export function aanvragersoort(soort: string): string {
  return AANVRAGERS[soort] ?? soort;
}

const SCHALEN: Record<string, string> = { BUURT: 'Eén buurt', STADSDEEL: 'Een stadsdeel', STAD: 'Heel Heerlen' };

export function schaalnaam(schaal: string): string {
  return SCHALEN[schaal] ?? schaal;
}
