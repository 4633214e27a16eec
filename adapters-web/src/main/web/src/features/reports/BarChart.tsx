// A plain SVG bar chart: no chart library for two charts. The numbers are in a table for
// screen readers (the picture is aria-hidden), so nothing is only visual.

interface Bar {
  label: string;
  value: number;
}

export function BarChart({ title, bars, format, horizontal = false }: {
  title: string;
  bars: Bar[];
  format: (value: number) => string;
  horizontal?: boolean;
}) {
  const max = Math.max(1, ...bars.map((b) => b.value));
  return (
    <figure className="chart">
      <figcaption className="chart__title">{title}</figcaption>
      {horizontal ? (
        <svg className="chart__svg" viewBox={`0 0 320 ${bars.length * 28}`} aria-hidden="true">
          {bars.map((bar, i) => (
            <g key={bar.label} transform={`translate(0 ${i * 28})`}>
              <text x="0" y="17" className="chart__label">{bar.label.slice(0, 18)}</text>
              <rect x="130" y="4" height="18" rx="4" width={Math.max(2, (bar.value / max) * 150)} className="chart__bar" />
              <text x={136 + (bar.value / max) * 150} y="17" className="chart__value">{format(bar.value)}</text>
            </g>
          ))}
        </svg>
      ) : (
        <svg className="chart__svg" viewBox={`0 0 ${Math.max(1, bars.length) * 24} 140`} aria-hidden="true">
          {bars.map((bar, i) => {
            const h = (bar.value / max) * 110;
            return (
              <g key={bar.label}>
                <rect x={i * 24 + 4} y={118 - h} width="16" height={Math.max(1, h)} rx="3" className="chart__bar" />
                <text x={i * 24 + 12} y="134" textAnchor="middle" className="chart__label">{bar.label}</text>
              </g>
            );
          })}
        </svg>
      )}
      <table className="sr-only">
        <caption>{title}</caption>
        <tbody>
          {bars.map((bar) => <tr key={bar.label}><th scope="row">{bar.label}</th><td>{format(bar.value)}</td></tr>)}
        </tbody>
      </table>
    </figure>
  );
}
