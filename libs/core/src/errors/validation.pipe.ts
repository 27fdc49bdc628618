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
