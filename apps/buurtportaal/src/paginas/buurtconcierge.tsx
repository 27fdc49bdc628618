import {
  Alert,
  Button,
  Checkbox,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormFieldTextarea,
  FormLabel,
  Heading1,
  Heading2,
  Heading3,
  Paragraph,
  RadioButton,
  Select,
  SelectOption,
} from '@utrecht/component-library-react';
import { vraag } from '@web-gedeeld/api';
import { datumTijd } from '@web-gedeeld/datum';
import { foutmelding, leesbareFout } from '@web-gedeeld/fouten';
import { Foutsamenvatting } from '@web-gedeeld/foutsamenvatting';
import { useIk } from '@web-gedeeld/gebruiker';
import { AppLink, usePaginatitel } from '@web-gedeeld/router';
import { type FormEvent, useCallback, useEffect, useRef, useState } from 'react';
import { graphql } from '../gql';
import type {
  BuurtportaalConciergeQuery,
  BuurtportaalMijnConciergeVerzoekenQuery,
  ConciergeVerzoekSoort,
  ConciergeVerzoekStatus,
} from '../gql/graphql';
import { APP_NAAM } from '../naam';

const CONCIERGE = graphql(`
  query BuurtportaalConcierge {
    buurtconcierges {
      id
      naam
      buurten
      buurtIds
      beschikbaarheid
    }
    signaalcategorieen {
      naam
      afdeling
    }
  }
`);

const MIJN_VERZOEKEN = graphql(`
  query BuurtportaalMijnConciergeVerzoeken {
    mijnConciergeVerzoeken {
      id
      buurt
      soort
      omschrijving
      status
      signaalReferentie
      reactie
      gevraagdOp
      afgerondOp
    }
  }
`);

const VRAGEN = graphql(`
  mutation BuurtportaalConciergeVragen($input: ConciergeVraagInput!) {
    conciergeVragen(input: $input) {
      id
      buurt
      signaalReferentie
    }
  }
`);

type Gegevens = BuurtportaalConciergeQuery;
type Verzoek = BuurtportaalMijnConciergeVerzoekenQuery['mijnConciergeVerzoeken'][number];

const STATUS: Record<ConciergeVerzoekStatus, string> = {
  NIEUW: 'Ontvangen, de conciërge heeft het nog niet opgepakt',
  OPGEPAKT: 'De conciërge is ermee bezig',
  DOORGEZET: 'Doorgezet naar de afdeling die erover gaat',
  AFGEROND: 'Afgerond',
};

const VELDEN = ['buurt', 'soort', 'categorie', 'omschrijving'] as const;

/** The pilot buurten, from the concierges' assignments: id, name and who is there when. */
function pilotbuurten(g: Gegevens): Array<{ id: string; naam: string; concierges: Gegevens['buurtconcierges'] }> {
  const per = new Map<string, { id: string; naam: string; concierges: Gegevens['buurtconcierges'] }>();
  for (const c of g.buurtconcierges) {
    c.buurtIds.forEach((id, i) => {
      const b = per.get(id) ?? { id, naam: c.buurten[i] ?? '', concierges: [] };
      b.concierges.push(c);
      per.set(id, b);
    });
  }
  return [...per.values()].sort((a, b) => a.naam.localeCompare(b.naam, 'nl'));
}

