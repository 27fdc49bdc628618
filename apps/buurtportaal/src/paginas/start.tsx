import {
  Alert,
  Button,
  FormFieldTextbox,
  Heading1,
  Heading2,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { type FormEvent, useEffect, useMemo, useRef, useState } from 'react';
import { APP_NAAM } from '../naam';
import { ApiFout, vraag } from '@web-gedeeld/api';
import { controleerPostcode, foutmelding, leesbareFout } from '@web-gedeeld/fouten';
import { graphql } from '../gql';
import type { BuurtportaalBuurtenQuery } from '../gql/graphql';
import { Buurtenkaart } from '../kaart/buurtenkaart';
import { aantal } from '../opmaak';
import { AppLink, navigeer, usePaginatitel } from '@web-gedeeld/router';

const BUURTEN = graphql(`
  query BuurtportaalBuurten($zoek: String) {
    buurten(zoek: $zoek) {
      code
      naam
      wijk {
        naam
      }
      ligging {
        lat
        lon
      }
    }
  }
`);

const BIJ_POSTCODE = graphql(`
  query BuurtportaalBijPostcode($postcode: String!, $huisnummer: Int) {
    buurtBijPostcode(postcode: $postcode, huisnummer: $huisnummer) {
      code
      naam
    }
  }
`);

const BIJ_LOCATIE = graphql(`
  query BuurtportaalBijLocatie($lat: Float!, $lon: Float!) {
    buurtBijLocatie(lat: $lat, lon: $lon) {
      code
      naam
    }
  }
`);

type Buurten = BuurtportaalBuurtenQuery['buurten'];

function PostcodeZoeker() {
  const [postcode, zetPostcode] = useState('');
  const [huisnummer, zetHuisnummer] = useState('');
  const [veldfouten, zetVeldfouten] = useState<{ postcode?: string; huisnummer?: string }>({});
  const [melding, zetMelding] = useState<string | null>(null);
  const [bezig, zetBezig] = useState(false);
  const postcodeVeld = useRef<HTMLInputElement>(null);
  const huisnummerVeld = useRef<HTMLInputElement>(null);

  const zoek = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    zetMelding(null);
    const fouten: typeof veldfouten = {};
    // Checked before sending: four digits and two letters (the API would refuse it too, less plainly).
    const postcodeFout = controleerPostcode(postcode);
    if (postcodeFout) {
      fouten.postcode = postcodeFout;
    }
    const nummer = huisnummer.trim() === '' ? null : Number(huisnummer.trim());
    if (nummer !== null && !Number.isInteger(nummer)) {
      fouten.huisnummer = 'Vul het huisnummer in cijfers in, zonder toevoeging, of laat het leeg.';
    }
    zetVeldfouten(fouten);
    if (fouten.postcode) {
      postcodeVeld.current?.focus();
      return;
    }
    if (fouten.huisnummer) {
      huisnummerVeld.current?.focus();
      return;
    }
    zetBezig(true);
    try {
      const { buurtBijPostcode } = await vraag(BIJ_POSTCODE, { postcode: postcode.trim(), huisnummer: nummer });
      if (buurtBijPostcode) {
        navigeer(`/buurt/${buurtBijPostcode.code}`);
        return;
      }
      zetMelding('We vonden bij dit adres geen buurt in Heerlen. Controleer de postcode, of zoek je buurt hieronder op naam.');
    } catch (fout) {
      const r = leesbareFout(fout, {
        postcode: { naam: 'postcode', label: 'Postcode' },
        huisnummer: { naam: 'huisnummer', label: 'Huisnummer' },
      });
      if (fout instanceof ApiFout && fout.code === 'BAD_USER_INPUT' && !r.perVeld.huisnummer) {
        zetVeldfouten({ postcode: r.perVeld.postcode ?? r.algemeen ?? 'Controleer de postcode.' });
        postcodeVeld.current?.focus();
      } else if (r.perVeld.huisnummer) {
        zetVeldfouten(r.perVeld);
        huisnummerVeld.current?.focus();
      } else {
        zetMelding(r.algemeen);
      }
    } finally {
      zetBezig(false);
    }
  };

  return (
    <form onSubmit={(e) => void zoek(e)} noValidate aria-labelledby="postcode-kop">
      <Heading2 id="postcode-kop">Zoek op adres</Heading2>
      <div className="buurtwerk-formulierrij">
        <FormFieldTextbox
          id="postcode"
          name="postcode"
          label="Postcode"
          description="Bijvoorbeeld 6411 AB"
          autoComplete="postal-code"
          required
          value={postcode}
          onChange={(e) => zetPostcode((e.target as HTMLInputElement).value)}
          invalid={Boolean(veldfouten.postcode)}
          errorMessage={veldfouten.postcode}
          inputRef={postcodeVeld}
          size={10}
        />
        <FormFieldTextbox
          id="huisnummer"
          name="huisnummer"
          label="Huisnummer (niet verplicht)"
          description="Alleen het nummer"
          value={huisnummer}
          onChange={(e) => zetHuisnummer((e.target as HTMLInputElement).value)}
          invalid={Boolean(veldfouten.huisnummer)}
          errorMessage={veldfouten.huisnummer}
          inputRef={huisnummerVeld}
          size={6}
        />
      </div>
      <Button type="submit" appearance="primary-action-button" busy={bezig} disabled={bezig}>
        Zoek mijn buurt
      </Button>
      {melding && (
        <Alert type="error" role="alert">
          <Paragraph>{melding}</Paragraph>
        </Alert>
      )}
    </form>
  );
}

