-- Why: stored files are identified by a UUID (stored_file.id), so a product's evidence file must
-- hold such an id. The BIGINT column could never refer to a stored file; it is replaced (no row can
-- hold a meaningful value in it). Indexed so that a file's deletion can find the products citing it.
ALTER TABLE product DROP COLUMN evidence_file_id;
ALTER TABLE product ADD COLUMN evidence_file_id UUID;
CREATE INDEX product_evidence_file_idx ON product (evidence_file_id);
