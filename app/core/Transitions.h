#pragma once

#include "Statuses.h"

#include <QList>

#include <array>
#include <utility>

namespace hocbaso {

// The lifecycles as tables: the one place that says which status may follow which. Services decide
// through these (checkTransition before a change, statusesBefore for the store's "only if it is
// still in ..." condition of a first-decision-wins update), and the central store's triggers are
// tested equal to them (tests/pg/test_transition_tables.cpp).

// Record: draft -> confirmed -> sent -> revoked -> confirmed (a new version) -> sent ...; a
// confirmed record not yet sent may go back to draft.
inline constexpr std::array<std::pair<RecordStatus, RecordStatus>, 5> kRecordTransitions{{
    {RecordStatus::Draft, RecordStatus::Confirmed},
    {RecordStatus::Confirmed, RecordStatus::Draft},
    {RecordStatus::Confirmed, RecordStatus::Sent},
    {RecordStatus::Sent, RecordStatus::Revoked},
    {RecordStatus::Revoked, RecordStatus::Confirmed},
}};
// Certificate: pending -> approved | rejected; approved -> revoked. Decided rows stay decided.
inline constexpr std::array<std::pair<CertificateStatus, CertificateStatus>, 3> kCertificateTransitions{{
    {CertificateStatus::Pending, CertificateStatus::Approved},
    {CertificateStatus::Pending, CertificateStatus::Rejected},
    {CertificateStatus::Approved, CertificateStatus::Revoked},
}};
// Revocation request: pending -> approved | rejected, once.
inline constexpr std::array<std::pair<RevocationStatus, RevocationStatus>, 2> kRevocationTransitions{{
    {RevocationStatus::Pending, RevocationStatus::Approved},
    {RevocationStatus::Pending, RevocationStatus::Rejected},
}};

// Every value of each status, in declaration order (to walk a table's whole square).
inline constexpr std::array<RecordStatus, 4> kRecordStatuses{RecordStatus::Draft, RecordStatus::Confirmed,
                                                             RecordStatus::Sent, RecordStatus::Revoked};
inline constexpr std::array<CertificateStatus, 4> kCertificateStatuses{
    CertificateStatus::Pending, CertificateStatus::Approved, CertificateStatus::Rejected, CertificateStatus::Revoked};
inline constexpr std::array<RevocationStatus, 3> kRevocationStatuses{
    RevocationStatus::Pending, RevocationStatus::Approved, RevocationStatus::Rejected};

// Is `from` -> `to` in the table?
bool allows(RecordStatus from, RecordStatus to);
bool allows(CertificateStatus from, CertificateStatus to);
bool allows(RevocationStatus from, RevocationStatus to);

// The statuses from which a row may move to `to` (empty: nothing moves there), in declaration
// order: the condition of a first-decision-wins update.
QList<RecordStatus> statusesBefore(RecordStatus to);
QList<CertificateStatus> statusesBefore(CertificateStatus to);
QList<RevocationStatus> statusesBefore(RevocationStatus to);

// The statuses some move leaves (what a decision can still take), in declaration order.
QList<CertificateStatus> decidableCertificateStatuses();
QList<RevocationStatus> decidableRevocationStatuses();

} // namespace hocbaso
