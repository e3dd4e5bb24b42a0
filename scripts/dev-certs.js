// How the dev server serves https://localhost:3000: with the office-addin-dev-certs certificates when
// they can be created and trusted, with the generated but untrusted ones otherwise, or over plain http.

"use strict";

const fs = require("fs");
const os = require("os");
const path = require("path");

const CERTIFICATE_DIR = path.join(os.homedir(), ".office-addin-dev-certs");
const FILES = { ca: "ca.crt", cert: "localhost.crt", key: "localhost.key" };

/** @returns {Record<keyof typeof FILES, Buffer> | null} */
function readCertificateFiles() {
  try {
    /** @type {Record<string, Buffer>} */
    const options = {};
    for (const [name, file] of Object.entries(FILES)) options[name] = fs.readFileSync(path.join(CERTIFICATE_DIR, file));
    return /** @type {Record<keyof typeof FILES, Buffer>} */ (options);
  } catch {
    return null;
  }
}

/**
 * @template T
 * @param {Promise<T>} promise
 * @param {number} ms
 * @returns {Promise<T>}
 */
function withTimeout(promise, ms) {
  /** @type {NodeJS.Timeout | undefined} */
  let timer;
  /** @type {Promise<never>} */
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * @typedef {{ type: "https"; options: { ca: Buffer | string; key: Buffer | string; cert: Buffer | string }; trusted: boolean; reason?: string }
 *   | { type: "http"; reason: string }} DevServerProtocol
 */

/**
 * { type: "https", options, trusted } or { type: "http", reason }. BAGALAU_DEV_SERVER=http forces http;
 * =https-untrusted uses the certificate files already generated, without trying to install them.
 * @param {{ timeoutMs?: number }} [options]
 * @returns {Promise<DevServerProtocol>}
 */
async function devServerProtocol({ timeoutMs = 60_000 } = {}) {
  const forced = process.env.BAGALAU_DEV_SERVER;
  if (forced === "http") return { type: "http", reason: "BAGALAU_DEV_SERVER=http" };
  if (forced === "https-untrusted") {
    const files = readCertificateFiles();
    if (files) return { type: "https", options: files, trusted: false, reason: "they are not installed as trusted (checked by npm start)" };
  }
  try {
    const devCerts = require("office-addin-dev-certs");
    const { ca, key, cert } = await withTimeout(devCerts.getHttpsServerOptions(), timeoutMs);
    return { type: "https", options: { ca, key, cert }, trusted: true };
  } catch (error) {
    const files = readCertificateFiles();
    const reason = String(error instanceof Error ? error.message : error).trim();
    if (files) return { type: "https", options: files, trusted: false, reason };
    return { type: "http", reason };
  }
}

module.exports = { CERTIFICATE_DIR, devServerProtocol };
