import { useMemo } from 'react';
import { qrMatrix, qrSvgPath } from '../export/qr';

/** A QR code as inline SVG (crisp at any size, prints well). The link is also shown as text next to it. */
export function QrCode({ text, label, size = 160 }: { text: string; label: string; size?: number }) {
  const m = useMemo(() => qrMatrix(text), [text]);
  const n = m.size + 8;
  return (
    <svg className="qr" role="img" aria-label={label} width={size} height={size} viewBox={`0 0 ${n} ${n}`} shapeRendering="crispEdges" data-qr-text={text}>
      <rect width={n} height={n} fill="#fff" />
      <path d={qrSvgPath(m)} fill="#000" />
    </svg>
  );
}
