#include "StoreLocation.h"

namespace hocbaso::workspace {
namespace {

// libpq conninfo values: quoted when they hold spaces or quotes.
QString conninfoValue(const QString& v)
{
    if (!v.isEmpty() && !v.contains(QLatin1Char(' ')) && !v.contains(QLatin1Char('\'')) &&
        !v.contains(QLatin1Char('\\')))
        return v;
    QString escaped = v;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

} // namespace

StoreLocation StoreLocation::localFile(const QString& path, bool createIfMissing)
{
    StoreLocation l;
    l.kind = Kind::Local;
    l.filePath = path;
    l.createIfMissing = createIfMissing;
    return l;
}

StoreLocation StoreLocation::server(const QString& conninfo)
{
    StoreLocation l;
    l.kind = Kind::Server;
    l.conninfo = conninfo;
    return l;
}

QStringList StoreLocation::sslModes()
{
    return {QStringLiteral("verify-full"), QStringLiteral("verify-ca"), QStringLiteral("require"),
            QStringLiteral("prefer"), QStringLiteral("disable")};
}

store::ConnectionSpec StoreLocation::toSpec(const QString& username, const QString& password) const
{
    if (kind == Kind::Local)
        return store::ConnectionSpec::sqlite(filePath, createIfMissing);
    return serverSpec(conninfo, host, port, username, password);
}

store::ConnectionSpec StoreLocation::toReadSpec(const QString& username, const QString& password) const
{
    return serverSpec(readConninfo, readHost, readPort, username, password);
}

store::ConnectionSpec StoreLocation::serverSpec(const QString& givenConninfo, const QString& hostName, int portNumber,
                                                const QString& username, const QString& password) const
{
    QString info = givenConninfo;
    if (info.isEmpty()) {
        QStringList parts{QStringLiteral("host=") + conninfoValue(hostName.trimmed()),
                          QStringLiteral("port=") + QString::number(portNumber),
                          QStringLiteral("dbname=") + conninfoValue(database.trimmed()),
                          QStringLiteral("sslmode=") + conninfoValue(sslMode),
                          // A sign-in must not hang on an unreachable server.
                          QStringLiteral("connect_timeout=10")};
        if (!caFile.trimmed().isEmpty())
            parts.append(QStringLiteral("sslrootcert=") + conninfoValue(caFile.trimmed()));
        info = parts.join(QLatin1Char(' '));
    }
    store::ConnectionSpec spec = store::ConnectionSpec::postgres(info);
    spec.userName = username.trimmed();
    spec.password = password;
    return spec;
}

} // namespace hocbaso::workspace
