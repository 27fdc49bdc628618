import { AanmeldingStatus, BijeenkomstStatus } from './netwerkbijeenkomst.entity';
import { csv, csvCel } from '@buurtwerk/core';

/** Twice a year, each time in another buurt (Visie op Buurtgericht Werken). */
export const BIJEENKOMSTEN_PER_JAAR = 2;

export interface KandidaatBuurt {
  id: string;
  naam: string;
  stadsdeelId: string | null;
  stadsdeelNaam: string | null;
}

export interface GehoudenBijeenkomst {
  buurtId: string;
  begin: Date;
}

/**
 * Buurten that may host the next meeting: only buurten that never hosted a (non-cancelled)
 * meeting, spread over the stadsdelen. Stadsdelen whose last meeting is longest ago (or that
 * never hosted) come first; then one buurt per stadsdeel in turn, alphabetically within each.
 */
export function gastbuurtSuggesties(
  buurten: readonly KandidaatBuurt[],
  bijeenkomsten: readonly GehoudenBijeenkomst[],
  aantal: number,
): KandidaatBuurt[] {
  const geweest = new Set(bijeenkomsten.map((b) => b.buurtId));
  const stadsdeelVan = new Map(buurten.map((b) => [b.id, b.stadsdeelId ?? '']));
  const laatsteKeer = new Map<string, number>();
  for (const b of bijeenkomsten) {
    const sd = stadsdeelVan.get(b.buurtId) ?? '';
    laatsteKeer.set(sd, Math.max(laatsteKeer.get(sd) ?? -Infinity, b.begin.getTime()));
  }
  const groepen = new Map<string, { naam: string; buurten: KandidaatBuurt[] }>();
  for (const b of buurten) {
    if (geweest.has(b.id)) {
      continue;
    }
    const sd = b.stadsdeelId ?? '';
    const groep = groepen.get(sd) ?? { naam: b.stadsdeelNaam ?? '\uffff', buurten: [] };
    groep.buurten.push(b);
    groepen.set(sd, groep);
  }
  const volgorde = [...groepen.entries()]
    .map(([sd, g]) => ({
      laatste: laatsteKeer.get(sd) ?? -Infinity,
      naam: g.naam,
      buurten: [...g.buurten].sort((a, b) => a.naam.localeCompare(b.naam, 'nl') || a.id.localeCompare(b.id)),
    }))
    .sort((a, b) => a.laatste - b.laatste || a.naam.localeCompare(b.naam, 'nl'));
  const uitkomst: KandidaatBuurt[] = [];
  for (let ronde = 0; uitkomst.length < aantal; ronde++) {
    const deze = volgorde.filter((g) => ronde < g.buurten.length).map((g) => g.buurten[ronde]);
    if (deze.length === 0) {
      break;
    }
    uitkomst.push(...deze.slice(0, aantal - uitkomst.length));
  }
  return uitkomst;
}

export interface Jaaroverzicht {
  jaar: number;
  aantal: number;
  afspraakNagekomen: boolean;
}

/**
 * Per calendar year (Europe/Amsterdam) from the first meeting to `totJaar`: how many meetings
 * took place or are planned (cancelled ones do not count), and whether that keeps the promise
 * of two a year. Years without any meeting are listed too: those are the broken promises.
 */
export function jaaroverzicht(begintijden: readonly Date[], totJaar: number): Jaaroverzicht[] {
  const perJaar = new Map<number, number>();
  for (const d of begintijden) {
    const jaar = jaarInAmsterdam(d);
    perJaar.set(jaar, (perJaar.get(jaar) ?? 0) + 1);
  }
  if (perJaar.size === 0) {
    return [];
  }
  const eerste = Math.min(...perJaar.keys());
  const laatste = Math.max(totJaar, ...perJaar.keys());
  const uitkomst: Jaaroverzicht[] = [];
  for (let jaar = eerste; jaar <= laatste; jaar++) {
    const aantal = perJaar.get(jaar) ?? 0;
    uitkomst.push({ jaar, aantal, afspraakNagekomen: aantal >= BIJEENKOMSTEN_PER_JAAR });
  }
  return uitkomst;
}

