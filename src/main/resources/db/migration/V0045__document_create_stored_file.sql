-- Why: metadata of stored files (attachments of any module). The bytes live on disk under
-- mandate.files.dir, named by id; the content type is what the bytes are (detected), the SHA-256
-- proves integrity, the owner unit decides who may download. province_id is the distribution key.
CREATE TABLE stored_file (
    id              UUID         NOT NULL PRIMARY KEY,
    original_name   VARCHAR(255) NOT NULL,
    content_type    VARCHAR(127) NOT NULL,
    size_bytes      BIGINT       NOT NULL,
    sha256          CHAR(64)     NOT NULL,
    owner_unit_code VARCHAR(64)  NOT NULL,
    uploaded_by     VARCHAR(64)  NOT NULL,
    uploaded_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    province_id     BIGINT,
    CONSTRAINT stored_file_size_ck CHECK (size_bytes > 0)
);
CREATE INDEX stored_file_owner_unit_idx ON stored_file (owner_unit_code);
CREATE INDEX stored_file_sha256_idx ON stored_file (sha256);
