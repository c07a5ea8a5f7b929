// Synthetic data for the scale measurements: the bundled documents with their sites (and the
// fusion roadmap's phases) cloned to a given count under new ids, so every file still passes the
// app's own validation (checked with `npm run check-data` before any measurement).

import { readFileSync } from 'node:fs';
import path from 'node:path';

/** @param {unknown} value */
const clone = (value) => structuredClone(value);

/**
 * @param {string} text stargate.json
 * @param {number} count sites wanted
 */
export function stargateWithSites(text, count) {
  const doc = JSON.parse(text);
  const originals = doc.sites;
  const sites = [];
  for (let i = 0; i < count; i++) {
    const source = originals[i % originals.length];
    if (i < originals.length) {
      sites.push(source);
      continue;
    }
    const site = clone(source);
    site.id = `${source.id}-x${i}`;
    if (site.name && typeof site.name === 'object')
      site.name = { en: `${source.name.en} #${i}`, ko: `${source.name.ko} #${i}` };
    if (Array.isArray(site.phases))
      site.phases.forEach((/** @type {{ id?: string }} */ phase, j) => {
        if (phase.id) phase.id = `${phase.id}-x${i}-${j}`;
      });
    sites.push(site);
  }
  doc.sites = sites;
  return JSON.stringify(count < originals.length ? dropDangling(doc) : doc);
}

/**
 * @param {string} text fusion.json
 * @param {number} count roadmap phases wanted (at least one per programme kept)
 */
export function fusionWithPhases(text, count) {
  const doc = JSON.parse(text);
  // Programmes the energy scenarios build on come first, so a small roadmap keeps them valid.
  const energy = JSON.stringify(doc.energy ?? {});
  const referenced = (/** @type {{ id: string }} */ p) => (energy.includes(`"${p.id}"`) ? 0 : 1);
  const originals = [...doc.programmes].sort((a, b) => referenced(a) - referenced(b));
  /** @type {unknown[]} */
  const programmes = [];
  let phases = 0;
  for (let i = 0; phases < count; i++) {
    const source = originals[i % originals.length];
    const programme = i < originals.length ? source : clone(source);
    if (i >= originals.length) {
      programme.id = `${source.id}-x${i}`;
      programme.name = { en: `${source.name.en} #${i}`, ko: `${source.name.ko} #${i}` };
      programme.phases.forEach((/** @type {{ id: string }} */ phase) => {
        phase.id = `${phase.id}-x${i}`;
      });
    }
    const room = count - phases;
    if (programme.phases.length > room) {
      if (i < originals.length) programme.phases = programme.phases.slice(0, Math.max(1, room));
      else programme.phases = programme.phases.slice(0, room);
    }
    if (programme.phases.length === 0) break;
    phases += programme.phases.length;
    programmes.push(programme);
  }
  doc.programmes = programmes;
  return JSON.stringify(dropDangling(doc));
}

/**
 * After trimming, other parts of the document may name phases or programmes that are gone:
 * drop those references (and items that hang on a dropped programme).
 * @param {Record<string, unknown>} doc
 */
function dropDangling(doc) {
  const refKeys = ['programmeId', 'phaseId', 'siteId'];
  const listKeys = ['relatedIds', 'siteIds'];
  // Dropping an item can orphan others (a record on a dropped phase), so repeat until stable.
  for (let round = 0; round < 10; round++) {
    /** @type {Set<string>} */
    const ids = new Set();
    /** @param {unknown} node */
    const collect = (node) => {
      if (Array.isArray(node)) node.forEach(collect);
      else if (node && typeof node === 'object') {
        const record = /** @type {Record<string, unknown>} */ (node);
        if (typeof record.id === 'string') ids.add(record.id);
        Object.values(record).forEach(collect);
      }
    };
    collect(doc);
    // Some ids repeat across kinds (a plant class may share a programme's id): check these by kind.
    /** @type {Record<string, Set<string> | undefined>} */
    const byKind = {
      programmeId: Array.isArray(doc.programmes)
        ? new Set(doc.programmes.map((/** @type {{ id: string }} */ p) => p.id))
        : undefined,
      siteId: Array.isArray(doc.sites)
        ? new Set(doc.sites.map((/** @type {{ id: string }} */ p) => p.id))
        : undefined,
    };
    let changed = false;
    /**
     * @param {unknown} node
     * @returns {boolean} whether the node must go
     */
    const prune = (node) => {
      if (Array.isArray(node)) {
        for (let i = node.length - 1; i >= 0; i--) {
          if (prune(node[i])) {
            node.splice(i, 1);
            changed = true;
          }
        }
        return false;
      }
      if (!node || typeof node !== 'object') return false;
      const record = /** @type {Record<string, unknown>} */ (node);
      for (const key of refKeys) {
        const ref = record[key];
        if (typeof ref === 'string' && !(byKind[key] ?? ids).has(ref)) return true;
      }
      for (const [key, value] of Object.entries(record)) {
        if (!Array.isArray(value)) {
          prune(value);
          continue;
        }
        const before = value.length;
        if (listKeys.includes(key)) record[key] = value.filter((id) => ids.has(id));
        else prune(value);
        const after = /** @type {unknown[]} */ (record[key]).length;
        if (after !== before) changed = true;
        // A list that had members and lost them all leaves its item without a subject.
        if (before > 0 && after === 0 && key !== 'relatedIds') return true;
      }
      return false;
    };
    prune(doc);
    if (!changed) break;
  }
  return doc;
}

/** @param {string} root repository root */
export function bundledData(root) {
  return {
    stargate: readFileSync(path.join(root, 'public', 'data', 'stargate.json'), 'utf8'),
    fusion: readFileSync(path.join(root, 'public', 'data', 'fusion.json'), 'utf8'),
  };
}
