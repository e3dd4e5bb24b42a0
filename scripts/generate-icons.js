#!/usr/bin/env node
// Draws the add-in's icons into assets/ as real PNG files, with Node's zlib only: icon-16/32/64/80.png
// (a blue tile with three rising bars, the tallest gold) and ribbon-16/32/80.png (the bars alone).
// Run: node scripts/generate-icons.js

"use strict";

const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const BLUE = [26, 94, 154];
const GOLD = [255, 198, 26];
const WHITE = [255, 255, 255];
const SUPERSAMPLE = 4;

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n += 1) {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** @param {Buffer} buffer */
function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/**
 * @param {string} type
 * @param {Buffer} data
 */
function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/**
 * A PNG file (8-bit RGBA, no interlace) of `size`×`size` pixels from an RGBA byte array.
 * @param {number} size
 * @param {Uint8Array} rgba
 */
function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type: RGBA
  const rows = [];
  for (let y = 0; y < size; y += 1) {
    rows.push(Buffer.from([0])); // filter: none
    rows.push(Buffer.from(rgba.subarray(y * size * 4, (y + 1) * size * 4)));
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

/**
 * @param {number} x
 * @param {number} y
 * @param {number} left
 * @param {number} top
 * @param {number} right
 * @param {number} bottom
 * @param {number} radius
 */
function insideRoundedRect(x, y, left, top, right, bottom, radius) {
  if (x < left || x > right || y < top || y > bottom) return false;
  const cx = Math.min(Math.max(x, left + radius), right - radius);
  const cy = Math.min(Math.max(y, top + radius), bottom - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

/**
 * The colour at a point of the unit square (0..1), or null for transparent.
 * @param {number} u
 * @param {number} v
 * @param {boolean} withTile
 * @returns {number[] | null}
 */
function sample(u, v, withTile) {
  // Three bars on a baseline, rising left to right; the tallest is gold.
  const bars = [
    { left: 0.2, right: 0.36, top: 0.56 },
    { left: 0.42, right: 0.58, top: 0.4 },
    { left: 0.64, right: 0.8, top: 0.2 },
  ];
  const bottom = 0.8;
  for (let i = 0; i < bars.length; i += 1) {
    const bar = bars[i];
    if (insideRoundedRect(u, v, bar.left, bar.top, bar.right, bottom, 0.03)) {
      if (i === bars.length - 1) return GOLD;
      return withTile ? WHITE : BLUE;
    }
  }
  if (withTile && insideRoundedRect(u, v, 0.02, 0.02, 0.98, 0.98, 0.18)) return BLUE;
  return null;
}

/**
 * @param {number} size
 * @param {boolean} withTile
 */
function drawIcon(size, withTile) {
  const rgba = new Uint8Array(size * size * 4);
  const n = SUPERSAMPLE;
  for (let y = 0; y < size; y += 1) {
    for (let x = 0; x < size; x += 1) {
      let r = 0,
        g = 0,
        b = 0,
        a = 0;
      for (let sy = 0; sy < n; sy += 1) {
        for (let sx = 0; sx < n; sx += 1) {
          const colour = sample((x + (sx + 0.5) / n) / size, (y + (sy + 0.5) / n) / size, withTile);
          if (colour) {
            r += colour[0];
            g += colour[1];
            b += colour[2];
            a += 1;
          }
        }
      }
      const offset = (y * size + x) * 4;
      if (a > 0) {
        rgba[offset] = Math.round(r / a);
        rgba[offset + 1] = Math.round(g / a);
        rgba[offset + 2] = Math.round(b / a);
        rgba[offset + 3] = Math.round((255 * a) / (n * n));
      }
    }
  }
  return encodePng(size, rgba);
}

function main() {
  const dir = path.join(__dirname, "..", "assets");
  fs.mkdirSync(dir, { recursive: true });
  for (const size of [16, 32, 64, 80]) fs.writeFileSync(path.join(dir, `icon-${size}.png`), drawIcon(size, true));
  for (const size of [16, 32, 80]) fs.writeFileSync(path.join(dir, `ribbon-${size}.png`), drawIcon(size, false));
  console.log(`Icons written to ${dir}`);
}

if (require.main === module) main();

module.exports = { crc32, encodePng, drawIcon };