export function jaarInAmsterdam(d: Date): number {
  return Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric' }).format(d));
}

/** A planned meeting whose end has passed is shown as AFGEROND. */
export function zichtbareStatus(opgeslagen: BijeenkomstStatus, eind: Date, nu: Date): BijeenkomstStatus {
  if (opgeslagen === BijeenkomstStatus.GEPLAND && eind.getTime() <= nu.getTime()) {
    return BijeenkomstStatus.AFGEROND;
  }
  return opgeslagen;
}

/** A new sign-up gets a place while places are left, else joins the waiting list (invariant 9). */
export function statusVoorNieuweAanmelding(aantalAangemeld: number, capaciteit: number): AanmeldingStatus {
  return aantalAangemeld < capaciteit ? AanmeldingStatus.AANGEMELD : AanmeldingStatus.WACHTLIJST;
}

/**
 * When a meeting gets more places, this many people move up from the waiting list (the first
 * ones in order of receipt), so that afterwards AANGEMELD = min(capaciteit, all active sign-ups).
 * Fewer places than admitted people is refused before this is asked (nobody is demoted).
 */
export function aantalDoorschuiven(aangemeld: number, wachtlijst: number, capaciteit: number): number {
  return Math.max(0, Math.min(wachtlijst, capaciteit - aangemeld));
}

/** One sign-up per e-mail address per meeting: compare addresses trimmed and in lower case. */
export function emailSleutel(email: string): string {
  return email.trim().toLowerCase();
}

export interface Deelnemer {
  naam: string;
  email: string;
  organisatie: string | null;
  rol: string | null;
  wensen: string | null;
  status: AanmeldingStatus;
  wachtlijstPositie: number | null;
  aangemeldOp: Date;
}

// The CSV cell rules (RFC 4180, formula-injection guard) are shared with the open-data exports.
export { csvCel };

/** Attendee list for the organisers: those with a place first, then the waiting list in order. */
export function deelnemerslijstCsv(deelnemers: readonly Deelnemer[]): string {
  const kop = ['naam', 'email', 'organisatie', 'rol', 'wensen', 'status', 'wachtlijstpositie', 'aangemeldOp'] as const;
  return csv(
    kop,
    deelnemers.map((d) => ({
      naam: d.naam,
      email: d.email,
      organisatie: d.organisatie,
      rol: d.rol,
      wensen: d.wensen,
      status: d.status,
      wachtlijstpositie: d.wachtlijstPositie,
      aangemeldOp: d.aangemeldOp.toISOString(),
    })),
  );
}

/** Until when a new, unconfirmed sign-up holds its place in line (invariant 9). */
export function bevestigenVoor(nu: Date, minuten: number): Date {
  return new Date(nu.getTime() + minuten * 60_000);
}

export interface Tellers {
  aangemeld: number;
  wachtlijst: number;
  voorlopigAangemeld: number;
  voorlopigWachtlijst: number;
}

/**
 * What the public sees: confirmed sign-ups only. Held places of unconfirmed sign-ups count for
 * the order and the capacity, but showing them would let anyone learn, by signing up someone
 * else's address and watching the counter, whether that address had signed up already.
 */
export function openbareTelling(t: Tellers): { aangemeld: number; wachtlijst: number } {
  return { aangemeld: t.aangemeld - t.voorlopigAangemeld, wachtlijst: t.wachtlijst - t.voorlopigWachtlijst };
}

/**
 * A repeated sign-up of an address that already has one is answered as a new one and handled
 * by mail; to keep that from being a way to flood someone's mailbox, that person gets at most
 * one such mail per this many minutes.
 */
export const HERINNERING_PAUZE_MINUTEN = 10;
