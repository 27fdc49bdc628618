/**
 * Awb 3:46: a decision rests on a sound reason that the decision states. A reason is a real text
 * for the resident, not "." or "ok": at least one sentence. Pure rules, used by the decision
 * (besluitNemen) and the settlement (subsidieVaststellen, Awb 4:46).
 */
import { VaststellingsGrond } from './initiatief.entity';

export const MOTIVERING_MINIMAAL_TEKENS = 20;
export const MOTIVERING_MINIMAAL_WOORDEN = 3;

export type Motiveringsdoel = 'besluit' | 'vaststelling' | 'buitenBehandeling' | 'doorgaan' | 'verdaging' | 'dwangsom';

const WAAROM: Record<Motiveringsdoel, string> = {
  besluit: 'waarom zo is besloten',
  vaststelling: 'hoe het bedrag is vastgesteld',
  buitenBehandeling: 'welke gegevens ontbreken en waarom de aanvraag daardoor niet kan worden behandeld (Awb 4:5)',
  doorgaan: 'waarom de aanvraag zonder de gevraagde aanvulling verder wordt behandeld',
  verdaging: 'waarom niet binnen de termijn kan worden beslist (Awb 4:14)',
  dwangsom: 'hoe de dwangsom is vastgesteld (Awb 4:18)',
};

/**
 * Null when `tekst` is a real reason: after trimming at least MOTIVERING_MINIMAAL_TEKENS characters
 * and MOTIVERING_MINIMAAL_WOORDEN different words of letters (so no punctuation, digits, "aaaa…"
 * or the same word repeated). Otherwise the Dutch message for the field.
 */
export function motiveringFout(tekst: string | null | undefined, doel: Motiveringsdoel): string | null {
  const schoon = (tekst ?? '').trim().replace(/\s+/g, ' ');
  const woorden = new Set((schoon.toLocaleLowerCase('nl').match(/\p{L}{2,}/gu) ?? []).filter((w) => !/^(\p{L})\1+$/u.test(w)));
  if (schoon.length >= MOTIVERING_MINIMAAL_TEKENS && woorden.size >= MOTIVERING_MINIMAAL_WOORDEN) {
    return null;
  }
  return (
    `schrijf minstens één volledige zin (minstens ${MOTIVERING_MINIMAAL_TEKENS} tekens en ${MOTIVERING_MINIMAAL_WOORDEN} ` +
    `verschillende woorden) waarin staat ${WAAROM[doel]}; de initiatiefnemer moet het kunnen begrijpen (Awb 3:46).`
  );
}

/** What each ground means, in the words of Awb 4:46 (for messages and the API's enum descriptions). */
export const VASTSTELLINGSGROND_TEKST: Record<VaststellingsGrond, string> = {
  [VaststellingsGrond.ACTIVITEITEN_NIET_VERRICHT]:
    'de activiteiten hebben niet of niet geheel plaatsgevonden (Awb 4:46 lid 2 onder a)',
  [VaststellingsGrond.VERPLICHTINGEN_NIET_NAGEKOMEN]:
    'de ontvanger heeft niet voldaan aan de verplichtingen die aan de subsidie verbonden zijn (Awb 4:46 lid 2 onder b)',
  [VaststellingsGrond.ONJUISTE_GEGEVENS]:
    'de ontvanger heeft onjuiste of onvolledige gegevens verstrekt, waardoor anders zou zijn beslist (Awb 4:46 lid 2 onder c)',
  [VaststellingsGrond.VERLENING_ONJUIST]:
    'de verlening was onjuist en de ontvanger wist of behoorde dat te weten (Awb 4:46 lid 2 onder d)',
  [VaststellingsGrond.WERKELIJKE_KOSTEN_LAGER]:
    'de werkelijke kosten zijn lager dan begroot; de subsidie wordt overeenkomstig de verlening op die kosten vastgesteld (Awb 4:46 lid 1)',
};

/**
 * Awb 4:46: a settlement below the grant names its ground; a settlement at the granted amount has
 * none. Null when consistent, else the Dutch message for the field `grond`.
 */
export function vaststellingsgrondFout(lager: boolean, grond: VaststellingsGrond | null | undefined): string | null {
  if (lager && !grond) {
    return 'kies waarom lager wordt vastgesteld dan is toegekend (Awb 4:46): activiteiten niet (geheel) verricht, verplichtingen niet nagekomen, onjuiste gegevens, onjuiste verlening, of lagere werkelijke kosten.';
  }
  if (!lager && grond) {
    return 'hoort alleen bij een lagere vaststelling; hier wordt het toegekende bedrag vastgesteld.';
  }
  return null;
}
