-- hocbaso schema 28 (SQLite only): record content is packed (issue 22, store::RecordContentCodec).
-- record_versions.content keeps its declared type, but from now on holds a BLOB: a format byte and
-- a zstd frame made with the program's dictionary. TEXT values written before this migration stay
-- readable as they are; StoreCompaction packs them in batches, each batch committed with its place in
-- meta.content_packing, so a conversion stopped at any point (even by kill -9) goes on from there.
-- content_sha256 stays the SHA-256 of the content itself, which is what the signatures cover.
-- 'done' for a store with nothing to pack (a new one); otherwise the last version id packed.
INSERT INTO meta (key, value)
SELECT 'content_packing', CASE WHEN EXISTS (SELECT 1 FROM record_versions) THEN '0' ELSE 'done' END
WHERE NOT EXISTS (SELECT 1 FROM meta WHERE key = 'content_packing');
