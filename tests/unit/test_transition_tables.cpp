// The domain's transition tables (core/Transitions.h): what they say, and that every other view of
// them (checkTransition, statusesBefore, the decidable statuses) says the same.

#include "core/Transitions.h"

#include <gtest/gtest.h>

#include <set>
#include <utility>

using namespace hocbaso;

namespace {

// For every (from, to) of a status type: allows() is the table, checkTransition agrees with it, and
// statusesBefore(to) lists exactly the froms the table allows.
template <typename E, std::size_t N, std::size_t M>
void expectConsistent(const std::array<std::pair<E, E>, N>& table, const std::array<E, M>& all)
{
    std::set<std::pair<E, E>> allowed(table.begin(), table.end());
    EXPECT_EQ(allowed.size(), N) << "a move is listed twice";
    for (E to : all) {
        QList<E> froms;
        for (E from : all) {
            const bool inTable = allowed.count({from, to}) > 0;
            EXPECT_EQ(allows(from, to), inTable) << toText(from).toStdString() << " -> " << toText(to).toStdString();
            EXPECT_EQ(checkTransition(from, to).ok(), inTable)
                << toText(from).toStdString() << " -> " << toText(to).toStdString();
            if (inTable) {
                froms.append(from);
            } else {
                EXPECT_FALSE(checkTransition(from, to).errorString().isEmpty());
            }
        }
        EXPECT_EQ(statusesBefore(to), froms) << "to " << toText(to).toStdString();
    }
    // Nothing stays where it is: a "move" to the same status is no move.
    for (E s : all)
        EXPECT_FALSE(allows(s, s)) << toText(s).toStdString();
}

} // namespace

TEST(TransitionTables, RecordTableIsTheLifecycle)
{
    expectConsistent(kRecordTransitions, kRecordStatuses);
    EXPECT_EQ(statusesBefore(RecordStatus::Sent), QList<RecordStatus>{RecordStatus::Confirmed});
    EXPECT_EQ(statusesBefore(RecordStatus::Revoked), QList<RecordStatus>{RecordStatus::Sent});
    EXPECT_EQ(statusesBefore(RecordStatus::Confirmed),
              (QList<RecordStatus>{RecordStatus::Draft, RecordStatus::Revoked}));
    EXPECT_EQ(statusesBefore(RecordStatus::Draft), QList<RecordStatus>{RecordStatus::Confirmed});
}

TEST(TransitionTables, CertificateTableDecidesOnce)
{
    expectConsistent(kCertificateTransitions, kCertificateStatuses);
    EXPECT_EQ(statusesBefore(CertificateStatus::Approved), QList<CertificateStatus>{CertificateStatus::Pending});
    EXPECT_EQ(statusesBefore(CertificateStatus::Rejected), QList<CertificateStatus>{CertificateStatus::Pending});
    EXPECT_EQ(statusesBefore(CertificateStatus::Revoked), QList<CertificateStatus>{CertificateStatus::Approved});
    EXPECT_TRUE(statusesBefore(CertificateStatus::Pending).isEmpty());
    EXPECT_EQ(decidableCertificateStatuses(),
              (QList<CertificateStatus>{CertificateStatus::Pending, CertificateStatus::Approved}));
}

TEST(TransitionTables, RevocationTableDecidesOnce)
{
    expectConsistent(kRevocationTransitions, kRevocationStatuses);
    EXPECT_EQ(statusesBefore(RevocationStatus::Approved), QList<RevocationStatus>{RevocationStatus::Pending});
    EXPECT_EQ(statusesBefore(RevocationStatus::Rejected), QList<RevocationStatus>{RevocationStatus::Pending});
    EXPECT_TRUE(statusesBefore(RevocationStatus::Pending).isEmpty());
    EXPECT_EQ(decidableRevocationStatuses(), QList<RevocationStatus>{RevocationStatus::Pending});
}

TEST(TransitionTables, ADecidedRowIsAConflictNotAMistake)
{
    // Somebody decided first: the second officer is told so (a conflict), not that the request
    // was wrong.
    EXPECT_EQ(checkTransition(CertificateStatus::Approved, CertificateStatus::Rejected).error().kind,
              ErrorKind::Conflict);
    EXPECT_EQ(checkTransition(RevocationStatus::Rejected, RevocationStatus::Approved).error().kind,
              ErrorKind::Conflict);
    EXPECT_EQ(checkTransition(CertificateStatus::Pending, CertificateStatus::Revoked).error().kind, ErrorKind::Refused);
    EXPECT_EQ(checkTransition(RevocationStatus::Pending, RevocationStatus::Pending).error().kind, ErrorKind::Refused);
}
