import { type DomainError, FoutCode, type Gebruiker, Rol, toGlobalId } from '@buurtwerk/core';
import { BehandelingService } from './behandeling.service';

/** A collaborator this test must not reach: any use fails the test with its name. */
function onaanraakbaar<T>(naam: string): T {
  return new Proxy(
    {},
    { get: (_t, p) => (p === 'then' ? undefined : () => Promise.reject(new Error(`${naam}.${String(p)} aangeraakt`))) },
  ) as T;
}

const rik: Gebruiker = { sub: 'rik', naam: 'Rik', email: null, rollen: [Rol.BUURTREGISSEUR], buurtcode: null };
const ID = toGlobalId('Initiatief', '00000000-0000-4000-8000-000000000001');

const dienst = () => new BehandelingService(onaanraakbaar('dossier'), onaanraakbaar('brieven'), onaanraakbaar('grootboek'));

async function weigering(p: Promise<unknown>): Promise<DomainError> {
  return p.then(
    () => {
      throw new Error('niet geweigerd');
    },
    (e: DomainError) => e,
  );
}

describe('BehandelingService: een aanvulling vragen (Awb 4:5), gecontroleerd voordat het dossier wordt geopend', () => {
  it.each<[string, number]>([
    ['Awb 4:5: een termijn van 0 dagen is geen redelijke termijn', 0],
    ['Awb 4:5: langer dan 90 dagen wordt geweigerd', 91],
    ['Awb 4:5: een termijn in halve dagen bestaat niet', 1.5],
    ['Awb 4:5: een negatieve termijn wordt geweigerd', -3],
  ])('%s', async (_naam, dagen) => {
    const f = await weigering(dienst().aanvullingVragen(ID, 'Stuur de begroting mee.', dagen, rik));
    expect(f.code).toBe(FoutCode.BAD_USER_INPUT);
    expect(f.velden).toEqual([{ veld: 'termijnDagen', melding: 'moet een geheel aantal dagen van 1 tot en met 90 zijn.' }]);
  });

  it.each<[string, string]>([
    ['Awb 4:5: zonder uitleg weet de initiatiefnemer niet wat er ontbreekt', '   '],
    ['Awb 4:5: een uitleg van meer dan 5000 tekens wordt geweigerd', 'x'.repeat(5001)],
  ])('%s', async (_naam, toelichting) => {
    const f = await weigering(dienst().aanvullingVragen(ID, toelichting, 14, rik));
    expect(f.velden?.[0]?.veld).toBe('toelichting');
    expect(f.velden?.[0]?.melding).toMatch(/vertel de initiatiefnemer wat er ontbreekt/);
  });

  it('Awb 4:5: een geldig verzoek gaat naar het dossier (conflictcontrole en vergrendeling)', async () => {
    await expect(dienst().aanvullingVragen(ID, 'Stuur de begroting mee.', 14, rik)).rejects.toThrow(
      'dossier.behandelen aangeraakt',
    );
  });
});
