#include "Commands.h"

#include "core/DisplayDates.h"
#include "core/Statuses.h"
#include "services/AuditLog.h"
#include "services/DemoGenerator.h"
#include "services/SigningKeys.h"
#include "services/StoreBackup.h"
#include "services/StoreCompaction.h"
#include "services/StoreInfo.h"
#include "services/StoreSetup.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QSaveFile>

#include <csignal>

namespace hocbaso::cli {
namespace {

QJsonObject countsJson(const services::StoreCounts& c)
{
    return QJsonObject{{QStringLiteral("schema_version"), c.schemaVersion},
                       {QStringLiteral("units"), c.units},
                       {QStringLiteral("schools"), c.schools},
                       {QStringLiteral("students"), c.students},
                       {QStringLiteral("records"), c.records},
                       {QStringLiteral("certificates"), c.certificates},
                       {QStringLiteral("revocation_requests"), c.revocationRequests},
                       {QStringLiteral("users"), c.users},
                       {QStringLiteral("audit_events"), c.auditEvents}};
}

QJsonObject backupJson(const services::BackupResult& b)
{
    return QJsonObject{{QStringLiteral("file"), b.file},
                       {QStringLiteral("bytes"), b.bytes},
                       {QStringLiteral("schema_version"), b.schemaVersion},
                       {QStringLiteral("audit_ok"), b.auditOk},
                       {QStringLiteral("audit_events"), b.auditEvents}};
}

// Copies and restores hold every person's data (password verifiers included): the store's
// administrators and officers only (an officer works alone on a laptop's store or replica).
Status requireKeeper(const services::Actor& a)
{
    if (a.role == Role::Admin || a.role == Role::Officer)
        return {};
    return Error::refused(
        QCoreApplication::translate("hocbaso::cli", "Only administrators and officers back up or restore a store."));
}

} // namespace

int cmdBackup(CliContext& c)
{
    const bool daily = c.args().has(QStringLiteral("daily"));
    const QString to = c.args().value(QStringLiteral("to"));
    if (daily == !to.isEmpty())
        return c.usage(QCoreApplication::translate("hocbaso::cli", "Usage: hocbaso-cli backup --to FILE | --daily"));
    if (c.args().has(QStringLiteral("pg")))
        return c.fail(services::StoreBackup::notForPostgres());
    auto ws = c.workspace();
    if (!ws)
        return c.fail(ws.error());
    if (auto s = requireKeeper((*ws)->actor()); !s)
        return c.fail(s.error());
    std::optional<services::BackupResult> made;
    if (daily) {
        auto d = (*ws)->dailyBackup();
        if (!d)
            return c.fail(d.error());
        made = *d;
    } else {
        auto b = services::StoreBackup((*ws)->clock()).backup((*ws)->database(), to);
        if (!b)
            return c.fail(b.error());
        made = *b;
    }
    if (c.json())
        return c.printJson(made ? backupJson(*made) : QJsonObject{{QStringLiteral("file"), QJsonValue()}});
    if (!made) {
        c.out() << QCoreApplication::translate("hocbaso::cli", "Today's copy is there already in %1.")
                       .arg(services::StoreBackup::backupsFolder((*ws)->filePath()))
                << "\n";
        return Done;
    }
    c.out() << QCoreApplication::translate("hocbaso::cli", "Copied the store into %1 (%2 bytes, schema version %3).")
                   .arg(made->file)
                   .arg(made->bytes)
                   .arg(made->schemaVersion)
            << "\n"
            << (made->auditOk ? QCoreApplication::translate("hocbaso::cli", "Its audit log is intact.")
                              : QCoreApplication::translate("hocbaso::cli", "Its audit log does NOT verify."))
            << "\n";
    return Done;
}

int cmdRestore(CliContext& c)
{
    const QString from = c.args().value(QStringLiteral("from"));
    if (from.isEmpty())
        return c.usage(QCoreApplication::translate("hocbaso::cli", "Usage: hocbaso-cli restore --from FILE"));
    if (c.args().has(QStringLiteral("pg")))
        return c.fail(services::StoreBackup::notForPostgres());
    const QString storePath = c.sqlitePath();
    // Only someone who may work in the store replaces it; a store that is not there (a new
    // computer after the old one died) has nobody to ask.
    if (QFileInfo::exists(storePath)) {
        auto ws = c.workspace();
        if (!ws)
            return c.fail(ws.error());
        if (auto s = requireKeeper((*ws)->actor()); !s)
            return c.fail(s.error());
    }
    services::StoreBackup backup(c.clock());
    auto facts = backup.check(from);
    if (!facts)
        return c.fail(facts.error());
    if (!c.confirm(QCoreApplication::translate("hocbaso::cli", "%1 Put it in the place of the store %2?")
                       .arg(facts->description(), storePath)))
        return c.fail(Error::refused(
            QCoreApplication::translate("hocbaso::cli", "Not restored: confirm with --yes (nothing was changed).")));
    // The restore replaces the file: this program's own connection goes first.
    c.closeWorkspace();
    // Fault injection for the tests: HOCBASO_TEST_KILL_AT_RESTORE_STEP=N kills this process with
    // SIGKILL right after step N (0 checked, 1 held, 2 replaced), as kill -9 would.
    bool stepOk = false;
    const int killAt = qEnvironmentVariableIntValue("HOCBASO_TEST_KILL_AT_RESTORE_STEP", &stepOk);
    if (stepOk) {
        backup.setStepHook([killAt](services::RestoreStep s) {
            if (int(s) == killAt)
                std::raise(SIGKILL);
            return true;
        });
    }
    auto report = backup.restore(storePath, from);
    if (!report)
        return c.fail(report.error());
    if (c.json())
        return c.printJson(
            {{QStringLiteral("file"), report->file},
             {QStringLiteral("kept_as"), report->keptAs.isEmpty() ? QJsonValue() : QJsonValue(report->keptAs)},
             {QStringLiteral("taken_at"),
              report->takenAt.isValid() ? QJsonValue(report->takenAt.toUTC().toString(Qt::ISODate)) : QJsonValue()},
             {QStringLiteral("schema_version"), report->schemaVersion},
             {QStringLiteral("schools"), report->schools},
             {QStringLiteral("records"), report->records},
             {QStringLiteral("audit_events"), report->auditEvents},
             {QStringLiteral("replica"), report->replica},
             {QStringLiteral("message"), report->summary()}});
    c.out() << report->summary() << "\n";
    return Done;
}

int cmdCompact(CliContext& c)
{
    if (c.args().has(QStringLiteral("pg")))
        return c.fail(Error::refused(QCoreApplication::translate(
            "hocbaso::cli", "compact is for a SQLite store; PostgreSQL compresses large values itself.")));
    auto ws = c.workspace();
    if (!ws)
        return c.fail(ws.error());
    if (auto s = requireKeeper((*ws)->actor()); !s)
        return c.fail(s.error());
    services::StoreCompaction compaction((*ws)->database());
    // Fault injection for the tests: HOCBASO_TEST_KILL_AFTER_PACKED_BATCHES=N kills this process with
    // SIGKILL after N committed batches, as kill -9 would; HOCBASO_TEST_PACKING_BATCH sets their size.
    bool killSet = false;
    const int killAfter = qEnvironmentVariableIntValue("HOCBASO_TEST_KILL_AFTER_PACKED_BATCHES", &killSet);
    if (killSet) {
        compaction.setBatchHook([killAfter](int committed) {
            if (committed >= killAfter)
                std::raise(SIGKILL);
        });
    }
    bool batchSet = false;
    const int batch = qEnvironmentVariableIntValue("HOCBASO_TEST_PACKING_BATCH", &batchSet);
    // Progress on stderr, a line per whole percent, so that a long conversion shows it is alive.
    int lastPercent = -1;
    const bool quiet = c.json();
    auto report = compaction.run(
        [&](qint64 done, qint64 total) {
            const int percent = total > 0 ? int(done * 100 / total) : 100;
            if (!quiet && percent != lastPercent) {
                lastPercent = percent;
                c.err() << QCoreApplication::translate("hocbaso::cli", "Packing the store: %1%").arg(percent) << "\n";
                c.err().flush();
            }
            return true;
        },
        !c.args().has(QStringLiteral("no-vacuum")),
        batchSet && batch > 0 ? batch : services::StoreCompaction::kDefaultBatch);
    if (!report)
        return c.fail(report.error());
    if (c.json())
        return c.printJson({{QStringLiteral("packed"), report->packed},
                            {QStringLiteral("complete"), report->complete},
                            {QStringLiteral("vacuumed"), report->vacuumed},
                            {QStringLiteral("content_bytes_before"), report->contentBytesBefore},
                            {QStringLiteral("content_bytes_after"), report->contentBytesAfter},
                            {QStringLiteral("signatures_packed"), report->signaturesPacked},
                            {QStringLiteral("signature_bytes_before"), report->signatureBytesBefore},
                            {QStringLiteral("signature_bytes_after"), report->signatureBytesAfter},
                            {QStringLiteral("file_bytes_before"), report->fileBytesBefore},
                            {QStringLiteral("file_bytes_after"), report->fileBytesAfter}});
    c.out() << QCoreApplication::translate("hocbaso::cli",
                                           "Packed the content of %1 record version(s) and %2 signature(s); the store "
                                           "went from %3 to %4 bytes.")
                   .arg(report->packed)
                   .arg(report->signaturesPacked)
                   .arg(report->fileBytesBefore)
                   .arg(report->fileBytesAfter)
            << "\n";
    return Done;
}

int cmdInit(CliContext& c)
{
    auto ws = c.workspace(false);
    if (!ws)
        return c.fail(ws.error());
    auto version = (*ws)->schemaVersion();
    if (!version)
        return c.fail(version.error());
    // An empty store is a dead end without somebody to sign in: --admin makes the first one.
    const bool admin = c.args().has(QStringLiteral("admin"));
    if (admin) {
        if (const int code = addFirstAdministrator(c, (*ws)->context()); code != Done)
            return code;
    }
    const QString adminName = c.args().value(QStringLiteral("admin")).trimmed();
    if (c.json())
        return c.printJson({{QStringLiteral("schema_version"), *version},
                            {QStringLiteral("admin"), admin ? QJsonValue(adminName) : QJsonValue()}});
    c.out() << QCoreApplication::translate("hocbaso::cli", "The store is ready (schema version %1): %2")
                   .arg(*version)
                   .arg((*ws)->storeDescription())
            << "\n";
    if (admin)
        c.out() << QCoreApplication::translate("hocbaso::cli",
                                               "%1 is its administrator (of the whole store) and can now sign in.")
                       .arg(adminName)
                << "\n";
    return Done;
}

int cmdDemo(CliContext& c)
{
    services::DemoOptions o;
    auto seed = c.intOption(QStringLiteral("seed"), 1, 0, 2147483647);
    auto units = c.intOption(QStringLiteral("units"), 1, 1, 100);
    auto schools = c.intOption(QStringLiteral("schools"), 12, 1, 5000);
    auto students = c.intOption(QStringLiteral("students"), 3000, 0, 2000000);
    auto years = c.intOption(QStringLiteral("years"), 2, 1, 5);
    for (const auto* r : {&seed, &units, &schools, &students, &years}) {
        if (!*r)
            return c.fail(r->error());
    }
    o.seed = quint64(*seed);
    o.units = *units;
    o.schools = std::max(*schools, *units);
    o.students = *students;
    o.years = *years;
    o.password = c.args().value(QStringLiteral("password"), qEnvironmentVariable("HOCBASO_PASSWORD"));
    o.signatures = !c.args().has(QStringLiteral("no-signatures"));
    if (o.password.isEmpty())
        return c.usage(
            QCoreApplication::translate("hocbaso::cli", "demo needs --password P (the password of every demo user)."));
    auto ws = c.workspace(false);
    if (!ws)
        return c.fail(ws.error());
    o.keyFilePath = (*ws)->signingKeysPath();
    // Central store: every demo user signs in with a login role of their own.
    o.loginRoles = (*ws)->isCentral();
    services::DemoGenerator generator((*ws)->context(), o);
    auto summary = generator.run();
    if (!summary)
        return c.fail(summary.error());
    if (c.json()) {
        QJsonArray users;
        for (const auto& u : summary->users) {
            users.append(QJsonObject{
                {QStringLiteral("username"), u.username},
                {QStringLiteral("role"), toText(u.role)},
                {QStringLiteral("unit"), u.unitCode},
                {QStringLiteral("school"), u.schoolCode.isEmpty() ? QJsonValue() : QJsonValue(u.schoolCode)}});
        }
        QJsonArray tree;
        for (const Unit& u : summary->unitTree) {
            QString parent;
            for (const Unit& p : summary->unitTree) {
                if (p.id == u.parentId)
                    parent = p.code;
            }
            tree.append(QJsonObject{{QStringLiteral("code"), u.code},
                                    {QStringLiteral("name"), u.name},
                                    {QStringLiteral("level"), toText(u.level)},
                                    {QStringLiteral("parent"), parent.isEmpty() ? QJsonValue() : QJsonValue(parent)}});
        }
        return c.printJson({{QStringLiteral("units"), summary->units},
                            {QStringLiteral("unit_tree"), tree},
                            {QStringLiteral("schools"), summary->schools},
                            {QStringLiteral("students"), summary->students},
                            {QStringLiteral("records"), summary->records},
                            {QStringLiteral("certificates"), summary->certificates},
                            {QStringLiteral("revocation_requests"), summary->revocationRequests},
                            {QStringLiteral("users"), users}});
    }
    c.out() << QCoreApplication::translate(
                   "hocbaso::cli",
                   "Demo data created: %1 units, %2 schools, %3 pupils, %4 records, %5 certificates, %6 revocation "
                   "requests.")
                   .arg(summary->units)
                   .arg(summary->schools)
                   .arg(summary->students)
                   .arg(summary->records)
                   .arg(summary->certificates)
                   .arg(summary->revocationRequests)
            << "\n"
            << QCoreApplication::translate("hocbaso::cli", "Users (all with the password you gave):") << "\n";
    for (const auto& u : summary->users) {
        c.out() << "  " << u.username.leftJustified(10) << " " << label(u.role).leftJustified(16) << " " << u.unitCode
                << (u.schoolCode.isEmpty() ? QString() : QStringLiteral(" / ") + u.schoolCode) << "\n";
    }
    return Done;
}

int cmdInfo(CliContext& c)
{
    // Like every command but init, demo and cert inspect: only a signed-in user learns about the store.
    auto ws = c.workspace();
    if (!ws)
        return c.fail(ws.error());
    auto counts = services::storeCounts((*ws)->database());
    if (!counts)
        return c.fail(counts.error());
    // A store made before schema 28 until `compact` (or the window) has packed its record content.
    auto toPack = services::StoreCompaction((*ws)->database()).isNeeded();
    if (!toPack)
        return c.fail(toPack.error());
    if (c.json()) {
        QJsonObject o = countsJson(*counts);
        o.insert(QStringLiteral("content_packing_needed"), *toPack);
        return c.printJson(o);
    }
    c.out() << QCoreApplication::translate("hocbaso::cli", "Store: %1").arg((*ws)->storeDescription()) << "\n"
            << QCoreApplication::translate("hocbaso::cli", "Schema version: %1").arg(counts->schemaVersion) << "\n"
            << QCoreApplication::translate("hocbaso::cli", "Managing units: %1").arg(counts->units) << "\n"
            << QCoreApplication::translate("hocbaso::cli", "Schools: %1").arg(counts->schools) << "\n"
            << QCoreApplication::translate("hocbaso::cli", "Pupils: %1").arg(counts->students) << "\n"
            << QCoreApplication::translate("hocbaso::cli", "Records: %1").arg(counts->records) << "\n"
            << QCoreApplication::translate("hocbaso::cli", "Certificates: %1").arg(counts->certificates) << "\n"
            << QCoreApplication::translate("hocbaso::cli", "Revocation requests: %1").arg(counts->revocationRequests)
            << "\n"
            << QCoreApplication::translate("hocbaso::cli", "Users: %1").arg(counts->users) << "\n"
            << QCoreApplication::translate("hocbaso::cli", "Audit events: %1").arg(counts->auditEvents) << "\n";
    if (*toPack)
        c.out() << QCoreApplication::translate("hocbaso::cli",
                                               "Record content is not packed yet: hocbaso-cli compact makes the store "
                                               "smaller.")
                << "\n";
    return Done;
}

int cmdSchool(CliContext& c)
{
    const QString sub = c.args().words().value(1);
    if (sub == QLatin1String("list"))
        return listSchools(c);
    if (isSchoolAdminCommand(sub))
        return cmdSchoolAdmin(c);
    return c.usage(QCoreApplication::translate(
        "hocbaso::cli", "Usage: hocbaso-cli school list [--unit CODE] | school add|update|move|close CODE ..."));
}

int cmdAudit(CliContext& c)
{
    const QStringList& w = c.args().words();
    const QString sub = w.value(1);
    if (sub != QLatin1String("list") && sub != QLatin1String("verify"))
        return c.usage(QCoreApplication::translate("hocbaso::cli",
                                                   "Usage: hocbaso-cli audit list [--limit N] [--action A] [--user U] "
                                                   "[--since DATE] [--until DATE] [--entity E] [--csv FILE] | "
                                                   "audit verify"));
    auto ctx = c.context();
    if (!ctx)
        return c.fail(ctx.error());
    services::AuditLog log(**ctx);
    if (sub == QLatin1String("verify")) {
        auto v = log.verify();
        if (!v)
            return c.fail(v.error());
        if (c.json()) {
            c.printJson({{QStringLiteral("ok"), v->ok},
                         {QStringLiteral("events"), v->events},
                         {QStringLiteral("first_bad"), v->ok ? QJsonValue() : QJsonValue(v->firstBadId)},
                         {QStringLiteral("problem"), v->problem}});
        } else if (v->ok) {
            c.out() << QCoreApplication::translate("hocbaso::cli", "The audit log is intact: %n event(s).", nullptr,
                                                   int(v->events))
                    << "\n";
        } else {
            c.out() << QCoreApplication::translate("hocbaso::cli", "The audit log was altered: %1.").arg(v->problem)
                    << "\n";
        }
        return v->ok ? Done : Refused;
    }
    auto limit = c.intOption(QStringLiteral("limit"), 50, 1, 1000000);
    if (!limit)
        return c.fail(limit.error());
    const auto day = [&c](const QString& name) -> Result<QDate> {
        return c.args().has(name) ? c.dateOption(name) : Result<QDate>(QDate());
    };
    auto since = day(QStringLiteral("since"));
    if (!since)
        return c.fail(since.error());
    auto until = day(QStringLiteral("until"));
    if (!until)
        return c.fail(until.error());
    services::AuditLog::Filter filter;
    filter.action = c.args().value(QStringLiteral("action"));
    // The first --user is who signs in; a second one (or --actor) is whose events are listed.
    filter.actor = c.args().has(QStringLiteral("actor")) ? c.args().value(QStringLiteral("actor"))
                                                         : c.args().values(QStringLiteral("user")).value(1);
    filter.entity = c.args().value(QStringLiteral("entity"));
    filter.entityId = c.args().value(QStringLiteral("entity-id"));
    filter.since = *since;
    filter.until = *until;
    if (c.args().has(QStringLiteral("csv"))) {
        const QString path = c.args().value(QStringLiteral("csv"));
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return c.fail(Error::storage(
                QCoreApplication::translate("hocbaso::cli", "Cannot write %1: %2").arg(path, file.errorString())));
        filter.limit = 1000;
        auto written = log.writeCsv(filter, file, *limit);
        if (!written)
            return c.fail(written.error());
        if (!file.commit())
            return c.fail(Error::storage(
                QCoreApplication::translate("hocbaso::cli", "Cannot write %1: %2").arg(path, file.errorString())));
        if (c.json())
            return c.printJson({{QStringLiteral("file"), path}, {QStringLiteral("rows"), *written}});
        c.out() << QCoreApplication::translate("hocbaso::cli", "%n audit event(s) written to %1.", nullptr,
                                               int(*written))
                       .arg(path)
                << "\n";
        return Done;
    }
    filter.limit = *limit;
    auto page = log.list(filter);
    if (!page)
        return c.fail(page.error());
    const QList<AuditEvent>* events = &page->rows;
    if (c.json()) {
        QJsonArray rows;
        for (const AuditEvent& e : *events) {
            rows.append(
                QJsonObject{{QStringLiteral("id"), e.id},
                            {QStringLiteral("chain"), e.chain},
                            {QStringLiteral("seq"), e.seq},
                            {QStringLiteral("at"), e.at.toString(Qt::ISODateWithMs)},
                            {QStringLiteral("rule_date"),
                             e.ruleDate.isValid() ? QJsonValue(e.ruleDate.toString(Qt::ISODate)) : QJsonValue()},
                            {QStringLiteral("actor"), e.actor},
                            {QStringLiteral("action"), e.action},
                            {QStringLiteral("entity"), e.entity},
                            {QStringLiteral("entity_id"), e.entityId},
                            {QStringLiteral("detail"), e.detail},
                            {QStringLiteral("hash"), e.hash}});
        }
        return c.printJson({{QStringLiteral("rows"), rows}});
    }
    for (const AuditEvent& e : *events) {
        c.out() << text::dateTimeSecondsText(e.at) << "  " << e.actor.leftJustified(10) << " "
                << e.action.leftJustified(20) << " " << e.entity << " " << e.entityId << "\n";
    }
    return Done;
}

} // namespace hocbaso::cli
