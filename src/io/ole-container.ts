/**
 * What an OLE container holds — the Compound File Binary format of Office before 2007, which Office
 * still uses to wrap a workbook encrypted with a password (MS-CFB; MS-OFFCRYPTO for the encrypted
 * package). Only its directory is read, for the names of its streams (UTF-16LE): an encrypted
 * workbook has `EncryptionInfo` and `EncryptedPackage`, an old .xls a `Workbook` (Excel 97–2003) or a
 * `Book` (Excel 5/95). Nothing else of the file is decoded.
 */
export type OleContent = "encrypted-workbook" | "old-workbook" | "other";

const END_OF_CHAIN = 0xfffffffe;
/** Sector numbers from here up are markers (free, end of chain, FAT or DIFAT sector), not places. */
const MAX_SECTOR = 0xfffffffa;
const DIRECTORY_ENTRY_BYTES = 128;

export function describeOleContainer(bytes: Buffer): OleContent {
  const names = new Set(readStreamNames(bytes).map((name) => name.toLowerCase()));
  if (names.has("encryptioninfo") && names.has("encryptedpackage")) return "encrypted-workbook";
  if (names.has("workbook") || names.has("book")) return "old-workbook";
  return "other";
}

/** The names in the container's directory; as many as could be read from a damaged one. */
function readStreamNames(bytes: Buffer): string[] {
  if (bytes.length < 512) return [];
  const shift = bytes.readUInt16LE(0x1e);
  if (shift !== 9 && shift !== 12) return [];
  const sectorSize = 1 << shift;
  const sectorCount = Math.floor(bytes.length / sectorSize) - 1;
  const offsetOf = (sector: number): number => (sector + 1) * sectorSize;
  const isSector = (sector: number): boolean => sector < MAX_SECTOR && sector < sectorCount;

  // The FAT's sectors: 109 listed in the header, the rest in a chain of DIFAT sectors.
  const fatSectors: number[] = [];
  for (let index = 0; index < 109; index++) fatSectors.push(bytes.readUInt32LE(0x4c + index * 4));
  const perSector = sectorSize / 4;
  for (let sector = bytes.readUInt32LE(0x44), hops = 0; isSector(sector) && hops < sectorCount; hops++) {
    for (let index = 0; index < perSector - 1; index++) fatSectors.push(bytes.readUInt32LE(offsetOf(sector) + index * 4));
    sector = bytes.readUInt32LE(offsetOf(sector) + (perSector - 1) * 4);
  }
  const nextSector = (sector: number): number => {
    const fatSector = fatSectors[Math.floor(sector / perSector)];
    return fatSector === undefined || !isSector(fatSector) ? END_OF_CHAIN : bytes.readUInt32LE(offsetOf(fatSector) + (sector % perSector) * 4);
  };

  const names: string[] = [];
  // Each sector once at most: a chain that loops ends there.
  for (let sector = bytes.readUInt32LE(0x30), hops = 0; isSector(sector) && hops < sectorCount; sector = nextSector(sector), hops++) {
    for (let entry = offsetOf(sector); entry + DIRECTORY_ENTRY_BYTES <= offsetOf(sector) + sectorSize && entry + DIRECTORY_ENTRY_BYTES <= bytes.length; entry += DIRECTORY_ENTRY_BYTES) {
      const nameBytes = bytes.readUInt16LE(entry + 0x40);
      const type = bytes[entry + 0x42];
      // Storages (1), streams (2) and the root (5); a name is at most 31 characters and its terminator.
      if ((type === 1 || type === 2 || type === 5) && nameBytes >= 2 && nameBytes <= 64) names.push(bytes.toString("utf16le", entry, entry + nameBytes - 2));
    }
  }
  return names;
}
