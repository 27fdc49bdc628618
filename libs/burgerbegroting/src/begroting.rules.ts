import { createHash } from 'node:crypto';
import { Stemregel, Stemwijze, type GeserialiseerdeTelling } from './begroting.entity';
import { API_REGELS } from './stemregels';
import type { RegelSleutel, Telling } from './telling.types';

/**
 * Version of the counting stored with every result. Raise it when the engine or the mapping
 * below changes what a round would count to, so an old result stays explainable.
 */
export const TELLING_VERSIE = 'buurtwerk-telling-1 (pabutools-compatibel, exact)';

/** From a budget of € 1.000 the add1 step is one whole euro (as pabutools counts in euros). */
export const ADD1_HELE_EUROS_VANAF_CENTEN = 100_000;

/**
 * The engine rule for a round. Approval and knapsack ballots count with cost utilities (the
 * contract's rules); points ballots with the points as utilities (pabutools `Additive_Cardinal_Sat`).
 */
export function regelSleutel(regel: Stemregel, stemwijze: Stemwijze): RegelSleutel {
  if (stemwijze === Stemwijze.PUNTEN) {
    return regel === Stemregel.EQUAL_SHARES ? 'mes_cardinal_add1_greedy' : 'greedy_cardinal';
  }
  return API_REGELS[regel];
}

/**
 * add1 raises every voter's budget step by step until the money is spent. In cents that can take
 * hundreds of thousands of steps; in whole euros it is what pabutools (and equalshares.net) do with
 * budgets in euros. Small rounds (below € 1.000) keep cent steps, which stay fast there.
 */
export function add1OphogingVoor(budgetCenten: number): bigint {
  return budgetCenten >= ADD1_HELE_EUROS_VANAF_CENTEN ? 100n : 1n;
}

/** The ballot's key: unlinkable to the person without their `sub`, but one per person per round. */
export function stemmerSleutel(rondeId: string, sub: string): string {
  return createHash('sha256').update(`burgerbegroting:${rondeId}:${sub}`).digest('hex');
}

export interface StembiljetRonde {
  readonly stemwijze: Stemwijze;
  readonly budget: number;
  readonly minProjecten: number | null;
  readonly maxProjecten: number | null;
  readonly puntenTotaal: number | null;
}

export interface Keuze {
  readonly kosten: number;
  readonly punten: number;
}

/** A broken ballot constraint: the argument it concerns and a Dutch sentence for the voter. */
export interface StembiljetFout {
  readonly veld: 'projectIds' | 'punten';
  readonly melding: string;
}

const euro = (centen: number): string =>
  `€ ${(centen / 100).toLocaleString('nl-NL', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

/**
 * The round's ballot constraints (pure). An empty ballot is allowed only when no minimum is set:
 * it withdraws the voter's choice but still counts in participation (pabulib's n includes it).
 */
export function controleerStembiljet(ronde: StembiljetRonde, keuze: readonly Keuze[]): StembiljetFout[] {
  const fouten: StembiljetFout[] = [];
  const aantal = keuze.length;
  if (ronde.minProjecten !== null && aantal < ronde.minProjecten) {
    fouten.push({ veld: 'projectIds', melding: `kies minstens ${ronde.minProjecten} projecten; u koos er ${aantal}.` });
  }
  if (ronde.maxProjecten !== null && aantal > ronde.maxProjecten) {
    fouten.push({ veld: 'projectIds', melding: `kies hoogstens ${ronde.maxProjecten} projecten; u koos er ${aantal}.` });
  }
  switch (ronde.stemwijze) {
    case Stemwijze.APPROVAL:
      break;
    case Stemwijze.KNAPSACK: {
      const totaal = keuze.reduce((som, k) => som + k.kosten, 0);
      if (totaal > ronde.budget) {
        fouten.push({
          veld: 'projectIds',
          melding: `de gekozen projecten kosten samen ${euro(totaal)}, meer dan het budget van ${euro(ronde.budget)}.`,
        });
      }
      break;
    }
    case Stemwijze.PUNTEN: {
      if (keuze.some((k) => !Number.isSafeInteger(k.punten) || k.punten < 1)) {
        fouten.push({ veld: 'punten', melding: 'geef elk gekozen project een geheel aantal punten van 1 of meer.' });
        break;
      }
      const totaal = keuze.reduce((som, k) => som + k.punten, 0);
      if (ronde.puntenTotaal !== null && totaal > ronde.puntenTotaal) {
        fouten.push({ veld: 'punten', melding: `u verdeelde ${totaal} punten; u heeft er ${ronde.puntenTotaal} te verdelen.` });
      }
      break;
    }
  }
  return fouten;
}

/** The Telling as JSON: exact amounts become their exact text (`88700`, `42703/21`). */
export function serialiseerTelling(telling: Telling): GeserialiseerdeTelling {
  return JSON.parse(
    JSON.stringify(telling, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v)),
  ) as GeserialiseerdeTelling;
}
