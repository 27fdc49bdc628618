import { type DomainError, FoutCode, type Gebruiker, Rol, toGlobalId } from '@buurtwerk/core';
import { DossierService } from './dossier.service';
import { InitiatiefEntity, InitiatiefStatus } from './initiatief.entity';

/** A collaborator this test must not reach: any use fails the test with its name. */
function onaanraakbaar<T>(naam: string): T {
  return new Proxy(
    {},
    { get: (_t, p) => (p === 'then' ? undefined : () => Promise.reject(new Error(`${naam}.${String(p)} aangeraakt`))) },
  ) as T;
}

const UUID = '00000000-0000-4000-8000-000000000001';
const rik: Gebruiker = { sub: 'rik', naam: 'Rik', email: null, rollen: [Rol.BUURTREGISSEUR], buurtcode: null };
const bert: Gebruiker = { sub: 'bert', naam: 'Bert', email: null, rollen: [Rol.BEWONER], buurtcode: null };
const rij = (d: Partial<InitiatiefEntity>) =>
  Object.assign(new InitiatiefEntity(), {
    id: UUID,
    indienerSub: 'anna',
    indienerNaam: 'Anna',
    organisatieId: null,
    status: InitiatiefStatus.INGEDIEND,
    ...d,
  });

/**
 * The file as it was read for the conflict check (`vooraf`) and as it is under the row lock
 * (`gelockt`): the transaction runs its callback on a manager that returns the locked row.
 */
function dienst(vooraf: InitiatiefEntity | null, gelockt: InitiatiefEntity | null, conflicten: string[] = []) {
  const tx = { findOne: () => Promise.resolve(gelockt), query: () => Promise.resolve([]) };
  const dataSource = { transaction: (f: (m: unknown) => Promise<unknown>) => f(tx) };
  const rijen = { findOneBy: () => Promise.resolve(vooraf) };
  const gecontroleerd: string[] = [];
  const initiatieven = {
    geenBelangBijBehandeling: (e: InitiatiefEntity) => {
      gecontroleerd.push(e.indienerSub);
      return Promise.resolve(conflicten.map((persoon) => ({ persoon })));
    },
  };
  const regels = { dagenVoorTermijnen: () => Promise.resolve(new Set<string>()) };
  const service = new DossierService(
    dataSource as never,
    rijen as never,
    initiatieven as never,
    regels as never,
    onaanraakbaar('buurten'),
    onaanraakbaar('gebeurtenissen'),
    onaanraakbaar('live'),
    onaanraakbaar('grootboek'),
    onaanraakbaar('haken'),
  );
  return { service, gecontroleerd };
}

async function weigering(p: Promise<unknown>): Promise<DomainError> {
  return p.then(
    () => {
      throw new Error('niet geweigerd');
    },
    (e: DomainError) => e,
  );
}

describe('DossierService.behandelen: de belangencontrole (Awb 2:4) en dan de handeling op het vergrendelde dossier', () => {
  it('een onbekend initiatief is niet gevonden, zonder controle of transactie', async () => {
    const { service, gecontroleerd } = dienst(null, null);
    const f = await weigering(service.behandelen(UUID, rik, () => Promise.resolve('gedaan')));
    expect(f.code).toBe(FoutCode.NOT_FOUND);
    expect(gecontroleerd).toEqual([]);
  });

  it('Awb 2:4: de handeling krijgt de verschoningen van anderen en het vergrendelde dossier', async () => {
    const { service, gecontroleerd } = dienst(rij({}), rij({ status: InitiatiefStatus.IN_BEHANDELING }), ['Gerda']);
    const r = await service.behandelen(UUID, rik, (_tx, e, verschoningen) =>
      Promise.resolve(`${e.status}:${verschoningen.map((v) => v.persoon).join(',')}`),
    );
    expect(r).toBe('IN_BEHANDELING:Gerda');
    expect(gecontroleerd).toEqual(['anna']);
  });

  it('Awb 2:4: is de aanvrager tussen controle en vergrendeling gewijzigd, dan wordt de handeling geweigerd', async () => {
    const { service } = dienst(rij({}), rij({ organisatieId: '00000000-0000-4000-8000-0000000000c1' }));
    let gedaan = false;
    const f = await weigering(
      service.behandelen(UUID, rik, () => {
        gedaan = true;
        return Promise.resolve();
      }),
    );
    expect(f.code).toBe(FoutCode.CONFLICT);
    expect(gedaan).toBe(false);
  });
});

describe('DossierService.alsIndiener: handelingen van de initiatiefnemer zelf', () => {
  it('een andere bewoner mag niet namens de initiatiefnemer handelen', async () => {
    const { service } = dienst(null, rij({}));
    let gedaan = false;
    const f = await weigering(
      service.alsIndiener(toGlobalId('Initiatief', UUID), bert, () => {
        gedaan = true;
        return Promise.resolve();
      }),
    );
    expect(f.code).toBe(FoutCode.FORBIDDEN);
    expect(gedaan).toBe(false);
  });

  it('een verdwenen initiatief is niet gevonden', async () => {
    const { service } = dienst(null, null);
    const f = await weigering(service.alsIndiener(toGlobalId('Initiatief', UUID), bert, () => Promise.resolve()));
    expect(f.code).toBe(FoutCode.NOT_FOUND);
  });
});
