#!/usr/bin/env bash
# Regenerates resources/sql/sqlite/schema.sql and resources/sql/postgres/schema.sql, the whole schema
# of a freshly migrated store per dialect, after a change to the migrations (resources/sql/*/NNN_*.sql).
# The test Dialects/SchemaFile.EqualsAFreshlyMigratedStore (tests/pg/test_schema_file.cpp) holds the
# files equal to the migrations; this runs it in its writing mode. It uses the PostgreSQL test server
# of HOCBASO_TEST_PG when set, else starts a throwaway one (tools/pg-test-cluster.sh).
set -euo pipefail
cd "$(dirname -- "${BASH_SOURCE[0]}")/.."
cmake --build build --target hocbaso_pg_tests
if [[ -z ${HOCBASO_TEST_PG:-} ]]; then
    HOCBASO_PG_DIR=$(mktemp -d /tmp/hocbaso-pg.XXXXXX)
    export HOCBASO_PG_DIR
    trap 'tools/pg-test-cluster.sh stop' EXIT
    eval "$(tools/pg-test-cluster.sh start)"
fi
HOCBASO_WRITE_SCHEMA=1 HOCBASO_SOURCE_DIR="$PWD" build/tests/hocbaso_pg_tests --gtest_filter='Dialects/SchemaFile.*'
git status --short resources/sql/sqlite/schema.sql resources/sql/postgres/schema.sql
