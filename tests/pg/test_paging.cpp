// Keyset paging of the 6.1 certificate list and the 6.5 revocation request list, on SQLite and
// PostgreSQL: reading page after page gives exactly the unpaged list (no row twice, none
// skipped), with ties in the sort key, and while rows are decided between two pages; the ids a
// select-all reads are those of the decidable rows of the list, in its order.

#include "support/DemoStore.h"

#include "services/CertificateReview.h"
#include "services/RevocationReview.h"
#include "store/RevocationRepository.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace hocbaso;
using hocbaso::test::TestStore;

namespace {

class Paging : public ::testing::TestWithParam<store::Dialect>
{
protected:
    void SetUp() override
    {
        QString why;
        m_store = TestStore::create(GetParam(), &why);
        if (!m_store) {
            if (GetParam() == store::Dialect::Sqlite || TestStore::postgresRequired())
                FAIL() << why.toStdString();
            GTEST_SKIP() << why.toStdString();
        }
        auto demo = test::fillWithDemo(*m_store, 6, 300, false);
        ASSERT_TRUE(demo.ok()) << demo.errorString().toStdString();
        addTiedRequests();
        addTiedCertificates();
    }

    services::ServiceContext& ctx() { return m_store->context(); }

    // Several requests about one record (one pending, the others rejected earlier), and requests
    // of twelve records made at the same moments: ties broken only by the id.
    void addTiedRequests()
    {
        QSqlQuery q(m_store->db().connection());
        ASSERT_TRUE(q.exec(QStringLiteral(
            "SELECT r.id, r.version FROM records r WHERE r.status = 'sent' AND NOT EXISTS (SELECT 1 FROM "
            "revocation_requests x WHERE x.record_id = r.id) ORDER BY r.school_id DESC, r.id LIMIT 12")));
        QList<QPair<qint64, int>> records;
        while (q.next())
            records.append({q.value(0).toLongLong(), q.value(1).toInt()});
        q.finish();
        ASSERT_EQ(records.size(), 12);
        store::RevocationRepository repo(m_store->db());
        const QDateTime now = m_store->clock().now();
        for (const auto& [record, version] : records) {
            for (int i = 0; i < 3; ++i) {
                RevocationRequest r;
                r.recordId = record;
                r.recordVersion = version;
                r.reason = QStringLiteral("Sai điểm %1").arg(i);
                r.requestedAt = now.addSecs(-3600 * (3 - i));
                r.requestedBy = QStringLiteral("school");
                r.status = i < 2 ? RevocationStatus::Rejected : RevocationStatus::Pending;
                if (i < 2) {
                    r.decidedAt = now.addSecs(-1800 * (3 - i));
                    r.decidedBy = QStringLiteral("canbo2");
                    r.decisionNote = QStringLiteral("Không đúng");
                }
                auto id = repo.insert(r);
                ASSERT_TRUE(id.ok()) << id.errorString().toStdString();
            }
        }
    }

    // More registrations of schools that have some: ties in the school's key.
    void addTiedCertificates()
    {
        store::CertificateRepository repo(m_store->db());
        auto rows = repo.reviewRows({});
        ASSERT_TRUE(rows.ok());
        ASSERT_FALSE(rows->isEmpty());
        int added = 0;
        for (const auto& row : std::as_const(*rows)) {
            if (added == 8)
                break;
            CertificateRegistration c = row.registration;
            c.status = added % 2 ? CertificateStatus::Pending : CertificateStatus::Rejected;
            c.decidedAt = c.status == CertificateStatus::Pending ? QDateTime() : m_store->clock().now();
            c.decidedBy = c.status == CertificateStatus::Pending ? QString() : QStringLiteral("canbo2");
            c.decisionReason = c.status == CertificateStatus::Pending ? QString() : QStringLiteral("Sai");
            // Another digest: one live registration per school and certificate (certificates_one_live).
            c.sha256 = QStringLiteral("%1").arg(added, 64, 10, QLatin1Char('0'));
            auto id = repo.insert(c);
            ASSERT_TRUE(id.ok()) << id.errorString().toStdString();
            ++added;
        }
    }

    // Pages of `limit` rows until one comes back short, with `between` run after the first page.
    QList<qint64> certificatePages(services::CertificateQuery q, int limit, const std::function<void()>& between = {})
    {
        QList<qint64> ids;
        q.limit = limit;
        q.withChecks = false;
        for (int page = 0; page < 1000; ++page) {
            auto rows = services::CertificateReview(ctx()).list(q);
            EXPECT_TRUE(rows.ok()) << rows.errorString().toStdString();
            if (!rows)
                break;
            for (const services::CertificateView& v : std::as_const(*rows))
                ids.append(v.registration.id);
            if (rows->size() < limit)
                break;
            q.afterSchoolSort = rows->constLast().schoolSort;
            q.afterId = rows->constLast().registration.id;
            EXPECT_FALSE(q.afterSchoolSort.isNull());
            if (page == 0 && between)
                between();
        }
        return ids;
    }

