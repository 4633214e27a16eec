import type { PrinterTrouble } from '../../lib/api/portalTypes';
import { followLink } from '../../lib/router';
import { strings } from '../../lib/strings';

const t = strings.portal.printerBanner;

/**
 * The restaurant's printers that are not ONLINE, on every board and kitchen screen: a ticket
 * that cannot print must not go unnoticed. Managers get a link to the printer page.
 */
export function PrinterBanner({ printers, printersHref }: { printers: PrinterTrouble[]; printersHref?: string }) {
  if (printers.length === 0) return null;
  return (
    <div className="printer-banner" role="alert" aria-label={t.label}>
      <ul className="printer-banner__list">
        {printers.map((printer) => (
          <li key={printer.printerId} className={`printer-banner__item printer-banner__item--${printer.status.toLowerCase()}`}>
            {t[printer.status](printer.name)}
          </li>
        ))}
      </ul>
      {printersHref && (
        <a className="button button--small button--light" href={printersHref} onClick={followLink}>{t.manage}</a>
      )}
    </div>
  );
}
