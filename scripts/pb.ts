/**
 * Counts a pabulib .pb file with a rule of the citizen budget (libs/burgerbegroting).
 *
 *   npm run pb -- count FILE.pb --rule RULE_KEY     → {"selected": [...], "order": [...], "totalCost": "..."}
 *   npm run pb -- explain FILE.pb --rule RULE_KEY   → the Dutch explanation per project (JSON)
 *
 * Options: --add1-increment N (add1 step in the file's units, default 1), --max-work N (add1 refusal
 * threshold, default STANDAARD_MAX_ADD1_WERK = 1e9, about 1–2 minutes), --payments (explain: also
 * what every voter paid). Exit codes: 0 ok, 1 unreadable file or input, 2 wrong usage or unknown
 * rule, 3 add1 refused as too heavy.
 */
import { readFileSync } from 'node:fs';
import {
  ALLE_REGELS,
  Breuk,
  OnbekendeRegelError,
  TelFout,
  TellingTeZwaarError,
  isRegelSleutel,
  leesPb,
  pbNaarTelInvoer,
  tel,
} from '@buurtwerk/burgerbegroting';

export interface CliUitkomst {
  readonly code: number;
  readonly uit: string;
  readonly fout: string;
}

const GEBRUIK = `Gebruik: npm run pb -- <count|explain> BESTAND.pb --rule REGEL [--add1-increment N] [--max-work N] [--payments]
Regels: ${ALLE_REGELS.join(', ')}`;

function optie(args: string[], naam: string): string | undefined {
  const i = args.findIndex((a) => a === naam || a.startsWith(`${naam}=`));
  if (i < 0) {
    return undefined;
  }
  const a = args[i];
  if (a.includes('=')) {
    args.splice(i, 1);
    return a.slice(naam.length + 1);
  }
  const waarde = args[i + 1];
  args.splice(i, 2);
  return waarde;
}

export function voerUit(
  argv: readonly string[],
  leesBestand: (pad: string) => string = (pad) => readFileSync(pad, 'utf8'),
): CliUitkomst {
  const args = [...argv];
  const regel = optie(args, '--rule') ?? optie(args, '--regel');
  const ophogingTekst = optie(args, '--add1-increment');
  const maxWerkTekst = optie(args, '--max-work');
  const metBetalingen = args.includes('--payments');
  const rest = args.filter((a) => a !== '--payments');
  const [opdracht, pad, ...over] = rest;
  const fout = (code: number, melding: string): CliUitkomst => ({ code, uit: '', fout: `pb: ${melding}\n` });

  if (opdracht !== 'count' && opdracht !== 'explain') {
    return fout(2, `onbekende opdracht "${opdracht ?? ''}".\n${GEBRUIK}`);
  }
  if (!pad || over.length > 0) {
    return fout(2, `geef precies één .pb-bestand.\n${GEBRUIK}`);
  }
  if (regel === undefined || regel === '') {
    return fout(2, `geef een regel met --rule.\n${GEBRUIK}`);
  }
  if (!isRegelSleutel(regel)) {
    return fout(2, `${new OnbekendeRegelError(regel).message} Bekende regels: ${ALLE_REGELS.join(', ')}`);
  }
  let ophoging: Breuk | undefined;
  if (ophogingTekst !== undefined) {
    try {
      ophoging = Breuk.vanTekst(ophogingTekst);
    } catch {
      return fout(2, `--add1-increment "${ophogingTekst}" is geen getal.`);
    }
  }
  const maxWerk = maxWerkTekst === undefined ? undefined : Number(maxWerkTekst);
  if (maxWerk !== undefined && !(maxWerk > 0)) {
    return fout(2, `--max-work "${maxWerkTekst}" is geen positief getal.`);
  }
  let tekst: string;
  try {
    tekst = leesBestand(pad);
  } catch (e) {
    return fout(1, `kan ${pad} niet lezen: ${e instanceof Error ? e.message : String(e)}`);
  }
  try {
    const telling = tel(pbNaarTelInvoer(leesPb(tekst)), regel, { add1Ophoging: ophoging, maxAdd1Werk: maxWerk, metBetalingen });
    if (opdracht === 'count') {
      const uitvoer = { selected: telling.gekozen, order: telling.volgorde, totalCost: telling.totaleKosten.toString() };
      return { code: 0, uit: `${JSON.stringify(uitvoer)}\n`, fout: '' };
    }
    const uitleg = {
      rule: telling.regel,
      budget: telling.budget,
      ballots: telling.aantalStembiljetten,
      selected: telling.gekozen,
      order: telling.volgorde,
      totalCost: telling.totaleKosten,
      add1: telling.add1,
      projects: telling.uitleg,
      ...(metBetalingen ? { payments: telling.betalingen } : {}),
    };
    return { code: 0, uit: `${JSON.stringify(uitleg, null, 2)}\n`, fout: '' };
  } catch (e) {
    if (e instanceof TellingTeZwaarError) {
      return fout(3, e.message);
    }
    if (e instanceof TelFout) {
      return fout(1, `${pad}: ${e.message}`);
    }
    throw e;
  }
}

if (require.main === module) {
  const { code, uit, fout } = voerUit(process.argv.slice(2));
  process.stdout.write(uit);
  process.stderr.write(fout);
  process.exitCode = code;
}
