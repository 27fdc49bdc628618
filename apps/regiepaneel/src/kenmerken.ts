/**
 * The quotas of a burgerberaad as staff type them, one feature per heading line and its values
 * below it, each with a minimum and maximum number of seats:
 *
 *   Leeftijd
 *   - 18 tot 40 jaar: 1-3
 *   - 40 jaar of ouder: 2-4
 *
 * Keys (for the API) are made from the names; the API checks the quotas themselves.
 */
export interface Kenmerkinvoer {
  sleutel: string;
  naam: string;
  waarden: Array<{ waarde: string; label: string; min: number; max: number }>;
}

export function sleutelVan(tekst: string): string {
  return (
    tekst
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 40) || 'x'
  );
}

export function leesKenmerken(tekst: string): { kenmerken: Kenmerkinvoer[]; fouten: string[] } {
  const kenmerken: Kenmerkinvoer[] = [];
  const fouten: string[] = [];
  tekst.split('\n').forEach((ruw, i) => {
    const regel = ruw.trim();
    if (regel === '') {
      return;
    }
    if (!regel.startsWith('-')) {
      kenmerken.push({ sleutel: sleutelVan(regel), naam: regel, waarden: [] });
      return;
    }
    const m = /^-\s*(.+?)\s*:\s*(\d{1,3})\s*-\s*(\d{1,3})$/.exec(regel);
    const huidig = kenmerken[kenmerken.length - 1];
    if (!huidig) {
      fouten.push(`Regel ${i + 1}: zet eerst de naam van het kenmerk op een eigen regel, daaronder de waarden.`);
    } else if (!m) {
      fouten.push(`Regel ${i + 1}: schrijf een waarde als “- naam: minimum-maximum”, bijvoorbeeld “- Vrouw: 2-3”.`);
    } else {
      huidig.waarden.push({ waarde: sleutelVan(m[1]), label: m[1], min: Number(m[2]), max: Number(m[3]) });
    }
  });
  for (const k of kenmerken) {
    // A feature whose value lines were all wrong already has its messages.
    if (k.waarden.length === 0 && fouten.length === 0) {
      fouten.push(`Het kenmerk “${k.naam}” heeft nog geen waarden.`);
    }
  }
  return { kenmerken, fouten };
}
