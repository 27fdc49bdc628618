/** The signed-in person according to the API (`ik`), refreshed whenever the token changes. */
import { useEffect, useState } from 'react';
import { document, vraag } from './api';
import { bijWijziging, huidigToken } from './sessie';

export interface Ik {
  naam: string;
  rollen: string[];
}

/** Hand-typed (this folder has no codegen of its own); `ik` is part of the public contract. */
export const IK = document<{ ik: Ik | null }>('query WebIk { ik { naam rollen } }');

export function useIk(): { geladen: boolean; ik: Ik | null } {
  const [token, zetLokaalToken] = useState(huidigToken());
  const [staat, zetStaat] = useState<{ geladen: boolean; ik: Ik | null }>({ geladen: !token, ik: null });
  useEffect(() => bijWijziging(() => zetLokaalToken(huidigToken())), []);
  useEffect(() => {
    let actueel = true;
    if (!token) {
      zetStaat({ geladen: true, ik: null });
      return;
    }
    zetStaat((s) => ({ ...s, geladen: false }));
    vraag(IK)
      .then((d) => actueel && zetStaat({ geladen: true, ik: d.ik ?? null }))
      .catch(() => actueel && zetStaat({ geladen: true, ik: null }));
    return () => {
      actueel = false;
    };
  }, [token]);
  return staat;
}

const ROLNAMEN: Record<string, string> = {
  BEHEERDER: 'beheerder',
  BELEIDSMEDEWERKER: 'beleidsmedewerker',
  BEWONER: 'bewoner',
  BUURTREGISSEUR: 'buurtregisseur',
  GRIFFIE: 'griffie',
  PARTNER: 'partner',
};

export function rolnamen(rollen: readonly string[]): string {
  return rollen.map((r) => ROLNAMEN[r] ?? r.toLowerCase()).join(', ');
}
