#include "SyncRepository.h"

#include "RecordContentCodec.h"
#include "SignatureCodec.h"
#include "SqlValues.h"
#include "SqliteStatement.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QtEndian>

#include <libpq-fe.h>

#include <algorithm>
#include <numeric>

namespace hocbaso::store {
namespace {

// The server's value in the replica's form, read in libpq's binary format: SqlValues writes
// timestamps as ISO-8601 UTC with milliseconds, dates as YYYY-MM-DD, booleans as 0/1 and UUIDs as
// lower-case text. Bytes and integers travel as they are (a signature's bytes as hex would double
// what the server writes and the replica decodes: half the time of a Sở's download went there);
// everything else as text, whose binary form is its UTF-8.
QString serverExpression(const QString& column, const QString& type)
{
    const QString c = sql::quotedName(column);
    if (type == QLatin1String("timestamp with time zone"))
        return QStringLiteral("to_char(%1 AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')").arg(c);
    if (type == QLatin1String("date"))
        return QStringLiteral("to_char(%1, 'YYYY-MM-DD')").arg(c);
    if (type == QLatin1String("boolean"))
        return QStringLiteral("%1::int").arg(c);
    if (type == QLatin1String("bytea") || type == QLatin1String("integer") || type == QLatin1String("bigint") ||
        type == QLatin1String("smallint"))
        return c;
    return QStringLiteral("%1::text").arg(c);
}

} // namespace

const QStringList& replicaTables()
{
    static const QStringList tables = {
        QStringLiteral("units"),         QStringLiteral("schools"),       QStringLiteral("classes"),
        QStringLiteral("pupils"),        QStringLiteral("users"),         QStringLiteral("certificates"),
        QStringLiteral("ocsp_answers"),  QStringLiteral("records"),       QStringLiteral("record_versions"),
        QStringLiteral("signatures"),    QStringLiteral("lock_settings"), QStringLiteral("revocation_requests"),
        QStringLiteral("trust_anchors"), QStringLiteral("crls"),          QStringLiteral("audit_events")};
    return tables;
}

std::optional<SyncCursor> SyncCursor::fromText(const QString& text)
{
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    if (colon <= 0)
        return std::nullopt;
    bool okTx = false, okSeq = false;
    SyncCursor c;
    c.txid = text.left(colon);
    c.txid.toULongLong(&okTx);
    c.seq = text.mid(colon + 1).toLongLong(&okSeq);
    if (!okTx || !okSeq || c.seq < 0)
        return std::nullopt;
    return c;
}

// --- ServerRows ----------------------------------------------------------------------------------

ServerRows::ServerRows() = default;

int ServerRows::size() const
{
    return m_rows;
}

bool ServerRows::isNull(int row, int column) const
{
    return PQgetisnull(m_result.get(), row, column) != 0;
}

QByteArrayView ServerRows::value(int row, int column) const
{
    return QByteArrayView(PQgetvalue(m_result.get(), row, column), PQgetlength(m_result.get(), row, column));
}

qint64 ServerRows::integer(int row, int column) const
{
    // int2, int4 or int8 in network byte order (the binary format; see serverExpression).
    const auto* p = reinterpret_cast<const uchar*>(PQgetvalue(m_result.get(), row, column));
    switch (PQgetlength(m_result.get(), row, column)) {
    case 2:
        return qFromBigEndian<qint16>(p);
    case 4:
        return qFromBigEndian<qint32>(p);
    case 8:
        return qFromBigEndian<qint64>(p);
    default:
        return 0;
    }
}

QString ServerRows::text(int row, int column) const
{
    return isNull(row, column) ? QString() : QString::fromUtf8(value(row, column));
}

// --- ReplicaTable --------------------------------------------------------------------------------

Result<ReplicaTable> ReplicaTable::describe(Database& server, Database& replica, const QString& table)
{
    if (!replicaTables().contains(table))
        return Error::internal(QStringLiteral("%1 is not a replica table").arg(table));
    // Only the columns this person may read: the password hashes of users, for one, stay behind.
    auto serverColumns = sql::readAll<QPair<QString, QString>>(
        server,
        QStringLiteral("SELECT column_name::text, data_type::text FROM information_schema.columns WHERE "
                       "table_schema = current_schema() AND table_name = ? AND "
                       "has_column_privilege(quote_ident(table_name::text), column_name::text, 'SELECT') "
                       "ORDER BY ordinal_position"),
        {table},
        [](const QSqlQuery& q) { return QPair<QString, QString>(q.value(0).toString(), q.value(1).toString()); });
    if (!serverColumns)
        return serverColumns.error();
    QHash<QString, QString> typeOf;
    for (const auto& [name, type] : *serverColumns)
        typeOf.insert(name, type);

    QSqlQuery q(replica.connection());
    if (!q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(sql::quotedName(table))))
        return replica.storageError(q.lastError(), QStringLiteral("PRAGMA table_info"));
    ReplicaTable t;
    t.m_name = table;
    QStringList expressions, fillers, fillerValues;
    while (q.next()) {
        const QString name = q.value(1).toString();
        const QString type = q.value(2).toString().toUpper();
        const bool notNull = q.value(3).toInt() != 0;
        const bool hasDefault = !q.value(4).isNull();
        if (typeOf.contains(name)) {
            const QString serverType = typeOf.value(name);
            t.m_columns.append(name);
            expressions.append(serverExpression(name, serverType));
            const bool content = table == QLatin1String("record_versions") && name == QLatin1String("content");
            const bool cms = table == QLatin1String("signatures") && name == QLatin1String("cms");
            t.m_kinds.append(content                                ? Kind::PackedContent
                             : cms                                  ? Kind::PackedSignature
                             : serverType == QLatin1String("bytea") ? Kind::Bytes
                             : serverType == QLatin1String("integer") || serverType == QLatin1String("bigint") ||
                                     serverType == QLatin1String("smallint") || serverType == QLatin1String("boolean")
                                 ? Kind::Integer
                                 : Kind::Text);
        } else if (notNull && !hasDefault) {
            // A column the person may not read (users.password_hash): kept empty in the replica.
            fillers.append(sql::quotedName(name));
            fillerValues.append(type.contains(QLatin1String("INT")) ? QStringLiteral("0") : QStringLiteral("''"));
        }
    }
    t.m_idIndex = int(t.m_columns.indexOf(QStringLiteral("id")));
    t.m_rowVersionIndex = int(t.m_columns.indexOf(QStringLiteral("row_version")));
    t.m_certificateIdIndex = int(t.m_columns.indexOf(QStringLiteral("certificate_id")));
    if (t.m_idIndex < 0)
        return Error::storage(QCoreApplication::translate("hocbaso::store::Database",
                                                          "The table %1 cannot be copied: its id is not readable.")
                                  .arg(table));
    t.m_selectList = expressions.join(QStringLiteral(", "));
    QStringList names;
    for (const QString& c : std::as_const(t.m_columns))
        names.append(sql::quotedName(c));
    QStringList placeholders(t.m_columns.size(), QStringLiteral("?"));
    t.m_insertSql = QStringLiteral("INSERT OR REPLACE INTO %1 (%2) VALUES (%3)")
                        .arg(sql::quotedName(table), (names + fillers).join(QStringLiteral(", ")),
                             (placeholders + fillerValues).join(QStringLiteral(", ")));
    QStringList assignments;
    for (const QString& name : std::as_const(names))
        assignments.append(name + QStringLiteral(" = ?"));
    t.m_updateSql = QStringLiteral("UPDATE OR REPLACE %1 SET %2 WHERE id = ?")
                        .arg(sql::quotedName(table), assignments.join(QStringLiteral(", ")));
    return t;
}

