// school_import_10k_s: a school list of 10,000 schools (CLI.md "School import files") planned and
// written through SchoolImport, as an administrator of the Sở, into a scratch store of its own (the
// measured dataset is never written to). The list names the communes of the dataset (a province
// of 100 communes when the dataset has none), so the rows spread over the units as a real list
// does. school_import_again_s: the same file once more, which changes nothing.
// bare: the same 10,000 rows inserted with one prepared statement in one transaction (no checks,
// no audit), rolled back.

#include "Bench.h"

#include "core/Clock.h"
#include "core/VietnameseText.h"
#include "services/SchoolImport.h"
#include "services/StoreSetup.h"
#include "services/UnitAdmin.h"
#include "store/UnitRepository.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

namespace hocbaso::bench {
namespace {

constexpr int kSchools = 10000;
constexpr int kCommunes = 100;

struct Province
{
    Unit so;
    QList<Unit> communes;
};

// The dataset's Sở (a unit at the top) and the communes below it; a made-up province without them.
Province provinceOf(store::Database& dataset)
{
    Province p;
    auto units = store::UnitRepository(dataset).all();
    if (units) {
        for (const Unit& u : *units) {
            if (u.parentId == 0 && u.level == UnitLevel::So && p.so.code.isEmpty())
                p.so = u;
        }
        for (const Unit& u : *units) {
            if (!p.so.code.isEmpty() && u.parentId == p.so.id && !u.closedAt.isValid())
                p.communes.append(u);
        }
    }
    if (p.so.code.isEmpty() || p.communes.isEmpty()) {
        p.so = Unit{};
        p.so.code = QStringLiteral("SGD");
        p.so.name = QStringLiteral("Sở GD&ĐT Bình Định");
        p.communes.clear();
        for (int i = 1; i <= kCommunes; ++i) {
            Unit c;
            c.code = QStringLiteral("XA%1").arg(i, 2, 10, QLatin1Char('0'));
            c.name = QStringLiteral("UBND xã Số %1").arg(i);
            p.communes.append(c);
        }
    }
    return p;
}

QString csvField(const QString& s)
{
    if (!s.contains(QLatin1Char(',')) && !s.contains(QLatin1Char('"')))
        return s;
    QString q = s;
    q.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

// 10,000 rows in the Vietnamese headers of CLI.md, one private school in eight, spread over the
// communes in turn.
bool writeSchoolList(const QString& path, const QList<Unit>& communes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    static const QStringList kPlaces{QStringLiteral("Hòa Bình"),  QStringLiteral("Tân Tiến"),
                                     QStringLiteral("Đông Hưng"), QStringLiteral("Quảng Phú"),
                                     QStringLiteral("Nhơn Hải"),  QStringLiteral("Phước Lộc"),
                                     QStringLiteral("Cát Tiến"),  QStringLiteral("Mỹ Châu")};
    QString text = QStringLiteral("Mã trường,Tên trường,Đơn vị quản lý,Loại hình,Mã số thuế,Địa chỉ\n");
    for (int i = 0; i < kSchools; ++i) {
        const Unit& unit = communes.at(i % communes.size());
        const bool priv = i % 8 == 5;
        const QString place = kPlaces.at(i % kPlaces.size());
        const QString name =
            (priv ? QStringLiteral("Trường Tiểu học Tư thục %1 số %2") : QStringLiteral("Trường Tiểu học %1 số %2"))
                .arg(place)
                .arg(i / kPlaces.size() + 1);
        text += QStringLiteral("BI%1,%2,%3,%4,%5,%6\n")
                    .arg(i + 1, 5, 10, QLatin1Char('0'))
                    .arg(csvField(name), unit.code, priv ? QStringLiteral("Tư thục") : QStringLiteral("Công lập"),
                         QStringLiteral("03%1").arg(10000000 + i),
                         csvField(QStringLiteral("Thôn %1, %2").arg(i % 17 + 1).arg(unit.name)));
    }
    return f.write(text.toUtf8()) > 0;
}

QList<Figure> run(BenchEnv& env)
{
    QTextStream err(stderr);
    SystemClock clock;
    const Province province = provinceOf(env.db);
    QTemporaryDir dir;
    if (!dir.isValid()) {
        err << "school_import: no temporary folder\n";
        return {};
    }
    auto opened =
        services::StoreSetup::open(store::ConnectionSpec::sqlite(dir.filePath(QStringLiteral("import.sqlite"))), clock);
    if (!opened) {
        err << "school_import: " << opened.errorString() << "\n";
        return {};
    }
    store::Database& db = **opened;

    // The province's units, added as the system would (not measured).
    services::ServiceContext system{db, clock, services::Actor::systemActor(), {}};
    services::UnitAdmin unitAdmin(system);
    auto so = unitAdmin.addUnit(province.so.code, province.so.name, UnitLevel::So, {});
    mustSucceed(so, "adding the Sở");
    for (const Unit& c : province.communes)
        mustSucceed(
            unitAdmin.addUnit(c.code, c.name, c.level == UnitLevel::Phong ? UnitLevel::Phong : UnitLevel::Xa, so->code),
            "adding a commune");

    // The Sở's administrator, whose reach is the Sở and its communes.
    services::Actor admin;
    admin.username = QStringLiteral("bench_admin");
    admin.displayName = QStringLiteral("Bench administrator");
    admin.role = Role::Admin;
    admin.unitId = so->id;
    auto scope = store::UnitRepository(db).subtree(so->id);
    mustSucceed(scope, "reading the Sở's units");
    admin.unitScope = *scope;
    services::ServiceContext ctx{db, clock, admin, {}};

    const QString file = dir.filePath(QStringLiteral("truong.csv"));
    if (!writeSchoolList(file, province.communes)) {
        err << "school_import: the school list could not be written\n";
        return {};
    }

    // Bare: the rows as plain inserts in one transaction, rolled back so that the import starts on
    // an empty list.
    double bareSeconds = 0;
    {
        auto table = services::readSchoolImportFile(file);
        QHash<QString, qint64> unitIds;
        for (qint64 id : *scope) {
            auto u = store::UnitRepository(db).byId(id);
            if (u && u->has_value())
                unitIds.insert((*u)->code, id);
        }
        QElapsedTimer t;
        t.start();
        mustSucceed(db.execDirect(QStringLiteral("BEGIN IMMEDIATE")), "BEGIN");
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral(
            "INSERT INTO schools (code, name, name_folded, name_sort, unit_id, ownership, tax_code, address) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        for (const services::SchoolImportRow& r : table.rows) {
            q.addBindValue(r.code);
            q.addBindValue(r.name);
            q.addBindValue(text::fold(r.name));
            q.addBindValue(text::textSortKey(r.name));
            q.addBindValue(unitIds.value(r.unitCode));
            q.addBindValue(toText(r.ownership));
            q.addBindValue(r.taxCode);
            q.addBindValue(r.address);
            if (!q.exec())
                qFatal("bench: bare insert failed: %s", qPrintable(q.lastError().text()));
        }
        q.finish();
        bareSeconds = double(t.nsecsElapsed()) / 1e9;
        mustSucceed(db.execDirect(QStringLiteral("ROLLBACK")), "ROLLBACK");
    }

    services::SchoolImport import(ctx);
    int progressCalls = 0, lastDone = -1;
    const auto progress = [&](int done, int total) {
        ++progressCalls;
        lastDone = done;
        Q_UNUSED(total);
        return true;
    };
    auto importOnce = [&](const char* what, services::SchoolImportPlan* kept) {
        QElapsedTimer t;
        t.start();
        auto plan = import.plan(file);
        mustSucceed(plan, what);
        if (!plan->canApply())
            qFatal("bench: %s: the plan has %d error(s), the first: %s", what, int(plan->errors.size()),
                   qPrintable(plan->errors.first().message));
        mustSucceed(import.apply(*plan, progress), what);
        const double seconds = double(t.nsecsElapsed()) / 1e9;
        if (kept)
            *kept = *plan;
        return seconds;
    };

    services::SchoolImportPlan first, again;
    const double firstSeconds = importOnce("importing the school list", &first);
    const int firstProgressCalls = progressCalls;
    const double againSeconds = importOnce("importing the school list again", &again);
    if (first.added != kSchools || again.unchanged != kSchools)
        qFatal("bench: the import added %d schools (expected %d), then left %d unchanged", first.added, kSchools,
               again.unchanged);

    err << QStringLiteral("school_import: %1 schools over %2 units of %3 as %4: %5 s (progress told %6 times, "
                          "last %7); again %8 s; bare inserts %9 s\n")
               .arg(first.added)
               .arg(province.communes.size())
               .arg(province.so.code, admin.username)
               .arg(firstSeconds, 0, 'f', 3)
               .arg(firstProgressCalls)
               .arg(lastDone)
               .arg(againSeconds, 0, 'f', 3)
               .arg(bareSeconds, 0, 'f', 3);
    return {Figure{QStringLiteral("school_import_10k_s"), firstSeconds, QStringLiteral("s"), bareSeconds, {}},
            Figure{QStringLiteral("school_import_again_s"), againSeconds, QStringLiteral("s"), {}, {}}};
}

Registration schoolImport(QStringLiteral("school_import"), run);

} // namespace
} // namespace hocbaso::bench
