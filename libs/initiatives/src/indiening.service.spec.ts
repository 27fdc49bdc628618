import { type DomainError, FoutCode, type Gebruiker, Rol, toGlobalId } from '@buurtwerk/core';
import { AanvragerSoort, Schaal } from '@buurtwerk/subsidieregels';
import type { InitiatiefInput } from './dto/initiatief.input';
import { IndieningService } from './indiening.service';

/** A collaborator this test must not reach: any use fails the test with its name. */
function onaanraakbaar<T>(naam: string): T {
  return new Proxy(
    {},
    { get: (_t, p) => (p === 'then' ? undefined : () => Promise.reject(new Error(`${naam}.${String(p)} aangeraakt`))) },
  ) as T;
}

const BUURT = '00000000-0000-4000-8000-0000000000b1';
const ORGANISATIE = '00000000-0000-4000-8000-0000000000c1';
const INSTRUMENT = '00000000-0000-4000-8000-0000000000d1';
const anna: Gebruiker = { sub: 'anna', naam: 'Anna', email: null, rollen: [Rol.BEWONER], buurtcode: null };

function invoer(d: Partial<InitiatiefInput> = {}): InitiatiefInput {
  return {
    titel: ' Moestuin ',
    beschrijving: 'Een moestuin voor de straat.',
    schaal: Schaal.BUURT,
    buurtIds: [toGlobalId('Buurt', BUURT)],
    aanvragerSoort: AanvragerSoort.BEWONER,
    aanvragen: [{ instrumentId: toGlobalId('Instrument', INSTRUMENT), gevraagdBedrag: 50000 }],
    ...d,
  } as InitiatiefInput;
}

/**
 * The intake's checks of client input run before any transaction: the service gets a data source
 * whose manager knows one instrument and one organisation, and whose transaction must not be reached.
 */
function dienst(lid: boolean) {
  const manager = {
    findBy: (_e: unknown, w: { id: { _value: string[] } }) =>
      Promise.resolve(w.id._value.filter((id) => id === INSTRUMENT).map((id) => ({ id }))),
    existsBy: (_e: unknown, w: { id: string }) => Promise.resolve(w.id === ORGANISATIE),
  };
  const dataSource = { manager, transaction: () => Promise.reject(new Error('transactie geopend')) };
  const buurten = {
    bestaandeBuurtIds: () => Promise.resolve([BUURT]),
    gemeenschappelijkStadsdeel: () => Promise.resolve(null),
    stadsdelenBijIds: () => Promise.resolve([]),
  };
  const lidmaatschappen = { isLidVan: () => Promise.resolve(lid) };
  return new IndieningService(
    dataSource as never,
    onaanraakbaar('rijen'),
    buurten as never,
    onaanraakbaar('regels'),
    lidmaatschappen as never,
    onaanraakbaar('behoeften'),
    onaanraakbaar('brieven'),
    onaanraakbaar('grootboek'),
    onaanraakbaar('dossier'),
  );
}

async function weigering(p: Promise<unknown>): Promise<DomainError> {
  return p.then(
    () => {
      throw new Error('niet geweigerd');
    },
    (e: DomainError) => e,
  );
}

describe('IndieningService: de invoer van een concept, voordat er iets wordt opgeslagen', () => {
  it('noemt alle ongeldige velden tegelijk: datums, volgorde en een instrument dat niet op de menukaart staat', async () => {
    const f = await weigering(
      dienst(true).opslaan(
        null,
        invoer({
          startdatum: '2027-02-30',
          einddatum: '2027-01-01',
          aanvragen: [
            { instrumentId: toGlobalId('Instrument', INSTRUMENT), gevraagdBedrag: 100 },
            { instrumentId: toGlobalId('Instrument', '00000000-0000-4000-8000-0000000000d9'), gevraagdBedrag: 100 },
          ],
        }),
        anna,
      ),
    );
    expect(f.code).toBe(FoutCode.BAD_USER_INPUT);
    expect(f.velden).toEqual([
      { veld: 'input.startdatum', melding: 'is geen geldige datum.' },
      { veld: 'input.einddatum', melding: 'ligt voor de startdatum.' },
      { veld: 'input.aanvragen[1].instrumentId', melding: 'is geen instrument van de menukaart.' },
    ]);
  });

  it('een organisatie als aanvrager vraagt om de organisatie', async () => {
    const f = await weigering(dienst(true).opslaan(null, invoer({ aanvragerSoort: AanvragerSoort.ORGANISATIE }), anna));
    expect(f.velden).toEqual([{ veld: 'input.organisatieId', melding: 'is verplicht als een organisatie de aanvraag doet.' }]);
  });

  it('bedragen die samen niet meer exact te tellen zijn, worden geweigerd', async () => {
    const f = await weigering(
      dienst(true).opslaan(
        null,
        invoer({
          aanvragen: [
            { instrumentId: toGlobalId('Instrument', INSTRUMENT), gevraagdBedrag: Number.MAX_SAFE_INTEGER },
            { instrumentId: toGlobalId('Instrument', INSTRUMENT), gevraagdBedrag: Number.MAX_SAFE_INTEGER },
          ],
        }),
        anna,
      ),
    );
    expect(f.velden).toContainEqual({ veld: 'input.aanvragen', melding: 'de bedragen samen zijn te groot.' });
  });

  it('namens een organisatie waaraan je niet gekoppeld bent, aanvragen wordt geweigerd voordat er iets wordt opgeslagen', async () => {
    const f = await weigering(
      dienst(false).opslaan(
        null,
        invoer({ aanvragerSoort: AanvragerSoort.ORGANISATIE, organisatieId: toGlobalId('Organisatie', ORGANISATIE) }),
        anna,
      ),
    );
    expect(f.velden).toEqual([
      { veld: 'input.organisatieId', melding: 'U kunt alleen aanvragen namens een organisatie waaraan u bent gekoppeld.' },
    ]);
  });

  it('ook een aanvulling namens een organisatie waaraan je niet gekoppeld bent, wordt vooraf geweigerd (docs/domein.md, "Identity and access")', async () => {
    const f = await weigering(
      dienst(false).aanvullingAanleveren(
        toGlobalId('Initiatief', '00000000-0000-4000-8000-000000000001'),
        invoer({ aanvragerSoort: AanvragerSoort.ORGANISATIE, organisatieId: toGlobalId('Organisatie', ORGANISATIE) }),
        anna,
      ),
    );
    expect(f.velden?.[0]?.veld).toBe('input.organisatieId');
  });

  it('een geldig concept van een gekoppelde organisatie komt tot de transactie', async () => {
    await expect(
      dienst(true).opslaan(
        null,
        invoer({ aanvragerSoort: AanvragerSoort.ORGANISATIE, organisatieId: toGlobalId('Organisatie', ORGANISATIE) }),
        anna,
      ),
    ).rejects.toThrow('transactie geopend');
  });
});