Result<ServerRows> ReplicaTable::read(Database& server, const QString& sqlText, const QByteArrayList& params) const
{
    // The same connection (and so the same transaction or snapshot) as the QPSQL statements around it.
    PGconn* conn = server.postgresHandle();
    if (!conn)
        return Error::storage(
            QCoreApplication::translate("hocbaso::store::Database", "The PostgreSQL connection has no handle."));
    const QByteArray text = sqlText.toUtf8();
    QList<const char*> values;
    for (const QByteArray& p : params)
        values.append(p.constData());
    ServerRows rows;
    rows.m_result.reset(
        PQexecParams(conn, text.constData(), int(values.size()), nullptr, values.constData(), nullptr, nullptr, 1),
        PQclear);
    if (!rows.m_result || PQresultStatus(rows.m_result.get()) != PGRES_TUPLES_OK) {
        const QString why =
            QString::fromUtf8(rows.m_result ? PQresultErrorMessage(rows.m_result.get()) : PQerrorMessage(conn))
                .trimmed();
        return Error::storage(
            QCoreApplication::translate("hocbaso::store::Database", "The database reported an error while %1: %2")
                .arg(sqlText.simplified().left(80), why));
    }
    rows.m_rows = PQntuples(rows.m_result.get());
    return rows;
}

