#include "LockSettingsPage.h"

#include "Palette.h"
#include "Prompter.h"
#include "Session.h"
#include "core/LookupCode.h"
#include "dialogs/CommonLockDialog.h"
#include "models/LockSettingsModel.h"
#include "services/LockService.h"
#include "services/Statistics.h"
#include "ui_LockSettingsPage.h"

#include <QHeaderView>
#include <QHideEvent>
#include <QIcon>
#include <QShortcut>
#include <QShowEvent>
#include <QTabWidget>
#include <QTimer>

#include <algorithm>
#include <functional>

namespace hocbaso::ui {

using services::LockSource;

LockSettingsPage::LockSettingsPage(QWidget* parent)
    : Page(PageId::LockSettings, parent), m_ui(std::make_unique<Ui::LockSettingsPage>())
{
    m_ui->setupUi(this);
    m_ui->iconLabel->setPixmap(QIcon(iconPath(pageId())).pixmap(QSize(32, 32)));
    m_model = new LockSettingsModel(this);
    m_delegate = new LockDateDelegate(this);
    m_ui->locksTreeView->setModel(m_model);
    m_ui->locksTreeView->setItemDelegateForColumn(LockSettingsModel::ReceiveColumn, m_delegate);
    m_ui->locksTreeView->setItemDelegateForColumn(LockSettingsModel::RevokeColumn, m_delegate);
    QHeaderView* header = m_ui->locksTreeView->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(LockSettingsModel::NameColumn, QHeaderView::Stretch);
    // Delete clears the selected date, as the button does; only while the tree has the focus.
    auto* clearShortcut = new QShortcut(QKeySequence::Delete, m_ui->locksTreeView);
    clearShortcut->setContext(Qt::WidgetShortcut);
    connect(clearShortcut, &QShortcut::activated, this, &LockSettingsPage::clearSelectedDate);

    connect(m_ui->yearComboBox, &QComboBox::currentIndexChanged, this, &LockSettingsPage::onYearChosen);
    connect(m_ui->configureReceivePushButton, &QPushButton::clicked, this, &LockSettingsPage::configureReceiveLock);
    connect(m_ui->configureRevokePushButton, &QPushButton::clicked, this, &LockSettingsPage::configureRevokeLock);
    connect(m_ui->savePushButton, &QPushButton::clicked, this, &LockSettingsPage::save);
    connect(m_ui->discardPushButton, &QPushButton::clicked, this, &LockSettingsPage::discard);
    connect(m_ui->useUnitSettingPushButton, &QPushButton::clicked, this, &LockSettingsPage::useUnitSetting);
    connect(m_ui->clearDatePushButton, &QPushButton::clicked, this, &LockSettingsPage::clearSelectedDate);
    connect(m_model, &LockSettingsModel::pendingChanged, this, [this](bool pending) {
        updateButtons();
        showMessage(pending ? tr("Changed dates are marked with * and are not saved until you press Save.") : QString(),
                    false);
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &LockSettingsPage::updateButtons);
    connect(m_ui->locksTreeView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &LockSettingsPage::updateButtons);
    showMessage({}, false);
    retranslate();
    updateButtons();
}

LockSettingsPage::~LockSettingsPage() = default;

void LockSettingsPage::setSession(Session* session)
{
    clear();
    Page::setSession(session);
    if (session && isVisible()) {
        fillYears();
        refresh();
    }
}

int LockSettingsPage::schoolYear() const
{
    return m_ui->yearComboBox->currentData().toInt();
}

bool LockSettingsPage::setSchoolYear(int startYear)
{
    const int i = m_ui->yearComboBox->findData(startYear);
    if (i < 0)
        return false;
    m_ui->yearComboBox->setCurrentIndex(i);
    return m_shownYear == startYear;
}

bool LockSettingsPage::showSchool(int startYear, const QString& schoolCode, int grade)
{
    if (!session())
        return false;
    if (m_shownYear == 0)
        refresh();
    // The unsaved-edits question may keep the year on screen: then the school is not shown.
    if (m_shownYear != startYear && !setSchoolYear(startYear))
        return false;
    const QModelIndex school = m_model->indexOf(schoolCode);
    if (!school.isValid())
        return false;
    m_ui->locksTreeView->expand(school);
    const QModelIndex row = grade > 0 ? m_model->indexOf(schoolCode, grade) : school;
    const QModelIndex current = row.isValid() ? row : school;
    m_ui->locksTreeView->setCurrentIndex(current);
    m_ui->locksTreeView->scrollTo(current);
    m_ui->locksTreeView->setFocus();
    return true;
}

QModelIndex LockSettingsPage::currentIndex() const
{
    return m_ui->locksTreeView->currentIndex();
}

QString LockSettingsPage::messageText() const
{
    return m_ui->messageLabel->text();
}

void LockSettingsPage::clear()
{
    delete m_dialog.data();
    m_model->clear();
    {
        const QSignalBlocker blocker(m_ui->yearComboBox);
        m_ui->yearComboBox->clear();
    }
    m_shownYear = 0;
    showMessage({}, false);
    updateButtons();
    Page::clear();
}

void LockSettingsPage::fillYears()
{
    Session* s = session();
    if (!s)
        return;
    services::Statistics stats(s->context());
    auto years = stats.schoolYears();
    QList<int> list = years ? *years : QList<int>();
    const int current = services::LockService(s->context()).defaultYear();
    if (!list.contains(current))
        list.append(current);
    // The latest year first: locks are set for the year under way.
    std::sort(list.begin(), list.end(), std::greater<int>());
    const int keep = m_shownYear ? m_shownYear : current;
    const QSignalBlocker blocker(m_ui->yearComboBox);
    m_ui->yearComboBox->clear();
    for (int y : list)
        m_ui->yearComboBox->addItem(SchoolYear{y}.label(), y);
    m_ui->yearComboBox->setCurrentIndex(std::max(0, m_ui->yearComboBox->findData(keep)));
}

void LockSettingsPage::refresh()
{
    Session* s = session();
    if (!s)
        return;
    if (m_ui->yearComboBox->count() == 0)
        fillYears();
    const int year = schoolYear();
    const bool firstLoad = m_shownYear == 0;
    // Keep the schools the officer opened: a reload resets the model.
    QStringList expanded;
    for (int i = 0; i < m_model->rowCount(); ++i) {
        const QModelIndex school = m_model->index(i, 0);
        if (m_ui->locksTreeView->isExpanded(school))
            expanded.append(school.data(LockSettingsModel::SchoolCodeRole).toString());
    }
    services::LockService locks(s->context());
    auto rows = locks.effective(year);
    if (!rows) {
        m_model->clear();
        m_shownYear = year;
        showMessage(rows.errorString(), true);
        return;
    }
    m_delegate->setSchoolYear(year);
    m_delegate->setToday(s->clock().today());
    m_model->setLocks(year, *rows);
    m_shownYear = year;
    for (const QString& code : expanded)
        m_ui->locksTreeView->expand(m_model->indexOf(code));
    // On first sight show one school open, so that the per-grade dates (Cách 2) are visible.
    if (firstLoad && expanded.isEmpty() && m_model->rowCount() > 0)
        m_ui->locksTreeView->expand(m_model->index(0, 0));
    updateButtons();
}

void LockSettingsPage::onYearChosen(int index)
{
    const int year = m_ui->yearComboBox->itemData(index).toInt();
    if (year == m_shownYear || !session())
        return;
    if (m_model->hasPendingEdits()) {
        const Leave answer = askAboutPendingEdits();
        if (answer == Leave::Stay) {
            const QSignalBlocker blocker(m_ui->yearComboBox);
            m_ui->yearComboBox->setCurrentIndex(m_ui->yearComboBox->findData(m_shownYear));
            return;
        }
        if (answer == Leave::Discarded)
            m_model->discardPendingEdits();
    }
    showMessage({}, false);
    refresh();
}

LockSettingsPage::Leave LockSettingsPage::askAboutPendingEdits()
{
    // Prompter has yes/no questions only, so "save, discard or stay" is asked as two of them.
    m_asking = true;
    const int count = int(m_model->pendingEdits().size());
    Leave answer = Leave::Stay;
    if (prompter().confirm(
            this, tr("Unsaved lock dates"),
            tr("You changed the lock dates of %n grade(s) without saving them. Save them now?", "", count),
            tr("Save"))) {
        answer = save() ? Leave::Saved : Leave::Stay;
    } else if (prompter().confirm(this, tr("Unsaved lock dates"),
                                  tr("Discard the unsaved lock dates? If not, you stay on this page with them."),
                                  tr("Discard"))) {
        answer = Leave::Discarded;
    }
    m_asking = false;
    return answer;
}

bool LockSettingsPage::save()
{
    Session* s = session();
    const QList<LockSettingsModel::PendingEdit> edits = m_model->pendingEdits();
    if (!s || edits.isEmpty())
        return true;
    const int year = m_model->schoolYear();
    const QString caption = tr("Save lock dates");

    // The service checks every row by its rules, asks once about past dates and saves all the rows
    // in one transaction, or none.
    bool declined = false;
    const services::LockService::Confirm confirm = [&](const QString& question) {
        const bool yes = prompter().confirm(this, caption, question, tr("Save"));
        declined = !yes;
        return yes;
    };
    QList<services::LockEdit> changes;
    for (const LockSettingsModel::PendingEdit& e : edits)
        changes.append({e.schoolCode, e.grade, e.receive, e.revoke});
    const Result<int> saved = services::LockService(s->context()).applyEdits(year, changes, confirm);
    if (!saved && declined) {
        showMessage(tr("Nothing was saved."), false);
        return false;
    }
    if (!saved) {
        showMessage(saved.errorString(), true);
        prompter().refuse(this, caption, saved.errorString());
        return false;
    }
    m_model->discardPendingEdits();
    refresh();
    showMessage(tr("Saved the lock dates of %n grade(s).", "", *saved), false);
    return true;
}

void LockSettingsPage::discard()
{
    m_model->discardPendingEdits();
    showMessage({}, false);
}

void LockSettingsPage::configureReceiveLock()
{
    openCommonDialog(true);
}

void LockSettingsPage::configureRevokeLock()
{
    openCommonDialog(false);
}

void LockSettingsPage::openCommonDialog(bool receive)
{
    Session* s = session();
    if (!s || m_model->rowCount() == 0)
        return;
    delete m_dialog.data();
    m_dialog = new CommonLockDialog(s->context(), prompter(),
                                    receive ? CommonLockDialog::Kind::Receive : CommonLockDialog::Kind::Revoke,
                                    m_model->schoolYear(), m_model->schools(), s->clock().today(), this);
    m_dialog->setObjectName(QStringLiteral("commonLockDialog"));
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QDialog::accepted, this, [this] {
        refresh();
        showMessage(tr("The lock dates were saved."), false);
    });
    // open(), not exec(): the page stays scriptable in tests while the dialog is up.
    m_dialog->open();
}

void LockSettingsPage::useUnitSetting()
{
    Session* s = session();
    const QModelIndex current = m_ui->locksTreeView->currentIndex();
    if (!s || !current.isValid())
        return;
    const QString code = current.data(LockSettingsModel::SchoolCodeRole).toString();
    const int grade = current.data(LockSettingsModel::GradeRole).toInt();
    const QString caption = tr("Use unit setting");
    const QString question =
        grade == 0 ? tr("Remove the own lock dates of %1 for every grade, so that the unit-wide dates apply?").arg(code)
                   : tr("Remove the own lock dates of %1 for grade %2, so that the unit-wide dates apply?")
                         .arg(code)
                         .arg(grade);
    if (!prompter().confirm(this, caption, question, tr("Use unit setting")))
        return;
    services::LockService locks(s->context());
    const Status status = locks.clear(code, grade == 0 ? QList<int>() : QList<int>{grade}, m_model->schoolYear());
    if (!status) {
        showMessage(status.errorString(), true);
        prompter().refuse(this, caption, status.errorString());
        return;
    }
    m_model->discardPendingEdit(code, grade);
    refresh();
    showMessage(tr("%1 now follows the unit-wide lock dates.").arg(code), false);
}

void LockSettingsPage::clearSelectedDate()
{
    QModelIndex current = m_ui->locksTreeView->currentIndex();
    if (!current.isValid() || current.data(LockSettingsModel::GradeRole).toInt() == 0)
        return;
    // The source columns stand for the date beside them.
    int column = current.column();
    if (column == LockSettingsModel::ReceiveSourceColumn)
        column = LockSettingsModel::ReceiveColumn;
    else if (column == LockSettingsModel::RevokeSourceColumn)
        column = LockSettingsModel::RevokeColumn;
    if (column != LockSettingsModel::ReceiveColumn && column != LockSettingsModel::RevokeColumn) {
        showMessage(tr("Select the receive-lock or revoke-lock date to clear."), false);
        return;
    }
    const QModelIndex cell = current.siblingAtColumn(column);
    const bool pending = cell.data(LockSettingsModel::PendingRole).toBool();
    if (!pending && cell.data(LockSettingsModel::SourceRole).toString() != services::toText(LockSource::School)) {
        showMessage(tr("This date is not the school's own, so there is nothing to clear."), false);
        return;
    }
    m_model->setData(cell, QVariant(), Qt::EditRole);
}

void LockSettingsPage::updateButtons()
{
    const bool loaded = session() && m_model->rowCount() > 0;
    const bool pending = m_model->hasPendingEdits();
    const QModelIndex current = m_ui->locksTreeView->currentIndex();
    m_ui->configureReceivePushButton->setEnabled(loaded);
    m_ui->configureRevokePushButton->setEnabled(loaded);
    m_ui->savePushButton->setEnabled(pending);
    m_ui->discardPushButton->setEnabled(pending);
    m_ui->useUnitSettingPushButton->setEnabled(loaded && current.isValid());
    m_ui->clearDatePushButton->setEnabled(loaded && current.isValid() &&
                                          current.data(LockSettingsModel::GradeRole).toInt() > 0);
}

void LockSettingsPage::showMessage(const QString& text, bool error)
{
    m_ui->messageLabel->setText(text);
    m_ui->messageLabel->setStyleSheet(
        QStringLiteral("color: %1;").arg((error ? Palette::error() : Palette::heading()).name()));
    m_ui->messageLabel->setVisible(!text.isEmpty());
}

void LockSettingsPage::showEvent(QShowEvent* event)
{
    Page::showEvent(event);
    if (session() && !event->spontaneous())
        refresh();
}

void LockSettingsPage::hideEvent(QHideEvent* event)
{
    Page::hideEvent(event);
    if (event->spontaneous() || m_asking || !session() || !m_model->hasPendingEdits())
        return;
    // Asked once the tab switch is over; a sign-out or a closing window is not "leaving the tab".
    QTimer::singleShot(0, this, [this] {
        if (isVisible() || m_asking || !session() || !window()->isVisible() || !m_model->hasPendingEdits())
            return;
        if (askAboutPendingEdits() == Leave::Stay) {
            for (QWidget* w = parentWidget(); w; w = w->parentWidget()) {
                if (auto* tabs = qobject_cast<QTabWidget*>(w)) {
                    tabs->setCurrentWidget(this);
                    break;
                }
            }
        } else {
            m_model->discardPendingEdits();
        }
    });
}

void LockSettingsPage::retranslate()
{
    m_ui->retranslateUi(this);
    m_ui->titleLabel->setText(title(pageId()));
}

} // namespace hocbaso::ui
