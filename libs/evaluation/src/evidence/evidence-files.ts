import { inTenantEntityTransaction } from '@jejak/database';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';

/** The largest evidence file accepted: 1 MiB, so that its base64 fits the API's 2 MB JSON body. */
export const EVIDENCE_MAX_BYTES = 1024 * 1024;
/** The longest base64 text of such a file. */
export const EVIDENCE_MAX_BASE64 = Math.ceil(EVIDENCE_MAX_BYTES / 3) * 4;

export interface EvidenceFile {
  readonly sha256: string;
  readonly name: string;
  readonly mediaType: string;
  readonly size: number;
  readonly bytes: Buffer;
}

export const sha256Of = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

/**
 * Keeps the bytes of an evidence file in `evidence_files`, by tenant and SHA-256 (the event keeps
 * only the hash and the name). Content-addressed, so storing the same bytes again changes nothing.
 * Runs in the request's tenant (row-level security).
 */
export async function storeEvidenceFile(dataSource: DataSource, tenantId: string, file: EvidenceFile) {
  await inTenantEntityTransaction(dataSource, (manager) =>
    manager.query(
      `INSERT INTO evidence_files (tenant_id, sha256, name, media_type, size, bytes)
       VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (tenant_id, sha256) DO NOTHING`,
      [tenantId, file.sha256, file.name, file.mediaType, file.size, file.bytes],
    ),
  );
}

/** The evidence file of the caller's tenant with that hash; null when there is none. */
export async function findEvidenceFile(dataSource: DataSource, sha256: string): Promise<EvidenceFile | null> {
  const rows = (await inTenantEntityTransaction(dataSource, (manager) =>
    manager.query('SELECT sha256, name, media_type, size, bytes FROM evidence_files WHERE sha256 = $1', [
      sha256,
    ]),
  )) as { sha256: string; name: string; media_type: string; size: number; bytes: Buffer }[];
  const [row] = rows;
  return row
    ? { sha256: row.sha256, name: row.name, mediaType: row.media_type, size: row.size, bytes: row.bytes }
    : null;
}
