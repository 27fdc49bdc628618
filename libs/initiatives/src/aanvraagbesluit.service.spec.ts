import { type DomainError, FoutCode, type Gebruiker, Rol, toGlobalId } from '@buurtwerk/core';
import { AanvraagbesluitService } from './aanvraagbesluit.service';
import type { BesluitInput } from './dto/initiatief.input';
import { BesluitUitkomst } from './initiatief.entity';

/** A collaborator this test must not reach: any use fails the test with its name. */
function onaanraakbaar<T>(naam: string): T {
  return new Proxy(
    {},
    { get: (_t, p) => (p === 'then' ? undefined : () => Promise.reject(new Error(`${naam}.${String(p)} aangeraakt`))) },
  ) as T;
}

const bea: Gebruiker = { sub: 'bea', naam: 'Bea', email: null, rollen: [Rol.BELEIDSMEDEWERKER], buurtcode: null };
const ID = toGlobalId('Initiatief', '00000000-0000-4000-8000-000000000001');

const dienst = () =>
  new AanvraagbesluitService(
    onaanraakbaar('dossier'),
    onaanraakbaar('regels'),
    onaanraakbaar('besluiten'),
    onaanraakbaar('grootboek'),
    onaanraakbaar('besluitvoorbereiding'),
  );

const besluit = (d: Partial<BesluitInput>): BesluitInput =>
  ({
    initiatiefId: ID,
    uitkomst: BesluitUitkomst.TOEGEKEND,
    motivering: 'Past binnen de regeling en het budget.',
    ...d,
  }) as BesluitInput;

async function weigering(p: Promise<unknown>): Promise<DomainError> {
  return p.then(
    () => {
      throw new Error('niet geweigerd');
    },
    (e: DomainError) => e,
  );
}

describe('AanvraagbesluitService: besluiten, gecontroleerd voordat het dossier wordt geopend', () => {
  it('Awb 4:5: buiten behandeling stellen is een eigen handeling, niet een uitkomst van besluitNemen', async () => {
    const f = await weigering(dienst().besluitNemen(besluit({ uitkomst: BesluitUitkomst.BUITEN_BEHANDELING }), bea));
    expect(f.code).toBe(FoutCode.BAD_USER_INPUT);
    expect(f.velden).toEqual([
      {
        veld: 'input.uitkomst',
        melding: 'buiten behandeling stellen gaat met buitenBehandelingStellen, na de ongebruikte aanvullingstermijn.',
      },
    ]);
  });

  it.each<[string, string]>([
    ['Awb 3:46: een punt is geen motivering van een besluit', '.'],
    ['Awb 3:46: "ok" is geen motivering van een besluit', '  ok  '],
    ['Awb 3:46: een te korte zin is geen motivering van een besluit', 'Past niet.'],
  ])('%s', async (_naam, motivering) => {
    const f = await weigering(dienst().besluitNemen(besluit({ uitkomst: BesluitUitkomst.AFGEWEZEN, motivering }), bea));
    expect(f.velden?.[0]?.veld).toBe('input.motivering');
    expect(f.velden?.[0]?.melding).toMatch(/waarom zo is besloten.*Awb 3:46/);
  });

  it('Awb 3:46: een besluit met een echte motivering gaat naar het dossier', async () => {
    await expect(dienst().besluitNemen(besluit({}), bea)).rejects.toThrow('dossier.behandelen aangeraakt');
  });
});
