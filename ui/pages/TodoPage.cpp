#include "TodoPage.h"

#include "Palette.h"
#include "Session.h"
#include "core/DisplayDates.h"
#include "core/LookupCode.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QMap>
#include <QPushButton>
#include <QShowEvent>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace hocbaso::ui {
namespace {

enum Column
{
    WhatColumn,
    CountColumn,
    WhereColumn,
    ColumnCount
};

constexpr int kTargetRole = Qt::UserRole + 1;

} // namespace

TodoPage::TodoPage(QWidget* parent) : Page(PageId::Todo, parent)
{
    auto* layout = new QVBoxLayout(this);
    auto* head = new QHBoxLayout;
    auto* icon = new QLabel(this);
    icon->setPixmap(QIcon(iconPath(pageId())).pixmap(QSize(32, 32)));
    head->addWidget(icon);
    m_titleLabel = new QLabel(this);
    m_titleLabel->setObjectName(QStringLiteral("titleLabel"));
    QFont big = m_titleLabel->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_titleLabel->setFont(big);
    m_titleLabel->setStyleSheet(QStringLiteral("color: %1;").arg(Palette::heading().name()));
    head->addWidget(m_titleLabel, 1);
    m_refreshButton = new QPushButton(style()->standardIcon(QStyle::SP_BrowserReload), QString(), this);
    m_refreshButton->setObjectName(QStringLiteral("refreshPushButton"));
    m_refreshButton->setShortcut(QKeySequence::Refresh);
    connect(m_refreshButton, &QPushButton::clicked, this, &TodoPage::refresh);
    head->addWidget(m_refreshButton);
    layout->addLayout(head);

    m_hintLabel = new QLabel(this);
    m_hintLabel->setWordWrap(true);
    layout->addWidget(m_hintLabel);
    m_messageLabel = new QLabel(this);
    m_messageLabel->setObjectName(QStringLiteral("messageLabel"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setStyleSheet(QStringLiteral("color: #a31f16;"));
    m_messageLabel->hide();
    layout->addWidget(m_messageLabel);

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("todoTreeWidget"));
    m_tree->setColumnCount(ColumnCount);
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(WhatColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(CountColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(WhereColumn, QHeaderView::ResizeToContents);
    // itemActivated: a double-click, or Enter on the current line, as everywhere else in the program.
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* line) { activate(line); });
    layout->addWidget(m_tree, 1);
    retranslate();
}

TodoPage::~TodoPage() = default;

void TodoPage::setSession(Session* session)
{
    Page::setSession(session);
    if (session)
        refresh();
    else
        clear();
}

void TodoPage::clear()
{
    m_tree->clear();
    m_targets.clear();
    m_summary.reset();
    m_messageLabel->hide();
    Page::clear();
}

void TodoPage::showEvent(QShowEvent* event)
{
    Page::showEvent(event);
    // Decisions taken on the other tabs change the numbers: read them again on coming back.
    if (session() && !event->spontaneous())
        refresh();
}

void TodoPage::refresh()
{
    if (!session())
        return;
    auto summary = services::TodoList(session()->context()).summary();
    if (!summary) {
        m_summary.reset();
        m_messageLabel->setText(summary.errorString());
        m_messageLabel->show();
    } else {
        m_summary = *summary;
        m_messageLabel->hide();
    }
    fill();
}

QTreeWidgetItem* TodoPage::addLine(QTreeWidgetItem* parent, const QString& text, qint64 count, PageId opens,
                                   const Target& target)
{
    auto* line = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_tree);
    line->setText(WhatColumn, text);
    line->setText(CountColumn, QLocale().toString(count));
    line->setTextAlignment(CountColumn, Qt::AlignRight | Qt::AlignVCenter);
    line->setText(WhereColumn, title(opens));
    line->setIcon(WhereColumn, QIcon(iconPath(opens)));
    line->setData(WhatColumn, kTargetRole, int(m_targets.size()));
    m_targets.append(target);
    // Work waiting stands out; a zero is there to say "nothing here" and is greyed.
    if (count > 0) {
        QFont bold = line->font(CountColumn);
        bold.setBold(true);
        line->setFont(CountColumn, bold);
    } else {
        for (int c = 0; c < ColumnCount; ++c)
            line->setForeground(c, palette().brush(QPalette::Disabled, QPalette::Text));
    }
    return line;
}

