import {
  Alert,
  BreadcrumbNav,
  BreadcrumbNavLink,
  Button,
  FormField,
  FormFieldErrorMessage,
  FormFieldTextarea,
  FormFieldTextbox,
  FormLabel,
  Heading1,
  Heading2,
  Paragraph,
  Select,
  SelectOption,
} from '@utrecht/component-library-react';
import { vraag } from '@web-gedeeld/api';
import { datum, vandaag } from '@web-gedeeld/datum';
import { foutmelding, leesbareFout } from '@web-gedeeld/fouten';
import { Foutsamenvatting } from '@web-gedeeld/foutsamenvatting';
import { useIk } from '@web-gedeeld/gebruiker';
import { AppLink, href, usePaginatitel } from '@web-gedeeld/router';
import { type FormEvent, useCallback, useEffect, useRef, useState } from 'react';
import { graphql } from '../gql';
import type { BehoefteSoort, BuurtportaalBehoeftenQuery, BuurtportaalBuurtagendaQuery } from '../gql/graphql';
import { APP_NAAM } from '../naam';

const AGENDA = graphql(`
  query BuurtportaalBuurtagenda($code: String!) {
    buurt(code: $code) {
      id
      code
      naam
      buurtregisseur {
        naam
      }
    }
  }
`);

const BEHOEFTEN = graphql(`
  query BuurtportaalBehoeften($buurtId: ID!) {
    buurtagenda(buurtId: $buurtId) {
      id
      soort
      thema
      titel
      omschrijving
      bron
      status
      statusToelichting
      steun
      gesteundDoorMij
      aangemaaktOp
      organisatie {
        naam
      }
    }
  }
`);

const TOEVOEGEN = graphql(`
  mutation BuurtportaalBehoefteToevoegen($input: BehoefteInput!) {
    behoefteToevoegen(input: $input) {
      id
    }
  }
`);

const STEUNEN = graphql(`
  mutation BuurtportaalBehoefteSteunen($id: ID!) {
    behoefteSteunen(id: $id) {
      id
      steun
      gesteundDoorMij
    }
  }
`);

const INTREKKEN = graphql(`
  mutation BuurtportaalBehoefteSteunIntrekken($id: ID!) {
    behoefteSteunIntrekken(id: $id) {
      id
      steun
      gesteundDoorMij
    }
  }
`);

type Behoefte = BuurtportaalBehoeftenQuery['buurtagenda'][number];

const SOORT_TEKST: Record<BehoefteSoort, string> = {
  WENS: 'Wens',
  BEHOEFTE: 'Behoefte',
  KNELPUNT: 'Knelpunt',
};

const STATUS_TEKST: Record<string, string> = {
  INGEDIEND: 'Wacht op de buurtregisseur',
  OPEN: 'Open',
  OPGEPAKT: 'Wordt opgepakt',
  BEANTWOORD: 'Beantwoord',
  VERVALLEN: 'Vervallen',
  AFGEWEZEN: 'Niet op de agenda gezet',
};

