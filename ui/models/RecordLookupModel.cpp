#include "RecordLookupModel.h"

#include "Palette.h"
#include "core/DisplayDates.h"
#include "core/LookupCode.h"

#include <QApplication>
#include <QBrush>
#include <QColor>
#include <QFontDatabase>
#include <QStyle>

namespace hocbaso::ui {
namespace {

// Every school of a district is a primary school ("Trường Tiểu học ..."): the usual short form
// "TH ..." leaves room for the part that tells schools apart.
QString shortSchoolName(const QString& name)
{
    static const QString longPrefix = QStringLiteral("Trường Tiểu học ");
    if (name.startsWith(longPrefix))
        return QStringLiteral("TH ") + name.mid(longPrefix.size());
    return name;
}

QColor statusColor(RecordStatus s)
{
    switch (s) {
    case RecordStatus::Draft:
        return Palette::muted();
    case RecordStatus::Confirmed:
        return Palette::recordConfirmed();
    case RecordStatus::Sent:
        return Palette::valid();
    case RecordStatus::Revoked:
        return Palette::invalid();
    }
    return {};
}

} // namespace

RecordLookupModel::RecordLookupModel(QObject* parent)
    : QAbstractTableModel(parent), m_codeFont(QFontDatabase::systemFont(QFontDatabase::FixedFont))
{}

void RecordLookupModel::setContext(services::ServiceContext* context)
{
    clear();
    m_context = context;
}

void RecordLookupModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_total = -1;
    m_searched = false;
    m_complete = true;
    m_request = {};
    endResetModel();
}

services::LookupRequest RecordLookupModel::firstPage(const services::LookupRequest& request)
{
    services::LookupRequest first = request;
    first.limit = kPageSize;
    first.offset = 0;
    first.afterNameSort = QString();
    first.afterId = 0;
    first.withTotal = true;
    return first;
}

Status RecordLookupModel::search(const services::LookupRequest& request)
{
    const services::LookupRequest first = firstPage(request);
    if (!m_context) {
        clear();
        return Error::internal(tr("No store is open."));
    }
    auto result = services::RecordLookup(*m_context).find(first);
    if (!result) {
        clear();
        return result.error();
    }
    showResult(first, *result);
    return {};
}

void RecordLookupModel::showResult(const services::LookupRequest& request, const services::LookupResult& result)
{
    m_request = request;
    m_total = result.total;
    m_searched = true;
    // Settled before the rows are announced, so that views hearing of them see the final state.
    m_complete = result.rows.size() < kPageSize;
    settleCompleteness(result.rows.size());
    replaceRows(result.rows);
}

void RecordLookupModel::setTotal(qint64 total)
{
    m_total = total;
    settleCompleteness(m_rows.size());
}

void RecordLookupModel::settleCompleteness(qsizetype rows)
{
    if (m_total >= 0 && rows >= m_total)
        m_complete = true;
}

namespace {

// Whether a row's texts must be made again (a status or a verification changed since).
bool sameListing(const RecordListing& a, const RecordListing& b)
{
    return a.status == b.status && a.version == b.version && a.verification == b.verification &&
           a.verificationReason == b.verificationReason && a.fullName == b.fullName && a.birthDate == b.birthDate &&
           a.personalId == b.personalId && a.schoolName == b.schoolName && a.className == b.className &&
           a.grade == b.grade && a.schoolYear == b.schoolYear;
}

} // namespace

