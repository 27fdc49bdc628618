/** Pure rules of the buurtpanel (docs/domein.md, invariant 8): who counts, when voting closes, the outcome. */
import { ConfigError } from '@buurtwerk/core';
import { Stemkeuze } from './buurtpanel.entity';
import { BesluitUitkomst } from './initiatief.entity';

export interface Stem {
  gebruikerId: string;
  keuze: Stemkeuze;
}

export interface Telling {
  voor: number;
  tegen: number;
  onthouding: number;
}

/**
 * The votes that count: one per member (the latest, as stored), only from members who do not
 * have to step aside. A member who voted and later declared an interest is not counted.
 */
export function telStemmen(stemmen: readonly Stem[], leden: readonly string[], verschoond: ReadonlySet<string>): Telling {
  const stemgerechtigd = new Set(leden.filter((l) => !verschoond.has(l)));
  const telling: Telling = { voor: 0, tegen: 0, onthouding: 0 };
  const geteld = new Set<string>();
  for (const s of stemmen) {
    if (!stemgerechtigd.has(s.gebruikerId) || geteld.has(s.gebruikerId)) {
      continue;
    }
    geteld.add(s.gebruikerId);
    switch (s.keuze) {
      case Stemkeuze.VOOR:
        telling.voor += 1;
        break;
      case Stemkeuze.TEGEN:
        telling.tegen += 1;
        break;
      case Stemkeuze.ONTHOUDING:
        telling.onthouding += 1;
        break;
    }
  }
  return telling;
}

export function quorumGehaald(telling: Telling, quorum: number): boolean {
  return telling.voor + telling.tegen + telling.onthouding >= quorum;
}

/**
 * docs/domein.md, invariant 8: with VOOR+TEGEN+ONTHOUDING >= quorum, TOEGEKEND when VOOR > TEGEN, else AFGEWEZEN
 * (a tie is no majority for granting). Without quorum: null, the initiative goes back to staff.
 */
export function panelUitkomst(telling: Telling, quorum: number): BesluitUitkomst | null {
  if (!quorumGehaald(telling, quorum)) {
    return null;
  }
  return telling.voor > telling.tegen ? BesluitUitkomst.TOEGEKEND : BesluitUitkomst.AFGEWEZEN;
}

/** Members who may vote on this initiative: everyone in the panel without a conflict of interest. */
export function stemgerechtigden(leden: readonly string[], verschoond: ReadonlySet<string>): string[] {
  return leden.filter((l) => !verschoond.has(l));
}

/**
 * Voting may close before `sluitOp` once every member who can vote has voted. A panel whose
 * members all had to step aside has nobody left to wait for; it waits for `sluitOp` anyway,
 * so a member can still declare (or withdraw from) a conflict in time.
 */
export function iedereenGestemd(leden: readonly string[], verschoond: ReadonlySet<string>, stemmen: readonly Stem[]): boolean {
  const wie = stemgerechtigden(leden, verschoond);
  const gestemd = new Set(stemmen.map((s) => s.gebruikerId));
  return wie.length > 0 && wie.every((l) => gestemd.has(l));
}

/**
 * A vote counts when it is cast strictly before `sluitOp` (by the database clock, the same clock
 * that closes the vote): at the closing moment itself voting is closed.
 */
export function stemmingOpen(nu: Date, sluitOp: Date, geslotenOp: Date | null): boolean {
  return geslotenOp === null && nu.getTime() < sluitOp.getTime();
}

/** Input checks of a new panel, in Dutch, per field. */
export function controleerPanel(p: { naam: string; quorum: number; leden: readonly string[]; buurtIds: readonly string[] }) {
  const velden: Array<{ veld: string; melding: string }> = [];
  if (p.naam.trim() === '') {
    velden.push({ veld: 'input.naam', melding: 'geef het buurtpanel een naam.' });
  }
  if (p.buurtIds.length === 0) {
    velden.push({ veld: 'input.buurtIds', melding: 'kies minstens één buurt waarover het panel gaat.' });
  }
  const leden = new Set(p.leden.map((l) => l.trim()));
  if (p.leden.length === 0 || leden.has('')) {
    velden.push({ veld: 'input.leden', melding: 'noem de leden van het panel (hun gebruikers-id), zonder lege waarden.' });
  } else if (leden.size !== p.leden.length) {
    velden.push({ veld: 'input.leden', melding: 'een lid staat er meer dan één keer in.' });
  }
  if (!Number.isInteger(p.quorum) || p.quorum < 1 || p.quorum > leden.size) {
    velden.push({
      veld: 'input.quorum',
      melding: `moet een geheel getal van 1 tot en met het aantal leden (${leden.size}) zijn.`,
    });
  }
  return velden;
}

/**
 * Checks of a new member list for an existing panel, per field: members by gebruikers-id, each
 * once, and at least as many as the quorum, else no vote could ever be valid.
 */
export function controleerLeden(leden: readonly string[], quorum: number, veld = 'leden') {
  const uniek = new Set(leden);
  if (leden.length === 0 || uniek.has('')) {
    return [{ veld, melding: 'noem de leden van het panel (hun gebruikers-id), zonder lege waarden.' }];
  }
  if (uniek.size !== leden.length) {
    return [{ veld, melding: 'een lid staat er meer dan één keer in.' }];
  }
  if (uniek.size < quorum) {
    return [
      {
        veld,
        melding: `het quorum van dit panel is ${quorum}; met ${uniek.size} ${uniek.size === 1 ? 'lid' : 'leden'} is geen geldige uitslag mogelijk.`,
      },
    ];
  }
  return [];
}

export interface PanelConfig {
  /** How often an instance looks for votes whose `sluitOp` passed; 0: never (tests call it). */
  intervalMs: number;
}

