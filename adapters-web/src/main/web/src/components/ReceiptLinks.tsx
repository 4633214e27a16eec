import { useState } from 'react';
import { api } from '../lib/api/endpoints';
import { strings } from '../lib/strings';

/**
 * The receipt as a web page or a PDF. The server wants the order's token in a header, which a
 * plain link cannot send, so the file is fetched and handed to the browser as a download.
 */
export function ReceiptLinks({ orderId, accessToken, number }: { orderId: string; accessToken: string; number: number }) {
  const [failed, setFailed] = useState(false);
  async function save(format: 'html' | 'pdf') {
    setFailed(false);
    try {
      const blob = await api.receipt(orderId, accessToken, format);
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = `receipt-${number}.${format}`;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch {
      setFailed(true);
    }
  }
  return (
    <div className="receipt-links">
      <button type="button" className="button button--secondary" onClick={() => save('html')}>{strings.confirmation.receiptHtml}</button>
      <button type="button" className="button button--secondary" onClick={() => save('pdf')}>{strings.confirmation.receiptPdf}</button>
      {failed && <p className="field__error" role="alert">{strings.common.somethingWrong}</p>}
    </div>
  );
}