void RecordLookupModel::replaceRows(const QList<RecordListing>& rows)
{
    // Both lists are in class-list order (name_sort, id): one merge walk finds the rows to keep,
    // to remove and to insert. Whatever the order, the walk ends with exactly `rows`; the order
    // only makes it minimal.
    auto before = [](const RecordListing& a, const RecordListing& b) {
        return a.nameSort < b.nameSort || (a.nameSort == b.nameSort && a.recordId < b.recordId);
    };
    m_announcing = true;
    int at = 0; // the model's row where the walk is
    qsizetype next = 0;
    while (at < m_rows.size() || next < rows.size()) {
        if (at < m_rows.size() && next < rows.size() && m_rows.at(at).listing.recordId == rows.at(next).recordId) {
            if (!sameListing(m_rows.at(at).listing, rows.at(next))) {
                m_rows[at] = makeRow(rows.at(next));
                Q_EMIT dataChanged(index(at, 0), index(at, ColumnCount - 1));
            }
            ++at;
            ++next;
            continue;
        }
        auto goes = [&](int row) {
            return row < m_rows.size() &&
                   (next == rows.size() || (m_rows.at(row).listing.recordId != rows.at(next).recordId &&
                                            before(m_rows.at(row).listing, rows.at(next))));
        };
        if (goes(at)) {
            int last = at;
            while (goes(last + 1))
                ++last;
            beginRemoveRows(QModelIndex(), at, last);
            m_rows.remove(at, last - at + 1);
            endRemoveRows();
            continue;
        }
        auto comes = [&](qsizetype i) {
            return i < rows.size() && (at == m_rows.size() || (m_rows.at(at).listing.recordId != rows.at(i).recordId &&
                                                               !before(m_rows.at(at).listing, rows.at(i))));
        };
        qsizetype last = next;
        while (comes(last + 1))
            ++last;
        beginInsertRows(QModelIndex(), at, at + int(last - next));
        for (qsizetype i = next; i <= last; ++i)
            m_rows.insert(at + int(i - next), makeRow(rows.at(i)));
        endInsertRows();
        at += int(last - next) + 1;
        next = last + 1;
    }
    m_announcing = false;
}

// The badge of 6.3: a record whose signatures failed receipt verification stands out; one that
// could not be judged says so more quietly; valid ones and unverified ones stay plain.
void RecordLookupModel::fillSignature(Row& r)
{
    r.signature.clear();
    r.signatureToolTip.clear();
    if (!r.listing.verification) {
        // Sent (or sent and revoked) but not reached by a verification yet; never sent: nothing to verify.
        const bool received = r.listing.status == RecordStatus::Sent || r.listing.status == RecordStatus::Revoked;
        r.signature = received ? tr("Not verified yet") : QStringLiteral("–");
        return;
    }
    switch (*r.listing.verification) {
    case VerificationResult::Valid:
        r.signature = tr("Valid");
        r.signatureToolTip = tr("Every signature of this version was verified.");
        return;
    case VerificationResult::Invalid:
        r.signature = label(VerificationResult::Invalid);
        r.signatureToolTip = tr("Invalid signature: %1").arg(r.listing.verificationReason);
        return;
    case VerificationResult::Unverifiable:
        r.signature = tr("Not verifiable");
        r.signatureToolTip = tr("The signatures could not be verified: %1").arg(r.listing.verificationReason);
        return;
    }
}

RecordLookupModel::Row RecordLookupModel::makeRow(const RecordListing& listing) const
{
    Row r;
    r.listing = listing;
    r.birthDate = text::dayText(listing.birthDate);
    r.school = shortSchoolName(listing.schoolName);
    r.schoolYear = SchoolYear{listing.schoolYear}.label();
    r.status = label(listing.status);
    fillSignature(r);
    return r;
}

bool RecordLookupModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_context && !m_complete;
}

void RecordLookupModel::fetchMore(const QModelIndex& parent)
{
    // Views (and the model tester) may ask for more while they hear of a reset or an insert; rows
    // inserted inside that notice would reach them before the change they are still handling.
    // They ask again when they need the rows.
    if (m_announcing || !canFetchMore(parent) || m_rows.isEmpty())
        return;
    services::LookupRequest next = m_request;
    // Keyset paging: the page after the last row we hold, without counting again.
    next.afterNameSort = m_rows.last().listing.nameSort;
    next.afterId = m_rows.last().listing.recordId;
    next.withTotal = false;
    auto result = services::RecordLookup(*m_context).find(next);
    if (!result) {
        m_complete = true;
        Q_EMIT fetchFailed(result.errorString());
        return;
    }
    // Settled before the rows are announced, so that views hearing of them see the final state.
    if (result->rows.size() < kPageSize || (m_total >= 0 && m_rows.size() + result->rows.size() >= m_total))
        m_complete = true;
    appendRows(result->rows);
}

