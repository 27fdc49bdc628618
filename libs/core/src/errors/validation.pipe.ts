import { type ArgumentMetadata, Injectable, ValidationPipe, type ValidationError } from '@nestjs/common';
import { DomainError, fout, type VeldFout } from './domain-error';

const MELDINGEN: Record<string, string> = {
  isNotEmpty: 'mag niet leeg zijn',
  isString: 'moet tekst zijn',
  isInt: 'moet een geheel getal zijn',
  isEmail: 'moet een geldig e-mailadres zijn',
  isUrl: 'moet een geldige webadres (https://...) zijn',
  isBoolean: 'moet waar of onwaar zijn',
  isEnum: 'heeft geen toegestane waarde',
  arrayNotEmpty: 'moet minstens één waarde bevatten',
  arrayMaxSize: 'bevat te veel waarden',
  arrayUnique: 'bevat dubbele waarden',
  whitelistValidation: 'is geen bekend veld',
};

function melding(constraint: string, tekst: string): string {
  if (constraint === 'maxLength') {
    const max = /(\d+)/.exec(tekst)?.[1];
    return `is te lang (maximaal ${max ?? 'het toegestane aantal'} tekens)`;
  }
  if (constraint === 'minLength') {
    const min = /(\d+)/.exec(tekst)?.[1];
    return `is te kort (minimaal ${min ?? 'het vereiste aantal'} tekens)`;
  }
  if (constraint === 'min') {
    return `moet minstens ${/(-?\d+)/.exec(tekst)?.[1] ?? 'de ondergrens'} zijn`;
  }
  if (constraint === 'max') {
    return `mag hoogstens ${/(-?\d+)/.exec(tekst)?.[1] ?? 'de bovengrens'} zijn`;
  }
  // Custom validators in this code base already write Dutch messages.
  return MELDINGEN[constraint] ?? tekst;
}

function plat(errors: ValidationError[], prefix: string): VeldFout[] {
  return errors.flatMap((e) => {
    const veld = /^\d+$/.test(e.property) ? `${prefix}[${e.property}]` : prefix ? `${prefix}.${e.property}` : e.property;
    const eigen = Object.entries(e.constraints ?? {}).map(([c, t]) => ({ veld, melding: melding(c, t) }));
    return [...eigen, ...plat(e.children ?? [], veld)];
  });
}

/** A UTF-16 surrogate without its partner: JSON allows it (`"\ud800"`), UTF-8 cannot encode it. */
const LOS_SURROGAAT = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * Text that PostgreSQL cannot store as sent: NUL (U+0000) is refused by PostgreSQL text and
 * jsonb (a database error, so a 500), and a lone surrogate would silently become U+FFFD on
 * its way to UTF-8 (the stored text would differ from what was sent). Walks strings and object
 * keys at any depth (also inside JSON values), without recursion so deep input cannot
 * overflow the stack.
 */
export function onopslaanbareTekst(waarde: unknown, pad: string): VeldFout[] {
  const fouten: VeldFout[] = [];
  const stapel: Array<[unknown, string]> = [[waarde, pad]];
  const melding = (t: string): string =>
    t.includes('\u0000')
      ? 'bevat een NUL-teken (U+0000), dat niet kan worden opgeslagen'
      : 'bevat een ongeldig Unicode-teken (losse surrogaat)';
  while (stapel.length > 0 && fouten.length < 20) {
    const [w, p] = stapel.pop()!;
    if (typeof w === 'string') {
      if (w.includes('\u0000') || LOS_SURROGAAT.test(w)) {
        fouten.push({ veld: p, melding: melding(w) });
      }
    } else if (Array.isArray(w)) {
      w.forEach((v, i) => stapel.push([v, `${p}[${i}]`]));
    } else if (w !== null && typeof w === 'object' && !(w instanceof Date)) {
      for (const [k, v] of Object.entries(w)) {
        const sub = p ? `${p}.${k}` : k;
        if (k.includes('\u0000') || LOS_SURROGAAT.test(k)) {
          fouten.push({ veld: sub, melding: melding(k) });
        }
        stapel.push([v, sub]);
      }
    }
  }
  return fouten.reverse();
}

/**
 * GraphQL parameters that are no client input (GqlParamtype of @nestjs/graphql, as Nest passes it
 * in `metadata.type`): ROOT (`@Parent()`), CONTEXT and INFO. The parent of a field resolver is the
 * server's own model; copying and validating it for every field of every row of a page cost more
 * CPU than the SQL of the page (docs/benchmarks.md).
 */
const GEEN_INVOER = new Set<string>(['0', '1', '2']);

/**
 * Validates every input with class-validator (whitelist: unknown fields are refused) and lists
 * all invalid fields at once, with the path as the client wrote it (e.g. `input.titel`).
 */
@Injectable()
export class InvoerValidatiePipe extends ValidationPipe {
  constructor() {
    super({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      stopAtFirstError: false,
      exceptionFactory: (errors: ValidationError[]) => fout.ongeldigeInvoer(plat(errors, '')),
    });
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (GEEN_INVOER.has(metadata.type)) {
      return value;
    }
    // Every argument, also plain String/ID/JSON ones that have no DTO class: refused here once
    // instead of as a database error (500) in whichever module stores it (issue 9, fuzzing).
    if (metadata.type !== 'custom') {
      const onopslaanbaar = onopslaanbareTekst(value, metadata.data ?? '');
      if (onopslaanbaar.length > 0) {
        throw fout.ongeldigeInvoer(onopslaanbaar);
      }
    }
    try {
      return await super.transform(value, metadata);
    } catch (e) {
      if (e instanceof DomainError && metadata.data) {
        const velden = e.velden.map((v) => ({ ...v, veld: v.veld ? `${metadata.data}.${v.veld}` : metadata.data! }));
        throw fout.ongeldigeInvoer(velden);
      }
      throw e;
    }
  }
}