/** A buurt's agenda: what residents, partners and the buurtregisseur say the buurt needs; add one, support one. */
export function BuurtagendaPagina({ code }: { code: string }) {
  const [buurt, zetBuurt] = useState<BuurtportaalBuurtagendaQuery['buurt'] | undefined>(undefined);
  const [behoeften, zetBehoeften] = useState<Behoefte[] | null>(null);
  const [fout, zetFout] = useState<string | null>(null);
  const [melding, zetMelding] = useState<string | null>(null);
  const { ik } = useIk();
  const bewoner = ik?.rollen.includes('BEWONER') ?? false;
  usePaginatitel(buurt ? `Buurtagenda van ${buurt.naam}` : 'Buurtagenda', APP_NAAM);

  const laad = useCallback(async (buurtId: string) => {
    const d = await vraag(BEHOEFTEN, { buurtId });
    zetBehoeften(d.buurtagenda);
  }, []);

  useEffect(() => {
    let actueel = true;
    vraag(AGENDA, { code: code.toUpperCase() })
      .then(async (d) => {
        if (!actueel) {
          return;
        }
        zetBuurt(d.buurt ?? null);
        if (d.buurt) {
          await laad(d.buurt.id);
        }
      })
      .catch((e: unknown) => actueel && zetFout(foutmelding(e)));
    return () => {
      actueel = false;
    };
  }, [code, laad, ik]);

  const steun = async (b: Behoefte): Promise<void> => {
    zetFout(null);
    zetMelding(null);
    try {
      const r = b.gesteundDoorMij
        ? (await vraag(INTREKKEN, { id: b.id })).behoefteSteunIntrekken
        : (await vraag(STEUNEN, { id: b.id })).behoefteSteunen;
      zetBehoeften(
        (lijst) => lijst?.map((x) => (x.id === r.id ? { ...x, steun: r.steun, gesteundDoorMij: r.gesteundDoorMij } : x)) ?? null,
      );
      zetMelding(r.gesteundDoorMij ? `Je steunt nu “${b.titel}”.` : `Je steunt “${b.titel}” niet meer.`);
    } catch (e) {
      zetFout(foutmelding(e));
    }
  };

  if (buurt === null) {
    return (
      <>
        <Heading1>Buurt niet gevonden</Heading1>
        <Paragraph>
          Er is geen buurt met code {code}. <AppLink naar="/">Zoek je buurt</AppLink>.
        </Paragraph>
      </>
    );
  }
  return (
    <>
      {buurt && (
        <BreadcrumbNav label="Kruimelpad">
          <BreadcrumbNavLink href={href('/')} index={0}>
            Vind je buurt
          </BreadcrumbNavLink>
          <BreadcrumbNavLink href={href(`/buurt/${buurt.code}`)} index={1}>
            {buurt.naam}
          </BreadcrumbNavLink>
          <BreadcrumbNavLink href={href(`/buurt/${buurt.code}/agenda`)} index={2} current>
            Buurtagenda
          </BreadcrumbNavLink>
        </BreadcrumbNav>
      )}
      <Heading1>{buurt ? `Buurtagenda van ${buurt.naam}` : 'Buurtagenda'}</Heading1>
      <Paragraph appearance="lead">
        Wat wil de buurt graag, wat is er nodig en wat gaat er mis? De buurtregisseur
        {buurt?.buurtregisseur ? ` (${buurt.buurtregisseur.naam})` : ''} houdt de agenda bij. De gemeente kijkt bij nieuwe ideeën
        en subsidies vooral naar wat hier staat.
      </Paragraph>
      {fout && (
        <Alert type="error" role="alert">
          <Paragraph>{fout}</Paragraph>
        </Alert>
      )}
      <div role="status">{melding && <Paragraph>{melding}</Paragraph>}</div>
      {!behoeften ? (
        <Paragraph role="status">Laden …</Paragraph>
      ) : behoeften.length === 0 ? (
        <Paragraph>Er staat nog niets op de agenda van deze buurt.</Paragraph>
      ) : (
        <ul className="buurtwerk-agenda" aria-label="Behoeften van de buurt">
          {behoeften.map((b) => (
            <li key={b.id}>
              <article aria-labelledby={`behoefte-${b.id}`}>
                <Heading2 id={`behoefte-${b.id}`}>{b.titel}</Heading2>
                <Paragraph className="buurtwerk-klein">
                  {SOORT_TEKST[b.soort]} · thema {b.thema} · {STATUS_TEKST[b.status] ?? b.status} · ingebracht op{' '}
                  {datum(vandaag(new Date(b.aangemaaktOp)))}
                  {b.organisatie ? ` door ${b.organisatie.naam}` : ''}
                </Paragraph>
                <Paragraph>{b.omschrijving}</Paragraph>
                {b.statusToelichting && <Paragraph>Reactie van de buurtregisseur: {b.statusToelichting}</Paragraph>}
                <Paragraph>
                  {b.steun === 1 ? '1 bewoner steunt dit.' : `${b.steun} bewoners steunen dit.`}{' '}
                  {bewoner && (b.status === 'OPEN' || b.status === 'OPGEPAKT') && (
                    <Button appearance="secondary-action-button" onClick={() => void steun(b)} aria-pressed={b.gesteundDoorMij}>
                      {b.gesteundDoorMij ? `Steun intrekken voor “${b.titel}”` : `Steun “${b.titel}”`}
                    </Button>
                  )}
                </Paragraph>
              </article>
            </li>
          ))}
        </ul>
      )}
      {buurt &&
        (ik ? (
          <Inbrengen buurtId={buurt.id} buurtNaam={buurt.naam} naInbreng={() => void laad(buurt.id)} />
        ) : (
          <Paragraph>
            Wil je zelf iets op de agenda zetten of iets steunen?{' '}
            <AppLink naar={`/inloggen?terug=${encodeURIComponent(`/buurt/${buurt.code}/agenda`)}`}>Log eerst in</AppLink>.
          </Paragraph>
        ))}
    </>
  );
}

