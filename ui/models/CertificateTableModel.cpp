#include "CertificateTableModel.h"

#include "Palette.h"
#include "core/DisplayDates.h"

#include <QBrush>
#include <QIcon>
#include <QPainter>
#include <QPixmap>

#include <array>

namespace hocbaso::ui {
namespace {

// A dot in the severity's colour, so that the column reads at a glance; made once per severity.
QIcon severityIcon(int severity)
{
    static std::array<QIcon, 3> icons;
    if (severity < 0 || severity > 2)
        return {};
    QIcon& icon = icons.at(std::size_t(severity));
    if (icon.isNull()) {
        QPixmap pixmap(24, 24);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(CertificateTableModel::severityColor(severity));
        painter.drawEllipse(QRectF(3, 3, 18, 18));
        painter.end();
        icon = QIcon(pixmap);
    }
    return icon;
}

// The severity of the named checks, the worst of them; -1 when none of them is there.
int severityOf(const QList<crypto::Check>& checks, std::initializer_list<const char*> names)
{
    int worst = -1;
    for (const crypto::Check& c : checks) {
        for (const char* name : names) {
            if (c.name == QLatin1String(name))
                worst = std::max(worst, int(c.severity));
        }
    }
    return worst;
}

} // namespace

CertificateTableModel::CertificateTableModel(QObject* parent) : CheckableTableModel(SchoolColumn, kPageSize, parent) {}

bool CertificateTableModel::canTick(CertificateStatus status)
{
    // Pending ones wait for [Approve] or [Reject]; approved ones may still be revoked.
    return status == CertificateStatus::Pending || status == CertificateStatus::Approved;
}

CertificateTableModel::Row CertificateTableModel::makeRow(const services::CertificateView& view, const QDateTime& now)
{
    Row r;
    r.view = view;
    describe(r);
    judgeDates(r, now);
    return r;
}

void CertificateTableModel::setCertificates(const QList<services::CertificateView>& certificates, const QDateTime& now)
{
    beginReset();
    const QHash<qint64, int> previouslyChecked = takeChecks();
    m_rows.clear();
    m_rows.reserve(certificates.size());
    for (const services::CertificateView& v : certificates)
        m_rows.append(makeRow(v, now));
    setComplete(true);
    keepChecks(previouslyChecked);
    endReset();
    Q_EMIT checkedChanged();
}

void CertificateTableModel::setContext(services::ServiceContext* context)
{
    clear();
    m_context = context;
}

Result<QHash<CertificateStatus, qint64>> CertificateTableModel::load(const services::CertificateQuery& query)
{
    if (!m_context) {
        clear();
        return QHash<CertificateStatus, qint64>();
    }
    services::CertificateReview review(*m_context);
    // The counts come from one GROUP BY; they also say how many rows can be ticked in all.
    auto counts = review.countsByStatus(query);
    if (!counts) {
        clear();
        return counts.error();
    }
    services::CertificateQuery first = query;
    first.limit = pageSize();
    first.afterSchoolSort = QString();
    first.afterId = 0;
    auto rows = review.list(first);
    if (!rows) {
        clear();
        return rows.error();
    }
    qint64 checkable = 0;
    for (CertificateStatus s : {CertificateStatus::Pending, CertificateStatus::Approved}) {
        if (!query.status || *query.status == s)
            checkable += counts->value(s);
    }
    const QDateTime now = m_context->clock.now();
    beginReset();
    const QHash<qint64, int> previouslyChecked = takeChecks();
    m_query = first;
    m_rows.clear();
    m_rows.reserve(rows->size());
    for (const services::CertificateView& v : std::as_const(*rows))
        m_rows.append(makeRow(v, now));
    setComplete(rows->size() < pageSize());
    keepChecks(previouslyChecked, checkable);
    endReset();
    Q_EMIT checkedChanged();
    return *counts;
}

Status CertificateTableModel::fetchNextPage()
{
    if (!m_context || m_rows.isEmpty()) {
        setComplete(true);
        return {};
    }
    services::CertificateQuery next = m_query;
    const services::CertificateView& last = m_rows.constLast().view;
    // Null would mean "from the start".
    next.afterSchoolSort = last.schoolSort.isNull() ? QStringLiteral("") : last.schoolSort;
    next.afterId = last.registration.id;
    auto rows = services::CertificateReview(*m_context).list(next);
    if (!rows)
        return rows.error();
    // Settled before the rows are announced, so that views hearing of them see the final state.
    setComplete(rows->size() < pageSize());
    if (rows->isEmpty())
        return {};
    const QDateTime now = m_context->clock.now();
    beginAppend(int(rows->size()));
    for (const services::CertificateView& v : std::as_const(*rows))
        m_rows.append(makeRow(v, now));
    endAppend();
    return {};
}

Result<CheckableTableModel::TaggedIds> CertificateTableModel::fetchCheckableIds()
{
    if (!m_context)
        return TaggedIds();
    auto ids = services::CertificateReview(*m_context).decidableIds(m_query);
    if (!ids)
        return ids.error();
    TaggedIds out;
    out.reserve(ids->size());
    for (const auto& [id, status] : std::as_const(*ids))
        out.append({id, int(status)});
    return out;
}

QString CertificateTableModel::commonName(const QString& distinguishedName)
{
    // "CN=..., O=..." as Certificate::subject() writes it; a value may itself hold ", ".
    const QStringList parts = distinguishedName.split(QStringLiteral(", "));
    QString value;
    bool inCn = false;
    for (const QString& part : parts) {
        const qsizetype eq = part.indexOf(QLatin1Char('='));
        const bool isAttribute = eq > 0 && !part.left(eq).contains(QLatin1Char(' '));
        if (isAttribute) {
            if (inCn)
                break;
            if (part.left(eq) == QLatin1String("CN")) {
                inCn = true;
                value = part.mid(eq + 1);
            }
        } else if (inCn) {
            value += QStringLiteral(", ") + part;
        }
    }
    return value.isEmpty() ? distinguishedName : value;
}

QString CertificateTableModel::kindText(const CertificateRegistration& r)
{
    if (r.kind == CertificateKind::Unit)
        return tr("Unit seal");
    if (r.holder.isEmpty())
        return tr("Signing account");
    return tr("Signing account: %1 (%2)").arg(r.holder, label(r.position));
}

QString CertificateTableModel::severityText(int severity)
{
    switch (severity) {
    case crypto::Check::Pass:
        return tr("Pass");
    case crypto::Check::Warning:
        return tr("Warning");
    case crypto::Check::Fail:
        return tr("Fail");
    default:
        return {};
    }
}

QString CertificateTableModel::checkResultText(const crypto::Check& check)
{
    if (check.testRoot && check.severity == crypto::Check::Pass)
        return testRootPassText();
    return severityText(int(check.severity));
}

QString CertificateTableModel::testRootPassText()
{
    return tr("Pass (test root)");
}

QColor CertificateTableModel::severityColor(int severity)
{
    switch (severity) {
    case crypto::Check::Pass:
        return Palette::approved();
    case crypto::Check::Warning:
        return Palette::checkWarning();
    case crypto::Check::Fail:
        return Palette::checkFailed();
    default:
        return Palette::muted();
    }
}

QColor CertificateTableModel::statusColor(CertificateStatus status)
{
    switch (status) {
    case CertificateStatus::Pending:
        return Palette::pending();
    case CertificateStatus::Approved:
        return Palette::approved();
    case CertificateStatus::Rejected:
        return Palette::rejected();
    case CertificateStatus::Revoked:
        return Palette::revoked();
    }
    return {};
}

void CertificateTableModel::describe(Row& r)
{
    const services::CertificateView& v = r.view;
    const CertificateRegistration& c = v.registration;
    r.kind = kindText(c);
    const crypto::Certificate& cert = v.certificate;
    r.subjectCn = cert.isNull() ? QString() : cert.subjectField(QStringLiteral("CN"));
    r.issuerCn = cert.isNull() ? QString() : cert.issuerField(QStringLiteral("CN"));
    if (r.subjectCn.isEmpty())
        r.subjectCn = commonName(c.subject);
    if (r.issuerCn.isEmpty())
        r.issuerCn = commonName(c.issuer);
    r.validFrom = text::dayText(c.notBefore);
    r.validTo = text::dayText(c.notAfter);
    r.registeredAt = text::dateTimeText(c.submittedAt);
    r.status = label(c.status);

    r.severity = v.checks.isEmpty() ? -1 : int(crypto::worstSeverity(v.checks));
    int failed = 0, warned = 0;
    QStringList tip;
    for (const crypto::Check& check : v.checks) {
        if (check.severity == crypto::Check::Pass)
            continue;
        (check.severity == crypto::Check::Fail ? failed : warned) += 1;
        tip.append(QStringLiteral("%1 %2: %3")
                       .arg(check.severity == crypto::Check::Fail ? QStringLiteral("\u2718") : QStringLiteral("!"),
                            check.label(), check.detail));
    }
    const bool testRoot = crypto::chainsToTestRoot(v.checks);
    if (r.severity == crypto::Check::Fail)
        r.checks = tr("Fail (%1)").arg(failed);
    else if (r.severity == crypto::Check::Warning)
        r.checks = tr("Warning (%1)").arg(warned);
    else if (r.severity == crypto::Check::Pass && testRoot)
        r.checks = testRootPassText();
    else
        r.checks = severityText(r.severity);
    r.iconSeverity = r.severity == crypto::Check::Pass && testRoot ? int(crypto::Check::Warning) : r.severity;
    if (testRoot)
        tip.append(tr("! The chain ends at a test root: a certificate for rehearsals, not for real records."));
    r.checksTip = tip.isEmpty() ? (r.severity == crypto::Check::Pass ? tr("Every check passes.") : QString())
                                : tip.join(QLatin1Char('\n'));

    switch (c.status) {
    case CertificateStatus::Pending:
        r.statusTip = tr("Registered by %1 on %2").arg(c.submittedBy, text::dateTimeText(c.submittedAt));
        break;
    case CertificateStatus::Approved:
    case CertificateStatus::Rejected:
        r.statusTip = tr("%1 by %2 on %3").arg(r.status, c.decidedBy, text::dateTimeText(c.decidedAt));
        if (!c.decisionReason.isEmpty())
            r.statusTip += QStringLiteral(": ") + c.decisionReason;
        break;
    case CertificateStatus::Revoked:
        r.statusTip = v.revokedAt.isValid()
                          ? tr("%1 by %2 on %3").arg(r.status, v.revokedBy, text::dateTimeText(v.revokedAt))
                          : tr("%1 by %2 on %3").arg(r.status, c.decidedBy, text::dateTimeText(c.decidedAt));
        if (!v.revocationReason.isEmpty())
            r.statusTip += QStringLiteral(": ") + v.revocationReason;
        break;
    }
    // The CA's word comes on top of the unit's decision: an approved certificate it revoked signs
    // nothing the unit will receive.
    if (c.isCaRevoked()) {
        r.status = tr("%1, revoked by the CA").arg(r.status);
        QString said = tr("Its certificate authority revoked it on %1").arg(text::dayText(c.caRevokedAt));
        if (!c.caRevocationReason.isEmpty())
            said += QStringLiteral(" (%1)").arg(c.caRevocationReason);
        if (!c.caRevocationSource.isEmpty())
            said += QStringLiteral(", ") + tr("according to %1").arg(c.caRevocationSource);
        said += QLatin1Char('.');
        if (c.status == CertificateStatus::Approved)
            said += QLatin1Char(' ') +
                    tr("The school cannot send records signed with it until a new certificate is approved.");
        r.statusTip = said + QLatin1Char('\n') + r.statusTip;
    }
}

void CertificateTableModel::judgeDates(Row& r, const QDateTime& now)
{
    const CertificateRegistration& c = r.view.registration;
    const int validity = severityOf(r.view.checks, {"validity"});
    r.fromSeverity = -1;
    r.toSeverity = severityOf(r.view.checks, {"expiry_soon"});
    if (validity != crypto::Check::Fail)
        return;
    // Without the time, an invalid certificate is most likely an expired one.
    if (now.isValid() && c.notBefore.isValid() && c.notBefore > now)
        r.fromSeverity = crypto::Check::Fail;
    else
        r.toSeverity = crypto::Check::Fail;
}

void CertificateTableModel::retranslate()
{
    for (Row& r : m_rows)
        describe(r);
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

void CertificateTableModel::clear()
{
    beginReset();
    m_rows.clear();
    takeChecks();
    setComplete(true);
    m_query = {};
    endReset();
    Q_EMIT checkedChanged();
}

const services::CertificateView* CertificateTableModel::certificateAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row).view : nullptr;
}

