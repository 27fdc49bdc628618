import fc from 'fast-check';
import {
  type Aanvraag,
  type Belangenregister,
  type BestuursfunctieFeit,
  bouwConflictlijst,
  ConflictGrond,
  conflictenVanGebruiker,
  type NevenfunctieFeit,
  type VerklaringFeit,
} from './belangenconflict.rules';

/**
 * docs/domein.md, invariant 7, no exclusion: whether office holders sit on (or hold side positions at) an
 * applying organisation may change only the list of people who must step aside, never anything
 * about the applicant. At this level the rules have no input for an assessment, a ranking, a
 * ceiling or an outcome at all (see the `Aanvraag` type: identities only), and neither does this
 * library's API; so the property checks what is left: adding office holders
 *  - leaves the `Aanvraag` untouched,
 *  - keeps every conflict that was there, unchanged and in the same order (the applicant's own
 *    INDIENER entry included), and
 *  - adds only entries about the added office holders themselves,
 *  - and changes nobody else's duty to step aside.
 * The end-to-end variant (Toetsresultaat and besluit unchanged) lives with the initiatives module.
 */

const ORG = 'org-aanvrager';
const datum = fc
  .date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const periode = fc
  .tuple(datum, fc.option(datum, { nil: null }))
  .map(([a, b]) => (b !== null && b < a ? { vanaf: b, tot: a } : { vanaf: a, tot: b }));
const naam = fc.constantFrom('An', 'Bo', 'Cas', 'Raadslid Rood', 'Wethouder Wit', 'Indira Indiener');
const sub = fc.constantFrom('sub-1', 'sub-2', 'sub-3', 'sub-indiener');
const organisatie = fc.constantFrom<string | null>(ORG, 'org-ander', null);

const nevenfunctie = (prefix: string): fc.Arbitrary<NevenfunctieFeit> =>
  fc
    .record({
      nr: fc.nat(1000),
      periode,
      ambtsdragerNaam: naam,
      gebruikerId: fc.option(sub, { nil: null }),
      organisatieId: organisatie,
      functie: fc.constantFrom('Voorzitter', 'Lid', 'Adviseur'),
    })
    .map((r) => ({
      nevenfunctieId: `${prefix}-n${r.nr}`,
      ambtsdragerId: `${prefix}-a${r.nr}`,
      ambtsdragerNaam: r.ambtsdragerNaam,
      gebruikerId: r.gebruikerId,
      organisatieId: r.organisatieId,
      organisatieNaam: 'Stichting Buurthuis Molenberg',
      functie: r.functie,
      ...r.periode,
    }));

const bestuursfunctie: fc.Arbitrary<BestuursfunctieFeit> = fc
  .record({ periode, persoon: naam, gebruikerId: fc.option(sub, { nil: null }), organisatieId: organisatie })
  .map((r) => ({
    organisatieId: r.organisatieId ?? ORG,
    persoon: r.persoon,
    functie: 'Bestuurslid',
    gebruikerId: r.gebruikerId,
    ...r.periode,
  }));

const verklaring: fc.Arbitrary<VerklaringFeit> = fc.record({
  initiatiefId: fc.constantFrom('i-1', 'i-2'),
  gebruikerId: sub,
  persoon: naam,
  toelichting: fc.constantFrom('buurman', 'familie'),
});

const register: fc.Arbitrary<Belangenregister> = fc.record({
  nevenfuncties: fc.array(nevenfunctie('bestaand'), { maxLength: 6 }),
  bestuursfuncties: fc.array(bestuursfunctie, { maxLength: 6 }),
  verklaringen: fc.array(verklaring, { maxLength: 4 }),
});

const aanvraag: fc.Arbitrary<Aanvraag> = fc.record({
  initiatiefId: fc.constantFrom('i-1', 'i-2'),
  organisatieId: fc.constantFrom<string | null>(ORG, null),
  organisatieNaam: fc.constant('Stichting Buurthuis Molenberg'),
  indienerSub: sub,
  indienerNaam: fc.option(naam, { nil: null }),
});

