#include "LookupCode.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace hocbaso {
Result<QString> LookupCode::normalize(const QString& text)
{
    QString s = text.trimmed();
    if (s.startsWith(QLatin1Char('{')) && s.endsWith(QLatin1Char('}')))
        s = s.mid(1, s.size() - 2).trimmed();
    static const QRegularExpression re(
        QStringLiteral("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    if (!re.match(s).hasMatch())
        return Error::invalid(QCoreApplication::translate("hocbaso::LookupCode",
                                                          "\"%1\" is not a lookup code: a lookup code looks like "
                                                          "3f2b8c1e-5d4a-4e7b-9c2d-1a2b3c4d5e6f.")
                                  .arg(text.trimmed()));
    return s.toLower();
}

QString LookupCode::generate()
{
    return fromUuid(QUuid::createUuid());
}

QString LookupCode::fromUuid(const QUuid& uuid)
{
    return uuid.toString(QUuid::WithoutBraces).toLower();
}

Result<SchoolYear> SchoolYear::parse(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("^\\s*(\\d{4})\\s*-\\s*(\\d{4})\\s*$"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return Error::invalid(
            QCoreApplication::translate("hocbaso::LookupCode", "\"%1\" is not a school year; write it as 2025-2026.")
                .arg(text));
    const int a = m.captured(1).toInt(), b = m.captured(2).toInt();
    if (b != a + 1 || a < 2000 || a > 2100)
        return Error::invalid(
            QCoreApplication::translate("hocbaso::LookupCode", "\"%1\" is not a school year; write it as 2025-2026.")
                .arg(text));
    return SchoolYear{a};
}

SchoolYear SchoolYear::containing(QDate day)
{
    return SchoolYear{day.month() >= 8 ? day.year() : day.year() - 1};
}

QString SchoolYear::label() const
{
    return QStringLiteral("%1-%2").arg(startYear).arg(startYear + 1);
}

} // namespace hocbaso
