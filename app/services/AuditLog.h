#pragma once

#include "ServiceContext.h"

#include <QJsonObject>

#include <optional>

class QIODevice;

namespace hocbaso::services {

// The append-only audit log: one SHA-256 hash chain per managing unit,
// hash = SHA-256(prev_hash || canonical event). `verify` recomputes every chain.
class AuditLog
{
public:
    explicit AuditLog(ServiceContext& ctx) : m_ctx(ctx) {}

    // Appends within the caller's transaction (or its own when there is none).
    Status append(qint64 unitId, const QString& action, const QString& entity, const QString& entityId,
                  const QJsonObject& detail);

    struct Entry
    {
        qint64 unitId = 0;
        QString action;
        QString entity;
        QString entityId;
        QJsonObject detail;
    };
    // Several events in order, within the caller's transaction (or one of its own): each unit's
    // chain is locked and its head read once, however many events go onto it.
    Status appendAll(const QList<Entry>& entries);

    struct Verification
    {
        bool ok = true;
        qint64 events = 0;
        qint64 firstBadId = 0; // 0 when ok
        QString problem;       // a sentence naming what is wrong with the first bad event
    };
    // Store: every chain (`audit verify`). ActorUnits: the chains of the actor's units only (the
    // window: what the person may read), for administrators and officers.
    enum class Reach
    {
        Store,
        ActorUnits
    };
    Result<Verification> verify(Reach reach = Reach::Store);
    Result<QList<AuditEvent>> latest(int limit);

    // The log as administrators and officers read it, within their units (their unit and every unit
    // below it; a store-wide administrator reads every chain): newest first, page after page by
    // the key of the last row read, never by an offset.
    struct Cursor
    {
        QDateTime at;
        qint64 id = 0;
    };
    struct Filter
    {
        QString action; // exact; empty: any
        QString actor;  // a username, exact
        QString entity; // exact
        QString entityId;
        QDate since; // the first day, in local time; invalid: no bound
        QDate until; // the last day (included)
        int limit = 100;
        std::optional<Cursor> after; // the `next` of the page before
    };
    struct Page
    {
        QList<AuditEvent> rows;
        std::optional<Cursor> next; // set when more rows follow
    };
    Result<Page> list(const Filter& f);
    // Every row `list` gives for `f` (its limit is the page size), as UTF-8 CSV with a BOM; at most
    // `maxRows` rows when > 0. Returns how many rows were written.
    Result<qint64> writeCsv(const Filter& f, QIODevice& out, qint64 maxRows = 0);
    static QStringList csvHeader();
    // What an action or an entity of the log is called in the window ("Duyệt chứng thư số" for
    // certificate.approve); the identifier itself when it is not one the program writes.
    static QString actionTitle(const QString& action);
    static QString entityTitle(const QString& entity);

    static QByteArray canonical(const AuditEvent& e);
    static QString chainHash(const QString& prevHash, const AuditEvent& e);
    static QString genesisHash() { return QString(64, QLatin1Char('0')); }

private:
    ServiceContext& m_ctx;
};

} // namespace hocbaso::services
