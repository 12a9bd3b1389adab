#include "SyncReportDialog.h"

#include "Palette.h"
#include "StandardButtons.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace hocbaso::ui {

QString SyncReportDialog::describe(const sync::SyncConflict& c)
{
    const QString id = c.key;
    if (c.intent == QLatin1String("revocation.approve"))
        return tr("Approve revocation request #%1").arg(id);
    if (c.intent == QLatin1String("revocation.reject"))
        return tr("Reject revocation request #%1").arg(id);
    if (c.intent == QLatin1String("certificate.approve"))
        return tr("Approve certificate #%1").arg(id);
    if (c.intent == QLatin1String("certificate.reject"))
        return tr("Reject certificate #%1").arg(id);
    if (c.intent == QLatin1String("certificate.revoke"))
        return tr("Revoke certificate #%1").arg(id);
    if (c.intent == QLatin1String("lock.set"))
        return tr("Set lock dates");
    if (c.intent == QLatin1String("lock.clear"))
        return tr("Clear a school's lock dates");
    return c.intent;
}

SyncReportDialog::SyncReportDialog(const sync::SyncReport& report, QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("SyncReportDialog"));
    setWindowTitle(tr("Sync result"));
    setMinimumSize(720, 320);
    auto* layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("syncSummaryLabel"));
    m_summary->setWordWrap(true);
    QStringList lines;
    lines.append(tr("Sent %n change(s) to the server.", "", report.pushed) + QLatin1Char(' ') +
                 tr("Received %n row(s) from it.", "", int(report.pulled)));
    if (report.downloadedAgain)
        lines.append(tr("The server was restored or upgraded, so your unit was downloaded again."));
    if (report.conflicts.isEmpty())
        lines.append(tr("Every change you made offline was applied."));
    else
        lines.append(tr("%n of your changes could not be applied: somebody decided first, or the rules refused them.",
                        "", int(report.conflicts.size())));
    m_summary->setText(lines.join(QLatin1Char('\n')));
    if (!report.conflicts.isEmpty())
        m_summary->setStyleSheet(QStringLiteral("QLabel { color: %1; }").arg(Palette::attention().name()));
    layout->addWidget(m_summary);

    m_table = new QTableWidget(int(report.conflicts.size()), 3, this);
    m_table->setObjectName(QStringLiteral("syncConflictTable"));
    m_table->setHorizontalHeaderLabels({tr("Your change"), tr("Outcome"), tr("What happened")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);

    for (int row = 0; row < report.conflicts.size(); ++row) {
        const sync::SyncConflict& c = report.conflicts.at(row);
        m_table->setItem(row, 0, new QTableWidgetItem(describe(c)));
        m_table->setItem(row, 1,
                         new QTableWidgetItem(c.outcome == QLatin1String("conflict")
                                                  ? tr("Decided first by %1").arg(c.by)
                                                  : tr("Refused by the server")));
        auto* story = new QTableWidgetItem(c.message);
        story->setToolTip(c.message);
        m_table->setItem(row, 2, story);
    }
    m_table->setFocusPolicy(Qt::NoFocus);
    m_table->setVisible(!report.conflicts.isEmpty());
    layout->addWidget(m_table, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    translateButtons(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

void SyncReportDialog::resizeEvent(QResizeEvent* event)
{
    QDialog::resizeEvent(event);
    // Rows as tall as their wrapped story, once the columns have their widths.
    QTimer::singleShot(0, m_table, &QTableWidget::resizeRowsToContents);
}

} // namespace hocbaso::ui
