/**
 * The error summary at the top of a form (NL Design System pattern, WCAG 3.3.1): what is wrong,
 * in plain Dutch, each point a link that moves focus to its field. Messages come from
 * leesbareFout (API refusals) or the form's own checks, never raw API text.
 */
import { Alert, Paragraph } from '@utrecht/component-library-react';
import type { MouseEvent } from 'react';

export function Foutsamenvatting({
  fouten,
  algemeen = null,
  labels = {},
  id = 'foutsamenvatting',
}: {
  /** A label per field, shown before its message when the message does not name the field. */
  labels?: Readonly<Record<string, string>>;
  /** Messages per field `name`; each becomes a link to that field. */
  fouten: Readonly<Record<string, string>>;
  /** A message that belongs to no single field. */
  algemeen?: string | null;
  id?: string;
}) {
  const sleutels = Object.keys(fouten);
  // The same sentence twice (two fields refused for one reason) is shown once.
  const uniek = sleutels.filter((k, i) => sleutels.findIndex((j) => fouten[j] === fouten[k]) === i);
  if (uniek.length === 0 && !algemeen) {
    return null;
  }
  const naarVeld = (e: MouseEvent<HTMLAnchorElement>, naam: string): void => {
    const veld = document.querySelector<HTMLElement>(`main [name="${CSS.escape(naam)}"]`);
    if (veld) {
      e.preventDefault();
      veld.focus();
      veld.scrollIntoView({ block: 'center' });
    }
  };
  return (
    <Alert type="error" role="alert" data-testid="foutsamenvatting">
      <div id={id}>
        {algemeen && <Paragraph>{algemeen}</Paragraph>}
        {uniek.length > 0 && (
          <>
            <Paragraph>
              <strong>
                {uniek.length === 1 ? 'Er is 1 punt om te verbeteren:' : `Er zijn ${uniek.length} punten om te verbeteren:`}
              </strong>
            </Paragraph>
            <ul>
              {uniek.map((k) => (
                <li key={k}>
                  <a href={`#${k}`} onClick={(e) => naarVeld(e, k)}>
                    {labels[k] && !fouten[k].startsWith(labels[k]) ? `${labels[k]}: ${fouten[k]}` : fouten[k]}
                  </a>
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </Alert>
  );
}