function LocatieZoeker() {
  const [status, zetStatus] = useState<string | null>(null);
  const [fout, zetFout] = useState<string | null>(null);
  const [bezig, zetBezig] = useState(false);

  const gebruikLocatie = (): void => {
    zetFout(null);
    if (!('geolocation' in navigator)) {
      zetFout('Je browser kan je locatie niet doorgeven. Zoek je buurt op adres of op naam.');
      return;
    }
    zetBezig(true);
    zetStatus('We vragen je locatie op …');
    navigator.geolocation.getCurrentPosition(
      (positie) => {
        vraag(BIJ_LOCATIE, { lat: positie.coords.latitude, lon: positie.coords.longitude })
          .then(({ buurtBijLocatie }) => {
            if (buurtBijLocatie) {
              navigeer(`/buurt/${buurtBijLocatie.code}`);
              return;
            }
            zetStatus(null);
            zetFout('Je locatie ligt niet in een buurt van Heerlen. Zoek je buurt op adres of op naam.');
          })
          .catch((e: unknown) => {
            zetStatus(null);
            zetFout(foutmelding(e));
          })
          .finally(() => zetBezig(false));
      },
      (e) => {
        zetBezig(false);
        zetStatus(null);
        zetFout(
          e.code === e.PERMISSION_DENIED
            ? 'Je hebt geen toestemming gegeven om je locatie te gebruiken. Zoek je buurt op adres of op naam.'
            : 'We konden je locatie niet bepalen. Zoek je buurt op adres of op naam.',
        );
      },
      { timeout: 15000, maximumAge: 60000 },
    );
  };

  return (
    <section aria-labelledby="locatie-kop">
      <Heading2 id="locatie-kop">Waar ben ik nu?</Heading2>
      <Paragraph>Je locatie wordt alleen gebruikt om je buurt op te zoeken en niet bewaard.</Paragraph>
      <Button type="button" appearance="secondary-action-button" onClick={gebruikLocatie} busy={bezig} disabled={bezig}>
        Gebruik mijn locatie
      </Button>
      <p role="status" className="buurtwerk-klein">
        {status}
      </p>
      {fout && (
        <Alert type="error" role="alert">
          <Paragraph>{fout}</Paragraph>
        </Alert>
      )}
    </section>
  );
}

