import {
  Alert,
  Button,
  FormField,
  FormFieldTextbox,
  FormLabel,
  Heading1,
  Heading2,
  Paragraph,
  Select,
  SelectOption,
} from '@utrecht/component-library-react';
import { useVraag } from '@web-gedeeld/data';
import { foutmelding } from '@web-gedeeld/fouten';
import { euro } from '@web-gedeeld/geld';
import { usePaginatitel } from '@web-gedeeld/router';
import { type FormEvent, Fragment, useState } from 'react';
import { graphql } from '../gql';
import type { BuurtportaalIdeeenbankQuery, VrijwilligersThema } from '../gql/graphql';
import { APP_NAAM } from '../naam';
import { THEMA, THEMAS } from '../vrijwilligers-opmaak';

const IDEEENBANK = graphql(`
  query BuurtportaalIdeeenbank($zoek: String, $thema: VrijwilligersThema) {
    ideeenbank(zoek: $zoek, thema: $thema) {
      rang
      uitsnede
      verhaal {
        id
        titel
        watGedaan
        voorWie
        watWerkte
        watNiet
        thema
        kosten
      }
    }
  }
`);

type Treffer = BuurtportaalIdeeenbankQuery['ideeenbank'][number];

/** The excerpt with the matched words (between « and ») shown as <mark>, without any HTML from the text. */
function Uitsnede({ tekst }: { tekst: string }) {
  const delen = tekst.split(/«|»/);
  return (
    <Paragraph>{delen.map((d, i) => (i % 2 === 1 ? <mark key={i}>{d}</mark> : <Fragment key={i}>{d}</Fragment>))}</Paragraph>
  );
}

/** Learning from each other: stories of executed initiatives, searchable across buurten. */
export function IdeeenbankPagina() {
  usePaginatitel('Ideeënbank', APP_NAAM);
  const [zoek, zetZoek] = useState('');
  const [thema, zetThema] = useState<VrijwilligersThema | ''>('');
  const [vraagZoek, zetVraagZoek] = useState<{ zoek: string; thema: VrijwilligersThema | '' }>({ zoek: '', thema: '' });
  const ideeen = useVraag(IDEEENBANK, { zoek: vraagZoek.zoek || null, thema: vraagZoek.thema || null });
  const lijst: Treffer[] | null = ideeen.data?.ideeenbank ?? null;
  const fout = ideeen.error ? foutmelding(ideeen.error, 'De ideeënbank kon niet worden geladen.') : null;
  const verstuur = (e: FormEvent): void => {
    e.preventDefault();
    zetVraagZoek({ zoek: zoek.trim(), thema });
  };
  return (
    <>
      <Heading1>Ideeënbank</Heading1>
      <Paragraph appearance="lead">
        Leer van initiatieven die bewoners in Heerlen al hebben uitgevoerd: wat ze deden, voor wie, wat het kostte en wat wel en
        niet werkte.
      </Paragraph>
      <form role="search" onSubmit={verstuur} aria-label="Zoeken in de ideeënbank">
        <div className="buurtwerk-formulierrij">
          <FormFieldTextbox
            name="zoek"
            type="search"
            label="Zoek op een woord"
            description="Bijvoorbeeld: speeltuin, moestuin, straatfeest"
            value={zoek}
            onChange={(e) => zetZoek((e.target as HTMLInputElement).value)}
          />
          <FormField>
            <FormLabel htmlFor="ideeenbank-thema">Thema</FormLabel>
            <Select
              id="ideeenbank-thema"
              name="thema"
              value={thema}
              onChange={(e) => zetThema(e.target.value as VrijwilligersThema | '')}
            >
              <SelectOption value="">Alle thema’s</SelectOption>
              {THEMAS.map((t) => (
                <SelectOption key={t} value={t}>
                  {THEMA[t]}
                </SelectOption>
              ))}
            </Select>
          </FormField>
        </div>
        <Button type="submit" appearance="primary-action-button">
          Zoeken
        </Button>
      </form>
      {fout && (
        <Alert type="error" role="alert">
          <Paragraph>{fout}</Paragraph>
        </Alert>
      )}
      <p role="status" className="buurtwerk-klein">
        {lijst === null
          ? 'Laden …'
          : lijst.length === 0
            ? 'Geen verhalen gevonden. Probeer een ander woord.'
            : `${lijst.length} ${lijst.length === 1 ? 'verhaal' : 'verhalen'} gevonden.`}
      </p>
      {lijst?.map(({ verhaal: v, uitsnede }) => (
        <section key={v.id} className="buurtwerk-blok" aria-labelledby={`verhaal-${v.id}`}>
          <Heading2 id={`verhaal-${v.id}`}>{v.titel}</Heading2>
          {vraagZoek.zoek && <Uitsnede tekst={uitsnede} />}
          <dl className="buurtwerk-feitenlijst">
            <dt>Wat is er gedaan</dt>
            <dd>{v.watGedaan}</dd>
            <dt>Voor wie</dt>
            <dd>{v.voorWie}</dd>
            <dt>Wat werkte</dt>
            <dd>{v.watWerkte}</dd>
            <dt>Wat niet</dt>
            <dd>{v.watNiet}</dd>
            <dt>Thema</dt>
            <dd>{THEMA[v.thema]}</dd>
            {v.kosten !== null && v.kosten !== undefined && (
              <>
                <dt>Kosten</dt>
                <dd>{euro(v.kosten)}</dd>
              </>
            )}
          </dl>
        </section>
      ))}
    </>
  );
}
