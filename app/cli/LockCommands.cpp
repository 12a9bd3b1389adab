#include "Commands.h"

#include "core/LookupCode.h"
#include "services/LockService.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace hocbaso::cli {
namespace {

// Grades given as --grade N (repeatable); a wrong one is refused (exit 1) with the service's words.
Result<QList<int>> grades(const Arguments& a)
{
    QList<int> out;
    for (const QString& g : a.values(QStringLiteral("grade"))) {
        bool ok = false;
        const int n = g.toInt(&ok);
        if (!ok)
            return Error::invalid(
                QCoreApplication::translate("hocbaso::cli", "\"%1\" is not a grade; grades are 1 to 5.").arg(g));
        out.append(n);
    }
    if (auto s = services::LockService::validateGrades(out); !s)
        return s.error();
    return out;
}

Result<std::optional<int>> year(const Arguments& a)
{
    if (!a.has(QStringLiteral("year")))
        return std::optional<int>();
    auto y = SchoolYear::parse(a.value(QStringLiteral("year")));
    if (!y)
        return y.error();
    return std::optional<int>(y->startYear);
}

QJsonValue orNull(const QString& s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

QJsonValue iso(const QDate& d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
}

} // namespace

int cmdLock(CliContext& c)
{
    const Arguments& a = c.args();
    const QString sub = a.words().value(1);
    if (sub != QLatin1String("set") && sub != QLatin1String("clear") && sub != QLatin1String("show"))
        return c.usage(QCoreApplication::translate(
            "hocbaso::cli", "Usage: hocbaso-cli lock set (--all | --school CODE...) [--grade N...] [--year Y] "
                            "[--receive DATE] [--revoke DATE] | lock clear --school CODE [--grade N...] [--year Y] | "
                            "lock show [--school CODE] [--year Y]"));
    auto g = grades(a);
    if (!g)
        return c.fail(g.error());
    auto y = year(a);
    if (!y)
        return c.fail(y.error());
    auto ctx = c.context();
    if (!ctx)
        return c.fail(ctx.error());
    services::LockService locks(**ctx);

    if (sub == QLatin1String("set")) {
        services::LockChange change;
        change.allSchools = a.has(QStringLiteral("all"));
        // "--school A B C" and "--school A --school B" both name several schools.
        change.schoolCodes = a.values(QStringLiteral("school")) + a.words().mid(2);
        change.grades = *g;
        change.schoolYear = *y;
        for (const char* name : {"receive", "revoke"}) {
            const QString opt = QString::fromLatin1(name);
            if (!a.has(opt))
                continue;
            auto d = c.dateOption(opt);
            if (!d)
                return c.fail(d.error());
            (opt == QLatin1String("receive") ? change.receive : change.revoke) = *d;
        }
        if (auto s = locks.set(change, [&](const QString& q) { return c.confirm(q); }); !s)
            return c.fail(s.error());
        if (c.json())
            return c.printJson({{QStringLiteral("ok"), true}});
        c.out() << QCoreApplication::translate("hocbaso::cli", "Saved.") << "\n";
        return Done;
    }
    if (sub == QLatin1String("clear")) {
        const QStringList schools = a.values(QStringLiteral("school")) + a.words().mid(2);
        if (schools.isEmpty())
            return c.usage(QCoreApplication::translate("hocbaso::cli", "lock clear needs --school CODE."));
        for (const QString& code : schools) {
            if (auto s = locks.clear(code, *g, *y); !s)
                return c.fail(s.error());
        }
        if (c.json())
            return c.printJson({{QStringLiteral("ok"), true}});
        c.out() << QCoreApplication::translate("hocbaso::cli", "The schools follow the unit-wide setting again.")
                << "\n";
        return Done;
    }
    const int schoolYear = y->value_or(locks.defaultYear());
    auto rows = locks.effective(schoolYear, a.value(QStringLiteral("school")));
    if (!rows)
        return c.fail(rows.error());
    if (c.json()) {
        QJsonArray out;
        for (const services::EffectiveLock& e : *rows) {
            out.append(QJsonObject{
                {QStringLiteral("school"), e.schoolCode},
                {QStringLiteral("school_name"), e.schoolName},
                {QStringLiteral("grade"), e.grade},
                {QStringLiteral("year"), SchoolYear{e.schoolYear}.label()},
                {QStringLiteral("receive"), iso(e.receive)},
                {QStringLiteral("revoke"), iso(e.revoke)},
                {QStringLiteral("source"),
                 e.source == services::LockSource::None ? QJsonValue() : QJsonValue(services::toText(e.source))},
                {QStringLiteral("receive_source"), e.receiveSource == services::LockSource::None
                                                       ? QJsonValue()
                                                       : QJsonValue(services::toText(e.receiveSource))},
                {QStringLiteral("revoke_source"), e.revokeSource == services::LockSource::None
                                                      ? QJsonValue()
                                                      : QJsonValue(services::toText(e.revokeSource))},
                {QStringLiteral("receive_source_unit"), orNull(e.receiveUnitCode)},
                {QStringLiteral("revoke_source_unit"), orNull(e.revokeUnitCode)}});
        }
        return c.printJson({{QStringLiteral("rows"), out}});
    }
    c.out()
        << QCoreApplication::translate("hocbaso::cli", "Lock dates, school year %1").arg(SchoolYear{schoolYear}.label())
        << "\n";
    for (const services::EffectiveLock& e : *rows) {
        c.out() << e.schoolCode.leftJustified(9) << " "
                << QCoreApplication::translate("hocbaso::cli", "grade %1").arg(e.grade).leftJustified(8) << " "
                << QCoreApplication::translate("hocbaso::cli", "receive: %1")
                       .arg(e.receive.isValid() ? e.describeReceive()
                                                : QCoreApplication::translate("hocbaso::cli", "none"))
                       .leftJustified(44)
                << " "
                << QCoreApplication::translate("hocbaso::cli", "revoke: %1")
                       .arg(e.revoke.isValid() ? e.describeRevoke()
                                               : QCoreApplication::translate("hocbaso::cli", "none"))
                << "\n";
    }
    return Done;
}

} // namespace hocbaso::cli
