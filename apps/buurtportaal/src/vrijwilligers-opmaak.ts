import type { VrijwilligersThema, VrijwilligerStatus } from './gql/graphql';

/** The themes of volunteer work in plain Dutch. */
export const THEMA: Record<VrijwilligersThema, string> = {
  GROEN_EN_BUITEN: 'Groen en buiten',
  SPORT_EN_SPEL: 'Sport en spel',
  ZORG_EN_WELZIJN: 'Zorg en welzijn',
  JEUGD: 'Jeugd',
  OUDEREN: 'Ouderen',
  CULTUUR: 'Cultuur',
  TAAL_EN_LEREN: 'Taal en leren',
  SCHOON_EN_VEILIG: 'Schoon en veilig',
  EVENEMENTEN: 'Evenementen',
  OVERIG: 'Overig',
};

export const THEMAS = Object.keys(THEMA) as VrijwilligersThema[];

export function vrijwilligerStatus(status: VrijwilligerStatus, positie: number | null, bevestigd: boolean): string {
  switch (status) {
    case 'AANGEMELD':
      return bevestigd ? 'Aangemeld en bevestigd door de organisator' : 'Aangemeld; de organisator neemt contact met je op';
    case 'WACHTLIJST':
      return `Op de wachtlijst${positie ? `, plaats ${positie}` : ''}`;
    case 'AFGEMELD':
      return 'Afgemeld';
  }
}
