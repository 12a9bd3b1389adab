#include "CentralDataset.h"

#include "StoreSetup.h"
#include "crypto/PasswordHash.h"
#include "store/BulkLoad.h"
#include "store/PartitionedLayout.h"
#include "store/RecordContentCodec.h"
#include "store/SignatureCodec.h"
#include "store/SqlValues.h"
#include "store/UserRepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <libpq-fe.h>

#include <memory>

namespace hocbaso::services {

DemoOptions provinceDemoOptions(int units, int schools, qint64 records, int years)
{
    DemoOptions o;
    o.seed = 2026;
    // A province as it is since 2025-07-01: one Sở above 100 communes, the schools spread over them
    // (10 each at 1,000 schools). The Sở's officer sees all of it, the lookups and statistics of the
    // benches are theirs.
    o.units = units;
    o.schools = schools;
    o.years = years;
    // Pupils in grade g of the current year have min(g, 5) records over five years: 3 on average.
    o.students = int(records / 3);
    o.password = QStringLiteral("Bench@2026");
    o.signatures = false;
    o.contentPool = true;
    o.commitPerSchool = true;
    return o;
}

namespace {

Error fail(const QString& what)
{
    return Error::storage(
        QCoreApplication::translate("hocbaso::services::CentralDataset", "Building the central dataset: %1").arg(what));
}

// One table as it is copied: bulk tables go straight into the table by COPY; the small ones through
// a staging table, skipping rows the PostgreSQL store already has (the defaults both stores
// seeded, such as the bundled trust anchors).
struct TableCopy
{
    QString name;
    bool bulk = false;
    bool keepTriggers = false; // audit_events: its trigger checks each event links to the chain
};

const QList<TableCopy> kTables = {
    {QStringLiteral("units")},
    {QStringLiteral("schools")},
    {QStringLiteral("users")},
    {QStringLiteral("certificates")},
    {QStringLiteral("trust_anchors")},
    {QStringLiteral("crls")},
    {QStringLiteral("ocsp_answers")},
    {QStringLiteral("lock_settings")},
    {QStringLiteral("classes"), true},
    {QStringLiteral("pupils"), true},
    {QStringLiteral("records"), true},
    {QStringLiteral("record_versions"), true},
    {QStringLiteral("signatures"), true},
    {QStringLiteral("revocation_requests")},
    {QStringLiteral("record_verifications")},
    {QStringLiteral("school_reminders")},
    {QStringLiteral("audit_events"), true, true},
};

// Tables whose rows are derived here after the load, not copied: their triggers and indexes are
// off during the load as well.
const QStringList kDerived = {QStringLiteral("record_counts"), QStringLiteral("record_search"),
                              QStringLiteral("record_search_counts"), QStringLiteral("unit_closure")};

// Columns only the PostgreSQL tables have, which their triggers fill from the record (the school a
// row belongs to, for row-level security): read from the scratch file the same way.
const QHash<QString, QString> kFilled = {
    {QStringLiteral("record_versions.school_id"),
     QStringLiteral("(SELECT r.school_id FROM records r WHERE r.id = record_versions.record_id)")},
    {QStringLiteral("signatures.school_id"),
     QStringLiteral("(SELECT r.school_id FROM records r WHERE r.id = signatures.record_id)")},
};

struct PgColumn
{
    QString name;
    QString type;   // information_schema data_type
    QString source; // what the scratch file's SELECT reads for it
};

// COPY's text format: backslash escapes for the separators, \N for NULL.
void appendText(QByteArray& out, const QByteArray& v)
{
    for (char c : v) {
        switch (c) {
        case '\\':
            out.append("\\\\");
            break;
        case '\t':
            out.append("\\t");
            break;
        case '\n':
            out.append("\\n");
            break;
        case '\r':
            out.append("\\r");
            break;
        default:
            out.append(c);
        }
    }
}

void appendValue(QByteArray& out, const QVariant& v, const QString& type)
{
    if (v.isNull()) {
        out.append("\\N");
        return;
    }
    if (type == QLatin1String("boolean")) {
        out.append(v.toLongLong() != 0 ? "t" : "f");
    } else if (type == QLatin1String("bytea")) {
        // bytea's hex input, its backslash escaped for COPY.
        out.append("\\\\x");
        out.append(v.toByteArray().toHex());
    } else {
        appendText(out, v.toString().toUtf8());
    }
}

class PgCopy
{
public:
    explicit PgCopy(PGconn* conn) : m_conn(conn) {}

