import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { voerUit } from './pb';

const MAP = join(__dirname, '..', 'libs', 'burgerbegroting', 'test-data', 'pb-public');
const ASSEN = join(MAP, 'instances', 'netherlands_assen_2024_.pb');
const verwacht = JSON.parse(readFileSync(join(MAP, 'expected.json'), 'utf8')) as Record<
  string,
  { rules: Record<string, { selected: string[]; order: string[]; total_cost: string }> }
>;

describe('npm run pb -- count', () => {
  it.each(['greedy_cost', 'mes_cost', 'mes_cost_add1_greedy'])('drukt precies één JSON-object af voor %s', (regel) => {
    const { code, uit, fout } = voerUit(['count', ASSEN, '--rule', regel]);
    expect(fout).toBe('');
    expect(code).toBe(0);
    expect(uit.trim().split('\n')).toHaveLength(1);
    const v = verwacht['netherlands_assen_2024_.pb'].rules[regel];
    expect(JSON.parse(uit)).toEqual({ selected: v.selected, order: v.order, totalCost: v.total_cost });
  });

  it('accepteert --rule=REGEL', () => {
    expect(JSON.parse(voerUit(['count', ASSEN, '--rule=greedy_cost']).uit).totalCost).toBe('99200');
  });

  it.each<{ scenario: string; argv: string[]; code: number; melding: RegExp }>([
    {
      scenario: 'een onbekende regel',
      argv: ['count', ASSEN, '--rule', 'EQUAL_SHARES'],
      code: 2,
      melding: /Onbekende telregel "EQUAL_SHARES".*mes_cost_add1_greedy/s,
    },
    { scenario: 'geen regel', argv: ['count', ASSEN], code: 2, melding: /--rule/ },
    {
      scenario: 'een onbekende opdracht',
      argv: ['tel', ASSEN, '--rule', 'mes_cost'],
      code: 2,
      melding: /onbekende opdracht "tel"/,
    },
    { scenario: 'geen bestand', argv: ['count', '--rule', 'mes_cost'], code: 2, melding: /één .pb-bestand/ },
    {
      scenario: 'een bestand dat niet bestaat',
      argv: ['count', '/bestaat/niet.pb', '--rule', 'mes_cost'],
      code: 1,
      melding: /kan \/bestaat\/niet.pb niet lezen/,
    },
    {
      scenario: 'een ongeldige ophoging',
      argv: ['count', ASSEN, '--rule', 'mes_cost_add1', '--add1-increment', 'veel'],
      code: 2,
      melding: /geen getal/,
    },
  ])('stopt met code $code en een duidelijke melding bij $scenario', ({ argv, code, melding }) => {
    const uitkomst = voerUit(argv);
    expect(uitkomst.code).toBe(code);
    expect(uitkomst.uit).toBe('');
    expect(uitkomst.fout).toMatch(melding);
  });

  it('stopt met code 1 bij een kapot .pb-bestand en noemt de regel', () => {
    const uitkomst = voerUit(
      ['count', 'kapot.pb', '--rule', 'mes_cost'],
      () => 'META\nkey;value\nbudget;10\nvote_type;approval\nPROJECTS\nproject_id;cost\n1;tien\n',
    );
    expect(uitkomst.code).toBe(1);
    expect(uitkomst.fout).toMatch(/kapot.pb: Regel 7: De cost van project 1 is geen getal/);
  });

  it('stopt met code 3 als add1 vooraf te zwaar is', () => {
    const pb =
      'META\nkey;value\nbudget;1000000000000\nvote_type;approval\nPROJECTS\nproject_id;cost\n1;10\n2;20\nVOTES\nvoter_id;vote\na;1\nb;2\n';
    const uitkomst = voerUit(['count', 'centen.pb', '--rule', 'mes_cost_add1'], () => pb);
    expect(uitkomst.code).toBe(3);
    expect(uitkomst.fout).toMatch(/te zwaar/);
    expect(voerUit(['count', 'centen.pb', '--rule', 'mes_cost_add1', '--add1-increment', '1000000000'], () => pb).code).toBe(0);
    expect(voerUit(['count', 'centen.pb', '--rule', 'mes_cost_add1', '--max-work', 'veel'], () => pb).code).toBe(2);
  });
});

describe('npm run pb -- explain', () => {
  it('geeft per project de reden in het Nederlands en desgewenst de betalingen', () => {
    const { code, uit } = voerUit(['explain', ASSEN, '--rule', 'mes_cost', '--payments']);
    expect(code).toBe(0);
    const uitleg = JSON.parse(uit) as { projects: { projectId: string; tekst: string }[]; payments: { totaal: string }[] };
    expect(uitleg.projects).toHaveLength(14);
    expect(uitleg.projects.find((p) => p.projectId === '3')?.tekst).toMatch(/^Gekozen in ronde 1: 43 stemmers betaalden elk/);
    expect(uitleg.payments).toHaveLength(84);
  });
});
