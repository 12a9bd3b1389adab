#pragma once

#include "store/Database.h"

#include <QString>
#include <QStringList>

namespace hocbaso::workspace {

// Where to work: the local SQLite file, or a central PostgreSQL server. What the sign-in window
// remembers and the command line's --db/--pg name; never holds a password.
struct StoreLocation
{
    enum class Kind
    {
        Local,
        Server
    };

    Kind kind = Kind::Local;
    QString filePath;
    // Only `init` and `demo` make a new file: a mistyped path must not leave an empty store behind.
    bool createIfMissing = false;
    QString host;
    int port = 5432;
    QString database = QStringLiteral("hocbaso");
    // verify-full by default (ARCHITECTURE.md): the server's name must match its certificate.
    QString sslMode = QStringLiteral("verify-full");
    QString caFile; // empty: libpq's default (~/.postgresql/root.crt)
    // A server named by a whole libpq conninfo (the command line's --pg, an offline copy's origin);
    // host, port, database, sslMode and caFile are then not used.
    QString conninfo;
    // An optional read-only server (a streaming replica of this one) that lookups, record details,
    // lists and statistics read from; every change still goes to the server above. Named by host
    // and port (the rest as above), or by a whole conninfo (the command line's --pg-read).
    QString readHost;
    int readPort = 5432;
    QString readConninfo;

    static StoreLocation localFile(const QString& path, bool createIfMissing = false);
    static StoreLocation server(const QString& conninfo);

    bool isServer() const { return kind == Kind::Server; }
    // The connection for `username` (on a server: as their own login role; the password goes only
    // to the driver).
    store::ConnectionSpec toSpec(const QString& username = {}, const QString& password = {}) const;
    bool hasReadReplica() const
    {
        return isServer() && (!readConninfo.trimmed().isEmpty() || !readHost.trimmed().isEmpty());
    }
    // The read replica's connection for `username` (hasReadReplica() must hold).
    store::ConnectionSpec toReadSpec(const QString& username = {}, const QString& password = {}) const;
    // "file /path" or "server host:port/db", without secrets.
    QString describe() const { return toSpec().describe(); }
    static QStringList sslModes();

private:
    store::ConnectionSpec serverSpec(const QString& givenConninfo, const QString& hostName, int portNumber,
                                     const QString& username, const QString& password) const;
};

} // namespace hocbaso::workspace
