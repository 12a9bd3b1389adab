-- hocbaso schema 30 (SQLite only): a signature's CMS is packed with its signer's certificate (issue
-- 22, store::SignatureCodec). signatures.cms keeps its type; a signature by a registered certificate
-- (certificate_id set) is written as a format byte and a zstd frame whose prefix is that
-- certificate's DER, which each CMS also carries. A CMS written before this migration, or by a
-- certificate the store does not hold, stays as it is and reads as it is; StoreCompaction packs the
-- older ones in batches, each committed with its place in meta.signature_packing, so a conversion
-- stopped at any point goes on from there. What is verified is the CMS itself, byte for byte.
-- 'done' for a store with nothing to pack (a new one); otherwise the last signature id looked at.
INSERT INTO meta (key, value)
SELECT 'signature_packing',
       CASE WHEN EXISTS (SELECT 1 FROM signatures WHERE certificate_id IS NOT NULL) THEN '0' ELSE 'done' END
WHERE NOT EXISTS (SELECT 1 FROM meta WHERE key = 'signature_packing');
