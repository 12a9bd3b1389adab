#pragma once

#include "core/Clock.h"
#include "core/Entities.h"
#include "store/Database.h"

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

// What every service needs: the store, the clock rules use, and the actor.
struct ServiceContext
{
    store::Database& db;
    const Clock& clock;
    Actor actor;
    // Set when the rules' date was given explicitly (`--today`): recorded in audit events.
    QDate ruleDateOverride;
};

} // namespace hocbaso::services
