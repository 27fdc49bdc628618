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
    zetFouten(f);
    if (Object.keys(f).length > 0) {
      document.querySelector<HTMLElement>(`[name="${Object.keys(f)[0]}"]`)?.focus();
      return;
    }
    try {
      const { signaalMelden } = await vraag(MELDEN, { input: { buurtId, categorie, omschrijving: omschrijving.trim() } });
      zetGemeld(signaalMelden);
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
          <Paragraph>
            <AppLink naar="/">Terug naar Vind je buurt</AppLink>
          </Paragraph>
        </Alert>
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
          <Button type="submit" appearance="primary-action-button">
            Signaal melden
          </Button>
        </form>
      )}
    </>
  );
}
