import {
  Alert,
  Button,
  FormField,
  FormFieldErrorMessage,
  FormFieldTextarea,
  FormLabel,
  Heading1,
  Heading2,
  Paragraph,
  Select,
  SelectOption,
} from '@utrecht/component-library-react';
import { vraag } from '@web-gedeeld/api';
import { FOTO_TYPES, UploadFout, uploadBijlage } from '@web-gedeeld/bijlagen';
import { foutmelding, leesbareFout } from '@web-gedeeld/fouten';
import { Foutsamenvatting } from '@web-gedeeld/foutsamenvatting';
import { datum } from '@web-gedeeld/datum';
import { AppLink, usePaginatitel } from '@web-gedeeld/router';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { graphql } from '../gql';
import type { BuurtportaalSignaalGegevensQuery, BuurtportaalSignaalMeldenMutation } from '../gql/graphql';
import { APP_NAAM } from '../naam';

const GEGEVENS = graphql(`
  query BuurtportaalSignaalGegevens {
    signaalcategorieen {
      naam
      afdeling
      reactietermijnDagen
    }
    buurten {
      id
      code
      naam
      wijk {
        naam
      }
    }
  }
`);

const MELDEN = graphql(`
  mutation BuurtportaalSignaalMelden($input: SignaalInput!) {
    signaalMelden(input: $input) {
      id
      referentie
      afdeling
      reactieUiterlijk
      buurtregisseur {
        naam
      }
    }
  }
`);

type Gemeld = BuurtportaalSignaalMeldenMutation['signaalMelden'];

