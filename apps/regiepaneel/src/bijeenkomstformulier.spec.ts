import { controleerBijeenkomst } from './bijeenkomstformulier';

const geldig = {
  titel: ' Netwerkbijeenkomst voorjaar ',
  thema: '',
  buurtId: 'QnV1cnQ6MQ',
  datum: '2027-04-15',
  begintijd: '19:30',
  eindtijd: '21:30',
  locatie: ' Buurthuis ',
  capaciteit: '80',
};

describe('het formulier van een netwerkbijeenkomst', () => {
  it('maakt van geldige invoer wat de API krijgt: tijden in Heerlen als moment, zonder witruimte', () => {
    expect(controleerBijeenkomst(geldig)).toEqual({
      fouten: {},
      invoer: {
        titel: 'Netwerkbijeenkomst voorjaar',
        thema: null,
        buurtId: 'QnV1cnQ6MQ',
        begin: '2027-04-15T17:30:00.000Z', // summer time, UTC+2
        eind: '2027-04-15T19:30:00.000Z',
        locatie: 'Buurthuis',
        capaciteit: 80,
      },
    });
  });

  it('noemt elk leeg of ongeldig veld en stuurt dan niets', () => {
    const r = controleerBijeenkomst({ ...geldig, titel: ' ', buurtId: '', begintijd: '7 uur', eindtijd: '', capaciteit: '12,5' });
    expect(r.invoer).toBeNull();
    expect(r.fouten).toEqual({
      titel: 'Vul een titel in.',
      buurtId: 'Kies de gastbuurt.',
      begintijd: 'Vul een geldige begintijd in, bijvoorbeeld 19:30.',
      eindtijd: 'Vul de eindtijd in.',
      capaciteit: 'Vul het aantal plaatsen in als een heel getal.',
    });
  });
});
