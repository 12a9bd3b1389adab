#include "ChangeNotices.h"

#include <QSqlDriver>

namespace hocbaso::store {

ChangeNotices::ChangeNotices(Database& db, QObject* parent) : QObject(parent), m_db(db) {}

ChangeNotices::~ChangeNotices()
{
    stop();
}

Status ChangeNotices::start()
{
    stop();
    if (!m_db.isPostgres())
        return Error::invalid(tr("Live updates need the central server."));
    auto rows = m_db.run(QStringLiteral("SELECT unnest(hocbaso_my_channels())"));
    if (!rows)
        return rows.error();
    QStringList channels;
    while ((*rows)->next())
        channels.append((*rows)->value(0).toString());
    QSqlDriver* driver = m_db.connection().driver();
    for (const QString& channel : std::as_const(channels)) {
        if (!driver->subscribeToNotification(channel)) {
            const Error e = m_db.storageError(driver->lastError(), tr("listening for changes"));
            for (const QString& done : std::as_const(m_channels))
                driver->unsubscribeFromNotification(done);
            m_channels.clear();
            return e;
        }
        m_channels.append(channel);
    }
    connect(driver, &QSqlDriver::notification, this,
            [this](const QString& name, QSqlDriver::NotificationSource source, const QVariant&) {
                onNotification(name, int(source));
            });
    return {};
}

void ChangeNotices::stop()
{
    QSqlDriver* driver = m_db.connection().driver();
    if (!driver)
        return;
    disconnect(driver, nullptr, this, nullptr);
    // A connection that is gone answers nothing; its subscriptions went with it.
    if (m_db.connection().isOpen())
        for (const QString& channel : std::as_const(m_channels))
            driver->unsubscribeFromNotification(channel);
    m_channels.clear();
}

void ChangeNotices::onNotification(const QString& name, int source)
{
    if (source == QSqlDriver::SelfSource || !m_channels.contains(name))
        return;
    Q_EMIT changed();
}

} // namespace hocbaso::store
