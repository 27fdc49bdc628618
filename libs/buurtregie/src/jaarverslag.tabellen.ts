import type { JaarverslagModel } from './jaarverslag.model';

/** One table of the year report: the same rows in the PDF, the CSV and the web page's data tables. */
export interface JaarverslagTabel {
  /** Stable key (CSV column `onderdeel`). */
  sleutel: string;
  titel: string;
  kop: string[];
  rijen: Array<Array<string | number | null>>;
}

const euro = (centen: number) =>
  (centen / 100).toLocaleString('nl-NL', { style: 'currency', currency: 'EUR', minimumFractionDigits: 2 });
const getal = (n: number | null, eenheid = '') => (n === null ? 'geen' : `${n.toLocaleString('nl-NL')}${eenheid}`);

/** The figures as tables in reading order, with Dutch headings and units for people. */
export function jaarverslagTabellen(v: JaarverslagModel): JaarverslagTabel[] {
  return [
    {
      sleutel: 'initiatieven',
      titel: 'Initiatieven',
      kop: ['Kenmerk', 'Aantal'],
      rijen: [
        ['Ontvangen', v.initiatieven.ontvangen],
        ['Toegekend', v.initiatieven.toegekend],
        ['Afgewezen', v.initiatieven.afgewezen],
        ['Buiten behandeling', v.initiatieven.buitenBehandeling],
      ],
    },
    {
      sleutel: 'geld',
      titel: 'Geld per instrument',
      kop: ['Instrument', 'Toegekend', 'Vastgesteld'],
      rijen: v.geldPerInstrument.map((g) => [g.instrument, euro(g.toegekend), euro(g.vastgesteld)]),
    },
    {
      sleutel: 'plafonds',
      titel: 'Benutting van de subsidieplafonds',
      kop: ['Regeling', 'Stadsdeel', 'Plafond', 'Verleend', 'Gereserveerd', 'Benut'],
      rijen: v.plafonds.map((p) => [
        p.regeling,
        p.stadsdeel ?? 'hele stad',
        euro(p.bedrag),
        euro(p.verleend),
        euro(p.gereserveerd),
        getal(p.benutProcent, '%'),
      ]),
    },
    {
      sleutel: 'beslistermijnen',
      titel: 'Beslistermijnen (Awb 4:13)',
      kop: ['Kenmerk', 'Waarde'],
      rijen: [
        ['Besluiten op aanvragen', v.beslistermijnen.besluiten],
        ['Binnen de termijn', v.beslistermijnen.binnenTermijn],
        ['Te laat', v.beslistermijnen.teLaat],
        ['Zonder termijn', v.beslistermijnen.zonderTermijn],
        ['Gemiddeld aantal dagen', getal(v.beslistermijnen.gemiddeldeDagen)],
      ],
    },
    {
      sleutel: 'activiteiten',
      titel: 'Activiteiten en netwerkbijeenkomsten',
      kop: ['Kenmerk', 'Aantal'],
      rijen: [
        ['Activiteiten doorgegaan', v.activiteiten.doorgegaan],
        ['Activiteiten geannuleerd', v.activiteiten.geannuleerd],
        ['Netwerkbijeenkomsten gehouden', v.netwerkbijeenkomsten.gehouden],
        ['Netwerkbijeenkomsten nog gepland', v.netwerkbijeenkomsten.gepland],
        ['Netwerkbijeenkomsten geannuleerd', v.netwerkbijeenkomsten.geannuleerd],
        ['Aanmeldingen voor gehouden bijeenkomsten', v.netwerkbijeenkomsten.aanmeldingen],
      ],
    },
    {
      sleutel: 'signalen',
      titel: 'Signalen per afdeling',
      kop: ['Afdeling', 'Gemeld', 'Afgehandeld', 'Binnen de termijn', 'Gemiddeld aantal dagen'],
      rijen: v.signalen.map((s) => [s.afdeling, s.gemeld, s.afgehandeld, s.binnenTermijn, getal(s.gemiddeldeDagen)]),
    },
    {
      sleutel: 'behoeften',
      titel: 'Buurtagenda en buurtpanel',
      kop: ['Kenmerk', 'Waarde'],
      rijen: [
        ['Behoeften op de agenda gezet', v.behoeften.geopend],
        ['Behoeften beantwoord', v.behoeften.beantwoord],
        ['Stemmingen van het buurtpanel', v.panel.stemmingen],
        ['Uitgebrachte stemmen', v.panel.stemmen],
        ['Mogelijke stemmen', v.panel.mogelijkeStemmen],
        ['Deelname', getal(v.panel.deelnameProcent, '%')],
      ],
    },
    ...(v.concierges
      ? [
          {
            sleutel: 'concierges',
            titel: 'Buurtconciërges',
            kop: ['Kenmerk', 'Waarde'],
            rijen: [
              ['Verzoeken', v.concierges.verzoeken],
              ['Opgepakt', v.concierges.opgepakt],
              ['Doorverwijzingen', v.concierges.doorverwijzingen],
              ['Contacten', v.concierges.contacten],
              ['Uren', getal(v.concierges.uren)],
            ],
          },
        ]
      : []),
  ];
}

