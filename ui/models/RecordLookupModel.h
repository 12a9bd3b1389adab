#pragma once

#include "services/RecordLookup.h"

#include <QAbstractTableModel>
#include <QFont>
#include <QList>

namespace hocbaso::ui {

// The result list of 6.3. A broad query can match tens of thousands of records, so rows come a
// page at a time through canFetchMore()/fetchMore() with the lookup's keyset paging (the last
// row's class-list key and id), never by loading every match. Display text is prepared when a
// page arrives, so data() only picks it up.
class RecordLookupModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        BirthDateColumn,
        PersonalIdColumn,
        SchoolColumn,
        ClassColumn,
        GradeColumn,
        SchoolYearColumn,
        StatusColumn,
        SignatureColumn, // the receipt verification's badge; empty while not verified
        LookupCodeColumn,
        ColumnCount
    };
    enum DataRole
    {
        LookupCodeRole = Qt::UserRole + 1, // the record's lookup code (QString)
        RecordIdRole,                      // the store's id (qint64)
        VerificationRole                   // "valid" | "invalid" | "unverifiable", or empty (QString)
    };
    static constexpr int kPageSize = 100;

    explicit RecordLookupModel(QObject* parent = nullptr);

    // The session's services; null (at sign-out) drops every row.
    void setContext(services::ServiceContext* context);
    // The request for the first page of a lookup, as search() and search as you type run it.
    static services::LookupRequest firstPage(const services::LookupRequest& request);
    // Runs the lookup and shows its first page with the total. A refused request (a malformed ID
    // or lookup code) empties the list and returns the service's sentence.
    Status search(const services::LookupRequest& request);
    // Shows the first page of `request` found elsewhere (a worker thread). Rows in both the old
    // and the new list stay where views and selections have them: only the rows that differ are
    // removed or inserted, so typing one more letter never resets the view. A total of -1 is
    // given later with setTotal().
    void showResult(const services::LookupRequest& request, const services::LookupResult& result);
    void setTotal(qint64 total);
    void clear();

    // Matches in the store; -1 before any search, and while a shown result is still counted.
    qint64 total() const { return m_total; }
    bool hasSearched() const { return m_searched; }
    const services::LookupRequest& shownRequest() const { return m_request; }
    const RecordListing* listingAt(int row) const;
    int rowOfLookupCode(const QString& lookupCode) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    // Status labels follow the language; call after a language change.
    void retranslate();

Q_SIGNALS:
    // A later page could not be read (the store went away): the list stops where it is.
    void fetchFailed(const QString& message);

private:
    struct Row
    {
        RecordListing listing;
        QString birthDate;
        QString school; // shortened for the column; the tooltip has the full name
        QString schoolYear;
        QString status;
        QString signature;        // the badge's text
        QString signatureToolTip; // what failed, in words
    };
    Row makeRow(const RecordListing& listing) const;
    static void fillSignature(Row& r);
    void appendRows(const QList<RecordListing>& rows);
    void replaceRows(const QList<RecordListing>& rows);
    // No page after `rows` rows once the total says so.
    void settleCompleteness(qsizetype rows);

    services::ServiceContext* m_context = nullptr;
    services::LookupRequest m_request;
    QList<Row> m_rows;
    qint64 m_total = -1;
    bool m_searched = false;
    bool m_complete = true;
    bool m_announcing = false; // inside endResetModel()/endInsertRows()
    QFont m_codeFont;
};

} // namespace hocbaso::ui
