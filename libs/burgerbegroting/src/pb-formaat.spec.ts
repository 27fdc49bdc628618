import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Breuk } from './breuk';
import { leesPb, pbNaarTelInvoer, schrijfPb } from './pb-formaat';
import { README_REGELS, tel } from './stemregels';
import { PbFormaatError } from './telling.errors';
import type { TelInvoer } from './telling.types';

const APPROVAL = [
  'META',
  'key;value',
  'description;Testronde',
  'num_projects;3',
  'num_votes;3',
  'budget;100',
  'vote_type;approval',
  'PROJECTS',
  'project_id;cost;votes;name',
  '1;40;2;Bankjes',
  '2;60;1;Bomen',
  '11;30;1;Speeltuin',
  'VOTES',
  'voter_id;vote',
  'a;1,2',
  'b;1,11',
  'c;',
];

function pb(regels: readonly string[], einde = '\n'): string {
  return regels.join(einde) + einde;
}

function samenvatting(tekst: string): unknown {
  const b = leesPb(tekst);
  return {
    budget: b.budget.toString(),
    stemType: b.stemType,
    projecten: b.projecten.map((p) => `${p.id}=${p.kosten}`),
    stemmen: b.stemmen.map((s) => `${s.stemmerId}:${s.projectIds.join(',')}${s.punten ? `/${s.punten.join(',')}` : ''}`),
  };
}

const BASIS = {
  budget: '100',
  stemType: 'approval',
  projecten: ['1=40', '2=60', '11=30'],
  stemmen: ['a:1,2', 'b:1,11', 'c:'],
};

