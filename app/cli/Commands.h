#pragma once

#include "CliContext.h"

namespace hocbaso::cli {

// One function per command family; each returns the exit code.
int cmdInit(CliContext& c);
int cmdDemo(CliContext& c);
int cmdInfo(CliContext& c);
int cmdSchool(CliContext& c);
int cmdAudit(CliContext& c);
int cmdLookup(CliContext& c);
int cmdRecord(CliContext& c);
// 6.1: certificates, the trust store and CRLs (CertCommands.cpp).
int cmdCert(CliContext& c);
int cmdTrust(CliContext& c);
int cmdCrl(CliContext& c);
int cmdRecordSchoolSide(CliContext& c, const QString& sub, const QString& lookupCode);
int cmdLock(CliContext& c);
int cmdRevocation(CliContext& c);
int cmdStats(CliContext& c);
// What needs the actor's attention (TodoCommands.cpp).
int cmdTodo(CliContext& c);
// Users: add, list, disable, enable, unlock (UserCommands.cpp).
int cmdUser(CliContext& c);
// `init --admin NAME`: the store-wide first administrator of a store without users; prints nothing.
int addFirstAdministrator(CliContext& c, services::ServiceContext& ctx);
// The organisation (UnitCommands.cpp): unit add|list|rename|move|close; school list and
// school add|update|move|close, which cmdSchool hands over.
int cmdUnit(CliContext& c);
bool isSchoolAdminCommand(const QString& sub);
int cmdSchoolAdmin(CliContext& c);
int listSchools(CliContext& c);
// Backups of a SQLite store: backup --to FILE | --daily, restore --from FILE (StoreCommands.cpp).
int cmdBackup(CliContext& c);
int cmdRestore(CliContext& c);
int cmdCompact(CliContext& c);
// Offline replicas: replica create, sync (SyncCommands.cpp).
int cmdReplica(CliContext& c);
int cmdSync(CliContext& c);

} // namespace hocbaso::cli
