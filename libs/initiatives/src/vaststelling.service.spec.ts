import { type DomainError, FoutCode, type Gebruiker, Rol, toGlobalId } from '@buurtwerk/core';
import { VaststellingService } from './vaststelling.service';

/** A collaborator this test must not reach: any use fails the test with its name. */
function onaanraakbaar<T>(naam: string): T {
  return new Proxy(
    {},
    { get: (_t, p) => (p === 'then' ? undefined : () => Promise.reject(new Error(`${naam}.${String(p)} aangeraakt`))) },
  ) as T;
}

const anna: Gebruiker = { sub: 'anna', naam: 'Anna', email: null, rollen: [Rol.BEWONER], buurtcode: null };
const ID = toGlobalId('Initiatief', '00000000-0000-4000-8000-000000000001');

const dienst = () => new VaststellingService(onaanraakbaar('dossier'), onaanraakbaar('besluiten'), onaanraakbaar('grootboek'));

async function weigering(p: Promise<unknown>): Promise<DomainError> {
  return p.then(
    () => {
      throw new Error('niet geweigerd');
    },
    (e: DomainError) => e,
  );
}

describe('VaststellingService: de uitvoering melden, gecontroleerd voordat het dossier wordt geopend', () => {
  it.each<[string, string]>([
    ['Awb 4:45: een leeg verslag zegt niets over de uitvoering', '  \n '],
    ['Awb 4:45: een verslag van meer dan 10000 tekens wordt geweigerd', 'x'.repeat(10001)],
  ])('%s', async (_naam, verslag) => {
    const f = await weigering(dienst().uitvoeringMelden(ID, verslag, 12000, anna));
    expect(f.code).toBe(FoutCode.BAD_USER_INPUT);
    expect(f.velden).toEqual([
      { veld: 'verslag', melding: 'beschrijf kort hoe het initiatief is uitgevoerd (hoogstens 10000 tekens).' },
    ]);
  });

  it('Awb 4:45: een verslag gaat als handeling van de indiener naar het dossier', async () => {
    await expect(dienst().uitvoeringMelden(ID, 'De moestuin ligt er en wordt gebruikt.', 12000, anna)).rejects.toThrow(
      'dossier.alsIndiener aangeraakt',
    );
  });
});