Result<ServerRows> ReplicaTable::readAfter(Database& server, qint64 afterId, int limit) const
{
    return read(server,
                QStringLiteral("SELECT %1 FROM %2 WHERE id > $1 ORDER BY id LIMIT $2")
                    .arg(m_selectList, sql::quotedName(m_name)),
                {QByteArray::number(afterId), QByteArray::number(limit)});
}

Result<ServerRows> ReplicaTable::readIds(Database& server, const QList<qint64>& ids) const
{
    return read(server,
                QStringLiteral("SELECT %1 FROM %2 WHERE id = ANY ($1::bigint[]) ORDER BY id")
                    .arg(m_selectList, sql::quotedName(m_name)),
                {sql::idList(ids, QLatin1Char('{'), QLatin1Char('}')).toLatin1()});
}

Result<qint64> ReplicaTable::countOnServer(Database& server) const
{
    return sql::scalar(server, QStringLiteral("SELECT count(*) FROM %1").arg(sql::quotedName(m_name)));
}

QByteArray ReplicaTable::packValue(const ServerRows& rows, int row, int column, const Certificates& certificates) const
{
    if (m_kinds.at(column) == Kind::PackedContent)
        return RecordContentCodec::pack(rows.value(row, column));
    const qint64 certificate = m_certificateIdIndex >= 0 && !rows.isNull(row, m_certificateIdIndex)
                                   ? rows.integer(row, m_certificateIdIndex)
                                   : 0;
    return SignatureCodec::pack(rows.value(row, column), certificates.value(certificate));
}

QList<QByteArray> ReplicaTable::packRows(const ServerRows& rows, const Certificates& certificates) const
{
    QList<QByteArray> out;
    for (int c = 0; c < m_columns.size(); ++c) {
        if (m_kinds.at(c) != Kind::PackedContent && m_kinds.at(c) != Kind::PackedSignature)
            continue;
        out.reserve(rows.size());
        for (int r = 0; r < rows.size(); ++r)
            out.append(rows.isNull(r, c) ? QByteArray() : packValue(rows, r, c, certificates));
        break; // a table has one packed column
    }
    return out;
}

void ReplicaTable::collectCertificates(const ServerRows& rows, Certificates& into) const
{
    const qsizetype der = m_columns.indexOf(QStringLiteral("der"));
    if (m_name != QLatin1String("certificates") || der < 0 || m_idIndex < 0)
        return;
    for (int r = 0; r < rows.size(); ++r) {
        if (!rows.isNull(r, int(der)))
            into.insert(rows.integer(r, m_idIndex), rows.value(r, int(der)).toByteArray());
    }
}

Status ReplicaTable::write(Database& replica, const ServerRows& rows, const QList<QByteArray>& packed) const
{
    QList<int> all(rows.size());
    std::iota(all.begin(), all.end(), 0);
    return writeRows(replica, rows, all, {}, packed.isEmpty() ? nullptr : &packed);
}

Status ReplicaTable::writeRow(SqliteStatement* insert, const ServerRows& rows, int row,
                              const Certificates& certificates, const QList<QByteArray>* packed) const
{
    bindRow(insert, rows, row, certificates, packed);
    return insert->exec();
}

void ReplicaTable::bindRow(SqliteStatement* insert, const ServerRows& rows, int row, const Certificates& certificates,
                           const QList<QByteArray>* packed) const
{
    // The values stay in libpq's result until the row is written, so SQLite reads them in place.
    for (int c = 0; c < m_columns.size(); ++c) {
        if (rows.isNull(row, c)) {
            insert->bindNull(c);
            continue;
        }
        switch (m_kinds.at(c)) {
        case Kind::Integer:
            insert->bind(c, rows.integer(row, c));
            break;
        case Kind::Bytes: {
            const QByteArrayView v = rows.value(row, c);
            insert->bindBlobStatic(c, v.data(), int(v.size()));
            break;
        }
        case Kind::Text: {
            const QByteArrayView v = rows.value(row, c);
            insert->bindUtf8Static(c, v.data(), int(v.size()));
            break;
        }
        case Kind::PackedContent:
        case Kind::PackedSignature:
            // The replica is written in the store's lean form directly: no second pass to pack it.
            if (packed) {
                const QByteArray& v = packed->at(row);
                insert->bindBlobStatic(c, v.constData(), int(v.size()));
            } else {
                insert->bindBlob(c, packValue(rows, row, c, certificates));
            }
            break;
        }
    }
}

