#pragma once

#include "Database.h"

namespace hocbaso::store {

// A savepoint inside the caller's transaction: rolling back to it undoes what was done since, and
// the transaction goes on as it was then (a failed statement, or a nested Transaction that rolled
// back, no longer makes the outer commit fail). Rolls back in its destructor unless released. The
// sync applies a batch of operations in one transaction, each behind its own savepoint, so that
// one refused operation does not take its batch-mates with it.
class Savepoint
{
public:
    explicit Savepoint(Database& db);
    ~Savepoint();
    Savepoint(const Savepoint&) = delete;
    Savepoint& operator=(const Savepoint&) = delete;

    bool isOpen() const { return m_open; }
    Status status() const { return m_beginStatus; }
    Status release();
    Status rollback();

private:
    Database& m_db;
    bool m_open = false;
    bool m_failedBefore = false;
    Status m_beginStatus;
};

} // namespace hocbaso::store