function Vraagformulier({ g, naam, klaar }: { g: Gegevens; naam: string; klaar: (m: string) => void }) {
  const buurten = pilotbuurten(g);
  const [buurtId, zetBuurtId] = useState(buurten.length === 1 ? buurten[0].id : '');
  const [soort, zetSoort] = useState<ConciergeVerzoekSoort | ''>('');
  const [categorie, zetCategorie] = useState('');
  const [omschrijving, zetOmschrijving] = useState('');
  const [toestemming, zetToestemming] = useState(false);
  const [fouten, zetFouten] = useState<Record<string, string>>({});
  const [fout, zetFout] = useState<string | null>(null);
  const [bezig, zetBezig] = useState(false);

  const focusEerste = (f: Record<string, string>): void => {
    const eerste = VELDEN.find((v) => f[v]);
    if (eerste) {
      window.setTimeout(() => document.querySelector<HTMLElement>(`main [name="${eerste}"]`)?.focus(), 0);
    }
  };

  const verstuur = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    zetFout(null);
    const f: Record<string, string> = {};
    if (!buurtId) {
      f.buurt = 'Kies je buurt.';
    }
    if (!soort) {
      f.soort = 'Kies of je hulp vraagt of iets meldt.';
    }
    if (omschrijving.trim() === '') {
      f.omschrijving =
        soort === 'MELDING' ? 'Beschrijf wat je ziet en waar precies.' : 'Beschrijf waarmee de conciërge je kan helpen.';
    } else if (omschrijving.trim().length > 2000) {
      f.omschrijving = 'Gebruik hoogstens 2000 tekens.';
    }
    zetFouten(f);
    if (Object.keys(f).length > 0) {
      focusEerste(f);
      return;
    }
    zetBezig(true);
    try {
      const { conciergeVragen: v } = await vraag(VRAGEN, {
        input: {
          buurtId,
          soort: soort as ConciergeVerzoekSoort,
          omschrijving: omschrijving.trim(),
          categorie: soort === 'MELDING' && categorie ? categorie : null,
          naamToestemming: toestemming,
        },
      });
      zetOmschrijving('');
      zetCategorie('');
      zetSoort('');
      zetToestemming(false);
      klaar(
        v.signaalReferentie
          ? `Je melding is verstuurd. Ze ging ook als signaal ${v.signaalReferentie} naar de afdeling; de conciërge in ${v.buurt} kijkt mee.`
          : `Je verzoek is verstuurd naar de conciërge in ${v.buurt}. Je ziet hieronder bij Mijn verzoeken wat ermee gebeurt.`,
      );
    } catch (err) {
      const r = leesbareFout(
        err,
        {
          buurtId: { naam: 'buurt', label: 'Buurt' },
          soort: { naam: 'soort', label: 'Soort verzoek' },
          categorie: { naam: 'categorie', label: 'Afdeling' },
          omschrijving: { naam: 'omschrijving', label: 'Omschrijving' },
        },
        'Versturen is niet gelukt.',
      );
      zetFouten(r.perVeld);
      zetFout(r.algemeen);
      focusEerste(r.perVeld);
    } finally {
      zetBezig(false);
    }
  };

  const gekozen = buurten.find((b) => b.id === buurtId);
  return (
    <form noValidate onSubmit={(e) => void verstuur(e)} aria-labelledby="vragen-kop" className="buurtwerk-blok">
      <Heading2 id="vragen-kop">Vraag het de conciërge</Heading2>
      <Foutsamenvatting id="fouten-concierge" fouten={fouten} algemeen={fout} />
      <FormField invalid={Boolean(fouten.buurt)}>
        <FormLabel htmlFor="concierge-buurt">Je buurt</FormLabel>
        {fouten.buurt && <FormFieldErrorMessage id="concierge-buurt-fout">{fouten.buurt}</FormFieldErrorMessage>}
        <Select
          id="concierge-buurt"
          name="buurt"
          invalid={Boolean(fouten.buurt)}
          aria-describedby={
            [fouten.buurt ? 'concierge-buurt-fout' : '', gekozen ? 'concierge-buurt-uitleg' : ''].join(' ').trim() || undefined
          }
          value={buurtId}
          onChange={(e) => zetBuurtId(e.target.value)}
        >
          <SelectOption value="">Kies een buurt</SelectOption>
          {buurten.map((b) => (
            <SelectOption key={b.id} value={b.id}>
              {b.naam}
            </SelectOption>
          ))}
        </Select>
        {gekozen && (
          <FormFieldDescription id="concierge-buurt-uitleg" className="buurtwerk-klein">
            {gekozen.concierges.map((c) => `${c.naam}: ${c.beschikbaarheid}`).join(' ')}
          </FormFieldDescription>
        )}
      </FormField>
      <fieldset
        className="buurtwerk-fieldset utrecht-form-field"
        aria-describedby={fouten.soort ? 'concierge-soort-fout' : undefined}
      >
        <legend className="utrecht-form-label">Wat wil je?</legend>
        {fouten.soort && <FormFieldErrorMessage id="concierge-soort-fout">{fouten.soort}</FormFieldErrorMessage>}
        {(
          [
            ['HULP', 'Hulp bij iets kleins (bijvoorbeeld de container buiten zetten of een formulier invullen)'],
            ['MELDING', 'Iets melden dat ik in de buurt zie'],
          ] as const
        ).map(([waarde, label]) => (
          <div key={waarde} className="buurtwerk-keuze">
            <RadioButton
              id={`concierge-soort-${waarde}`}
              name="soort"
              value={waarde}
              checked={soort === waarde}
              invalid={Boolean(fouten.soort)}
              onChange={() => zetSoort(waarde)}
            />{' '}
            <FormLabel htmlFor={`concierge-soort-${waarde}`} type="radio">
              {label}
            </FormLabel>
          </div>
        ))}
      </fieldset>
      {soort === 'MELDING' && (
        <FormField invalid={Boolean(fouten.categorie)}>
          <FormLabel htmlFor="concierge-categorie">Hoort het bij een afdeling van de gemeente? (niet verplicht)</FormLabel>
          <FormFieldDescription id="concierge-categorie-uitleg" className="buurtwerk-klein">
            Kies je een onderwerp, dan gaat je melding ook als signaal naar de afdeling, met een termijn en een reactie. Weet je
            het niet, dan kijkt de conciërge ernaar en zet het zo nodig door.
          </FormFieldDescription>
          {fouten.categorie && <FormFieldErrorMessage id="concierge-categorie-fout">{fouten.categorie}</FormFieldErrorMessage>}
          <Select
            id="concierge-categorie"
            name="categorie"
            invalid={Boolean(fouten.categorie)}
            aria-describedby={['concierge-categorie-uitleg', fouten.categorie ? 'concierge-categorie-fout' : ''].join(' ').trim()}
            value={categorie}
            onChange={(e) => zetCategorie(e.target.value)}
          >
            <SelectOption value="">Weet ik niet: de conciërge kijkt ernaar</SelectOption>
            {g.signaalcategorieen.map((c) => (
              <SelectOption key={c.naam} value={c.naam}>
                {c.naam} ({c.afdeling})
              </SelectOption>
            ))}
          </Select>
        </FormField>
      )}
      <FormFieldTextarea
        name="omschrijving"
        label={soort === 'MELDING' ? 'Wat zie je, en waar precies?' : 'Waarmee kan de conciërge je helpen?'}
        rows={4}
        value={omschrijving}
        onChange={(e) => zetOmschrijving(e.target.value)}
        invalid={Boolean(fouten.omschrijving)}
        errorMessage={fouten.omschrijving}
      />
      <div className="buurtwerk-keuze utrecht-form-field">
        <Checkbox
          id="concierge-toestemming"
          name="naamToestemming"
          checked={toestemming}
          aria-describedby="concierge-toestemming-uitleg"
          onChange={(e) => zetToestemming(e.target.checked)}
        />{' '}
        <FormLabel htmlFor="concierge-toestemming" type="checkbox">
          De conciërge mag mijn naam ({naam}) zien en noteren
        </FormLabel>
        <FormFieldDescription id="concierge-toestemming-uitleg" className="buurtwerk-klein">
          Niet verplicht. Zonder toestemming ziet de conciërge je verzoek zonder naam, en komt je naam niet in het logboek. Je
          volgt je verzoek altijd hieronder bij Mijn verzoeken.
        </FormFieldDescription>
      </div>
      <Button type="submit" appearance="primary-action-button" disabled={bezig}>
        Verzoek versturen
      </Button>
    </form>
  );
}