describe('leesPb: een .pb-bestand lezen zoals pabutools het las', () => {
  it.each<{ scenario: string; tekst: string }>([
    { scenario: 'LF-regeleinden', tekst: pb(APPROVAL) },
    { scenario: 'CRLF-regeleinden', tekst: pb(APPROVAL, '\r\n') },
    { scenario: 'alleen CR', tekst: pb(APPROVAL, '\r') },
    { scenario: 'een UTF-8 BOM vooraan', tekst: `\uFEFF${pb(APPROVAL)}` },
    {
      scenario: 'lege regels en sectienamen in kleine letters',
      tekst: pb(['', ...APPROVAL.map((r) => (r === 'VOTES' ? 'votes' : r)), '', '']),
    },
    { scenario: 'geen regeleinde aan het eind', tekst: APPROVAL.join('\n') },
    {
      scenario: 'een ";" aan het eind van een regel',
      tekst: pb(APPROVAL.map((r) => (r === '1;40;2;Bankjes' ? '1;40;2;Bankjes;' : r))),
    },
    {
      scenario: 'cost niet in de tweede kolom',
      tekst: pb(
        APPROVAL.map(
          (r) =>
            ({
              'project_id;cost;votes;name': 'project_id;name;votes;cost',
              '1;40;2;Bankjes': '1;Bankjes;2;40',
              '2;60;1;Bomen': '2;Bomen;1;60',
              '11;30;1;Speeltuin': '11;Speeltuin;1;30',
            })[r] ?? r,
        ),
      ),
    },
    {
      scenario: 'aanhalingstekens met ; en "" en een regeleinde in een naam',
      tekst: pb(APPROVAL.map((r) => (r === '1;40;2;Bankjes' ? '1;40;2;"Bankjes; ""groen""\nen blauw"' : r))),
    },
    {
      scenario: 'de kolommen votes en score in PROJECTS kloppen niet (ze worden genegeerd)',
      tekst: pb(APPROVAL.map((r) => (r === '1;40;2;Bankjes' ? '1;40;999;Bankjes' : r))),
    },
    { scenario: 'waarden "None" tellen als afwezig', tekst: pb(APPROVAL.map((r) => (r === 'c;' ? 'c;None' : r))) },
    {
      scenario: 'spaties rond waarden',
      tekst: pb(APPROVAL.map((r) => (r === 'budget;100' ? 'budget; 100 ' : r === 'a;1,2' ? 'a; 1, 2' : r))),
    },
  ])('leest $scenario', ({ tekst }) => {
    expect(samenvatting(tekst)).toEqual(BASIS);
  });

  it.each([
    ['363734.88', '363734.88'],
    ['363734,88', '363734.88'],
    ['200000.0', '200000'],
    ['1e5', '100000'],
    ['1/3', '1/3'],
  ])('leest budget %s exact als %s', (budget, verwacht) => {
    expect(leesPb(pb(APPROVAL.map((r) => (r === 'budget;100' ? `budget;${budget}` : r)))).budget.toString()).toBe(verwacht);
  });

  it('houdt project-ids als tekst: "05", "L18/08/VII" en "c10" worden nooit getallen', () => {
    const tekst = pb([
      'META',
      'key;value',
      'budget;10',
      'vote_type;approval',
      'PROJECTS',
      'project_id;cost',
      '05;1',
      'L18/08/VII;2,5',
      'c10;3',
      'VOTES',
      'voter_id;vote',
      '1;05,L18/08/VII,c10',
    ]);
    const b = leesPb(tekst);
    expect(b.projecten.map((p) => [p.id, p.kosten.toString()])).toEqual([
      ['05', '1'],
      ['L18/08/VII', '2.5'],
      ['c10', '3'],
    ]);
    expect(b.stemmen[0].projectIds).toEqual(['05', 'L18/08/VII', 'c10']);
  });

  it('leest cumulatieve stemmen: punten lopen parallel aan vote, en n telt lege stembiljetten mee', () => {
    const tekst = pb([
      'META',
      'key;value',
      'budget;10',
      'vote_type;cumulative',
      'PROJECTS',
      'project_id;cost;votes;score',
      '7;4;2;9',
      '8;6;1;4',
      'VOTES',
      'voter_id;vote;points',
      '1;7,8;6,4',
      '2;7;3',
      '3;;',
    ]);
    expect(samenvatting(tekst)).toEqual({
      budget: '10',
      stemType: 'cumulative',
      projecten: ['7=4', '8=6'],
      stemmen: ['1:7,8/6,4', '2:7/3', '3:/'],
    });
    const invoer = pbNaarTelInvoer(leesPb(tekst));
    expect(invoer.stembiljetten).toHaveLength(3);
    expect(tel(invoer, 'mes_cardinal').volgorde).toEqual(['7']);
  });

  it('leest scoring en choose-1 als punten en goedkeuring', () => {
    const metType = (type: string): string => pb(APPROVAL.map((r) => (r === 'vote_type;approval' ? `vote_type;${type}` : r)));
    expect(leesPb(metType('choose-1')).stemType).toBe('approval');
    expect(
      leesPb(
        metType('scoring')
          .replace('voter_id;vote', 'voter_id;vote;points')
          .replace('a;1,2', 'a;1,2;1,1')
          .replace('b;1,11', 'b;1,11;2,1'),
      ).stemType,
    ).toBe('cumulative');
  });

  it.each<{ scenario: string; tekst: string; melding: RegExp }>([
    {
      scenario: 'onbekend project in een stem',
      tekst: pb(APPROVAL.map((r) => (r === 'b;1,11' ? 'b;1,12' : r))),
      melding: /Regel 16: .*onbekend project "12"/,
    },
    { scenario: 'geen vote_type', tekst: pb(APPROVAL.filter((r) => !r.startsWith('vote_type'))), melding: /vote_type/ },
    {
      scenario: 'rangschikkingen (ordinal)',
      tekst: pb(APPROVAL.map((r) => (r === 'vote_type;approval' ? 'vote_type;ordinal' : r))),
      melding: /ordinal/,
    },
    { scenario: 'geen budget', tekst: pb(APPROVAL.filter((r) => !r.startsWith('budget'))), melding: /budget/ },
    {
      scenario: 'kosten die geen getal zijn',
      tekst: pb(APPROVAL.map((r) => (r === '2;60;1;Bomen' ? '2;zestig;1;Bomen' : r))),
      melding: /Regel 11: .*cost van project 2/,
    },
    {
      scenario: 'een project-id dat twee keer voorkomt',
      tekst: pb(APPROVAL.map((r) => (r === '11;30;1;Speeltuin' ? '1;30;1;Speeltuin' : r))),
      melding: /twee keer/,
    },
    {
      scenario: 'meer waarden dan kolommen',
      tekst: pb(APPROVAL.map((r) => (r === 'a;1,2' ? 'a;1,2;x' : r))),
      melding: /Meer kolommen/,
    },
    {
      scenario: 'een aanhalingsteken dat niet sluit',
      tekst: pb(APPROVAL.map((r) => (r === 'a;1,2' ? 'a;"1,2' : r))),
      melding: /niet gesloten/,
    },
    { scenario: 'gegevens vóór META', tekst: pb(['x;y', ...APPROVAL]), melding: /vóór de eerste sectie/ },
    {
      scenario: 'punten die niet bij de projecten passen',
      tekst: pb([
        'META',
        'key;value',
        'budget;10',
        'vote_type;cumulative',
        'PROJECTS',
        'project_id;cost',
        '7;4',
        'VOTES',
        'voter_id;vote;points',
        '1;7;1,2',
      ]),
      melding: /1 projecten maar 2 punten/,
    },
  ])('weigert $scenario met een duidelijke melding', ({ tekst, melding }) => {
    expect(() => leesPb(tekst)).toThrow(PbFormaatError);
    expect(() => leesPb(tekst)).toThrow(melding);
  });
});

