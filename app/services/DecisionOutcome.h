#pragma once

#include <QList>
#include <QString>

namespace hocbaso::services {

// Why a row of a bulk decision (6.1 certificates, 6.5 revocation requests) was not decided.
struct Refusal
{
    enum class Why
    {
        NotFound,
        NotAllowed,     // the actor may not decide for this school
        AlreadyDecided, // somebody decided first (the reason names who and when)
        WrongStatus,    // e.g. revoking a pending certificate
        NotConfirmed,   // approving despite a failed check was not confirmed
        RevokedByCa,    // the certificate's CA has revoked it: no confirmation approves it
    };
    qint64 id = 0;
    Why why = Why::NotFound;
    QString reason; // a sentence in the user's language
};

// What a bulk decision did, in id order: the ids decided and the ones refused with their reason.
// Ids of a cancelled decision that were not reached are in neither list.
struct DecisionOutcome
{
    QList<qint64> decided;
    QList<Refusal> refused;
    bool allDecided() const { return refused.isEmpty(); }
};

} // namespace hocbaso::services
