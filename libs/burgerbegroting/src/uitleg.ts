import { Breuk } from './breuk';
import type { GelijkeDelenModel, GelijkeDelenUitkomst } from './gelijke-delen';
import type { GretigeStap } from './gretig';
import type { Profiel, ProjectSteun } from './profiel';
import type { GelijkeDelenBetaling, ProjectUitleg, RegelDefinitie, UitlegReden } from './telling.types';

/** Everything the explanation needs from a count (amounts scaled, see {@link Profiel.geldSchaal}). */
export interface UitlegInvoer {
  readonly profiel: Profiel;
  readonly steun: readonly ProjectSteun[];
  readonly definitie: RegelDefinitie;
  readonly volgorde: readonly number[];
  readonly gelijkeDelen: {
    readonly model: GelijkeDelenModel;
    readonly uitkomst: GelijkeDelenUitkomst;
    readonly budgetPerStemmer: Breuk;
  } | null;
  readonly gretig: readonly GretigeStap[] | null;
  readonly gretigRestStart: bigint;
  readonly bedragAlsTekst: (bedrag: Breuk) => string;
}

/** Amount with Dutch separators: `100.000`, `1.234,50`, and `≈ 2.033,48` when not exact in cents. */
export function standaardBedragAlsTekst(bedrag: Breuk): string {
  if (bedrag.isGeheel()) {
    return groepeer(bedrag.teller);
  }
  const honderdsten = bedrag.maal(100n);
  const afgerond = honderdsten.plus(Breuk.van(1n, 2n)).naarBeneden();
  const exact = honderdsten.isGeheel();
  const teken = afgerond < 0n ? '-' : '';
  const abs = afgerond < 0n ? -afgerond : afgerond;
  const tekst = `${teken}${groepeer(abs / 100n)},${(abs % 100n).toString().padStart(2, '0')}`;
  return exact ? tekst : `≈ ${tekst}`;
}

/** For amounts in euro cents (the API): `€ 1.234,56`. */
export function euroCentenAlsTekst(centen: Breuk): string {
  const tekst = standaardBedragAlsTekst(centen.gedeeldDoor(100n));
  const zonderTeken = tekst.replace(/^≈ /, '');
  const euro = /,/.test(zonderTeken) ? zonderTeken : `${zonderTeken},00`;
  return `${tekst.startsWith('≈') ? '≈ ' : ''}€ ${euro}`;
}

