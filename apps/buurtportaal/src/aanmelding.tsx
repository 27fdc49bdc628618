import { Button } from '@utrecht/component-library-react';
import { useEffect, useState } from 'react';
import { vraag } from './api';
import { graphql } from './gql';
import { bijWijziging, huidigToken, zetToken } from './sessie';

const IK = graphql(`
  query BuurtportaalIk {
    ik {
      naam
      rollen
    }
  }
`);

/** Shows who is signed in (from the API's `ik`), with a sign-out button. */
export function Aanmelding() {
  const [token, zetLokaalToken] = useState(huidigToken());
  const [naam, zetNaam] = useState<string | null>(null);
  useEffect(() => bijWijziging(() => zetLokaalToken(huidigToken())), []);
  useEffect(() => {
    let actueel = true;
    if (!token) {
      zetNaam(null);
      return;
    }
    vraag(IK)
      .then((d) => actueel && zetNaam(d.ik?.naam ?? null))
      .catch(() => actueel && zetNaam(null));
    return () => {
      actueel = false;
    };
  }, [token]);
  if (!token || !naam) {
    return null;
  }
  return (
    <div className="buurtwerk-ingelogd">
      <span>Ingelogd als {naam}</span>
      <Button appearance="secondary-action-button" onClick={() => zetToken(null)}>
        Uitloggen
      </Button>
    </div>
  );
}
