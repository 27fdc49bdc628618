import { DomainError, FoutCode } from '../errors/domain-error';

/**
 * Content negotiation on `Accept` (NLGov ADR: formats by media type, never by file extension).
 * Returns the first offered type the client accepts, honouring q-values; `*` wildcards match.
 */
export function kiesFormaat<T extends string>(accept: string | undefined, aangeboden: readonly T[]): T {
  if (!accept || accept.trim() === '') {
    return aangeboden[0];
  }
  const voorkeuren = accept
    .split(',')
    .map((deel, i) => {
      const [type, ...params] = deel.trim().toLowerCase().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { type: type.trim(), q: q ? Number(q.slice(2)) : 1, i };
    })
    .filter((v) => v.type !== '' && !Number.isNaN(v.q) && v.q > 0)
    .sort((a, b) => b.q - a.q || a.i - b.i);
  for (const v of voorkeuren) {
    const [hoofd, sub] = v.type.split('/');
    const match = aangeboden.find((a) => {
      const [ah, as] = a.split('/');
      return (hoofd === '*' || hoofd === ah) && (sub === '*' || sub === as);
    });
    if (match) {
      return match;
    }
  }
  throw new DomainError(
    FoutCode.NIET_AANVAARDBAAR,
    `Dit formaat kan niet worden geleverd. Beschikbaar: ${aangeboden.join(', ')}.`,
  );
}
