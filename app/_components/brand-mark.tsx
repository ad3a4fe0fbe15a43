/** The name mark: the app icon's rising line, drawn in the accent colour of the theme. */
export function BrandMark() {
  return (
    <svg className="brand-mark" viewBox="0 0 512 512" aria-hidden="true" focusable="false">
      <rect width="512" height="512" rx="112" fill="var(--accent)" />
      <g fill="none" stroke="var(--accent-text)" strokeWidth="44" strokeLinecap="round" strokeLinejoin="round">
        <polyline points="104,364 208,252 288,316 400,176" />
        <polyline points="318,168 404,172 408,258" />
      </g>
    </svg>
  );
}
