#pragma once

#include "core/Clock.h"
#include "core/Entities.h"
#include "core/Hlc.h"
#include "store/Database.h"

#include <QHash>
#include <QJsonObject>
#include <QList>

#include <algorithm>

namespace hocbaso::store {
class ReadReplica;
}

namespace hocbaso::services {

// Who is acting. Rules and permissions are checked against this in the services, never only in
// the GUI.
struct Actor
{
    QString username;
    QString displayName;
    Role role = Role::Viewer;
    qint64 unitId = 0;
    qint64 schoolId = 0;
    bool system = false; // init, demo generation, migrations
    // The units the actor works on: their unit and every unit below it, sorted (units form a tree,
    // a Sở above its communes). Filled at sign-in (AuthService::actorFor with the store); empty
    // means the actor's own unit only.
    QList<qint64> unitScope;

    // Whether a school of `unit` is within the actor's reach: their unit or one below it. Actors of
    // no unit (store-wide administrators, the system) reach every unit.
    bool covers(qint64 unit) const
    {
        if (system || unitId <= 0)
            return true;
        if (unitScope.isEmpty())
            return unit == unitId;
        return std::binary_search(unitScope.cbegin(), unitScope.cend(), unit);
    }

    static Actor systemActor()
    {
        Actor a;
        a.username = QStringLiteral("system");
        a.displayName = QStringLiteral("system");
        a.role = Role::Admin;
        a.system = true;
        return a;
    }
};

// One action taken on an offline replica, as the services describe it for the outbox: what was
// done (intent), to which row (entity and key, and the row_version it had), with what the server
// needs to do the same (payload).
struct OfflineAction
{
    QString intent; // certificate.approve|reject|revoke, revocation.approve|reject, lock.set|clear
    QString entity; // certificate, revocation_request, lock_setting
    QString key;    // the row's id; unit/year/school/grade for lock dates
    int expectedRowVersion = 0;
    QJsonObject payload;
    QString hlc; // the action's stamp (lock dates: the one the row was given)
};

// The outbox of an offline replica (app/sync/ReplicaOutbox). Services that change the unit's data
// record each action through it in the transaction of the change itself, so that an action is
// never saved without its outbox row, nor the other way round.
class Outbox
{
public:
    virtual ~Outbox() = default;
    virtual Status record(const OfflineAction& action) = 0;
    // A stamp for a lock-date change: above `after` (the row's current stamp) and every stamp this
    // device has issued or seen (last writer wins, by these stamps).
    // Fails when the device's last stamp cannot be read or kept (a stamp must never repeat).
    virtual Result<HlcStamp> stamp(const QString& after) = 0;
};

// What every service needs: the store, the clock rules use, and the actor.
struct ServiceContext
{
    store::Database& db;
    const Clock& clock;
    Actor actor;
    // Set when the rules' date was given explicitly (`--today`): recorded in audit events.
    QDate ruleDateOverride;
    // Set when the store is an offline replica: changes are recorded for the next sync, and what
    // only the server can do (school-side actions, users, the trust store) is refused.
    Outbox* outbox = nullptr;
    // Added to the detail of every audit event written through this context (the sync puts the
    // operation's id and the time it was decided offline there).
    QJsonObject auditNote = {};
    // The sync applying pending operations again on a replica (they are in the outbox already).
    bool reapplying = false;
    // A read-only server (--pg-read, a streaming replica) for what is only shown; null: `db`.
    store::ReadReplica* readReplica = nullptr;
    // Added to the events of one row, by the row's key (entity id): the sync applying many operations
    // in one decision notes each operation on its own row's event.
    QHash<QString, QJsonObject> auditNotes = {};
};

// The connection for a read that only shows data (lookups, record details, lists, statistics): the
// read replica once it has this client's own changes, else `ctx.db`. What a decision or a change
// reads to decide is read from `ctx.db`, the primary, never from here.
store::Database& readDatabase(ServiceContext& ctx);

// Refuses what cannot be done on an offline replica.
Status requireOnline(const ServiceContext& ctx);
// Refuses a change of a replica through a context without its outbox (a worker thread that forgot
// it): the change would never reach the server.
Status requireOutboxOnReplica(const ServiceContext& ctx);

} // namespace hocbaso::services
