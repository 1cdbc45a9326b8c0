import sharp from 'sharp';

const PALETTES = [
  ['#8ec5fc', '#e0f0ff', '#4f8a3c', '#2f6b2a'],
  ['#f6d365', '#fda085', '#a0522d', '#6b3e1f'],
  ['#a1c4fd', '#c2e9fb', '#3a7bd5', '#1e4f8f'],
  ['#d4fc79', '#96e6a1', '#2e8b57', '#1f5f3b'],
];

/**
 * A landscape picture for the demo's picture news (sky, sun, two ridges), drawn as SVG and
 * encoded as JPEG, so the demo needs no image files in the repository.
 */
export function demoCover(index: number): Promise<Buffer> {
  const [skyTop, skyBottom, near, far] = PALETTES[index % PALETTES.length];
  const sunX = 180 + ((index * 137) % 840);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="800">
    <defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${skyTop}"/><stop offset="1" stop-color="${skyBottom}"/></linearGradient></defs>
    <rect width="1200" height="800" fill="url(#sky)"/>
    <circle cx="${sunX}" cy="190" r="70" fill="#fff6d5" opacity="0.9"/>
    <path d="M0 520 Q 300 380 600 500 T 1200 470 V 800 H 0 Z" fill="${far}" opacity="0.85"/>
    <path d="M0 620 Q 360 520 720 620 T 1200 600 V 800 H 0 Z" fill="${near}"/>
  </svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 85 }).toBuffer();
}
