import { Breuk } from './breuk';
import { vergelijkIds } from './profiel';
import { PbFormaatError } from './telling.errors';
import type { TelInvoer, TelStembiljet } from './telling.types';

/**
 * The pabulib `.pb` format (https://pabulib.org/format), read the way pabutools'
 * `parse_pabulib` reads it, because the reference outcomes were computed from that reading
 * (pb-public README, "Reading a .pb file the way the oracle did").
 */

export type PbStemType = 'approval' | 'cumulative';

export interface PbProject {
  readonly id: string;
  readonly kosten: Breuk;
  /** All columns of the project row (header name → value), e.g. `name`, `votes`, `category`. */
  readonly velden: ReadonlyMap<string, string>;
}

export interface PbStem {
  readonly stemmerId: string;
  readonly projectIds: readonly string[];
  /** Parallel to `projectIds` for cumulative ballots; null for approval. */
  readonly punten: readonly Breuk[] | null;
  /** All columns of the vote row (e.g. `age`, `sex`). */
  readonly velden: ReadonlyMap<string, string>;
}

export interface PbBestand {
  readonly meta: ReadonlyMap<string, string>;
  readonly budget: Breuk;
  readonly stemType: PbStemType;
  readonly projecten: readonly PbProject[];
  readonly stemmen: readonly PbStem[];
}

interface Rij {
  readonly velden: string[];
  readonly regel: number;
}

/**
 * CSV with `;` as separator and `"` quoting (`""` is a literal quote; a quoted field may hold `;`
 * and line breaks), like Python's csv module. Lines end in LF, CRLF or CR.
 */
function leesRijen(tekst: string): Rij[] {
  const rijen: Rij[] = [];
  let velden: string[] = [];
  let veld = '';
  let inAanhalingstekens = false;
  let veldBegonnen = false;
  let regel = 1;
  let rijRegel = 1;
  const sluitVeld = (): void => {
    velden.push(veld);
    veld = '';
    veldBegonnen = false;
  };
  const sluitRij = (): void => {
    sluitVeld();
    rijen.push({ velden, regel: rijRegel });
    velden = [];
  };
  for (let i = 0; i < tekst.length; i++) {
    const t = tekst[i];
    if (inAanhalingstekens) {
      if (t === '"') {
        if (tekst[i + 1] === '"') {
          veld += '"';
          i++;
        } else {
          inAanhalingstekens = false;
        }
      } else {
        if (t === '\n' || (t === '\r' && tekst[i + 1] !== '\n')) {
          regel++;
        }
        veld += t === '\r' ? '' : t;
      }
      continue;
    }
    if (t === ';') {
      sluitVeld();
    } else if (t === '\n' || t === '\r') {
      if (t === '\r' && tekst[i + 1] === '\n') {
        i++;
      }
      sluitRij();
      regel++;
      rijRegel = regel;
    } else if (t === '"' && !veldBegonnen) {
      inAanhalingstekens = true;
      veldBegonnen = true;
    } else {
      veld += t;
      veldBegonnen = true;
    }
  }
  if (inAanhalingstekens) {
    throw new PbFormaatError('Aanhalingsteken wordt niet gesloten.', rijRegel);
  }
  if (veld !== '' || velden.length > 0) {
    sluitRij();
  }
  return rijen;
}

const SECTIES = ['meta', 'projects', 'votes'] as const;
type Sectie = (typeof SECTIES)[number];

function isLeeg(rij: Rij): boolean {
  return rij.velden.length === 0 || (rij.velden.length === 1 && rij.velden[0].trim() === '');
}

/** Header name → value; pabutools drops values that read "none" (any case). */
function alsVelden(kop: readonly string[], rij: Rij): Map<string, string> {
  const velden = new Map<string, string>();
  rij.velden.forEach((waarde, i) => {
    if (i >= kop.length) {
      if (waarde.trim() === '') {
        return; // a trailing ";" adds an empty column without a header
      }
      throw new PbFormaatError(`Meer kolommen (${rij.velden.length}) dan in de kopregel (${kop.length}).`, rij.regel);
    }
    const w = waarde.trim();
    if (w.toLowerCase() !== 'none') {
      velden.set(kop[i], w);
    }
  });
  return velden;
}

function getal(tekst: string, wat: string, regel: number | null): Breuk {
  try {
    // pabulib writes decimals with either "." or ","; pabutools reads "," as "." for budget and cost.
    return Breuk.vanTekst(tekst.replace(/,/g, '.'));
  } catch {
    throw new PbFormaatError(`${wat} is geen getal: "${tekst}".`, regel);
  }
}

