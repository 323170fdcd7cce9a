/** Small charts in plain SVG: vertical bars with values, and horizontal stacked bars with a legend. */

export function Bars({ data, unit = '' }: { data: { label: string; value: number }[]; unit?: string }) {
  const max = Math.max(1, ...data.map((d) => d.value));
  const w = Math.max(320, data.length * 56);
  const h = 200;
  return (
    <svg viewBox={`0 0 ${w} ${h + 40}`} width="100%" style={{ maxHeight: 260 }} role="img">
      {data.map((d, i) => {
        const bh = (d.value / max) * h;
        const x = i * (w / data.length) + 8;
        const bw = w / data.length - 16;
        return (
          <g key={d.label}>
            <rect x={x} y={h - bh + 16} width={bw} height={bh} fill="#1677ff" rx={3} />
            <text x={x + bw / 2} y={h - bh + 12} textAnchor="middle" fontSize={12}>{d.value.toLocaleString('vi-VN')}{unit}</text>
            <text x={x + bw / 2} y={h + 32} textAnchor="middle" fontSize={11}>{d.label}</text>
          </g>
        );
      })}
    </svg>
  );
}

export function StackedBars({ rows, legend, colors }: { rows: { label: string; parts: number[] }[]; legend: string[]; colors: string[] }) {
  const max = Math.max(1, ...rows.map((r) => r.parts.reduce((a, b) => a + Math.max(0, b), 0)));
  const labelW = 260;
  const barW = 560;
  const rowH = 24;
  return (
    <svg viewBox={`0 0 ${labelW + barW + 60} ${rows.length * rowH + 30}`} width="100%" role="img">
      {legend.map((l, i) => (
        <g key={l}>
          <rect x={labelW + i * 150} y={4} width={12} height={12} fill={colors[i]} />
          <text x={labelW + i * 150 + 16} y={14} fontSize={12}>{l}</text>
        </g>
      ))}
      {rows.map((r, i) => {
        let x = labelW;
        const y = 26 + i * rowH;
        return (
          <g key={r.label}>
            <text x={labelW - 6} y={y + 14} textAnchor="end" fontSize={12}>{r.label.length > 40 ? `${r.label.slice(0, 39)}…` : r.label}</text>
            {r.parts.map((p, j) => {
              const pw = (Math.max(0, p) / max) * barW;
              const rect = <rect key={j} x={x} y={y + 2} width={pw} height={rowH - 6} fill={colors[j]} />;
              x += pw;
              return rect;
            })}
            <text x={x + 4} y={y + 14} fontSize={11}>{r.parts.reduce((a, b) => a + Math.max(0, b), 0)}</text>
          </g>
        );
      })}
    </svg>
  );
}