    Status exec(const QString& sql)
    {
        std::unique_ptr<PGresult, decltype(&PQclear)> r(PQexec(m_conn, sql.toUtf8().constData()), PQclear);
        const ExecStatusType st = r ? PQresultStatus(r.get()) : PGRES_FATAL_ERROR;
        if (st == PGRES_COMMAND_OK || st == PGRES_TUPLES_OK)
            return {};
        return fail(sql.simplified().left(120) + QStringLiteral(": ") +
                    QString::fromUtf8(PQerrorMessage(m_conn)).trimmed());
    }

    Status begin(const QString& sql)
    {
        std::unique_ptr<PGresult, decltype(&PQclear)> r(PQexec(m_conn, sql.toUtf8().constData()), PQclear);
        if (!r || PQresultStatus(r.get()) != PGRES_COPY_IN)
            return fail(sql + QStringLiteral(": ") + QString::fromUtf8(PQerrorMessage(m_conn)).trimmed());
        return {};
    }

    Status put(QByteArray& buffer, bool force = false)
    {
        if (buffer.isEmpty() || (!force && buffer.size() < (1 << 20)))
            return {};
        if (PQputCopyData(m_conn, buffer.constData(), int(buffer.size())) != 1)
            return fail(QString::fromUtf8(PQerrorMessage(m_conn)).trimmed());
        buffer.clear();
        return {};
    }

    Status end(const QString& table)
    {
        if (PQputCopyEnd(m_conn, nullptr) != 1)
            return fail(QString::fromUtf8(PQerrorMessage(m_conn)).trimmed());
        Status status;
        while (PGresult* r = PQgetResult(m_conn)) {
            if (PQresultStatus(r) != PGRES_COMMAND_OK && status)
                status = fail(
                    QStringLiteral("COPY %1: %2").arg(table, QString::fromUtf8(PQresultErrorMessage(r)).trimmed()));
            PQclear(r);
        }
        return status;
    }

private:
    PGconn* m_conn;
};

class Builder
{
public:
    Builder(store::Database& pg, const Clock& clock, const CentralDatasetOptions& o) : m_pg(pg), m_clock(clock), m_o(o)
    {
        m_step.start();
        m_total.start();
    }