function MijnVerzoeken({ verzoeken }: { verzoeken: readonly Verzoek[] }) {
  return (
    <section className="buurtwerk-blok" aria-labelledby="mijn-verzoeken-kop">
      <Heading2 id="mijn-verzoeken-kop">Mijn verzoeken</Heading2>
      {verzoeken.length === 0 ? (
        <Paragraph>Je hebt de conciërge nog niets gevraagd.</Paragraph>
      ) : (
        verzoeken.map((v) => (
          <article key={v.id} aria-labelledby={`verzoek-${v.id}`} className="buurtwerk-kaart">
            <Heading3 id={`verzoek-${v.id}`}>
              {v.soort === 'HULP' ? 'Hulpvraag' : 'Melding'} in {v.buurt}, {datumTijd(v.gevraagdOp)}
            </Heading3>
            <dl className="buurtwerk-feitenlijst">
              <dt>Je vroeg</dt>
              <dd>{v.omschrijving}</dd>
              <dt>Stand van zaken</dt>
              <dd>
                {STATUS[v.status]}
                {v.afgerondOp ? ` (${datumTijd(v.afgerondOp)})` : ''}
              </dd>
              {v.reactie && (
                <>
                  <dt>Reactie van de conciërge</dt>
                  <dd>{v.reactie}</dd>
                </>
              )}
              {v.signaalReferentie && (
                <>
                  <dt>Signaal</dt>
                  <dd>
                    {v.signaalReferentie}: volg het bij <AppLink naar="/mijn-signalen">Mijn signalen</AppLink>
                  </dd>
                </>
              )}
            </dl>
          </article>
        ))
      )}
    </section>
  );
}

