/**
 * iCalendar (RFC 5545) text for calendar apps that subscribe to a feed (activities, network
 * meetings). Pure: the REST route only chooses the events and passes the current time.
 */
export interface IcsGebeurtenis {
  /** Globally unique and stable: the same meeting keeps its UID, so subscribers update it. */
  uid: string;
  titel: string;
  begin: Date;
  /** Without an end, DTEND is left out (RFC 5545 3.6.1: the event then ends when it starts). */
  eind?: Date | null;
  locatie?: string | null;
  beschrijving?: string | null;
  geannuleerd?: boolean;
  gewijzigdOp?: Date | null;
  url?: string | null;
}

export interface IcsOpties {
  /** DTSTAMP: when the feed was generated. */
  nu: Date;
  prodId?: string;
  naam?: string;
}

const CRLF = '\r\n';

/** Europe/Amsterdam since 1996 (EU summer time: last Sunday of March to last Sunday of October). */
const VTIMEZONE_AMSTERDAM = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/Amsterdam',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19810329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19961027T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];
const MAX_OCTETTEN = 75;

/** RFC 5545 3.3.5: UTC form `YYYYMMDDTHHMMSSZ`. */
export function icsTijd(d: Date): string {
  return d
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '');
}

/** RFC 5545 3.3.11: backslash, semicolon, comma and newlines in TEXT values. */
export function icsTekst(tekst: string): string {
  return tekst
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * RFC 5545 3.1: lines longer than 75 octets are folded with CRLF and one space. Counted in
 * UTF-8 octets, and never inside a multi-byte character.
 */
export function vouwRegel(regel: string): string {
  const delen: string[] = [];
  let huidig = '';
  let octetten = 0;
  let limiet = MAX_OCTETTEN;
  for (const teken of regel) {
    const lengte = Buffer.byteLength(teken, 'utf8');
    if (octetten + lengte > limiet) {
      delen.push(huidig);
      huidig = '';
      octetten = 0;
      limiet = MAX_OCTETTEN - 1; // the leading space of a continuation line counts too
    }
    huidig += teken;
    octetten += lengte;
  }
  delen.push(huidig);
  return delen.join(`${CRLF} `);
}

export function icalendar(gebeurtenissen: readonly IcsGebeurtenis[], opties: IcsOpties): string {
  const regels: string[] = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${opties.prodId ?? '-//Gemeente Heerlen//Buurtwerk//NL'}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
  ];
  if (opties.naam) {
    regels.push(`X-WR-CALNAME:${icsTekst(opties.naam)}`);
  }
  // RFC 5545 3.6: a VCALENDAR holds at least one component, also when there are no events. The
  // time zone of Heerlen is that component (events are in UTC; apps show them in this zone).
  regels.push('X-WR-TIMEZONE:Europe/Amsterdam', ...VTIMEZONE_AMSTERDAM);
  for (const g of gebeurtenissen) {
    regels.push('BEGIN:VEVENT', `UID:${g.uid}`, `DTSTAMP:${icsTijd(opties.nu)}`, `DTSTART:${icsTijd(g.begin)}`);
    if (g.eind) {
      regels.push(`DTEND:${icsTijd(g.eind)}`);
    }
    regels.push(`SUMMARY:${icsTekst(g.titel)}`);
    if (g.locatie) {
      regels.push(`LOCATION:${icsTekst(g.locatie)}`);
    }
    if (g.beschrijving) {
      regels.push(`DESCRIPTION:${icsTekst(g.beschrijving)}`);
    }
    if (g.url) {
      regels.push(`URL:${g.url}`);
    }
    if (g.gewijzigdOp) {
      regels.push(`LAST-MODIFIED:${icsTijd(g.gewijzigdOp)}`);
    }
    regels.push(`STATUS:${g.geannuleerd ? 'CANCELLED' : 'CONFIRMED'}`, 'END:VEVENT');
  }
  regels.push('END:VCALENDAR');
  return regels.map(vouwRegel).join(CRLF) + CRLF;
}
