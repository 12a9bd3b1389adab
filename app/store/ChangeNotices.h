#pragma once

#include "Database.h"

#include <QObject>
#include <QStringList>

namespace hocbaso::store {

// Word from the central server that data of the signed-in person's units changed (PostgreSQL's
// LISTEN/NOTIFY, schema 25), so that open windows refresh without polling. A notice says only that
// something changed in a unit the person may see: its channel is the person's unit's, and it carries
// nothing else.
//
// It listens on the connection it is given, in that connection's thread (the QPSQL driver watches
// the connection's socket while it is idle, and looks for notices after each statement). A hot
// standby cannot LISTEN: give it the primary's connection.
class ChangeNotices : public QObject
{
    Q_OBJECT
public:
    explicit ChangeNotices(Database& db, QObject* parent = nullptr);
    ~ChangeNotices() override;

    // Asks the server for the person's channels (hocbaso_my_channels()) and listens to them. Fails
    // on SQLite and on a server whose schema is older than 25; an empty list (a school's user) is
    // not a failure, and then nothing is heard.
    Status start();
    // Stops listening (sign-out). Safe to call when not listening.
    void stop();
    bool isListening() const { return !m_channels.isEmpty(); }
    QStringList channels() const { return m_channels; }

Q_SIGNALS:
    // Somebody else's change in one of the person's units was committed (their own connection's
    // changes are not told: the window that made them already shows them).
    void changed();

private:
    void onNotification(const QString& name, int source);

    Database& m_db;
    QStringList m_channels;
};

} // namespace hocbaso::store
