import { Alert, Heading1, Paragraph } from '@utrecht/component-library-react';
import { AppLink } from '@web-gedeeld/router';

/**
 * What a detail page (an initiative's file, a meeting, a signal) shows before its record is there:
 * "loading" under the page's heading, or "not found" with the API's reason and the way back to the list.
 */
export function DetailNogNiet({
  geladen,
  soort,
  nietGevonden = `${soort} niet gevonden`,
  fout,
  terug,
}: {
  geladen: boolean;
  /** The heading while loading, e.g. "Signaal". */
  soort: string;
  /** The heading when there is none; "<soort> niet gevonden" unless given. */
  nietGevonden?: string;
  fout: string | null;
  terug: { naar: string; tekst: string };
}) {
  if (!geladen) {
    return (
      <>
        <Heading1>{soort}</Heading1>
        <Paragraph role="status">Laden …</Paragraph>
      </>
    );
  }
  return (
    <>
      <Heading1>{nietGevonden}</Heading1>
      {fout && (
        <Alert type="error" role="alert">
          <Paragraph>{fout}</Paragraph>
        </Alert>
      )}
      <Paragraph>
        <AppLink naar={terug.naar}>{terug.tekst}</AppLink>
      </Paragraph>
    </>
  );
}
