#pragma once

#include "ServiceContext.h"

#include <QDate>
#include <QList>

namespace hocbaso::services {

// A lock date of 6.2 that falls soon: a school's grade stops receiving (or revoking) records then.
struct LockSoon
{
    enum class Kind
    {
        Receive,
        Revoke
    };
    QString schoolCode;
    QString schoolName;
    int grade = 1;
    int schoolYear = 0;
    Kind kind = Kind::Receive;
    QDate date;
};
QString toText(LockSoon::Kind kind); // receive | revoke

// What needs the actor's attention today, within the actor's units ("Việc cần làm").
struct TodoSummary
{
    qint64 pendingCertificates = 0;   // 6.1, status pending
    qint64 expiringCertificates = 0;  // 6.1, approved and expiring within expiryDays
    qint64 pendingRevocations = 0;    // 6.5, status pending
    qint64 schoolsBelowThreshold = 0; // 6.4, schools under thresholdPercent sent
    QList<LockSoon> locksSoon;        // 6.2, by date, then school and grade
    int schoolYear = 0;               // of the statistics and the lock dates
    int thresholdPercent = 0;
    int expiryDays = 0;
    int lockDays = 0;
    QDate today;
};

// Counts each item through the service whose list it summarises (CertificateReview, RevocationReview,
// Statistics, LockService), with that list's own filters, so that a line's number is what the
// tab it opens shows.
class TodoList
{
public:
    // Lock dates from today up to this many days ahead are listed.
    static constexpr int kLockHorizonDays = 14;

    explicit TodoList(ServiceContext& ctx) : m_ctx(ctx) {}
    // thresholdPercent: 6.4's marking share (Statistics::kDefaultLowSharePercent unless the caller
    // chose another).
    Result<TodoSummary> summary(int thresholdPercent = -1);
    // The summary's first and third lines alone (the tabs' counts).
    Result<qint64> pendingCertificates();
    Result<qint64> pendingRevocations();

private:
    ServiceContext& m_ctx;
};

} // namespace hocbaso::services
