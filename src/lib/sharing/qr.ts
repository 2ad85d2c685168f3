/**
 * QR codes of page addresses, made at build time with the `qrcode` library: a caseworker shows or
 * prints one and the client's phone opens the page in the client's language. Nothing is asked of
 * another service; the SVG files are part of the site, written once per record page after the
 * build (src/integrations/record-files.ts).
 */
import QRCode from 'qrcode';

/**
 * An SVG QR code of `text`: black modules on white with the standard four-module quiet zone, and
 * error correction level M (survives a crease or a smudge on a printed sheet). The text is encoded
 * as one byte-mode segment: for a lowercase web address that is what the library's search for the
 * shortest mix of modes finds anyway, and skipping the search saves a third of the time of the
 * build's 10 codes per service and entry.
 */
export async function qrSvg(text: string): Promise<string> {
  return QRCode.toString([{ data: new TextEncoder().encode(text), mode: 'byte' }], {
    type: 'svg',
    errorCorrectionLevel: 'M',
    margin: 4,
    color: { dark: '#000000', light: '#ffffff' },
  });
}