/** The buurtconciërge pilot: who the concierge of your buurt is and when, asking them, and following your requests. */
export function BuurtconciergePagina({ ingelogd }: { ingelogd: boolean }) {
  usePaginatitel('Buurtconciërge', APP_NAAM);
  const { ik } = useIk();
  const [g, zetG] = useState<Gegevens | null>(null);
  const [mijn, zetMijn] = useState<readonly Verzoek[] | null>(null);
  const [fout, zetFout] = useState<string | null>(null);
  const [melding, zetMelding] = useState<string | null>(null);
  const status = useRef<HTMLDivElement>(null);

  const laad = useCallback(async (): Promise<void> => {
    try {
      zetG(await vraag(CONCIERGE));
      if (ingelogd) {
        zetMijn((await vraag(MIJN_VERZOEKEN)).mijnConciergeVerzoeken);
      }
    } catch (e) {
      zetFout(foutmelding(e, 'De buurtconciërges konden niet worden geladen.'));
    }
  }, [ingelogd]);
  useEffect(() => {
    void laad();
  }, [laad]);
  const klaar = (m: string): void => {
    zetMelding(m);
    void laad();
    status.current?.scrollIntoView({ block: 'center' });
  };

  const buurten = g ? pilotbuurten(g) : [];
  return (
    <>
      <Heading1>Buurtconciërge</Heading1>
      <Paragraph appearance="lead">
        In een paar buurten is er een buurtconciërge: een bekend gezicht in de straat. Je kunt de conciërge om kleine hulp vragen
        of iets melden. Hoort het bij een afdeling van de gemeente, dan zet de conciërge het door.
      </Paragraph>
      <div role="status" ref={status}>
        {melding && (
          <Alert type="ok">
            <Paragraph>{melding}</Paragraph>
          </Alert>
        )}
      </div>
      {fout && (
        <Alert type="error" role="alert">
          <Paragraph>{fout}</Paragraph>
        </Alert>
      )}
      {!g && !fout && <Paragraph role="status">Laden …</Paragraph>}
      {g && (
        <>
          <section className="buurtwerk-blok" aria-labelledby="concierges-kop">
            <Heading2 id="concierges-kop">Conciërges en wanneer je ze treft</Heading2>
            {buurten.length === 0 ? (
              <Paragraph>Er zijn nu nog geen buurtconciërges.</Paragraph>
            ) : (
              <ul>
                {buurten.map((b) => (
                  <li key={b.id}>
                    <strong>{b.naam}:</strong> {b.concierges.map((c) => `${c.naam} (${c.beschikbaarheid})`).join('; ')}
                  </li>
                ))}
              </ul>
            )}
          </section>
          {ingelogd && buurten.length > 0 && <Vraagformulier g={g} naam={ik?.naam ?? 'je naam'} klaar={klaar} />}
          {ingelogd && mijn && <MijnVerzoeken verzoeken={mijn} />}
          {!ingelogd && (
            <Paragraph>
              Om de conciërge iets te vragen en je verzoeken te volgen moet je ingelogd zijn.{' '}
              <AppLink naar={`/inloggen?terug=${encodeURIComponent('/buurtconcierge')}`}>Log eerst in</AppLink>.
            </Paragraph>
          )}
        </>
      )}
    </>
  );
}
