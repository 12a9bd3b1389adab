#pragma once

#include "CheckableTableModel.h"
#include "services/CertificateReview.h"

#include <QColor>
#include <QList>

namespace hocbaso::ui {

// Certificate registrations of 6.1 with a tick box per row. A province's list (every status of a
// thousand schools) runs to thousands of rows, each checked against the trust store when read (a
// millisecond or two), so load() reads the first page and the view the next ones as it scrolls
// (keyset paging on the school's class-list key and the id); setCertificates() shows a given list
// whole. Display texts are made when rows arrive, not in data(). Pending rows can be ticked (to
// approve or reject them) and approved ones (to revoke them); decided rows cannot be decided
// again. A tick keeps the row's status, so ticks of rows not read yet split by status too.
class CertificateTableModel : public CheckableTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        SchoolColumn, // carries the tick box
        KindColumn,
        // What an officer decides on comes first, visible beside the detail pane; the rest is in
        // the pane too.
        ChecksColumn,
        StatusColumn,
        ValidFromColumn,
        ValidToColumn,
        SchoolCodeColumn,
        SubjectColumn,
        IssuerColumn,
        RegisteredAtColumn,
        ColumnCount
    };
    enum Role
    {
        CertificateIdRole = Qt::UserRole + 1,
        // crypto::Check::Severity of the worst check, -1 when the row has no checks.
        SeverityRole,
        StatusRole // CertificateStatus as int
    };

    // Rows per page: checking a page costs 50-100 ms on the GUI thread.
    static constexpr int kPageSize = 50;

    explicit CertificateTableModel(QObject* parent = nullptr);

    // The session's services, which load() and the next pages read through; null drops every row.
    void setContext(services::ServiceContext* context);
    // The counts of the query (every status) and its first page; ticks survive for rows still
    // listed and tickable, read or not. A failure empties the list and returns the service's error.
    Result<QHash<CertificateStatus, qint64>> load(const services::CertificateQuery& query);
    // A whole list, no more pages. Ticks survive a refresh for the rows still listed and still in a
    // status that can be ticked. `now` (the rules' clock) tells which date of a certificate that is
    // not valid is at fault.
    void setCertificates(const QList<services::CertificateView>& certificates, const QDateTime& now = {});
    void clear();
    const services::CertificateView* certificateAt(int row) const;
    int rowOfCertificate(qint64 id) const;

    using CheckableTableModel::checkedIds;
    // The ticked rows of that status, in the table's order.
    QList<qint64> checkedIds(CertificateStatus status) const;
    // Headers and texts in the language now in use.
    void retranslate();

    // Texts and colours shared with the detail pane.
    static QString kindText(const CertificateRegistration& registration);
    static QString severityText(int severity); // crypto::Check::Severity
    // A check's result as shown: its severity, and for a chain to a test root "Pass (test root)".
    static QString checkResultText(const crypto::Check& check);
    static QString testRootPassText();
    static QColor severityColor(int severity);
    static QColor statusColor(CertificateStatus status);
    // The CN of a distinguished name, else the whole name.
    static QString commonName(const QString& distinguishedName);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    qint64 idAt(int row) const override { return m_rows.at(row).view.registration.id; }
    bool canCheck(int row) const override { return canTick(m_rows.at(row).view.registration.status); }
    int tagAt(int row) const override { return int(m_rows.at(row).view.registration.status); }
    Status fetchNextPage() override;
    Result<TaggedIds> fetchCheckableIds() override;

private:
    struct Row
    {
        services::CertificateView view;
        int severity = -1;
        int iconSeverity = -1; // a pass to a test root shows the warning's dot
        QString kind;
        QString checks;    // "Pass", "2 warnings", "1 failed"
        QString checksTip; // the checks that did not pass, one per line
        QString subjectCn;
        QString issuerCn;
        QString validFrom;
        QString validTo;
        QString registeredAt;
        QString status;
        QString statusTip;
        int fromSeverity = -1; // colour of the validity dates: crypto::Check::Severity, -1 none
        int toSeverity = -1;
    };
    static void describe(Row& r);
    static void judgeDates(Row& r, const QDateTime& now);
    static bool canTick(CertificateStatus status);
    static Row makeRow(const services::CertificateView& view, const QDateTime& now);

    services::ServiceContext* m_context = nullptr;
    services::CertificateQuery m_query; // of the pages read, with the page size as its limit
    QList<Row> m_rows;
};

} // namespace hocbaso::ui