void TodoPage::fill()
{
    m_tree->clear();
    m_targets.clear();
    const QDate today = session() ? session()->clock().today() : QDate();
    m_titleLabel->setText(tr("To-do on %1").arg(text::dayText(today)));
    if (!m_summary)
        return;
    const services::TodoSummary& s = *m_summary;
    Target base;
    base.schoolYear = s.schoolYear;
    base.thresholdPercent = s.thresholdPercent;
    auto target = [&](Item item) {
        Target t = base;
        t.item = item;
        return t;
    };
    addLine(nullptr, tr("Certificates waiting for approval"), s.pendingCertificates, PageId::CertificateReview,
            target(Item::PendingCertificates));
    addLine(nullptr, tr("Approved certificates expiring within %n day(s)", "", s.expiryDays), s.expiringCertificates,
            PageId::CertificateReview, target(Item::ExpiringCertificates));
    addLine(nullptr, tr("Revocation requests waiting for a decision"), s.pendingRevocations, PageId::RevocationReview,
            target(Item::PendingRevocations));
    addLine(nullptr,
            tr("Schools below %1% of records sent (school year %2)")
                .arg(QLocale().toString(s.thresholdPercent), SchoolYear{s.schoolYear}.label()),
            s.schoolsBelowThreshold, PageId::Statistics, target(Item::SchoolsBelowThreshold));

    // Lock dates: one line per school and day and kind, its grades together, under a heading
    // that counts the schools' grades.
    struct Group
    {
        services::LockSoon first;
        QList<int> grades;
    };
    QList<Group> groups;
    for (const services::LockSoon& l : s.locksSoon) {
        auto same = [&](const Group& g) {
            return g.first.date == l.date && g.first.kind == l.kind && g.first.schoolCode == l.schoolCode;
        };
        if (!groups.isEmpty() && same(groups.last()))
            groups.last().grades.append(l.grade);
        else
            groups.append({l, {l.grade}});
    }
    Target heading = target(Item::LockSoon);
    if (!groups.isEmpty()) {
        heading.schoolCode = groups.first().first.schoolCode;
        heading.grade = groups.first().first.grade;
    }
    auto* locks = addLine(nullptr, tr("Lock dates within the next %n day(s) (school grades)", "", s.lockDays),
                          s.locksSoon.size(), PageId::LockSettings, heading);
    for (const Group& g : groups) {
        QStringList grades;
        for (int grade : g.grades)
            grades.append(QString::number(grade));
        const QString kind = g.first.kind == services::LockSoon::Kind::Receive ? tr("receive lock") : tr("revoke lock");
        Target t = target(Item::LockSoon);
        t.schoolCode = g.first.schoolCode;
        t.grade = g.first.grade;
        addLine(locks,
                tr("%1, %2: %3 %4, grade(s) %5")
                    .arg(text::dayText(g.first.date), kind, g.first.schoolCode, g.first.schoolName,
                         grades.join(QStringLiteral(", "))),
                g.grades.size(), PageId::LockSettings, t);
    }
    locks->setExpanded(true);
    m_tree->setCurrentItem(m_tree->topLevelItem(0));
}

QTreeWidgetItem* TodoPage::lineOf(Item item) const
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem* line = m_tree->topLevelItem(i);
        const int index = line->data(WhatColumn, kTargetRole).toInt();
        if (m_targets.value(index).item != item)
            continue;
        if (item == Item::LockSoon && line->childCount() > 0)
            return line->child(0);
        return line;
    }
    return nullptr;
}

bool TodoPage::activate(QTreeWidgetItem* line)
{
    if (!line || !line->data(WhatColumn, kTargetRole).isValid())
        return false;
    const int index = line->data(WhatColumn, kTargetRole).toInt();
    if (index < 0 || index >= m_targets.size())
        return false;
    Q_EMIT openRequested(m_targets.at(index));
    return true;
}

void TodoPage::retranslate()
{
    m_tree->setHeaderLabels({tr("What needs attention"), tr("Number"), tr("Opens")});
    m_hintLabel->setText(
        tr("Work waiting in your units. Double-click a line (or press Enter) to open the function that lists it."));
    m_refreshButton->setText(tr("&Refresh"));
    m_refreshButton->setToolTip(tr("Count again (F5)"));
    if (session())
        fill();
}

} // namespace hocbaso::ui