int CertificateTableModel::rowOfCertificate(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).view.registration.id == id)
            return i;
    }
    return -1;
}

QList<qint64> CertificateTableModel::checkedIds(CertificateStatus status) const
{
    return checkedIdsTagged(int(status));
}

int CertificateTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CertificateTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CertificateTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& r = m_rows.at(index.row());
    const CertificateRegistration& c = r.view.registration;
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case SchoolColumn:
            return r.view.schoolName;
        case SchoolCodeColumn:
            return r.view.schoolCode;
        case KindColumn:
            return r.kind;
        case ChecksColumn:
            return r.checks;
        case StatusColumn:
            return r.status;
        case SubjectColumn:
            return r.subjectCn;
        case IssuerColumn:
            return r.issuerCn;
        case ValidFromColumn:
            return r.validFrom;
        case ValidToColumn:
            return r.validTo;
        case RegisteredAtColumn:
            return r.registeredAt;
        default:
            return {};
        }
    case Qt::CheckStateRole:
        return column == SchoolColumn ? checkState(index.row()) : QVariant();
    case Qt::DecorationRole:
        if (column == ChecksColumn)
            return severityIcon(r.iconSeverity);
        return {};
    case Qt::ToolTipRole:
        switch (column) {
        case SchoolColumn:
        case SchoolCodeColumn:
            return tr("%1 (%2)").arg(r.view.schoolName, r.view.schoolCode);
        case KindColumn:
            return r.kind;
        case ChecksColumn:
            return r.checksTip;
        case StatusColumn:
            return r.statusTip;
        case SubjectColumn:
            return c.subject;
        case IssuerColumn:
            return c.issuer;
        default:
            return {};
        }
    case Qt::ForegroundRole:
        switch (column) {
        case ChecksColumn:
            return QBrush(severityColor(r.severity));
        case StatusColumn:
            return QBrush(c.isCaRevoked() ? severityColor(crypto::Check::Fail) : statusColor(c.status));
        case ValidFromColumn:
            return r.fromSeverity > crypto::Check::Pass ? QVariant(QBrush(severityColor(r.fromSeverity))) : QVariant();
        case ValidToColumn:
            return r.toSeverity > crypto::Check::Pass ? QVariant(QBrush(severityColor(r.toSeverity))) : QVariant();
        default:
            return {};
        }
    case CertificateIdRole:
        return c.id;
    case SeverityRole:
        return r.severity;
    case StatusRole:
        return int(c.status);
    default:
        return {};
    }
}

QVariant CertificateTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SchoolColumn:
        return tr("School");
    case SchoolCodeColumn:
        return tr("Code");
    case KindColumn:
        return tr("Kind");
    case ChecksColumn:
        return tr("Checks");
    case StatusColumn:
        return tr("Status");
    case SubjectColumn:
        return tr("Subject (CN)");
    case IssuerColumn:
        return tr("Issued by");
    case ValidFromColumn:
        return tr("Valid from");
    case ValidToColumn:
        return tr("Valid to");
    case RegisteredAtColumn:
        return tr("Registered at");
    default:
        return {};
    }
}

} // namespace hocbaso::ui