function groepeer(waarde: bigint): string {
  const teken = waarde < 0n ? '-' : '';
  const cijfers = (waarde < 0n ? -waarde : waarde).toString();
  return teken + cijfers.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

function stemmers(aantal: number): string {
  return aantal === 1 ? '1 stemmer' : `${aantal} stemmers`;
}

function betaalde(aantal: number): string {
  return aantal === 1 ? 'betaalde' : 'betaalden';
}

export function bouwUitleg(invoer: UitlegInvoer): ProjectUitleg[] {
  const { profiel, steun, definitie, volgorde, gelijkeDelen, gretig, bedragAlsTekst } = invoer;
  const schaal = profiel.geldSchaal;
  const geld = (geschaald: bigint | Breuk): Breuk =>
    typeof geschaald === 'bigint' ? Breuk.van(geschaald, schaal) : geschaald.gedeeldDoor(schaal);
  const ronde = new Map<number, number>(volgorde.map((p, i) => [p, i + 1]));
  const verslag = gelijkeDelen?.uitkomst.verslag ?? null;
  const mesRonde = new Map((verslag?.rondes ?? []).map((r) => [r.project, r]));
  const gretigeStap = new Map((gretig ?? []).map((s) => [s.project, s]));
  const kosteloos = new Set(gelijkeDelen?.model.kosteloosGesteund ?? []);
  const budgetZin = gelijkeDelen ? ` Iedere stemmer had ${bedragAlsTekst(geld(gelijkeDelen.budgetPerStemmer))} te besteden.` : '';
  const punten = profiel.soort === 'punten';
  const perPunt = definitie.tevredenheid === 'cardinal';

  return profiel.ids.map((projectId, p): ProjectUitleg => {
    const kosten = profiel.kostenOrigineel[p];
    const kostenTekst = bedragAlsTekst(kosten);
    const s = steun[p];
    const basis = {
      projectId,
      kosten,
      ronde: ronde.get(p) ?? null,
      stemmen: s.stemmen,
      punten: punten ? Breuk.van(s.puntenTotaal, profiel.puntSchaal) : null,
    };
    const leeg = { betaling: null, beschikbaarBijStemmers: null, restbudgetOpZijnBeurt: null };

    if (ronde.has(p)) {
      const r = ronde.get(p) as number;
      const mes = mesRonde.get(p);
      if (mes) {
        const perEenheid = Breuk.van(
          mes.betalingPerEenheidTeller * (perPunt ? profiel.puntSchaal : 1n),
          mes.betalingPerEenheidNoemer * schaal,
        );
        const rho =
          definitie.tevredenheid === 'cost'
            ? Breuk.van(mes.betalingPerEenheidTeller, mes.betalingPerEenheidNoemer * profiel.kosten[p])
            : perEenheid;
        const betaling: GelijkeDelenBetaling = {
          betalers: mes.betalers,
          volledigBetaald: mes.volledigBetaald,
          bedragPerEenheid: perEenheid,
          eenheid: perPunt ? 'per-punt' : 'per-stemmer',
          rho,
        };
        // The rich paid their full share; the others ("volledig") paid all they had left.
        const rijk = mes.betalers - mes.volledigBetaald;
        const arm =
          mes.volledigBetaald > 0
            ? ` en ${stemmers(mes.volledigBetaald)} ${betaalde(mes.volledigBetaald)} ${mes.volledigBetaald === 1 ? 'alles wat die nog had' : 'alles wat ze nog hadden'}`
            : '';
        const deel = perPunt
          ? `${stemmers(rijk)} ${betaalde(rijk)} ${bedragAlsTekst(perEenheid)} per punt dat ze gaven`
          : `${stemmers(rijk)} ${betaalde(rijk)} ${rijk === 1 ? '' : 'elk '}${bedragAlsTekst(perEenheid)}`;
        return {
          ...basis,
          ...leeg,
          gekozen: true,
          reden: 'GEKOZEN_GELIJKE_DELEN',
          betaling,
          tekst: `Gekozen in ronde ${r}: ${deel}${arm} (samen ${kostenTekst}).${budgetZin}`,
        };
      }
      if (kosteloos.has(p) && !gretigeStap.has(p)) {
        return {
          ...basis,
          ...leeg,
          gekozen: true,
          reden: 'GEKOZEN_KOSTELOOS',
          tekst: `Gekozen vóór de eerste ronde: het project kost niets en ${stemmers(s.stemmen)} ${s.stemmen === 1 ? 'koos' : 'kozen'} het.`,
        };
      }
      const stap = gretigeStap.get(p) as GretigeStap;
      const rest = bedragAlsTekst(geld(stap.restbudget));
      const tekst = gelijkeDelen
        ? `Gekozen in de aanvulling (ronde ${r}): na de gelijke delen was nog ${rest} over, en dit project (${stemTekst(s, profiel)}, kost ${kostenTekst}) was aan de beurt en paste daarin.`
        : `Gekozen als ${r}e: ${stemTekst(s, profiel)}, ${volgordeUitleg(definitie)}; het kost ${kostenTekst} en paste in het resterende budget van ${rest}.`;
      return { ...basis, ...leeg, gekozen: true, reden: 'GEKOZEN_GRETIG', restbudgetOpZijnBeurt: geld(stap.restbudget), tekst };
    }

    // Not chosen: first the MES stage's reason (if any), then the greedy walk's.
    let reden: UitlegReden | null = null;
    let tekst = '';
    let beschikbaar: Breuk | null = null;
    if (gelijkeDelen) {
      const afgevallen = verslag?.afgevallen.get(p);
      if (s.stemmen === 0) {
        reden = 'NIET_GEEN_STEUN';
        tekst = 'Niet gekozen: geen enkele stemmer koos dit project.';
      } else if (s.sigma === 0n) {
        reden = 'NIET_GEEN_NUT';
        tekst =
          'Niet gekozen in de gelijke delen: het project kost niets, en bij verdeling naar kosten levert het de stemmers daarom niets op.';
      } else if (afgevallen) {
        reden = 'NIET_BUDGET_STEMMERS_OP';
        beschikbaar = Breuk.van(afgevallen[0], afgevallen[1] * schaal);
        tekst = `Niet gekozen: de ${stemmers(s.stemmen)} van dit project hadden samen nog ${bedragAlsTekst(beschikbaar)} over, minder dan de kosten (${kostenTekst}).${budgetZin}`;
      }
    }
    const stap = gretigeStap.get(p);
    if (stap) {
      const rest = geld(stap.restbudget);
      const pastNooit = kosten.vergelijk(profiel.budgetOrigineel) > 0;
      const zin = pastNooit
        ? `het kost ${kostenTekst}, meer dan het hele budget (${bedragAlsTekst(profiel.budgetOrigineel)}).`
        : `het past niet meer in het resterende budget (kost ${kostenTekst}, nog ${bedragAlsTekst(rest)} over toen het aan de beurt was).`;
      tekst = gelijkeDelen
        ? `${tekst} In de aanvulling daarna: ${zin}`
        : `Niet gekozen: ${s.stemmen === 0 ? 'geen enkele stemmer koos het, en ' : ''}${zin}`;
      return {
        ...basis,
        ...leeg,
        gekozen: false,
        reden: 'NIET_PAST_NIET',
        beschikbaarBijStemmers: beschikbaar,
        restbudgetOpZijnBeurt: rest,
        tekst,
      };
    }
    return {
      ...basis,
      ...leeg,
      gekozen: false,
      reden: reden ?? 'NIET_BUDGET_STEMMERS_OP',
      beschikbaarBijStemmers: beschikbaar,
      tekst: tekst || 'Niet gekozen.',
    };
  });
}

function stemTekst(s: ProjectSteun, profiel: Profiel): string {
  const stemmen = `${s.stemmen} ${s.stemmen === 1 ? 'stem' : 'stemmen'}`;
  if (profiel.soort !== 'punten') {
    return stemmen;
  }
  const punten = Breuk.van(s.puntenTotaal, profiel.puntSchaal);
  return `${stemmen}, ${punten.toString()} ${punten.isGelijk(Breuk.EEN) ? 'punt' : 'punten'}`;
}

function volgordeUitleg(definitie: RegelDefinitie): string {
  switch (definitie.tevredenheid) {
    case 'cost':
      return 'projecten met de meeste stemmen gaan voor';
    case 'cardinality':
      return 'projecten met de meeste stemmen per uitgegeven bedrag gaan voor';
    case 'cardinal':
      return 'projecten met de meeste punten per uitgegeven bedrag gaan voor';
  }
}
