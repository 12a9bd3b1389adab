#pragma once

#include "CheckableTableModel.h"
#include "services/CertificateReview.h"

#include <QColor>
#include <QList>

namespace hocbaso::ui {

// Certificate registrations of 6.1 with a tick box per row. The service returns the registrations
// of one filter with their checks already run (a unit has tens to a few hundred), so they are held;
// display texts are made once per refresh, not in data(). Pending rows can be ticked (to approve or
// reject them) and approved ones (to revoke them); decided rows cannot be decided again.
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

    explicit CertificateTableModel(QObject* parent = nullptr);

    // Ticks survive a refresh for the rows still listed and still in a status that can be ticked.
    // `now` (the rules' clock) tells which date of a certificate that is not valid is at fault.
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

private:
    struct Row
    {
        services::CertificateView view;
        int severity = -1;
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

    QList<Row> m_rows;
};

} // namespace hocbaso::ui
