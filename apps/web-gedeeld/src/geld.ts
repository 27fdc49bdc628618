/**
 * Money in the web apps: people type and read euros, the API takes and gives integer euro cents
 * (its Centen scalar, docs/domein.md, invariant 1). Conversion works on the digits as text, never
 * through floating point, so "0,29" is exactly 29 cents.
 */

export type BedragInvoer = { soort: 'leeg' } | { soort: 'bedrag'; centen: number } | { soort: 'fout'; melding: string };

const VOORBEELD = 'Vul een bedrag in euro’s in, bijvoorbeeld 125 of 12,50.';

/**
 * "12,50" → 1250; "€ 1.250" → 125000; "12.5" → 1250 (a point with one or two digits after it is
 * read as a decimal point, with three as a thousands separator, as Dutch amounts are written).
 */
export function centenUitInvoer(invoer: string): BedragInvoer {
  const tekst = invoer
    .replace(/[\s\u00a0]/g, '')
    .replace(/^€/, '')
    .replace(/^eur(o)?/i, '');
  if (tekst === '') {
    return { soort: 'leeg' };
  }
  if (tekst.startsWith('-')) {
    return { soort: 'fout', melding: 'Een bedrag kan niet negatief zijn.' };
  }
  let heel: string;
  let fractie: string;
  const komma = /^(\d{1,3}(?:\.\d{3})+|\d+),(\d*)$/.exec(tekst);
  const duizendtallen = /^\d{1,3}(?:\.\d{3})+$/.exec(tekst);
  const punt = /^(\d+)\.(\d{1,2})$/.exec(tekst);
  if (komma) {
    heel = komma[1];
    fractie = komma[2];
  } else if (duizendtallen) {
    heel = tekst;
    fractie = '';
  } else if (punt) {
    heel = punt[1];
    fractie = punt[2];
  } else if (/^\d+$/.test(tekst)) {
    heel = tekst;
    fractie = '';
  } else {
    return { soort: 'fout', melding: VOORBEELD };
  }
  if (fractie.length > 2) {
    return { soort: 'fout', melding: 'Een bedrag heeft hoogstens twee cijfers achter de komma.' };
  }
  const euros = heel.replace(/\./g, '').replace(/^0+(?=\d)/, '');
  const centen = `${euros}${fractie.padEnd(2, '0')}`;
  if (euros.length > 13) {
    return { soort: 'fout', melding: 'Dit bedrag is te groot.' };
  }
  return { soort: 'bedrag', centen: Number(centen) };
}

function metPunten(euros: string): string {
  return euros.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

function delen(centen: number): { euros: string; rest: string } {
  if (!Number.isSafeInteger(centen) || centen < 0) {
    throw new RangeError(`Geen geldig aantal centen: ${centen}`);
  }
  const tekst = String(centen).padStart(3, '0');
  return { euros: tekst.slice(0, -2), rest: tekst.slice(-2) };
}

/** 1250 → "€ 12,50"; 125000 → "€ 1.250,00". */
export function euro(centen: number): string {
  const { euros, rest } = delen(centen);
  return `€ ${metPunten(euros)},${rest}`;
}

/** 1250 → "12,50", 125000 → "1250": how an amount reads back in an input field. */
export function centenAlsInvoer(centen: number): string {
  const { euros, rest } = delen(centen);
  return rest === '00' ? euros : `${euros},${rest}`;
}