void RecordLookupModel::appendRows(const QList<RecordListing>& rows)
{
    if (rows.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows(QModelIndex(), first, first + int(rows.size()) - 1);
    for (const RecordListing& l : rows)
        m_rows.append(makeRow(l));
    m_announcing = true;
    endInsertRows();
    m_announcing = false;
}

void RecordLookupModel::retranslate()
{
    for (Row& r : m_rows) {
        r.status = label(r.listing.status);
        fillSignature(r);
    }
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, StatusColumn), index(int(m_rows.size()) - 1, SignatureColumn),
                           {Qt::DisplayRole, Qt::ToolTipRole});
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

const RecordListing* RecordLookupModel::listingAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row).listing : nullptr;
}

int RecordLookupModel::rowOfLookupCode(const QString& lookupCode) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).listing.uuid == lookupCode)
            return i;
    }
    return -1;
}

int RecordLookupModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RecordLookupModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RecordLookupModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& r = m_rows.at(index.row());
    const RecordListing& l = r.listing;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return l.fullName;
        case BirthDateColumn:
            return r.birthDate;
        case PersonalIdColumn:
            return l.personalId;
        case SchoolColumn:
            return r.school;
        case ClassColumn:
            return l.className;
        case GradeColumn:
            return l.grade;
        case SchoolYearColumn:
            return r.schoolYear;
        case StatusColumn:
            return r.status;
        case SignatureColumn:
            return r.signature;
        case LookupCodeColumn:
            return l.uuid;
        }
        return {};
    case Qt::DecorationRole:
        // Beside the name too: the badge's own column may be scrolled out of a narrow window.
        if ((index.column() == SignatureColumn || index.column() == NameColumn) &&
            l.verification == VerificationResult::Invalid)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return {};
    case Qt::ToolTipRole:
        // The columns elide; the tooltip tells same-named pupils apart in full.
        if (index.column() == SchoolColumn)
            return QStringLiteral("%1 (%2)").arg(l.schoolName, l.schoolCode);
        if (index.column() == NameColumn) {
            const QString who = tr("%1, born %2, %3").arg(l.fullName, r.birthDate, l.schoolName);
            return l.verification == VerificationResult::Invalid && !r.signatureToolTip.isEmpty()
                       ? who + QLatin1Char('\n') + r.signatureToolTip
                       : who;
        }
        if (index.column() == SignatureColumn && !r.signatureToolTip.isEmpty())
            return r.signatureToolTip;
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == GradeColumn || index.column() == ClassColumn)
            return int(Qt::AlignCenter);
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (index.column() == StatusColumn)
            return QBrush(statusColor(l.status));
        if (index.column() == SignatureColumn && l.verification)
            return QBrush(*l.verification == VerificationResult::Invalid ? Palette::invalid()
                          : *l.verification == VerificationResult::Valid ? Palette::valid()
                                                                         : Palette::muted());
        return {};
    case Qt::FontRole:
        if (index.column() == LookupCodeColumn)
            return m_codeFont;
        return {};
    case LookupCodeRole:
        return l.uuid;
    case RecordIdRole:
        return l.recordId;
    case VerificationRole:
        return l.verification ? toText(*l.verification) : QString();
    }
    return {};
}

QVariant RecordLookupModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Full name");
    case BirthDateColumn:
        return tr("Birth date");
    case PersonalIdColumn:
        return tr("Personal ID");
    case SchoolColumn:
        return tr("School");
    case ClassColumn:
        return tr("Class");
    case GradeColumn:
        return tr("Grade");
    case SchoolYearColumn:
        return tr("School year");
    case StatusColumn:
        return tr("Status");
    case SignatureColumn:
        return tr("Signatures");
    case LookupCodeColumn:
        return tr("Lookup code");
    }
    return {};
}

} // namespace hocbaso::ui