    Result<CentralDatasetReport> run()
    {
        PGconn* conn = m_pg.postgresHandle();
        if (!conn)
            return fail(QStringLiteral("the store is not a PostgreSQL store reachable through libpq"));
        PgCopy copy(conn);
        auto existing = store::sql::scalar(m_pg, QStringLiteral("SELECT count(*) FROM schools"));
        if (!existing)
            return existing.error();
        if (*existing > 0)
            return fail(QStringLiteral("the store already has schools; build into a new, empty database"));
        if (m_o.partitionWidth > 0) {
            // Made before anything is loaded: the layout is made on a store without records.
            if (auto s = store::PartitionedLayout::apply(m_pg, m_o.partitionWidth, m_o.partitionCount); !s)
                return s.error();
            lap(QStringLiteral("partitioned layout"));
        }

        auto scratch = generate();
        if (!scratch)
            return scratch.error();
        store::Database& lite = **scratch;
        QByteArrayList templateCms;
        QList<QPair<QString, QString>> templateRoles; // role, signer
        if (m_o.signatures) {
            if (auto s = signatureTemplate(templateRoles, templateCms); !s)
                return s.error();
        }

        // One transaction: a failed build leaves the store as empty as it was.
        if (auto s = copy.exec(QStringLiteral("BEGIN")); !s)
            return s.error();
        auto rollback = qScopeGuard([&] {
            if (auto s = copy.exec(QStringLiteral("ROLLBACK")); !s)
                qWarning("hocbaso: %s", qPrintable(s.errorString()));
        });
        QStringList touched;
        for (const TableCopy& t : kTables)
            touched.append(t.name);
        touched += kDerived;
        // Forced row-level security refuses COPY FROM even to the owner; the owner's own policies
        // are not what is being loaded, so they are lifted for the load and forced again below.
        QStringList forced;
        {
            QSqlQuery q(m_pg.connection());
            // (relkind p: a partitioned table; COPY is checked against the table it names.)
            if (!q.exec(QStringLiteral("SELECT relname FROM pg_class WHERE relnamespace = 'public'::regnamespace AND "
                                       "relkind IN ('r', 'p') AND relforcerowsecurity AND relname = ANY('{%1}')")
                            .arg(touched.join(QLatin1Char(',')))))
                return fail(q.lastError().text());
            while (q.next())
                forced.append(q.value(0).toString());
        }
        // Secondary indexes are built once at the end: one sorted pass each instead of a million
        // insertions. Constraints' indexes stay (the foreign keys check against them).
        QStringList indexDefs;
        {
            QSqlQuery q(m_pg.connection());
            if (!q.exec(QStringLiteral("SELECT i.indexname, i.indexdef FROM pg_indexes i WHERE i.schemaname = "
                                       "'public' AND i.tablename = ANY('{%1}') AND NOT EXISTS (SELECT 1 FROM "
                                       "pg_constraint c WHERE c.conindid = (quote_ident(i.indexname))::regclass)")
                            .arg(touched.join(QLatin1Char(',')))))
                return fail(q.lastError().text());
            QStringList names;
            while (q.next()) {
                names.append(q.value(0).toString());
                // A partitioned table's index reads "ON ONLY": made so, it would be the parent's
                // alone, invalid, with no index on any partition. Made on the whole table, it is
                // made on every partition too.
                indexDefs.append(q.value(1).toString().replace(QStringLiteral(" ON ONLY "), QStringLiteral(" ON ")));
            }
            for (const QString& n : std::as_const(names)) {
                if (auto s = copy.exec(QStringLiteral("DROP INDEX %1").arg(n)); !s)
                    return s.error();
            }
        }
        for (const QString& t : std::as_const(forced)) {
            if (auto s = copy.exec(QStringLiteral("ALTER TABLE %1 NO FORCE ROW LEVEL SECURITY").arg(t)); !s)
                return s.error();
        }
        // The tables' own triggers (counters, search rows, sync log, the rules that check who
        // writes) would do per row what is done once below, or check what the generator made under
        // the same rules. The foreign keys' triggers stay on.
        for (const QString& t : std::as_const(touched)) {
            const bool keep = std::any_of(kTables.cbegin(), kTables.cend(),
                                          [&](const TableCopy& c) { return c.name == t && c.keepTriggers; });
            if (!keep) {
                if (auto s = copy.exec(QStringLiteral("ALTER TABLE %1 DISABLE TRIGGER USER").arg(t)); !s)
                    return s.error();
            }
        }
        lap(QStringLiteral("prepare"));

        for (const TableCopy& t : kTables) {
            if (auto s = copyTable(lite, copy, t); !s)
                return s.error();
        }
        m_scratch.reset();
        QFile::remove(m_o.scratchPath);

        // What the triggers keep, derived once.
        const QStringList derive = {
            QStringLiteral("INSERT INTO record_counts (school_id, school_year, grade, status, n) SELECT school_id, "
                           "school_year, grade, status, count(*) FROM records GROUP BY 1, 2, 3, 4"),
            QStringLiteral("INSERT INTO record_search (record_id, school_id, school_year, grade, status, name_sort, "
                           "name, words) SELECT r.id, r.school_id, r.school_year, r.grade, r.status, r.name_sort, "
                           "p.name_folded, hocbaso_search_words(p.name_folded, r.school_year, r.grade) FROM records r "
                           "JOIN pupils p ON p.id = r.pupil_id"),
            QStringLiteral("INSERT INTO record_search_counts (prefix, school_year, school_id, n) SELECT w, "
                           "x.school_year, x.school_id, count(*) FROM record_search x, unnest(x.words) AS w GROUP "
                           "BY 1, 2, 3"),
            // The units' and schools' triggers were off: the tree's closure and the schools below each unit,
            // behind every policy (schemas 22 and 28; the rebuild does both).
            QStringLiteral("SELECT hocbaso_unit_closure_rebuild()"),
        };
        const QStringList deriveNames = {QStringLiteral("record_counts"), QStringLiteral("record_search"),
                                         QStringLiteral("record_search_counts"), QStringLiteral("unit_closure")};
        for (qsizetype i = 0; i < derive.size(); ++i) {
            if (auto s = copy.exec(derive.at(i)); !s)
                return s.error();
            lap(deriveNames.at(i));
        }
        if (m_o.partitionWidth > 0) {
            // records' trigger that keeps its keys across partitions was off with the others.
            if (auto s = store::PartitionedLayout::rebuildRecordKeys(m_pg); !s)
                return s.error();
            lap(QStringLiteral("record keys"));
        }
        if (m_o.signatures) {
            if (auto s = signAll(copy, templateRoles, templateCms); !s)
                return s.error();
            lap(QStringLiteral("signatures"));
        }
        for (const QString& def : std::as_const(indexDefs)) {
            if (auto s = copy.exec(def); !s)
                return s.error();
            const QString name = def.section(QLatin1Char(' '), def.startsWith(QLatin1String("CREATE UNIQUE")) ? 3 : 2,
                                             def.startsWith(QLatin1String("CREATE UNIQUE")) ? 3 : 2);
            lap(QStringLiteral("index ") + name);
        }
        for (const QString& t : std::as_const(touched)) {
            if (auto s = copy.exec(QStringLiteral("ALTER TABLE %1 ENABLE TRIGGER USER").arg(t)); !s)
                return s.error();
        }
        for (const QString& t : std::as_const(forced)) {
            if (auto s = copy.exec(QStringLiteral("ALTER TABLE %1 FORCE ROW LEVEL SECURITY").arg(t)); !s)
                return s.error();
        }
        // Rows came with their ids: the identity sequences continue after them.
        for (const TableCopy& t : kTables) {
            auto hasId = store::sql::scalar(
                m_pg,
                QStringLiteral("SELECT count(*) FROM information_schema.columns WHERE table_schema = 'public' "
                               "AND table_name = ? AND column_name = 'id'"),
                {t.name});
            if (!hasId)
                return hasId.error();
            if (*hasId == 0)
                continue;
            if (auto s = copy.exec(QStringLiteral("SELECT setval(s, m) FROM (SELECT pg_get_serial_sequence('%1', "
                                                  "'id') AS s, (SELECT max(id) FROM %1) AS m) x WHERE s IS NOT "
                                                  "NULL AND m IS NOT NULL")
                                       .arg(t.name));
                !s)
                return s.error();
        }
        if (auto s = copy.exec(QStringLiteral("COMMIT")); !s)
            return s.error();
        rollback.dismiss();
        lap(QStringLiteral("commit"));

        if (auto s = loginRoles(); !s)
            return s.error();
        lap(QStringLiteral("login roles"));
        // Planner statistics, and the visibility map that lets index-only scans skip the heap.
        QStringList vacuumed = touched + QStringList{QStringLiteral("schools"), QStringLiteral("units")};
        if (m_o.partitionWidth > 0)
            vacuumed += store::PartitionedLayout::sideTables();
        for (const QString& t : std::as_const(vacuumed)) {
            if (auto s = copy.exec(QStringLiteral("VACUUM (ANALYZE) %1").arg(t)); !s)
                return s.error();
        }
        lap(QStringLiteral("vacuum analyze"));

        auto n = store::sql::scalar(m_pg, QStringLiteral("SELECT count(*) FROM records"));
        if (!n)
            return n.error();
        m_report.records = *n;
        auto sigs = store::sql::scalar(m_pg, QStringLiteral("SELECT count(*) FROM signatures"));
        if (!sigs)
            return sigs.error();
        m_report.signatures = *sigs;
        m_report.seconds = double(m_total.nsecsElapsed()) / 1e9;
        return m_report;
    }

private:
    void lap(const QString& step)
    {
        const double s = double(m_step.nsecsElapsed()) / 1e9;
        m_report.steps.append({step, s});
        if (m_o.log)
            m_o.log(QStringLiteral("%1 %2 s").arg(step).arg(s, 0, 'f', 2));
        m_step.restart();
    }

