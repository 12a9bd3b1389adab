#include "Savepoint.h"

namespace hocbaso::store {

Savepoint::Savepoint(Database& db) : m_db(db)
{
    if (m_db.transactionDepth() == 0) {
        m_beginStatus = Error::internal(QStringLiteral("a savepoint needs a transaction"));
        return;
    }
    m_failedBefore = m_db.transactionFailed();
    m_beginStatus = m_db.execDirect(QStringLiteral("SAVEPOINT hocbaso_step"));
    m_open = m_beginStatus.ok();
}

Savepoint::~Savepoint()
{
    if (m_open)
        logIfFailed(rollback(), "rolling back to a savepoint");
}

Status Savepoint::release()
{
    if (!m_open)
        return m_beginStatus.ok() ? Status(Error::internal(QStringLiteral("the savepoint is already closed")))
                                  : m_beginStatus;
    m_open = false;
    return m_db.execDirect(QStringLiteral("RELEASE SAVEPOINT hocbaso_step"));
}

Status Savepoint::rollback()
{
    if (!m_open)
        return {};
    m_open = false;
    // The name is reused by every step: ROLLBACK TO goes to the newest savepoint of that name,
    // which is this one (savepoints of this class are released or rolled back innermost first).
    if (auto s = m_db.execDirect(QStringLiteral("ROLLBACK TO SAVEPOINT hocbaso_step")); !s)
        return s;
    m_db.transactionFailed() = m_failedBefore;
    return m_db.execDirect(QStringLiteral("RELEASE SAVEPOINT hocbaso_step"));
}

} // namespace hocbaso::store
