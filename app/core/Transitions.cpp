#include "Transitions.h"

namespace hocbaso {
namespace {

template <typename E, std::size_t N> bool inTable(const std::array<std::pair<E, E>, N>& table, E from, E to)
{
    for (const auto& [f, t] : table) {
        if (f == from && t == to)
            return true;
    }
    return false;
}

template <typename E, std::size_t N, std::size_t M>
QList<E> before(const std::array<std::pair<E, E>, N>& table, const std::array<E, M>& all, E to)
{
    QList<E> out;
    for (E from : all) {
        if (inTable(table, from, to))
            out.append(from);
    }
    return out;
}

template <typename E, std::size_t N, std::size_t M>
QList<E> leaving(const std::array<std::pair<E, E>, N>& table, const std::array<E, M>& all)
{
    QList<E> out;
    for (E from : all) {
        for (E to : all) {
            if (inTable(table, from, to)) {
                out.append(from);
                break;
            }
        }
    }
    return out;
}

} // namespace

bool allows(RecordStatus from, RecordStatus to)
{
    return inTable(kRecordTransitions, from, to);
}
bool allows(CertificateStatus from, CertificateStatus to)
{
    return inTable(kCertificateTransitions, from, to);
}
bool allows(RevocationStatus from, RevocationStatus to)
{
    return inTable(kRevocationTransitions, from, to);
}

QList<RecordStatus> statusesBefore(RecordStatus to)
{
    return before(kRecordTransitions, kRecordStatuses, to);
}
QList<CertificateStatus> statusesBefore(CertificateStatus to)
{
    return before(kCertificateTransitions, kCertificateStatuses, to);
}
QList<RevocationStatus> statusesBefore(RevocationStatus to)
{
    return before(kRevocationTransitions, kRevocationStatuses, to);
}

QList<CertificateStatus> decidableCertificateStatuses()
{
    return leaving(kCertificateTransitions, kCertificateStatuses);
}
QList<RevocationStatus> decidableRevocationStatuses()
{
    return leaving(kRevocationTransitions, kRevocationStatuses);
}

} // namespace hocbaso