    // The province by the demo generator into the scratch SQLite file, as the SQLite bench builds it
    // (its indexes and search triggers dropped: the file is read once and thrown away).
    Result<store::Database*> generate()
    {
        for (const QString& suffix :
             {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
            QFile::remove(m_o.scratchPath + suffix);
        auto db = StoreSetup::open(store::ConnectionSpec::sqlite(m_o.scratchPath), m_clock);
        if (!db)
            return db.error();
        m_scratch = std::move(db).value();
        for (const char* p : {"PRAGMA journal_mode = OFF", "PRAGMA synchronous = OFF", "PRAGMA cache_size = -262144"}) {
            if (auto s = m_scratch->execDirect(QString::fromLatin1(p)); !s)
                return s.error();
        }
        if (auto dropped = store::BulkLoad::drop(*m_scratch); !dropped)
            return dropped.error();
        if (auto s = m_scratch->execDirect(QStringLiteral("PRAGMA ignore_check_constraints = ON")); !s)
            return s.error();
        ServiceContext ctx{*m_scratch, m_clock, Actor::systemActor(), {}};
        DemoOptions o = provinceDemoOptions(m_o.units, m_o.schools, m_o.records, m_o.years);
        o.password = m_o.password;
        o.usernameSuffix = m_o.usernameSuffix;
        auto summary = DemoGenerator(ctx, o).run();
        if (!summary)
            return summary.error();
        m_report.summary = *summary;
        lap(QStringLiteral("generate"));
        return m_scratch.get();
    }

    // Signing a million records with real keys takes an hour; the figures measured do not verify
    // signatures. So a tiny demo school is generated with its signatures, and the CMS of its first
    // signed version (one per role) is given to every version of the province that is past draft:
    // the rows, their sizes and the signature joins are those of the demo, the CMS does not match
    // the record's content (verifying these records reports them invalid).
    Status signatureTemplate(QList<QPair<QString, QString>>& roles, QByteArrayList& cms)
    {
        const QString path = m_o.scratchPath + QStringLiteral(".signed");
        QFile::remove(path);
        {
            auto db = StoreSetup::open(store::ConnectionSpec::sqlite(path), m_clock);
            if (!db)
                return db.error();
            ServiceContext ctx{**db, m_clock, Actor::systemActor(), {}};
            DemoOptions o;
            o.seed = 2026;
            o.schools = 1;
            o.students = 10;
            o.years = 1;
            o.password = m_o.password;
            auto summary = DemoGenerator(ctx, o).run();
            if (!summary)
                return summary.error();
            // With each signer's certificate where the school registered it (the seal's and the
            // principal's; a teacher's is not), so that the province's signatures name the certificate
            // their CMS carries, as real ones do (an offline copy packs the CMS with it, SignatureCodec).
            QSqlQuery q((*db)->connection());
            if (!q.exec(QStringLiteral(
                    "SELECT g.role, g.signer, g.cms, c.der, c.kind, c.holder, c.position, c.sha256, c.subject, "
                    "c.issuer, c.serial_hex, c.not_before, c.not_after, c.submitted_at FROM signatures g LEFT JOIN "
                    "certificates c ON c.id = g.certificate_id WHERE g.record_id = (SELECT min(record_id) FROM "
                    "signatures) AND g.version = 1 ORDER BY g.id")))
                return fail(q.lastError().text());
            while (q.next()) {
                roles.append({q.value(0).toString(), q.value(1).toString()});
                const QByteArray der = q.value(3).toByteArray();
                cms.append(store::SignatureCodec::cmsOf(q.value(2).toByteArray(), der));
                QByteArrayList certificate{der};
                for (int c = 4; c <= 13; ++c)
                    certificate.append(q.value(c).isNull() ? QByteArray() : q.value(c).toString().toUtf8());
                m_templateCertificates.append(certificate);
            }
        }
        QFile::remove(path);
        if (roles.isEmpty())
            return fail(QStringLiteral("the signed demo school has no signatures"));
        lap(QStringLiteral("signature template"));
        return {};
    }

    Status signAll(PgCopy& copy, const QList<QPair<QString, QString>>& roles, const QByteArrayList& cms)
    {
        if (auto s = copy.exec(QStringLiteral(
                "CREATE TEMP TABLE bench_signature_template (role text, signer text, cms bytea, der bytea, kind "
                "text, holder text, position text, sha256 text, subject text, issuer text, serial_hex text, "
                "not_before timestamptz, not_after timestamptz, submitted_at timestamptz, certificate_id bigint) "
                "ON COMMIT DROP"));
            !s)
            return s;
        for (qsizetype i = 0; i < roles.size(); ++i) {
            const QByteArrayList& c = m_templateCertificates.at(i);
            QByteArrayList values{roles.at(i).first.toUtf8(), roles.at(i).second.toUtf8(), cms.at(i).toHex(),
                                  c.at(0).toHex()};
            values.append(c.mid(1));
            if (auto s = m_pg.execWithParameters(
                    QStringLiteral("INSERT INTO bench_signature_template VALUES ($1, $2, decode($3, 'hex'), "
                                   "nullif(decode($4, 'hex'), ''), $5, nullif($6, ''), nullif($7, ''), $8, $9, "
                                   "$10, $11, nullif($12, '')::timestamptz, nullif($13, '')::timestamptz, "
                                   "nullif($14, '')::timestamptz)"),
                    values);
                !s)
                return s;
        }
        // The signers' certificates, once each, held by the first school and rejected there: the
        // signatures name them, nothing of that school's own is signed with them.
        if (auto s = copy.exec(QStringLiteral(
                "WITH c AS (SELECT DISTINCT ON (sha256) * FROM bench_signature_template WHERE der IS NOT NULL "
                "ORDER BY sha256), n AS "
                "(SELECT c.*, (SELECT coalesce(max(id), 0) FROM certificates) + row_number() OVER (ORDER BY "
                "c.sha256) AS new_id FROM c), made AS (INSERT INTO certificates (id, school_id, kind, holder, "
                "position, status, der, sha256, subject, issuer, serial_hex, not_before, not_after, submitted_at, "
                "decision_reason) OVERRIDING SYSTEM VALUE SELECT new_id, (SELECT min(id) FROM schools), kind, holder, "
                "position, 'rejected', "
                "der, sha256, subject, issuer, serial_hex, not_before, not_after, submitted_at, 'bench: the "
                "signature template' FROM n RETURNING id, sha256) UPDATE bench_signature_template t SET "
                "certificate_id = made.id FROM made WHERE made.sha256 = t.sha256"));
            !s)
            return s;
        // Every version past draft carries the roles' signatures, at the time it was confirmed.
        return copy.exec(QStringLiteral(
            "INSERT INTO signatures (record_id, version, role, signer, certificate_id, signed_at, cms, school_id) "
            "SELECT v.record_id, v.version, t.role, t.signer, t.certificate_id, coalesce(v.confirmed_at, "
            "v.sent_at, v.revoked_at, now()), t.cms, v.school_id FROM record_versions v CROSS JOIN "
            "bench_signature_template t WHERE v.status <> 'draft'"));
    }

    Status copyTable(store::Database& lite, PgCopy& copy, const TableCopy& t)
    {
        // The columns both stores have (PostgreSQL's own, such as a sync log's, keep their defaults).
        QList<PgColumn> columns;
        {
            QSqlQuery q(m_pg.connection());
            q.prepare(QStringLiteral("SELECT column_name, data_type FROM information_schema.columns WHERE "
                                     "table_schema = 'public' AND table_name = ? ORDER BY ordinal_position"));
            q.addBindValue(t.name);
            if (!q.exec())
                return fail(q.lastError().text());
            QSqlRecord lc = lite.connection().record(t.name);
            while (q.next()) {
                const QString name = q.value(0).toString();
                const QString filled = kFilled.value(t.name + QLatin1Char('.') + name);
                if (lc.contains(name))
                    columns.append({name, q.value(1).toString(), name});
                else if (!filled.isEmpty())
                    columns.append({name, q.value(1).toString(), filled});
            }
        }
        if (columns.isEmpty())
            return {};
        QStringList names, sources;
        for (const PgColumn& c : std::as_const(columns)) {
            names.append(c.name);
            sources.append(c.source);
        }
        const QString list = names.join(QStringLiteral(", "));
        const QString target = t.bulk ? t.name : QStringLiteral("bench_stage_") + t.name;
        if (!t.bulk) {
            if (auto s = copy.exec(
                    QStringLiteral("CREATE TEMP TABLE %1 AS SELECT %2 FROM %3 LIMIT 0").arg(target, list, t.name));
                !s)
                return s;
        }
        QSqlQuery q(lite.connection());
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY rowid").arg(sources.join(QStringLiteral(", ")), t.name)))
            return fail(q.lastError().text());
        if (auto s = copy.begin(QStringLiteral("COPY %1 (%2) FROM STDIN").arg(target, list)); !s)
            return s;
        // The scratch file keeps record content packed; the server keeps it as text.
        qsizetype contentColumn = -1;
        if (t.name == QLatin1String("record_versions")) {
            for (qsizetype c = 0; c < columns.size(); ++c) {
                if (columns.at(c).name == QLatin1String("content"))
                    contentColumn = c;
            }
        }
        QByteArray buffer;
        buffer.reserve(1 << 21);
        qint64 rows = 0;
        while (q.next()) {
            for (qsizetype c = 0; c < columns.size(); ++c) {
                if (c > 0)
                    buffer.append('\t');
                if (c == contentColumn)
                    appendText(buffer, store::RecordContentCodec::contentOf(q.value(int(c))));
                else
                    appendValue(buffer, q.value(int(c)), columns.at(c).type);
            }
            buffer.append('\n');
            ++rows;
            if (auto s = copy.put(buffer); !s)
                return s;
        }
        if (auto s = copy.put(buffer, true); !s)
            return s;
        if (auto s = copy.end(t.name); !s)
            return s;
        if (!t.bulk) {
            if (auto s = copy.exec(QStringLiteral("INSERT INTO %1 (%2) OVERRIDING SYSTEM VALUE SELECT %2 FROM %3 ON "
                                                  "CONFLICT DO NOTHING")
                                       .arg(t.name, list, target));
                !s)
                return s;
            if (auto s = copy.exec(QStringLiteral("DROP TABLE %1").arg(target)); !s)
                return s;
        }
        lap(QStringLiteral("copy %1 (%2 rows)").arg(t.name).arg(rows));
        return {};
    }

    // Every user signs in with a login role of their own, as the central demo makes them.
    Status loginRoles()
    {
        const QString verifier = crypto::ScramVerifier::make(m_o.password);
        if (verifier.isEmpty())
            return fail(QStringLiteral("the password could not be hashed"));
        store::UserRepository users(m_pg);
        for (const DemoUser& u : std::as_const(m_report.summary.users)) {
            if (auto s = users.createLoginRole(u.username, verifier); !s)
                return s;
            ++m_report.loginRoles;
        }
        return {};
    }

    store::Database& m_pg;
    const Clock& m_clock;
    CentralDatasetOptions m_o;
    std::unique_ptr<store::Database> m_scratch;
    CentralDatasetReport m_report;
    // Each template signature's certificate: its DER, then kind, holder, position, sha256, subject,
    // issuer, serial_hex, not_before, not_after, submitted_at as text.
    QList<QByteArrayList> m_templateCertificates;
    QElapsedTimer m_step, m_total;
};

} // namespace

Result<CentralDatasetReport> buildCentralDataset(store::Database& pg, const Clock& clock,
                                                 const CentralDatasetOptions& options)
{
    return Builder(pg, clock, options).run();
}

} // namespace hocbaso::services
