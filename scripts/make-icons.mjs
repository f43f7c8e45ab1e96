// Draws the toolbar icons (a ball with a seam) as PNGs in every size, "on" and "off".
// Run with `node scripts/make-icons.mjs`; the output is committed under public/icon.
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const LOOKS = {
  on: { fill: [47, 143, 98], seam: [255, 255, 255], ring: [29, 92, 63] },
  off: { fill: [236, 238, 240], seam: [110, 117, 125], ring: [110, 117, 125] },
};
const SIZES = [16, 32, 48, 128];
const SAMPLES = 4;

function crc32(bytes) {
  let c = ~0;
  for (const b of bytes) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

function png(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rows.set(rgba.subarray(y * size * 4, (y + 1) * size * 4), y * (size * 4 + 1) + 1);
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** The colour at a point of the unit square, or null outside the ball. */
function shade(x, y, look, size) {
  const dx = x - 0.5;
  const dy = y - 0.5;
  const r = Math.hypot(dx, dy);
  const line = Math.max(1.4 / size, 0.06);
  if (r > 0.47) return null;
  if (r > 0.47 - line) return look.ring;
  // Two seams curving across the ball, like the panels of an exercise ball.
  const seamA = Math.abs(Math.hypot(x + 0.25, y - 0.5) - 0.62);
  const seamB = Math.abs(Math.hypot(x - 1.25, y - 0.5) - 0.62);
  if (Math.min(seamA, seamB) < line / 2) return look.seam;
  return look.fill;
}

mkdirSync('public/icon', { recursive: true });
for (const [name, look] of Object.entries(LOOKS)) {
  for (const size of SIZES) {
    const rgba = Buffer.alloc(size * size * 4);
    for (let py = 0; py < size; py++) {
      for (let px = 0; px < size; px++) {
        const sum = [0, 0, 0, 0];
        for (let sy = 0; sy < SAMPLES; sy++) {
          for (let sx = 0; sx < SAMPLES; sx++) {
            const c = shade((px + (sx + 0.5) / SAMPLES) / size, (py + (sy + 0.5) / SAMPLES) / size, look, size);
            if (!c) continue;
            sum[0] += c[0];
            sum[1] += c[1];
            sum[2] += c[2];
            sum[3] += 1;
          }
        }
        const i = (py * size + px) * 4;
        if (sum[3] > 0) rgba.set([sum[0] / sum[3], sum[1] / sum[3], sum[2] / sum[3], (255 * sum[3]) / SAMPLES ** 2], i);
      }
    }
    writeFileSync(`public/icon/${name}-${size}.png`, png(size, rgba));
  }
}