/** Reads a .pb file. Throws {@link PbFormaatError} with the line number on anything it cannot read. */
export function leesPb(inhoud: string): PbBestand {
  const tekst = inhoud.startsWith('\uFEFF') ? inhoud.slice(1) : inhoud;
  const rijen = leesRijen(tekst);
  const meta = new Map<string, string>();
  const projectRijen: { velden: Map<string, string>; eerste: string; regel: number }[] = [];
  const stemRijen: { velden: Map<string, string>; regel: number }[] = [];
  let sectie: Sectie | null = null;
  let kop: string[] = [];
  for (let i = 0; i < rijen.length; i++) {
    const rij = rijen[i];
    if (isLeeg(rij)) {
      continue;
    }
    const eerste = rij.velden[0].trim().toLowerCase();
    if ((SECTIES as readonly string[]).includes(eerste)) {
      sectie = eerste as Sectie;
      // The header is the next row (pabutools takes the very next one; we skip blank lines first).
      do {
        i++;
      } while (i < rijen.length && isLeeg(rijen[i]));
      if (i >= rijen.length) {
        throw new PbFormaatError(`Sectie ${eerste.toUpperCase()} heeft geen kopregel.`, rij.regel);
      }
      kop = rijen[i].velden.map((k) => k.trim());
      continue;
    }
    switch (sectie) {
      case null:
        throw new PbFormaatError('Gegevens vóór de eerste sectie (META, PROJECTS of VOTES).', rij.regel);
      case 'meta':
        meta.set(rij.velden[0].trim(), (rij.velden[1] ?? '').trim());
        break;
      case 'projects':
        projectRijen.push({ velden: alsVelden(kop, rij), eerste: rij.velden[0].trim(), regel: rij.regel });
        break;
      case 'votes':
        stemRijen.push({ velden: alsVelden(kop, rij), regel: rij.regel });
        break;
    }
  }

  const stemTypeTekst = meta.get('vote_type');
  let stemType: PbStemType;
  if (stemTypeTekst === 'approval' || stemTypeTekst === 'choose-1') {
    stemType = 'approval';
  } else if (stemTypeTekst === 'cumulative' || stemTypeTekst === 'scoring') {
    stemType = 'cumulative';
  } else if (stemTypeTekst === undefined) {
    throw new PbFormaatError('META mist vote_type.');
  } else {
    throw new PbFormaatError(
      `Stemtype "${stemTypeTekst}" wordt niet ondersteund (alleen approval, choose-1, cumulative en scoring).`,
    );
  }
  const budgetTekst = meta.get('budget');
  if (budgetTekst === undefined || budgetTekst === '') {
    throw new PbFormaatError('META mist budget.');
  }
  const budget = getal(budgetTekst, 'Het budget', null);

  const projecten: PbProject[] = [];
  const bekend = new Set<string>();
  for (const { velden, eerste, regel } of projectRijen) {
    // Project ids are strings ("5", "c10", "L18/08/VII"); never converted to numbers.
    const id = velden.get('project_id') ?? eerste;
    if (id === '') {
      throw new PbFormaatError('Project zonder project_id.', regel);
    }
    if (bekend.has(id)) {
      throw new PbFormaatError(`Project ${id} staat twee keer in PROJECTS.`, regel);
    }
    bekend.add(id);
    const kostenTekst = velden.get('cost');
    if (kostenTekst === undefined) {
      throw new PbFormaatError(`Project ${id} heeft geen cost.`, regel);
    }
    projecten.push({ id, kosten: getal(kostenTekst, `De cost van project ${id}`, regel), velden });
  }

  const stemmen: PbStem[] = stemRijen.map(({ velden, regel }, index) => {
    const stemmerId = velden.get('voter_id') ?? String(index + 1);
    const namen = (velden.get('vote') ?? '')
      .split(',')
      .map((n) => n.trim())
      .filter((n) => n !== '');
    for (const n of namen) {
      if (!bekend.has(n)) {
        throw new PbFormaatError(`Stem van ${stemmerId} noemt onbekend project "${n}".`, regel);
      }
    }
    if (stemType === 'approval') {
      return { stemmerId, projectIds: namen, punten: null, velden };
    }
    const puntenTekst = (velden.get('points') ?? '')
      .split(',')
      .map((p) => p.trim())
      .filter((p) => p !== '');
    if (puntenTekst.length !== namen.length) {
      throw new PbFormaatError(`Stem van ${stemmerId}: ${namen.length} projecten maar ${puntenTekst.length} punten.`, regel);
    }
    const punten = puntenTekst.map((p) => {
      try {
        return Breuk.vanTekst(p);
      } catch {
        throw new PbFormaatError(`Stem van ${stemmerId}: "${p}" is geen aantal punten.`, regel);
      }
    });
    return { stemmerId, projectIds: namen, punten, velden };
  });

  return { meta, budget, stemType, projecten, stemmen };
}

/** The .pb file as input for {@link tel}. The `votes`/`score` columns of PROJECTS are ignored. */
export function pbNaarTelInvoer(pb: PbBestand): TelInvoer {
  const stembiljetten: TelStembiljet[] = pb.stemmen.map((s) => {
    if (s.punten === null) {
      return { stemmerId: s.stemmerId, projectIds: s.projectIds };
    }
    const punten = s.punten;
    // A repeated project keeps its last points, as pabutools' ballot[p] = points does.
    return { stemmerId: s.stemmerId, punten: new Map(s.projectIds.map((id, i) => [id, punten[i]])) };
  });
  return { budget: pb.budget, projecten: pb.projecten.map((p) => ({ id: p.id, kosten: p.kosten })), stembiljetten };
}