/** Report a problem noticed in the buurt; it goes to the responsible department and the buurtregisseur. */
export function SignaalPagina() {
  usePaginatitel('Signaal melden', APP_NAAM);
  const [gegevens, zetGegevens] = useState<BuurtportaalSignaalGegevensQuery | null>(null);
  const [buurtId, zetBuurtId] = useState('');
  const [categorie, zetCategorie] = useState('');
  const [omschrijving, zetOmschrijving] = useState('');
  const [fouten, zetFouten] = useState<Record<string, string>>({});
  const [fout, zetFout] = useState<string | null>(null);
  const [gemeld, zetGemeld] = useState<Gemeld | null>(null);
  const [foto, zetFoto] = useState<File | null>(null);
  const [voortgang, zetVoortgang] = useState<number | null>(null);
  const [fotoToegevoegd, zetFotoToegevoegd] = useState(false);
  // The signal is in, the photo was refused: the photo field stays for another try.
  const [fotoOpnieuw, zetFotoOpnieuw] = useState(false);
  const kop = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    let actueel = true;
    vraag(GEGEVENS)
      .then((d) => {
        if (!actueel) {
          return;
        }
        zetGegevens(d);
        // From a buurt page: "Signaal melden in <buurt>" (`?buurt=<CBS-code>`) fills in the buurt.
        const code = new URLSearchParams(window.location.search).get('buurt')?.toUpperCase();
        const buurt = code ? d.buurten.find((b) => b.code === code) : undefined;
        if (buurt) {
          zetBuurtId(buurt.id);
        }
      })
      .catch((e: unknown) => actueel && zetFout(foutmelding(e)));
    return () => {
      actueel = false;
    };
  }, []);
  useEffect(() => {
    if (gemeld) {
      kop.current?.focus();
    }
  }, [gemeld]);

  const verstuur = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    zetFout(null);
    const f: Record<string, string> = {};
    if (!buurtId) {
      f.buurt = 'Kies de buurt waar het is.';
    }
    if (!categorie) {
      f.categorie = 'Kies waar je signaal over gaat.';
    }
    if (omschrijving.trim() === '') {
      f.omschrijving = 'Beschrijf wat je ziet en waar precies.';
    }
    const fotoFout = foto ? controleerFoto(foto) : null;
    if (fotoFout) {
      f.foto = fotoFout;
    }
    zetFouten(f);
    if (Object.keys(f).length > 0) {
      document.querySelector<HTMLElement>(`[name="${Object.keys(f)[0]}"]`)?.focus();
      return;
    }
    try {
      const { signaalMelden } = await vraag(MELDEN, { input: { buurtId, categorie, omschrijving: omschrijving.trim() } });
      zetGemeld(signaalMelden);
      if (foto) {
        await verstuurFoto(signaalMelden.id, foto);
      }
    } catch (e) {
      const r = leesbareFout(
        e,
        {
          buurtId: { naam: 'buurt', label: 'Buurt' },
          categorie: { naam: 'categorie', label: 'Onderwerp' },
          omschrijving: { naam: 'omschrijving', label: 'Omschrijving' },
        },
        'Melden is niet gelukt.',
      );
      zetFouten(r.perVeld);
      zetFout(r.algemeen);
    }
  };

  /** Sends the photo for the reported signal; a refusal is shown at the photo field, with a way to try another. */
  const verstuurFoto = async (signaalId: string, bestand: File): Promise<void> => {
    zetVoortgang(0);
    try {
      await uploadBijlage('signalen', signaalId, bestand, zetVoortgang);
      zetFotoToegevoegd(true);
      zetFouten({});
    } catch (e) {
      zetFotoOpnieuw(true);
      zetFouten({ foto: e instanceof UploadFout ? e.message : 'De foto kon niet worden opgeslagen. Probeer het opnieuw.' });
    } finally {
      zetVoortgang(null);
    }
  };

  const fotoVeld = (
    <FormField invalid={Boolean(fouten.foto)}>
      <FormLabel htmlFor="signaal-foto">Foto van het probleem (niet verplicht)</FormLabel>
      <Paragraph id="signaal-foto-uitleg" className="buurtwerk-klein">
        Een JPEG-, PNG- of WebP-foto van maximaal 10 MB. Waar de foto is gemaakt (GPS) halen we eruit.
      </Paragraph>
      {fouten.foto && <FormFieldErrorMessage id="signaal-foto-fout">{fouten.foto}</FormFieldErrorMessage>}
      <input
        id="signaal-foto"
        name="foto"
        type="file"
        accept={FOTO_TYPES}
        aria-invalid={fouten.foto ? true : undefined}
        aria-describedby={['signaal-foto-uitleg', fouten.foto ? 'signaal-foto-fout' : ''].filter(Boolean).join(' ')}
        onChange={(e) => {
          const bestand = e.target.files?.[0] ?? null;
          zetFoto(bestand);
          const melding = bestand ? controleerFoto(bestand) : null;
          zetFouten(({ foto: _oud, ...rest }) => (melding ? { ...rest, foto: melding } : rest));
        }}
      />
      {voortgang !== null && (
        <Paragraph role="status">
          <label htmlFor="signaal-foto-voortgang">Foto versturen: {voortgang}%</label>{' '}
          <progress id="signaal-foto-voortgang" max={100} value={voortgang} />
        </Paragraph>
      )}
    </FormField>
  );

  const gekozen = gegevens?.signaalcategorieen.find((c) => c.naam === categorie);
  return (
    <>
      <Heading1>Signaal melden</Heading1>
      <Paragraph appearance="lead">
        Zie je iets in je buurt dat beter kan of niet goed gaat? Meld het: de afdeling die erover gaat pakt het op, en je
        buurtregisseur ziet het ook.
      </Paragraph>
      <Foutsamenvatting fouten={fouten} algemeen={fout} />
      {gemeld ? (
        <Alert type="ok">
          <Heading2 ref={kop} tabIndex={-1}>
            Bedankt voor je melding
          </Heading2>
          <Paragraph>
            Je signaal heeft kenmerk <strong>{gemeld.referentie}</strong>.{' '}
            {gemeld.afdeling ? `${gemeld.afdeling} ` : 'De gemeente '}
            reageert uiterlijk op {datum(gemeld.reactieUiterlijk)}
            {gemeld.buurtregisseur ? `; buurtregisseur ${gemeld.buurtregisseur.naam} kijkt mee` : ''}. Je volgt je melding en
            leest de reactie bij <AppLink naar="/mijn-signalen">Mijn signalen</AppLink>.
          </Paragraph>
          {/* Inside the alert, which is a status region itself: announced when it appears. */}
          {fotoToegevoegd && <Paragraph>Je foto is bij de melding gezet.</Paragraph>}
          <Paragraph>
            <AppLink naar="/">Terug naar Vind je buurt</AppLink>
          </Paragraph>
        </Alert>
      ) : null}
      {gemeld ? (
        fotoOpnieuw && !fotoToegevoegd ? (
          <form
            noValidate
            aria-label="Foto toevoegen"
            onSubmit={(e) => {
              e.preventDefault();
              const melding = foto ? controleerFoto(foto) : 'Kies een foto.';
              if (melding) {
                zetFouten({ foto: melding });
                document.getElementById('signaal-foto')?.focus();
                return;
              }
              void verstuurFoto(gemeld.id, foto!);
            }}
          >
            {fotoVeld}
            <Button type="submit" appearance="secondary-action-button">
              Foto toevoegen
            </Button>
          </form>
        ) : null
      ) : !gegevens ? (
        <Paragraph role="status">Laden …</Paragraph>
      ) : (
        <form noValidate onSubmit={(e) => void verstuur(e)} aria-label="Signaal melden">
          <FormField invalid={Boolean(fouten.buurt)}>
            <FormLabel htmlFor="signaal-buurt">Buurt</FormLabel>
            {fouten.buurt && <FormFieldErrorMessage id="signaal-buurt-fout">{fouten.buurt}</FormFieldErrorMessage>}
            <Select
              id="signaal-buurt"
              name="buurt"
              invalid={Boolean(fouten.buurt)}
              aria-describedby={fouten.buurt ? 'signaal-buurt-fout' : undefined}
              value={buurtId}
              onChange={(e) => zetBuurtId(e.target.value)}
            >
              <SelectOption value="">Kies een buurt</SelectOption>
              {gegevens.buurten.map((b) => (
                <SelectOption key={b.id} value={b.id}>
                  {b.naam} ({b.wijk.naam})
                </SelectOption>
              ))}
            </Select>
          </FormField>
          <FormField invalid={Boolean(fouten.categorie)}>
            <FormLabel htmlFor="signaal-categorie">Waar gaat het over?</FormLabel>
            {fouten.categorie && <FormFieldErrorMessage id="signaal-categorie-fout">{fouten.categorie}</FormFieldErrorMessage>}
            <Select
              id="signaal-categorie"
              name="categorie"
              invalid={Boolean(fouten.categorie)}
              aria-describedby={
                [fouten.categorie ? 'signaal-categorie-fout' : '', gekozen ? 'signaal-categorie-uitleg' : '']
                  .filter(Boolean)
                  .join(' ') || undefined
              }
              value={categorie}
              onChange={(e) => zetCategorie(e.target.value)}
            >
              <SelectOption value="">Kies een onderwerp</SelectOption>
              {gegevens.signaalcategorieen.map((c) => (
                <SelectOption key={c.naam} value={c.naam}>
                  {c.naam}
                </SelectOption>
              ))}
            </Select>
            {gekozen && (
              <Paragraph id="signaal-categorie-uitleg" className="buurtwerk-klein">
                {gekozen.afdeling} reageert binnen {gekozen.reactietermijnDagen} dagen.
              </Paragraph>
            )}
          </FormField>
          <FormFieldTextarea
            name="omschrijving"
            label="Wat zie je, en waar precies?"
            rows={4}
            value={omschrijving}
            onChange={(e) => zetOmschrijving(e.target.value)}
            invalid={Boolean(fouten.omschrijving)}
            errorMessage={fouten.omschrijving}
          />
          {fotoVeld}
          <Button type="submit" appearance="primary-action-button">
            Signaal melden
          </Button>
        </form>
      )}
    </>
  );
}

const FOTO_MAX_MB = 10;

/** The checks the browser can do before sending (the server checks the bytes again). */
function controleerFoto(bestand: File): string | null {
  if (!FOTO_TYPES.split(',').includes(bestand.type)) {
    return 'Dit bestand is geen foto. Kies een JPEG-, PNG- of WebP-foto.';
  }
  if (bestand.size > FOTO_MAX_MB * 1024 * 1024) {
    return `Deze foto is te groot (${(bestand.size / 1024 / 1024).toLocaleString('nl-NL', { maximumFractionDigits: 1 })} MB). Een foto mag maximaal ${FOTO_MAX_MB} MB zijn.`;
  }
  return null;
}