/** The year report as open data rows (long format): one figure per row, machine-readable values. */
export function jaarverslagRijen(v: JaarverslagModel): Array<{
  jaar: number;
  schaal: string;
  gebied: string;
  onderdeel: string;
  kenmerk: string;
  waarde: number | null;
}> {
  const basis = { jaar: v.jaar, schaal: v.schaal, gebied: v.gebied };
  const rij = (onderdeel: string, kenmerk: string, waarde: number | null) => ({ ...basis, onderdeel, kenmerk, waarde });
  return [
    rij('initiatieven', 'ontvangen', v.initiatieven.ontvangen),
    rij('initiatieven', 'toegekend', v.initiatieven.toegekend),
    rij('initiatieven', 'afgewezen', v.initiatieven.afgewezen),
    rij('initiatieven', 'buitenBehandeling', v.initiatieven.buitenBehandeling),
    ...v.geldPerInstrument.flatMap((g) => [
      rij('geld', `${g.instrument}: toegekend (centen)`, g.toegekend),
      rij('geld', `${g.instrument}: vastgesteld (centen)`, g.vastgesteld),
    ]),
    ...v.plafonds.flatMap((p) => {
      const naam = `${p.regeling} (${p.stadsdeel ?? 'hele stad'})`;
      return [
        rij('plafonds', `${naam}: bedrag (centen)`, p.bedrag),
        rij('plafonds', `${naam}: verleend (centen)`, p.verleend),
        rij('plafonds', `${naam}: gereserveerd (centen)`, p.gereserveerd),
        rij('plafonds', `${naam}: benut (procent)`, p.benutProcent),
      ];
    }),
    rij('beslistermijnen', 'besluiten', v.beslistermijnen.besluiten),
    rij('beslistermijnen', 'binnenTermijn', v.beslistermijnen.binnenTermijn),
    rij('beslistermijnen', 'teLaat', v.beslistermijnen.teLaat),
    rij('beslistermijnen', 'zonderTermijn', v.beslistermijnen.zonderTermijn),
    rij('beslistermijnen', 'gemiddeldeDagen', v.beslistermijnen.gemiddeldeDagen),
    rij('activiteiten', 'doorgegaan', v.activiteiten.doorgegaan),
    rij('activiteiten', 'geannuleerd', v.activiteiten.geannuleerd),
    rij('netwerkbijeenkomsten', 'gehouden', v.netwerkbijeenkomsten.gehouden),
    rij('netwerkbijeenkomsten', 'gepland', v.netwerkbijeenkomsten.gepland),
    rij('netwerkbijeenkomsten', 'geannuleerd', v.netwerkbijeenkomsten.geannuleerd),
    rij('netwerkbijeenkomsten', 'aanmeldingen', v.netwerkbijeenkomsten.aanmeldingen),
    ...v.signalen.flatMap((s) => [
      rij('signalen', `${s.afdeling}: gemeld`, s.gemeld),
      rij('signalen', `${s.afdeling}: afgehandeld`, s.afgehandeld),
      rij('signalen', `${s.afdeling}: binnenTermijn`, s.binnenTermijn),
      rij('signalen', `${s.afdeling}: gemiddeldeDagen`, s.gemiddeldeDagen),
    ]),
    rij('behoeften', 'geopend', v.behoeften.geopend),
    rij('behoeften', 'beantwoord', v.behoeften.beantwoord),
    rij('panel', 'stemmingen', v.panel.stemmingen),
    rij('panel', 'stemmen', v.panel.stemmen),
    rij('panel', 'mogelijkeStemmen', v.panel.mogelijkeStemmen),
    rij('panel', 'deelnameProcent', v.panel.deelnameProcent),
    ...(v.concierges
      ? [
          rij('concierges', 'verzoeken', v.concierges.verzoeken),
          rij('concierges', 'opgepakt', v.concierges.opgepakt),
          rij('concierges', 'doorverwijzingen', v.concierges.doorverwijzingen),
          rij('concierges', 'contacten', v.concierges.contacten),
          rij('concierges', 'uren', v.concierges.uren),
        ]
      : []),
  ];
}