describe('schrijfPb: export in pabulib-formaat', () => {
  const invoer: TelInvoer = {
    budget: 100_000n,
    projecten: [
      { id: 'p2', kosten: 60_050n },
      { id: 'p1', kosten: 40_000n },
    ],
    stembiljetten: [
      { stemmerId: 'bewoner-zeer-herkenbaar', projectIds: ['p2', 'p1'] },
      { stemmerId: 'bewoner-b', projectIds: ['p1'] },
      { stemmerId: 'bewoner-c', projectIds: [] },
    ],
  };

  it('anonimiseert stemmer-ids (1…n op inhoud gesorteerd) en rekent centen om naar euro', () => {
    const tekst = schrijfPb(invoer, {
      bedragDeler: 100n,
      meta: { description: 'Burgerbegroting Heerlen-Noord', instance: '2025', currency: 'EUR' },
      projectNamen: new Map([['p1', 'Bankjes; "groen"']]),
    });
    expect(tekst).not.toMatch(/bewoner/);
    expect(tekst).toBe(
      [
        'META',
        'key;value',
        'description;Burgerbegroting Heerlen-Noord',
        'country;Netherlands',
        'unit;Heerlen',
        'instance;2025',
        'num_projects;2',
        'num_votes;3',
        'budget;1000',
        'vote_type;approval',
        'rule;equalshares',
        'currency;EUR',
        'PROJECTS',
        'project_id;cost;votes;name',
        'p1;400;2;"Bankjes; ""groen"""',
        'p2;600.5;1;',
        'VOTES',
        'voter_id;vote',
        '1;',
        '2;p1',
        '3;p1,p2',
        '',
      ].join('\n'),
    );
    const terug = leesPb(tekst);
    expect(terug.projecten[0].velden.get('name')).toBe('Bankjes; "groen"');
    expect(terug.budget.isGelijk(Breuk.geheel(1000))).toBe(true);
  });

  it('houdt de stemmer-ids als anonimiseren uitstaat', () => {
    expect(schrijfPb(invoer, { anonimiseer: false })).toMatch(/bewoner-zeer-herkenbaar;p1,p2/);
  });

  it('schrijft punten en score voor cumulatieve stemmen', () => {
    const tekst = schrijfPb({
      budget: 10n,
      projecten: [{ id: 'a', kosten: 4n }],
      stembiljetten: [
        { stemmerId: 'x', punten: { a: 3n } },
        { stemmerId: 'y', punten: { a: Breuk.van(1, 2) } },
      ],
    });
    expect(tekst).toContain('vote_type;cumulative');
    expect(tekst).toContain('project_id;cost;votes;score\na;4;2;3.5\n');
    expect(tekst).toContain('voter_id;vote;points\n1;a;0.5\n2;a;3\n');
  });

  const map = join(__dirname, '..', 'test-data', 'pb-public', 'instances');
  it.each(['netherlands_assen_2024_.pb', 'worldwide_mechanical-turk_knapsack-7_.pb', 'poland_czestochowa_2020_grabowka.pb'])(
    'heen en terug: %s geeft na export en import dezelfde uitkomst voor elke regel',
    (bestand) => {
      const origineel = leesPb(readFileSync(join(map, bestand), 'utf8'));
      const invoerOrigineel = pbNaarTelInvoer(origineel);
      const terug = pbNaarTelInvoer(leesPb(schrijfPb(invoerOrigineel)));
      expect(terug.stembiljetten.map((s) => s.stemmerId)).toEqual(invoerOrigineel.stembiljetten.map((_, i) => String(i + 1)));
      for (const regel of README_REGELS[origineel.stemType]) {
        if (!regel.includes('add1')) {
          expect(tel(terug, regel).volgorde).toEqual(tel(invoerOrigineel, regel).volgorde);
        }
      }
    },
  );
});