function Inbrengen({ buurtId, buurtNaam, naInbreng }: { buurtId: string; buurtNaam: string; naInbreng: () => void }) {
  const [soort, zetSoort] = useState<BehoefteSoort | ''>('');
  const [thema, zetThema] = useState('');
  const [titel, zetTitel] = useState('');
  const [omschrijving, zetOmschrijving] = useState('');
  const [fouten, zetFouten] = useState<Record<string, string>>({});
  const [fout, zetFout] = useState<string | null>(null);
  const [klaar, zetKlaar] = useState(false);
  const kop = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (klaar) {
      kop.current?.focus();
    }
  }, [klaar]);

  const verstuur = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    zetFout(null);
    const f: Record<string, string> = {};
    if (!soort) {
      f.soort = 'Kies of het een wens, een behoefte of een knelpunt is.';
    }
    if (!thema.trim()) {
      f.thema = 'Vul een onderwerp in, bijvoorbeeld groen, ontmoeting of verkeer.';
    }
    if (!titel.trim()) {
      f.titel = 'Geef je inbreng een korte titel.';
    }
    if (!omschrijving.trim()) {
      f.omschrijving = 'Vertel wat er nodig is en waarom.';
    }
    zetFouten(f);
    if (Object.keys(f).length > 0) {
      document.querySelector<HTMLElement>(`[name="${Object.keys(f)[0]}"]`)?.focus();
      return;
    }
    try {
      await vraag(TOEVOEGEN, {
        input: {
          buurtId,
          soort: soort as BehoefteSoort,
          thema: thema.trim(),
          titel: titel.trim(),
          omschrijving: omschrijving.trim(),
        },
      });
      zetKlaar(true);
      naInbreng();
    } catch (err) {
      const r = leesbareFout(
        err,
        {
          soort: { naam: 'soort', label: 'Soort' },
          thema: { naam: 'thema', label: 'Onderwerp' },
          titel: { naam: 'titel', label: 'Titel' },
          omschrijving: { naam: 'omschrijving', label: 'Toelichting' },
        },
        'Inbrengen is niet gelukt.',
      );
      zetFouten(r.perVeld);
      zetFout(r.algemeen);
    }
  };

  if (klaar) {
    return (
      <Alert type="ok">
        <Heading2 ref={kop} tabIndex={-1}>
          Bedankt voor je inbreng
        </Heading2>
        <Paragraph>
          De buurtregisseur bekijkt het en zet het op de agenda van {buurtNaam}. Tot dan zie alleen jij het hierboven.
        </Paragraph>
        <Button appearance="secondary-action-button" onClick={() => zetKlaar(false)}>
          Nog iets inbrengen
        </Button>
      </Alert>
    );
  }
  return (
    <section aria-labelledby="inbrengen-kop">
      <Heading2 id="inbrengen-kop">Zelf iets inbrengen</Heading2>
      <Paragraph>Schrijf geen namen, adressen of telefoonnummers op: wat op de agenda komt, is voor iedereen te lezen.</Paragraph>
      <Foutsamenvatting fouten={fouten} algemeen={fout} />
      <form noValidate onSubmit={(e) => void verstuur(e)} aria-label="Inbreng voor de buurtagenda">
        <FormField invalid={Boolean(fouten.soort)}>
          <FormLabel htmlFor="behoefte-soort">Wat is het?</FormLabel>
          {fouten.soort && <FormFieldErrorMessage id="behoefte-soort-fout">{fouten.soort}</FormFieldErrorMessage>}
          <Select
            id="behoefte-soort"
            name="soort"
            invalid={Boolean(fouten.soort)}
            aria-describedby={fouten.soort ? 'behoefte-soort-fout' : undefined}
            value={soort}
            onChange={(e) => zetSoort(e.target.value as BehoefteSoort | '')}
          >
            <SelectOption value="">Kies</SelectOption>
            <SelectOption value="WENS">Een wens: iets wat de buurt graag wil</SelectOption>
            <SelectOption value="BEHOEFTE">Een behoefte: iets wat de buurt nodig heeft</SelectOption>
            <SelectOption value="KNELPUNT">Een knelpunt: iets wat niet goed gaat</SelectOption>
          </Select>
        </FormField>
        <FormFieldTextbox
          name="thema"
          label="Onderwerp"
          description="Bijvoorbeeld groen, ontmoeting, spelen, verkeer of veiligheid"
          value={thema}
          onChange={(e) => zetThema((e.target as HTMLInputElement).value)}
          invalid={Boolean(fouten.thema)}
          errorMessage={fouten.thema}
        />
        <FormFieldTextbox
          name="titel"
          label="Titel"
          value={titel}
          onChange={(e) => zetTitel((e.target as HTMLInputElement).value)}
          invalid={Boolean(fouten.titel)}
          errorMessage={fouten.titel}
        />
        <FormFieldTextarea
          name="omschrijving"
          label="Wat is er nodig, en waarom?"
          rows={4}
          value={omschrijving}
          onChange={(e) => zetOmschrijving(e.target.value)}
          invalid={Boolean(fouten.omschrijving)}
          errorMessage={fouten.omschrijving}
        />
        <Button type="submit" appearance="primary-action-button">
          Inbrengen
        </Button>
      </form>
    </section>
  );
}