    QList<qint64> requestPages(services::RevocationReview::Filter f, int limit,
                               const std::function<void()>& between = {})
    {
        QList<qint64> ids;
        f.limit = limit;
        f.after.reset();
        for (int page = 0; page < 1000; ++page) {
            auto rows = services::RevocationReview(ctx()).list(f);
            EXPECT_TRUE(rows.ok()) << rows.errorString().toStdString();
            if (!rows)
                break;
            for (const RevocationListing& l : std::as_const(*rows))
                ids.append(l.request.id);
            if (rows->size() < limit)
                break;
            f.after = rows->constLast();
            if (page == 0 && between)
                between();
        }
        return ids;
    }

    std::unique_ptr<TestStore> m_store;
};

QList<qint64> idsOf(const QList<services::CertificateView>& rows)
{
    QList<qint64> ids;
    for (const services::CertificateView& v : rows)
        ids.append(v.registration.id);
    return ids;
}

QList<qint64> idsOf(const QList<RevocationListing>& rows)
{
    QList<qint64> ids;
    for (const RevocationListing& l : rows)
        ids.append(l.request.id);
    return ids;
}

TEST_P(Paging, CertificatePagesGiveTheWholeListInOrder)
{
    for (const std::optional<CertificateStatus>& status :
         {std::optional<CertificateStatus>(), std::optional<CertificateStatus>(CertificateStatus::Pending)}) {
        services::CertificateQuery q;
        q.status = status;
        q.withChecks = false;
        auto whole = services::CertificateReview(ctx()).list(q);
        ASSERT_TRUE(whole.ok()) << whole.errorString().toStdString();
        const QList<qint64> expected = idsOf(*whole);
        ASSERT_GT(expected.size(), 8);
        // Ties: rows of one school share the first part of the key.
        bool tied = false;
        for (qsizetype i = 1; i < whole->size(); ++i)
            tied = tied || whole->at(i).schoolSort == whole->at(i - 1).schoolSort;
        EXPECT_TRUE(tied);
        for (int limit : {1, 2, 3, 7, 1000})
            EXPECT_EQ(certificatePages(q, limit), expected) << "pages of " << limit;
    }
    // A school filter pages the same way.
    services::CertificateQuery some;
    some.schoolSearch = QStringLiteral("tieu hoc");
    some.withChecks = false;
    auto whole = services::CertificateReview(ctx()).list(some);
    ASSERT_TRUE(whole.ok());
    EXPECT_EQ(certificatePages(some, 2), idsOf(*whole));
}

TEST_P(Paging, CertificatesDecidedBetweenPagesNeitherRepeatNorPushOthersOut)
{
    services::CertificateQuery pending;
    pending.status = CertificateStatus::Pending;
    pending.withChecks = false;
    auto whole = services::CertificateReview(ctx()).list(pending);
    ASSERT_TRUE(whole.ok());
    const QList<qint64> before = idsOf(*whole);
    ASSERT_GT(before.size(), 6);
    // After the first page of 3: one row already read and one not read yet are decided.
    const qint64 read = before.at(1), later = before.at(4);
    const QList<qint64> paged = certificatePages(pending, 3, [&] {
        auto r = services::CertificateReview(ctx()).reject({read, later}, QStringLiteral("Sai tên trường"));
        ASSERT_TRUE(r.ok()) << r.errorString().toStdString();
        ASSERT_EQ(r->decided.size(), 2);
    });
    QList<qint64> expected = before;
    expected.removeOne(later);
    EXPECT_EQ(paged, expected);
}

TEST_P(Paging, DecidableCertificateIdsAreThoseOfTheList)
{
    for (const std::optional<CertificateStatus>& status :
         {std::optional<CertificateStatus>(), std::optional<CertificateStatus>(CertificateStatus::Approved),
          std::optional<CertificateStatus>(CertificateStatus::Rejected)}) {
        services::CertificateQuery q;
        q.status = status;
        q.withChecks = false;
        auto whole = services::CertificateReview(ctx()).list(q);
        ASSERT_TRUE(whole.ok());
        QList<QPair<qint64, CertificateStatus>> expected;
        for (const services::CertificateView& v : std::as_const(*whole)) {
            if (v.registration.status == CertificateStatus::Pending ||
                v.registration.status == CertificateStatus::Approved)
                expected.append({v.registration.id, v.registration.status});
        }
        auto ids = services::CertificateReview(ctx()).decidableIds(q);
        ASSERT_TRUE(ids.ok()) << ids.errorString().toStdString();
        EXPECT_EQ(*ids, expected);
        if (status == CertificateStatus::Rejected) {
            EXPECT_TRUE(ids->isEmpty());
        }
    }
}

TEST_P(Paging, RequestPagesGiveTheWholeListInOrder)
{
    for (const std::optional<RevocationStatus>& status :
         {std::optional<RevocationStatus>(), std::optional<RevocationStatus>(RevocationStatus::Pending),
          std::optional<RevocationStatus>(RevocationStatus::Rejected)}) {
        services::RevocationReview::Filter f;
        f.status = status;
        auto whole = services::RevocationReview(ctx()).list(f);
        ASSERT_TRUE(whole.ok()) << whole.errorString().toStdString();
        const QList<qint64> expected = idsOf(*whole);
        ASSERT_GT(expected.size(), 10);
        // The oldest request first, whichever school sent it; requests of one moment by id.
        bool tied = false;
        for (qsizetype i = 1; i < whole->size(); ++i) {
            const RevocationRequest &a = whole->at(i - 1).request, &b = whole->at(i).request;
            EXPECT_TRUE(a.requestedAt < b.requestedAt || (a.requestedAt == b.requestedAt && a.id < b.id))
                << a.id << " before " << b.id;
            tied = tied || a.requestedAt == b.requestedAt;
        }
        if (!status) {
            EXPECT_TRUE(tied) << "the tied requests of the fixture";
        }
        for (int limit : {1, 2, 3, 7, 1000})
            EXPECT_EQ(requestPages(f, limit), expected) << "pages of " << limit;
    }
    // One grade of one school pages the same way.
    auto one = services::RevocationReview(ctx()).list({});
    ASSERT_TRUE(one.ok());
    ASSERT_FALSE(one->isEmpty());
    services::RevocationReview::Filter f;
    f.schoolCode = one->first().schoolCode;
    f.grade = one->first().grade;
    f.status.reset();
    auto whole = services::RevocationReview(ctx()).list(f);
    ASSERT_TRUE(whole.ok());
    EXPECT_EQ(requestPages(f, 2), idsOf(*whole));
}

TEST_P(Paging, RequestsDecidedBetweenPagesNeitherRepeatNorPushOthersOut)
{
    services::RevocationReview::Filter pending;
    auto whole = services::RevocationReview(ctx()).list(pending);
    ASSERT_TRUE(whole.ok());
    const QList<qint64> before = idsOf(*whole);
    ASSERT_GT(before.size(), 8);
    const qint64 read = before.at(0), later = before.at(5), last = before.last();
    const QList<qint64> paged = requestPages(pending, 4, [&] {
        auto r = services::RevocationReview(ctx()).reject({read, later, last}, QStringLiteral("Học bạ đúng"));
        ASSERT_TRUE(r.ok()) << r.errorString().toStdString();
        ASSERT_EQ(r->decided.size(), 3);
    });
    QList<qint64> expected = before;
    expected.removeOne(later);
    expected.removeOne(last);
    EXPECT_EQ(paged, expected);

    // Every status: the decided rows stay where they were, now rejected.
    services::RevocationReview::Filter every;
    every.status.reset();
    auto all = services::RevocationReview(ctx()).list(every);
    ASSERT_TRUE(all.ok());
    const QList<qint64> allBefore = idsOf(*all);
    const QList<qint64> allPaged = requestPages(every, 5, [&] {
        auto r = services::RevocationReview(ctx()).reject({expected.at(2)}, QStringLiteral("Học bạ đúng"));
        ASSERT_TRUE(r.ok()) << r.errorString().toStdString();
    });
    EXPECT_EQ(allPaged, allBefore);
}

TEST_P(Paging, PendingRequestIdsAreThoseOfTheList)
{
    services::RevocationReview::Filter every;
    every.status.reset();
    auto whole = services::RevocationReview(ctx()).list(every);
    ASSERT_TRUE(whole.ok());
    QList<qint64> expected;
    for (const RevocationListing& l : std::as_const(*whole)) {
        if (l.request.status == RevocationStatus::Pending)
            expected.append(l.request.id);
    }
    auto ids = services::RevocationReview(ctx()).pendingIds(every);
    ASSERT_TRUE(ids.ok());
    EXPECT_EQ(*ids, expected);
    services::RevocationReview::Filter pending;
    EXPECT_EQ(services::RevocationReview(ctx()).pendingIds(pending).value(), expected);
    services::RevocationReview::Filter rejected;
    rejected.status = RevocationStatus::Rejected;
    EXPECT_TRUE(services::RevocationReview(ctx()).pendingIds(rejected).value().isEmpty());
}

} // namespace

INSTANTIATE_TEST_SUITE_P(Dialects, Paging, ::testing::Values(store::Dialect::Sqlite, store::Dialect::Postgres),
                         test::dialectParamName);