/** Office holders placed at the applicant: side positions there and board seats with their sub. */
const ambtsdragersBijAanvrager = fc.array(
  fc.record({
    nr: fc.nat(1000),
    periode,
    naam,
    gebruikerId: fc.option(fc.constantFrom('sub-amb-1', 'sub-amb-2'), { nil: null }),
    ookBestuur: fc.boolean(),
  }),
  { minLength: 1, maxLength: 4 },
);

const isDeelrij = <T>(deel: T[], geheel: T[]): boolean => {
  let i = 0;
  for (const x of geheel) {
    if (i < deel.length && JSON.stringify(x) === JSON.stringify(deel[i])) {
      i++;
    }
  }
  return i === deel.length;
};

describe('geen uitsluiting door politieke verwevenheid (eigenschap)', () => {
  it('ambtsdragers bij de aanvrager veranderen alleen wie zich moet verschonen, nooit iets aan de aanvrager', () => {
    fc.assert(
      fc.property(aanvraag, register, ambtsdragersBijAanvrager, datum, (a, r, extra, peildatum) => {
        const aanvraagVoor = structuredClone(a);
        const zonder = bouwConflictlijst(a, r, peildatum);

        const toegevoegd = extra.map((e, i) => ({ ...e, ambtsdragerId: `extra-a${i}-${e.nr}` }));
        const metAmbtsdragers: Belangenregister = {
          nevenfuncties: [
            ...r.nevenfuncties,
            ...toegevoegd.map((e, i) => ({
              nevenfunctieId: `extra-n${i}`,
              ambtsdragerId: e.ambtsdragerId,
              ambtsdragerNaam: e.naam,
              gebruikerId: e.gebruikerId,
              organisatieId: a.organisatieId ?? ORG,
              organisatieNaam: 'Stichting Buurthuis Molenberg',
              functie: 'Bestuurslid',
              ...e.periode,
            })),
          ],
          bestuursfuncties: [
            ...r.bestuursfuncties,
            ...toegevoegd
              .filter((e) => e.ookBestuur)
              .map((e) => ({
                organisatieId: a.organisatieId ?? ORG,
                persoon: e.naam,
                functie: 'Bestuurslid',
                gebruikerId: e.gebruikerId,
                ...e.periode,
              })),
          ],
          verklaringen: r.verklaringen,
        };
        const met = bouwConflictlijst(a, metAmbtsdragers, peildatum);

        // The applicant is not touched.
        expect(a).toEqual(aanvraagVoor);
        // Everything that was there stays, unchanged and in the same order (incl. INDIENER).
        expect(isDeelrij(zonder, met)).toBe(true);
        expect(met.filter((c) => c.grond === ConflictGrond.INDIENER)).toEqual(
          zonder.filter((c) => c.grond === ConflictGrond.INDIENER),
        );
        // What is new concerns only the added office holders.
        const nieuweSleutels = new Set(
          toegevoegd.flatMap((e) => (e.gebruikerId !== null ? [`sub:${e.gebruikerId}`] : [`ambtsdrager:${e.ambtsdragerId}`])),
        );
        const nieuw = met.filter((c) => !zonder.some((z) => JSON.stringify(z) === JSON.stringify(c)));
        for (const c of nieuw) {
          expect([ConflictGrond.NEVENFUNCTIE, ConflictGrond.BESTUURSFUNCTIE]).toContain(c.grond);
          expect(nieuweSleutels.has(c.sleutel)).toBe(true);
        }
        // Nobody else's duty to step aside changes.
        for (const s of ['sub-1', 'sub-2', 'sub-3', 'sub-indiener']) {
          const verschil = conflictenVanGebruiker(met, s).filter(
            (c) => !conflictenVanGebruiker(zonder, s).some((z) => JSON.stringify(z) === JSON.stringify(c)),
          );
          expect(verschil).toEqual([]);
        }
      }),
      { numRuns: 300 },
    );
  });
});
