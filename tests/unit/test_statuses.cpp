#include "core/Statuses.h"

#include <gtest/gtest.h>

using namespace hocbaso;

TEST(RecordStatus, AllowsTheLifecycle)
{
    EXPECT_TRUE(checkTransition(RecordStatus::Draft, RecordStatus::Confirmed).ok());
    EXPECT_TRUE(checkTransition(RecordStatus::Confirmed, RecordStatus::Sent).ok());
    EXPECT_TRUE(checkTransition(RecordStatus::Sent, RecordStatus::Revoked).ok());
    EXPECT_TRUE(checkTransition(RecordStatus::Revoked, RecordStatus::Confirmed).ok());
    EXPECT_TRUE(startsNewVersion(RecordStatus::Revoked, RecordStatus::Confirmed));
    EXPECT_FALSE(startsNewVersion(RecordStatus::Draft, RecordStatus::Confirmed));
}

TEST(RecordStatus, RefusesIllegalMoves)
{
    EXPECT_FALSE(checkTransition(RecordStatus::Draft, RecordStatus::Sent).ok());
    EXPECT_FALSE(checkTransition(RecordStatus::Sent, RecordStatus::Draft).ok());
    EXPECT_FALSE(checkTransition(RecordStatus::Sent, RecordStatus::Confirmed).ok());
    EXPECT_FALSE(checkTransition(RecordStatus::Revoked, RecordStatus::Sent).ok());
    EXPECT_FALSE(checkTransition(RecordStatus::Draft, RecordStatus::Revoked).ok());
    EXPECT_FALSE(checkTransition(RecordStatus::Sent, RecordStatus::Sent).ok());
}

TEST(CertificateStatus, DecidedOnce)
{
    EXPECT_TRUE(checkTransition(CertificateStatus::Pending, CertificateStatus::Approved).ok());
    EXPECT_TRUE(checkTransition(CertificateStatus::Pending, CertificateStatus::Rejected).ok());
    EXPECT_TRUE(checkTransition(CertificateStatus::Approved, CertificateStatus::Revoked).ok());
    const auto again = checkTransition(CertificateStatus::Approved, CertificateStatus::Rejected);
    EXPECT_FALSE(again.ok());
    EXPECT_EQ(again.error().kind, ErrorKind::Conflict);
    EXPECT_FALSE(checkTransition(CertificateStatus::Rejected, CertificateStatus::Approved).ok());
    EXPECT_FALSE(checkTransition(CertificateStatus::Pending, CertificateStatus::Revoked).ok());
    EXPECT_FALSE(checkTransition(CertificateStatus::Revoked, CertificateStatus::Approved).ok());
}

TEST(RevocationStatus, DecidedOnce)
{
    EXPECT_TRUE(checkTransition(RevocationStatus::Pending, RevocationStatus::Approved).ok());
    EXPECT_TRUE(checkTransition(RevocationStatus::Pending, RevocationStatus::Rejected).ok());
    EXPECT_FALSE(checkTransition(RevocationStatus::Approved, RevocationStatus::Rejected).ok());
    EXPECT_FALSE(checkTransition(RevocationStatus::Rejected, RevocationStatus::Approved).ok());
    EXPECT_FALSE(checkTransition(RevocationStatus::Pending, RevocationStatus::Pending).ok());
}

TEST(Statuses, TextRoundTrips)
{
    for (auto s : {RecordStatus::Draft, RecordStatus::Confirmed, RecordStatus::Sent, RecordStatus::Revoked})
        EXPECT_EQ(recordStatusFromText(toText(s)), s);
    for (auto r : {Role::Admin, Role::Officer, Role::Viewer, Role::School})
        EXPECT_EQ(roleFromText(toText(r)), r);
    EXPECT_EQ(recordStatusFromText(QStringLiteral("SENT")), RecordStatus::Sent);
    EXPECT_FALSE(recordStatusFromText(QStringLiteral("lost")).has_value());
    EXPECT_EQ(toText(SignerPosition::VicePrincipal), QStringLiteral("vice_principal"));
}