Result<ReplicaTable::Certificates> ReplicaTable::certificatesOf(Database& replica, const ServerRows& rows,
                                                                const QList<int>& which) const
{
    Certificates out;
    if (!m_kinds.contains(Kind::PackedSignature) || m_certificateIdIndex < 0)
        return out;
    QList<qint64> ids;
    for (int r : which) {
        if (!rows.isNull(r, m_certificateIdIndex))
            ids.append(rows.integer(r, m_certificateIdIndex));
    }
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    if (ids.isEmpty())
        return out;
    // A batch names a few signers' certificates (three a school): one read for the batch.
    return certificatesIn(replica, ids);
}

Result<ReplicaTable::Certificates> ReplicaTable::certificatesIn(Database& replica, const QList<qint64>& ids)
{
    Certificates out;
    auto q = ids.isEmpty()
                 ? replica.run(QStringLiteral("SELECT id, der FROM certificates"))
                 : replica.run(QStringLiteral("SELECT id, der FROM certificates WHERE id IN (SELECT value FROM "
                                              "json_each(?))"),
                               {sql::idList(ids, QLatin1Char('['), QLatin1Char(']'))});
    if (!q)
        return q.error();
    while ((*q)->next())
        out.insert((*q)->value(0).toLongLong(), (*q)->value(1).toByteArray());
    return out;
}

Status ReplicaTable::write(Database& replica, const ServerRows& rows) const
{
    QList<int> all(rows.size());
    std::iota(all.begin(), all.end(), 0);
    return write(replica, rows, all);
}

Status ReplicaTable::write(Database& replica, const ServerRows& rows, const QList<int>& which) const
{
    auto certificates = certificatesOf(replica, rows, which);
    if (!certificates)
        return certificates.error();
    SqliteStatement* update = replica.sqliteStatement(m_updateSql);
    if (!update->isValid())
        return update->exec(); // the prepare error, as a sentence
    QList<int> absent;
    for (int r : which) {
        bindRow(update, rows, r, *certificates, nullptr);
        update->bind(int(m_columns.size()), rows.integer(r, m_idIndex));
        if (auto s = update->exec(); !s)
            return s;
        if (update->changes() == 0)
            absent.append(r);
    }
    return writeRows(replica, rows, absent, *certificates, nullptr);
}

Status ReplicaTable::writeRows(Database& replica, const ServerRows& rows, const QList<int>& which,
                               const Certificates& certificates, const QList<QByteArray>* packed) const
{
    SqliteStatement* insert = replica.sqliteStatement(m_insertSql);
    if (!insert->isValid())
        return insert->exec(); // the prepare error, as a sentence
    for (int r : which) {
        if (auto s = writeRow(insert, rows, r, certificates, packed); !s)
            return s;
    }
    return {};
}

Result<QHash<qint64, qint64>> ReplicaTable::localRowVersions(Database& replica, const QList<qint64>& ids) const
{
    QHash<qint64, qint64> out;
    if (ids.isEmpty())
        return out;
    const QString versionColumn = hasRowVersion() ? QStringLiteral("row_version") : QStringLiteral("0");
    auto rows = sql::readAll<QPair<qint64, qint64>>(
        replica,
        QStringLiteral("SELECT id, %1 FROM %2 WHERE id IN (SELECT value FROM json_each(?))")
            .arg(versionColumn, sql::quotedName(m_name)),
        {sql::idList(ids, QLatin1Char('['), QLatin1Char(']'))},
        [](const QSqlQuery& q) { return QPair<qint64, qint64>(q.value(0).toLongLong(), q.value(1).toLongLong()); });
    if (!rows)
        return rows.error();
    out.reserve(rows->size());
    for (const auto& [id, version] : *rows)
        out.insert(id, version);
    return out;
}

Status ReplicaTable::removeLocal(Database& replica, const QList<qint64>& ids) const
{
    if (ids.isEmpty())
        return {};
    auto q = replica.run(
        QStringLiteral("DELETE FROM %1 WHERE id IN (SELECT value FROM json_each(?))").arg(sql::quotedName(m_name)),
        {sql::idList(ids, QLatin1Char('['), QLatin1Char(']'))});
    return q ? Status() : Status(q.error());
}

} // namespace hocbaso::store