export interface PbSchrijfOpties {
  /** Extra META keys (description, country, unit, instance, currency, rule, date_begin …). */
  readonly meta?: Readonly<Record<string, string>>;
  /** Project names for the `name` column. */
  readonly projectNamen?: ReadonlyMap<string, string>;
  /**
   * Replace voter ids by 1…n, numbered after sorting the ballots by content, so neither the id nor
   * the order of voting can be traced back to a resident (docs/domein.md, invariant 12). Default true.
   */
  readonly anonimiseer?: boolean;
  /** Divide amounts by this before writing, e.g. 100n to write euro cents as euros. Default 1. */
  readonly bedragDeler?: bigint;
}

function csvVeld(waarde: string): string {
  return /[;"\r\n]/.test(waarde) ? `"${waarde.replace(/"/g, '""')}"` : waarde;
}

function isPunten(s: TelStembiljet): s is Extract<TelStembiljet, { punten: unknown }> {
  return 'punten' in s;
}

function alsBreuk(waarde: bigint | number | Breuk): Breuk {
  return waarde instanceof Breuk ? waarde : Breuk.geheel(waarde);
}

/** Writes a round as a .pb file (LF line endings, `;` separated, amounts exact). */
export function schrijfPb(invoer: TelInvoer, opties: PbSchrijfOpties = {}): string {
  const deler = opties.bedragDeler ?? 1n;
  const bedrag = (b: bigint | Breuk): string => alsBreuk(b).gedeeldDoor(deler).toString();
  const punten = invoer.stembiljetten.some(isPunten);
  const projecten = [...invoer.projecten].sort((a, b) => vergelijkIds(a.id, b.id));

  // Ballots as sorted [id, points] lists; points ballots keep only projects with points > 0.
  const stemmen = invoer.stembiljetten.map((s) => {
    const paren: [string, Breuk][] = isPunten(s)
      ? (s.punten instanceof Map ? Array.from(s.punten.entries()) : Object.entries(s.punten)).map(([id, w]): [string, Breuk] => [
          id,
          alsBreuk(w),
        ])
      : Array.from(new Set(s.projectIds), (id): [string, Breuk] => [id, Breuk.EEN]);
    const gefilterd = paren.filter(([, w]) => !w.isNul()).sort(([a], [b]) => vergelijkIds(a, b));
    return {
      stemmerId: s.stemmerId,
      vote: gefilterd.map(([id]) => id).join(','),
      points: gefilterd.map(([, w]) => w.toString()).join(','),
    };
  });
  if (opties.anonimiseer !== false) {
    stemmen.sort((a, b) => vergelijkIds(a.vote, b.vote) || vergelijkIds(a.points, b.points));
    stemmen.forEach((s, i) => (s.stemmerId = String(i + 1)));
  }
  const steun = new Map<string, { stemmen: number; score: Breuk }>(
    projecten.map((p) => [p.id, { stemmen: 0, score: Breuk.NUL }]),
  );
  for (const s of stemmen) {
    const ids = s.vote === '' ? [] : s.vote.split(',');
    const pts = s.points === '' ? [] : s.points.split(',');
    ids.forEach((id, i) => {
      const t = steun.get(id);
      if (t) {
        t.stemmen++;
        t.score = t.score.plus(Breuk.vanTekst(pts[i]));
      }
    });
  }

  const meta: [string, string][] = [
    ['description', opties.meta?.description ?? 'Burgerbegroting'],
    ['country', opties.meta?.country ?? 'Netherlands'],
    ['unit', opties.meta?.unit ?? 'Heerlen'],
    ['instance', opties.meta?.instance ?? ''],
    ['num_projects', String(projecten.length)],
    ['num_votes', String(stemmen.length)],
    ['budget', bedrag(invoer.budget)],
    ['vote_type', punten ? 'cumulative' : 'approval'],
    ['rule', opties.meta?.rule ?? 'equalshares'],
  ];
  for (const [sleutel, waarde] of Object.entries(opties.meta ?? {})) {
    if (!meta.some(([k]) => k === sleutel)) {
      meta.push([sleutel, waarde]);
    }
  }
  const regels: string[] = ['META', 'key;value', ...meta.map(([k, v]) => `${csvVeld(k)};${csvVeld(v)}`)];
  const namen = opties.projectNamen;
  regels.push('PROJECTS', ['project_id', 'cost', 'votes', ...(punten ? ['score'] : []), ...(namen ? ['name'] : [])].join(';'));
  for (const p of projecten) {
    const t = steun.get(p.id) ?? { stemmen: 0, score: Breuk.NUL };
    const velden = [
      p.id,
      bedrag(p.kosten),
      String(t.stemmen),
      ...(punten ? [t.score.toString()] : []),
      ...(namen ? [namen.get(p.id) ?? ''] : []),
    ];
    regels.push(velden.map(csvVeld).join(';'));
  }
  regels.push('VOTES', punten ? 'voter_id;vote;points' : 'voter_id;vote');
  for (const s of stemmen) {
    regels.push([s.stemmerId, s.vote, ...(punten ? [s.points] : [])].map(csvVeld).join(';'));
  }
  return `${regels.join('\n')}\n`;
}
