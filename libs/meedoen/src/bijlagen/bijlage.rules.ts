/** What an upload is, judged from its bytes (never from the client's name or content type). */
export interface Soort {
  soort: 'afbeelding' | 'document';
  inhoudstype: string;
  extensie: string;
}

const begintMet = (b: Buffer, bytes: readonly number[], vanaf = 0): boolean => bytes.every((x, i) => b[vanaf + i] === x);

/**
 * Sniffs the type from magic bytes: JPEG, PNG and WebP images; PDF; and the Office Open XML and
 * OpenDocument formats (ZIP containers recognised by their parts). Anything else, including old
 * binary Office files (which carry macros) and bare ZIPs, is null: refused.
 */
export function snuffel(b: Buffer): Soort | null {
  if (begintMet(b, [0xff, 0xd8, 0xff])) {
    return { soort: 'afbeelding', inhoudstype: 'image/jpeg', extensie: 'jpg' };
  }
  if (begintMet(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) {
    return { soort: 'afbeelding', inhoudstype: 'image/png', extensie: 'png' };
  }
  if (b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP') {
    return { soort: 'afbeelding', inhoudstype: 'image/webp', extensie: 'webp' };
  }
  if (b.subarray(0, 5).toString('latin1') === '%PDF-') {
    return { soort: 'document', inhoudstype: 'application/pdf', extensie: 'pdf' };
  }
  if (begintMet(b, [0x50, 0x4b, 0x03, 0x04])) {
    const tekst = b.toString('latin1');
    // OpenDocument: the first entry is "mimetype", stored, holding the type.
    const odf = /^[\s\S]{30}mimetypeapplication\/vnd\.oasis\.opendocument\.(text|spreadsheet|presentation)/.exec(tekst);
    if (odf) {
      const ext = { text: 'odt', spreadsheet: 'ods', presentation: 'odp' }[odf[1] as 'text' | 'spreadsheet' | 'presentation'];
      return { soort: 'document', inhoudstype: `application/vnd.oasis.opendocument.${odf[1]}`, extensie: ext };
    }
    if (tekst.includes('[Content_Types].xml')) {
      if (tekst.includes('word/')) {
        return {
          soort: 'document',
          inhoudstype: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
          extensie: 'docx',
        };
      }
      if (tekst.includes('xl/')) {
        return {
          soort: 'document',
          inhoudstype: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          extensie: 'xlsx',
        };
      }
      if (tekst.includes('ppt/')) {
        return {
          soort: 'document',
          inhoudstype: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
          extensie: 'pptx',
        };
      }
    }
  }
  return null;
}

/**
 * A safe display name: only the last path segment (both / and \\ count, so "../../etc/passwd" and
 * "C:\\x\\y" lose their folders), no control or special characters, no leading dots, at most 80
 * characters, and the extension of the sniffed type (a "photo.jpg" that is a PDF becomes "photo.pdf").
 */
export function veiligeBestandsnaam(ruw: string | undefined, extensie: string): string {
  const laatste = (ruw ?? '').split(/[/\\]/).pop() ?? '';
  const stam = laatste
    .normalize('NFC')
    .replace(/\.[^.]*$/, '')
    .replace(/[^\p{L}\p{N} ._()-]/gu, '')
    .replace(/\s+/g, ' ')
    .replace(/^[. ]+/, '')
    .trim()
    .slice(0, 80)
    .trim();
  return `${stam || 'bijlage'}.${extensie}`;
}