function NaamZoeker() {
  const [zoek, zetZoek] = useState('');
  const [buurten, zetBuurten] = useState<Buurten | null>(null);
  const [fout, zetFout] = useState<string | null>(null);

  useEffect(() => {
    let actueel = true;
    const wacht = window.setTimeout(
      () => {
        vraag(BUURTEN, { zoek: zoek.trim() === '' ? null : zoek.trim() })
          .then((d) => {
            if (actueel) {
              zetBuurten(d.buurten);
              zetFout(null);
            }
          })
          .catch((e: unknown) => actueel && zetFout(foutmelding(e, 'De buurten konden niet worden geladen.')));
      },
      zoek === '' ? 0 : 250,
    );
    return () => {
      actueel = false;
      window.clearTimeout(wacht);
    };
  }, [zoek]);

  const gemarkeerd = useMemo(() => new Set(zoek.trim() === '' ? [] : (buurten ?? []).map((b) => b.code)), [buurten, zoek]);
  const resultaat =
    buurten === null
      ? 'Buurten laden …'
      : zoek.trim() === ''
        ? `Heerlen heeft ${aantal(buurten.length, 'buurt', 'buurten')}.`
        : buurten.length === 0
          ? `Geen buurten gevonden voor “${zoek.trim()}”.`
          : `${aantal(buurten.length, 'buurt', 'buurten')} gevonden voor “${zoek.trim()}”.`;

  return (
    <section aria-labelledby="naam-kop">
      <Heading2 id="naam-kop">Zoek op naam van je buurt</Heading2>
      <form role="search" onSubmit={(e) => e.preventDefault()} aria-labelledby="naam-kop">
        <FormFieldTextbox
          id="zoek-buurt"
          name="zoek"
          type="search"
          label="Naam van de buurt"
          description="Je ziet de lijst en de kaart meteen veranderen."
          value={zoek}
          onChange={(e) => zetZoek((e.target as HTMLInputElement).value)}
          autoComplete="off"
        />
      </form>
      <p role="status" className="buurtwerk-klein" data-testid="zoekresultaat">
        {resultaat}
      </p>
      {fout && (
        <Alert type="error" role="alert">
          <Paragraph>{fout}</Paragraph>
        </Alert>
      )}
      <div className="buurtwerk-kolommen">
        <div>
          <Buurtenkaart
            id="kaart-heerlen"
            titel="Kaart van de buurten van Heerlen. Gevonden buurten zijn donker gekleurd; alle buurten staan ook in de lijst."
            gemarkeerd={gemarkeerd}
            onKies={(code) => navigeer(`/buurt/${code}`)}
          />
          <Paragraph className="buurtwerk-klein">Klik op een buurt op de kaart, of kies hem uit de lijst.</Paragraph>
        </div>
        {buurten && buurten.length > 0 && (
          <UnorderedList className="buurtwerk-buurtenlijst" aria-label="Buurten">
            {buurten.map((b) => (
              <UnorderedListItem key={b.code}>
                <AppLink naar={`/buurt/${b.code}`}>{b.naam}</AppLink> <span className="buurtwerk-klein">({b.wijk.naam})</span>
              </UnorderedListItem>
            ))}
          </UnorderedList>
        )}
      </div>
    </section>
  );
}

export function StartPagina() {
  usePaginatitel('Vind je buurt', APP_NAAM);
  return (
    <>
      <Heading1>Vind je buurt</Heading1>
      <Paragraph appearance="lead">
        Zoek je buurt in Heerlen. Je ziet wie je buurtregisseur is, welke organisaties er actief zijn en welke activiteiten eraan
        komen.
      </Paragraph>
      <div className="buurtwerk-kolommen">
        <div className="buurtwerk-blok">
          <PostcodeZoeker />
        </div>
        <div className="buurtwerk-blok">
          <LocatieZoeker />
        </div>
      </div>
      <NaamZoeker />
    </>
  );
}
