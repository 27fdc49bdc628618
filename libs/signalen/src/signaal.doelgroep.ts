import type { Lidmaatschappen } from '@buurtwerk/core';
import type { DoelgroepToets } from '@buurtwerk/webhooks';

/**
 * Who may receive a webhook event about a signal (docs/domein.md, invariants 10 and 12), registered with the
 * webhooks library's Doelgroepen by SignalenService.onModuleInit. A municipal subscription (no
 * organisation; only a BEHEERDER, who sees every signal, can make one) gets them all, narrowed by
 * its filters; a partner's subscription only the signals reported by whoever made it (the PARTNER
 * user or the API key with `signalen:schrijven`), and only while that maker is still linked to the
 * subscription's organisation. Decided at fan-out, so the outbox stores no personal data.
 */
export function signaalDoelgroep(lidmaatschappen: Lidmaatschappen): DoelgroepToets {
  return async (tx, ontvangers) => {
    const ids = [...new Set(ontvangers.map((o) => o.doelgroep.signaalId))];
    const melders = new Map(
      (
        await tx.query<Array<{ id: string; gemeld_door: string }>>(
          'SELECT id, gemeld_door FROM signaal WHERE id = ANY($1::uuid[])',
          [ids],
        )
      ).map((s) => [s.id, s.gemeld_door]),
    );
    const organisaties = new Map<string, string[]>();
    const uit = [];
    for (const o of ontvangers) {
      if (o.organisatieId === null) {
        uit.push(o);
        continue;
      }
      const melder = melders.get(o.doelgroep.signaalId);
      if (melder === undefined || melder !== o.aangemaaktDoor) {
        continue;
      }
      if (!organisaties.has(melder)) {
        organisaties.set(melder, await lidmaatschappen.organisatieIdsVan(melder, tx));
      }
      if (organisaties.get(melder)!.includes(o.organisatieId)) {
        uit.push(o);
      }
    }
    return uit;
  };
}