export function laadPanelConfig(env: Record<string, string | undefined> = process.env): PanelConfig {
  const ruw = env.PANEL_INTERVAL_MS ?? '';
  if (ruw === '') {
    return { intervalMs: 10_000 };
  }
  if (!/^\d+$/.test(ruw) || (Number(ruw) !== 0 && Number(ruw) < 50) || Number(ruw) > 3_600_000) {
    throw new ConfigError('PANEL_INTERVAL_MS', `moet 0 (uit) of een geheel getal van 50 tot 3600000 zijn (gekregen: "${ruw}")`);
  }
  return { intervalMs: Number(ruw) };
}

// ---------------------------------------------------------------- the panel advises, the official decides

/** The panel's advice: positive (grant) or negative (refuse). The decision is the official's. */
export enum PanelAdvies {
  POSITIEF = 'POSITIEF',
  NEGATIEF = 'NEGATIEF',
}

export function adviesVanUitkomst(uitkomst: BesluitUitkomst | null): PanelAdvies | null {
  if (uitkomst === null) {
    return null;
  }
  return uitkomst === BesluitUitkomst.TOEGEKEND ? PanelAdvies.POSITIEF : PanelAdvies.NEGATIEF;
}

export const PANELREDEN_MINIMAAL_TEKENS = 10;
export const PANELREDEN_MAXIMAAL_TEKENS = 2000;

/**
 * Each member says why they vote as they do: the considerations are the substance of the advice
 * the decision rests on (Awb 3:46). Null when `tekst` is a real reason (at least 10 characters and
 * two words of letters), else the Dutch message for the field.
 */
export function panelredenFout(tekst: string | null | undefined): string | null {
  const schoon = (tekst ?? '').trim().replace(/\s+/g, ' ');
  if (schoon.length > PANELREDEN_MAXIMAAL_TEKENS) {
    return `mag hoogstens ${PANELREDEN_MAXIMAAL_TEKENS} tekens zijn.`;
  }
  const woorden = new Set(schoon.toLocaleLowerCase('nl').match(/\p{L}{2,}/gu) ?? []);
  if (schoon.length >= PANELREDEN_MINIMAAL_TEKENS && woorden.size >= 2) {
    return null;
  }
  return 'schrijf in een paar woorden waarom je zo stemt. Je reden gaat zonder je naam mee in het advies aan de gemeente.';
}

export interface Overweging {
  keuze: Stemkeuze;
  toelichting: string;
}

const KEUZE_VOLGORDE: Record<Stemkeuze, number> = { VOOR: 0, TEGEN: 1, ONTHOUDING: 2 };

/**
 * The considerations of the votes that count, without who gave them: ordered by choice and then
 * by text, never by member, so the order reveals nobody's vote. Votes without a reason (cast
 * before reasons were required) add nothing.
 */
export function overwegingenVan(
  stemmen: ReadonlyArray<Stem & { toelichting: string | null }>,
  leden: readonly string[],
  verschoond: ReadonlySet<string>,
): Overweging[] {
  const stemgerechtigd = new Set(stemgerechtigden(leden, verschoond));
  return stemmen
    .filter((s) => stemgerechtigd.has(s.gebruikerId) && (s.toelichting ?? '').trim() !== '')
    .map((s) => ({ keuze: s.keuze, toelichting: s.toelichting!.trim() }))
    .sort((a, b) => KEUZE_VOLGORDE[a.keuze] - KEUZE_VOLGORDE[b.keuze] || a.toelichting.localeCompare(b.toelichting, 'nl'));
}

const KEUZE_TEKST: Record<Stemkeuze, string> = { VOOR: 'voor', TEGEN: 'tegen', ONTHOUDING: 'onthouding' };

export const NAMENS = 'het college van burgemeester en wethouders van Heerlen';

/**
 * The reasons of a decision on the panel's advice (Awb 3:46): the advice with its count, the
 * members' considerations (without names), whether the decision follows it and, when it does not,
 * why (in the spirit of Awb 3:50: a decision that deviates from an advice says why), and who
 * decided on whose behalf.
 */
export function adviesMotivering(a: {
  panelNaam: string;
  quorum: number;
  telling: Telling;
  advies: PanelAdvies;
  overwegingen: readonly Overweging[];
  uitkomst: BesluitUitkomst;
  afwijkingsreden: string | null;
  beslisser: string;
}): string {
  const gevolgd = adviesVanUitkomst(a.uitkomst) === a.advies;
  const telling = `${a.telling.voor} voor, ${a.telling.tegen} tegen, ${a.telling.onthouding} onthouding; quorum ${a.quorum} gehaald`;
  const delen = [
    `${a.panelNaam} heeft ${a.advies === PanelAdvies.POSITIEF ? 'positief' : 'negatief'} geadviseerd over dit initiatief (${telling}).`,
  ];
  if (a.overwegingen.length > 0) {
    delen.push(
      `Overwegingen van de leden van het panel: ${a.overwegingen.map((o) => `${KEUZE_TEKST[o.keuze]}: "${o.toelichting}"`).join('; ')}.`,
    );
  }
  const besluit = a.uitkomst === BesluitUitkomst.TOEGEKEND ? 'toegekend' : 'afgewezen';
  if (gevolgd) {
    delen.push(`De gemeente volgt dit advies en neemt de overwegingen van het panel over: de aanvraag is ${besluit}.`);
    if (a.afwijkingsreden) {
      delen.push(`Aanvullend: ${a.afwijkingsreden}`);
    }
  } else {
    delen.push(`De gemeente wijkt af van dit advies: de aanvraag is ${besluit}. Waarom: ${a.afwijkingsreden ?? ''}`);
  }
  delen.push(`Besloten door ${a.beslisser}, namens ${NAMENS} (mandaat).`);
  return delen.join(' ');
}
