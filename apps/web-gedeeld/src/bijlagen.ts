/**
 * Uploading a photo or document to the attachments API (`POST /api/v1/bijlagen/<soort>/<id>`,
 * multipart with one file in `bestand`). XMLHttpRequest rather than fetch: only it reports upload
 * progress, which the form shows. The server decides type and size (it sniffs the bytes); its
 * Dutch message for the field comes back as the error.
 */
import { API_URL } from './api';
import { huidigToken } from './sessie';

export type BijlageSoort = 'initiatieven' | 'uitvoeringsverslagen' | 'signalen' | 'vrijwilligersverzoeken' | 'ideeverhalen';

export interface Bijlage {
  id: string;
  bestandsnaam: string;
  inhoudstype: string;
  grootte: number;
  url: string;
}

/** What the file field says when an upload is refused: a sentence for the field, in plain Dutch. */
export class UploadFout extends Error {}

/** The origin of the API (the REST paths sit beside /graphql). */
function apiBasis(): string {
  return new URL(API_URL, window.location.href).origin;
}

/** Photo and document types the server accepts; the file chooser offers these (the server still checks the bytes). */
export const FOTO_TYPES = 'image/jpeg,image/png,image/webp';
export const DOCUMENT_TYPES = `${FOTO_TYPES},application/pdf,.docx,.xlsx,.pptx,.odt,.ods,.odp`;

export function uploadBijlage(
  soort: BijlageSoort,
  recordId: string,
  bestand: File,
  opVoortgang: (procent: number) => void,
): Promise<Bijlage> {
  return new Promise((klaar, mislukt) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `${apiBasis()}/api/v1/bijlagen/${soort}/${encodeURIComponent(recordId)}`);
    const token = huidigToken();
    if (token) {
      xhr.setRequestHeader('authorization', `Bearer ${token}`);
    }
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) {
        opVoortgang(Math.round((e.loaded / e.total) * 100));
      }
    };
    xhr.onerror = () =>
      mislukt(new UploadFout('Het bestand kon niet worden verstuurd. Controleer je internetverbinding en probeer het opnieuw.'));
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText) as unknown;
      } catch {
        body = null;
      }
      if (xhr.status === 201 || xhr.status === 200) {
        klaar(body as Bijlage);
        return;
      }
      const reden = (body as { invalidParams?: Array<{ name: string; reason: string }> } | null)?.invalidParams?.find(
        (p) => p.name === 'bestand',
      )?.reason;
      if (reden) {
        mislukt(new UploadFout(`Dit bestand ${reden}`));
      } else if (xhr.status === 401) {
        mislukt(new UploadFout('Log opnieuw in om een bestand toe te voegen.'));
      } else if (xhr.status === 403) {
        mislukt(new UploadFout('Je kunt hier geen bestand toevoegen.'));
      } else if (xhr.status === 413) {
        mislukt(new UploadFout('Dit bestand is te groot.'));
      } else {
        mislukt(new UploadFout('Het bestand kon niet worden opgeslagen. Probeer het later opnieuw.'));
      }
    };
    const form = new FormData();
    form.append('bestand', bestand, bestand.name);
    xhr.send(form);
  });
}
