#include "MainWindow.h"

#include "AppSettings.h"
#include "Palette.h"
#include "Prompter.h"
#include "ScreenFit.h"
#include "Session.h"
#include "dialogs/AboutDialog.h"
#include "dialogs/AuditLogDialog.h"
#include "dialogs/OrganisationDialog.h"
#include "dialogs/SettingsDialog.h"
#include "dialogs/SyncReportDialog.h"
#include "dialogs/TrustAnchorsDialog.h"
#include "dialogs/UserAdminDialog.h"
#include "pages/CertificateReviewPage.h"
#include "pages/LockSettingsPage.h"
#include "pages/RevocationReviewPage.h"
#include "pages/StatisticsPage.h"
#include "services/AuthService.h"
#include "services/LiveUpdates.h"
#include "services/StoreBackup.h"
#include "services/StoreCompaction.h"
#include "services/StoreInfo.h"
#include "services/TodoList.h"
#include "services/UnitAdmin.h"
#include "widgets/BackgroundTask.h"
#include "widgets/PageTabWidget.h"

#include <QAction>
#include <QActionGroup>
#include <QCloseEvent>
#include <QDialog>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFrame>
#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>

namespace hocbaso::ui {
namespace {

QFrame* statusSeparator(QWidget* parent)
{
    auto* line = new QFrame(parent);
    line->setFrameShape(QFrame::VLine);
    line->setFrameShadow(QFrame::Sunken);
    return line;
}

// Copies hold every person's data (password verifiers included), and a restore replaces all of
// it: the store's administrators and officers only, as on the command line.
bool keepsTheStore(const services::Actor& a)
{
    return a.role == Role::Admin || a.role == Role::Officer;
}

// The copy's pages done, in thousandths, for the progress bar.
int permille(qint64 done, qint64 total)
{
    return total > 0 ? int(std::min<qint64>(1000, done * 1000 / total)) : 0;
}

} // namespace

MainWindow::MainWindow(AppSettings& settings, Prompter& prompter, QWidget* parent)
    : QMainWindow(parent), m_settings(settings), m_prompter(prompter)
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/hocbaso.svg")));
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    // A demo store says so on every screen, above the tabs: its pupils are not real ones.
    m_demoBanner = new QLabel(central);
    m_demoBanner->setObjectName(QStringLiteral("demoBannerLabel"));
    m_demoBanner->setAlignment(Qt::AlignCenter);
    m_demoBanner->setWordWrap(true);
    m_demoBanner->setStyleSheet(QStringLiteral("QLabel { background: %1; color: white; font-weight: bold; "
                                               "padding: 4px 8px; }")
                                    .arg(Palette::attention().name()));
    m_demoBanner->hide();
    layout->addWidget(m_demoBanner);
    m_tabWidget = new PageTabWidget(central);
    m_tabWidget->setObjectName(QStringLiteral("pagesTabWidget"));
    m_tabWidget->setDocumentMode(true);
    m_tabWidget->setIconSize(QSize(18, 18));
    // Every tab stays in view on a laptop's screen (PageTabBar); the whole title is the tooltip.
    layout->addWidget(m_tabWidget);
    setCentralWidget(central);

    createActions();
    createMenus();
    createToolBar();
    createStatusBar();
    retranslate();
    setOfflineMode(false, false);
    // A window saved on a larger monitor is not restored onto a laptop's screen: showForWork()
    // maximizes instead, so that nothing is off-screen.
    m_geometryRestored = restoreGeometry(m_settings.mainWindowGeometry()) &&
                         usableScreenArea(this).contains(frameGeometry().united(geometry()));
    if (!m_geometryRestored)
        resizeWithinScreen(this, QSize(1280, 720));
}

void MainWindow::showForWork()
{
    // The first time, and whenever the saved size does not fit this screen, the window takes the
    // whole screen: officers work in it all day and the pages lay out for the room they get.
    if (m_geometryRestored && !isMaximized())
        show();
    else
        showMaximized();
    raise();
    activateWindow();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    const QList<PageId> ids = Page::all();
    for (int i = 0; i < ids.size(); ++i) {
        const PageId id = ids.at(i);
        auto* action = new QAction(QIcon(Page::iconPath(id)), QString(), this);
        action->setObjectName(QStringLiteral("page%1Action").arg(i + 1));
        // Ctrl+1..5 open 6.1..6.5, as the menu numbers them.
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        action->setShortcutContext(Qt::ApplicationShortcut);
        connect(action, &QAction::triggered, this, [this, id] { showPage(id); });
        m_pageActions.append(action);
    }

    m_usersAction = new QAction(QIcon(QStringLiteral(":/icons/users.svg")), QString(), this);
    m_usersAction->setObjectName(QStringLiteral("usersAction"));
    connect(m_usersAction, &QAction::triggered, this, &MainWindow::openUserAdmin);

    m_auditLogAction = new QAction(QString(), this);
    m_auditLogAction->setObjectName(QStringLiteral("auditLogAction"));
    connect(m_auditLogAction, &QAction::triggered, this, &MainWindow::openAuditLog);

    m_organisationAction = new QAction(QIcon(QStringLiteral(":/icons/statistics.svg")), QString(), this);
    m_organisationAction->setObjectName(QStringLiteral("organisationAction"));
    connect(m_organisationAction, &QAction::triggered, this, &MainWindow::openOrganisation);

    m_trustAnchorsAction = new QAction(QIcon(QStringLiteral(":/icons/certificate.svg")), QString(), this);
    m_trustAnchorsAction->setObjectName(QStringLiteral("trustAnchorsAction"));
    connect(m_trustAnchorsAction, &QAction::triggered, this, &MainWindow::openTrustAnchors);

    m_settingsAction = new QAction(QIcon(QStringLiteral(":/icons/settings.svg")), QString(), this);
    m_settingsAction->setObjectName(QStringLiteral("settingsAction"));
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::openSettings);

    m_workOfflineAction = new QAction(QIcon(QStringLiteral(":/icons/work-offline.svg")), QString(), this);
    m_workOfflineAction->setObjectName(QStringLiteral("workOfflineAction"));
    connect(m_workOfflineAction, &QAction::triggered, this, &MainWindow::workOfflineRequested);

    m_syncAction = new QAction(QIcon(QStringLiteral(":/icons/sync.svg")), QString(), this);
    m_syncAction->setObjectName(QStringLiteral("syncAction"));
    m_syncAction->setShortcut(QKeySequence(Qt::Key_F9));
    connect(m_syncAction, &QAction::triggered, this, &MainWindow::syncRequested);

    m_backupAction = new QAction(QString(), this);
    m_backupAction->setObjectName(QStringLiteral("backupAction"));
    connect(m_backupAction, &QAction::triggered, this, &MainWindow::backUp);

    m_restoreAction = new QAction(QString(), this);
    m_restoreAction->setObjectName(QStringLiteral("restoreAction"));
    connect(m_restoreAction, &QAction::triggered, this, &MainWindow::restore);

    m_signOutAction = new QAction(QIcon(QStringLiteral(":/icons/sign-out.svg")), QString(), this);
    m_signOutAction->setObjectName(QStringLiteral("signOutAction"));
    connect(m_signOutAction, &QAction::triggered, this, &MainWindow::signOutRequested);

    m_quitAction = new QAction(QString(), this);
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_aboutAction = new QAction(QIcon(QStringLiteral(":/icons/about.svg")), QString(), this);
    m_aboutAction->setObjectName(QStringLiteral("aboutAction"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    // Language names are written in their own language, so that anyone can find theirs.
    m_languageGroup = new QActionGroup(this);
    m_vietnameseAction = new QAction(QStringLiteral("Tiếng Việt"), m_languageGroup);
    m_vietnameseAction->setObjectName(QStringLiteral("vietnameseAction"));
    m_vietnameseAction->setCheckable(true);
    m_englishAction = new QAction(QStringLiteral("English"), m_languageGroup);
    m_englishAction->setObjectName(QStringLiteral("englishAction"));
    m_englishAction->setCheckable(true);
    connect(m_vietnameseAction, &QAction::triggered, this, [this] { Q_EMIT languageChosen(QStringLiteral("vi")); });
    connect(m_englishAction, &QAction::triggered, this, [this] { Q_EMIT languageChosen(QStringLiteral("en")); });
}

void MainWindow::createMenus()
{
    m_systemMenu = menuBar()->addMenu(QString());
    m_systemMenu->setObjectName(QStringLiteral("systemMenu"));
    m_systemMenu->addAction(m_organisationAction);
    m_systemMenu->addAction(m_usersAction);
    m_systemMenu->addAction(m_trustAnchorsAction);
    m_systemMenu->addAction(m_settingsAction);
    m_systemMenu->addAction(m_auditLogAction);
    m_systemMenu->addSeparator();
    m_systemMenu->addAction(m_workOfflineAction);
    m_systemMenu->addAction(m_syncAction);
    m_systemMenu->addSeparator();
    m_systemMenu->addAction(m_backupAction);
    m_systemMenu->addAction(m_restoreAction);
    // A central store's copies are made on its server: the disabled items say so.
    m_systemMenu->setToolTipsVisible(true);
    m_systemMenu->addSeparator();
    m_systemMenu->addAction(m_signOutAction);
    m_systemMenu->addAction(m_quitAction);

    m_recordsMenu = menuBar()->addMenu(QString());
    m_recordsMenu->setObjectName(QStringLiteral("recordsMenu"));
    for (QAction* a : std::as_const(m_pageActions))
        m_recordsMenu->addAction(a);

    m_languageMenu = menuBar()->addMenu(QString());
    m_languageMenu->setObjectName(QStringLiteral("languageMenu"));
    m_languageMenu->addAction(m_vietnameseAction);
    m_languageMenu->addAction(m_englishAction);

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->setObjectName(QStringLiteral("helpMenu"));
    m_helpMenu->addAction(m_aboutAction);
}

void MainWindow::createToolBar()
{
    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setMovable(false);
    m_toolBar->setFloatable(false);
    m_toolBar->setIconSize(QSize(20, 20));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_usersToolAction = m_toolBar->addAction(m_usersAction->icon(), QString(), this, &MainWindow::openUserAdmin);
    m_usersToolAction->setObjectName(QStringLiteral("usersToolAction"));
    m_settingsToolAction = m_toolBar->addAction(m_settingsAction->icon(), QString(), this, &MainWindow::openSettings);
    m_settingsToolAction->setObjectName(QStringLiteral("settingsToolAction"));
    m_workOfflineToolAction =
        m_toolBar->addAction(m_workOfflineAction->icon(), QString(), this, &MainWindow::workOfflineRequested);
    m_workOfflineToolAction->setObjectName(QStringLiteral("workOfflineToolAction"));
    m_syncToolAction = m_toolBar->addAction(m_syncAction->icon(), QString(), this, &MainWindow::syncRequested);
    m_syncToolAction->setObjectName(QStringLiteral("syncToolAction"));
    auto* spacer = new QWidget(m_toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_toolBar->addWidget(spacer);
    m_userChipLabel = new QLabel(m_toolBar);
    m_userChipLabel->setObjectName(QStringLiteral("userChipLabel"));
    m_userChipLabel->setStyleSheet(
        QStringLiteral("QLabel { color: %1; padding: 0 10px; }").arg(Palette::heading().name()));
    m_toolBar->addWidget(m_userChipLabel);
    m_toolBar->addAction(m_signOutAction);
}

void MainWindow::createStatusBar()
{
    QStatusBar* bar = statusBar();
    bar->setObjectName(QStringLiteral("mainStatusBar"));
    m_userLabel = new QLabel(bar);
    m_userLabel->setObjectName(QStringLiteral("userLabel"));
    m_unitLabel = new QLabel(bar);
    m_unitLabel->setObjectName(QStringLiteral("unitLabel"));
    m_storeLabel = new QLabel(bar);
    m_storeLabel->setObjectName(QStringLiteral("storeLabel"));
    m_syncLabel = new QLabel(bar);
    m_syncLabel->setObjectName(QStringLiteral("syncLabel"));
    m_syncLabel->hide();
    m_replicaLabel = new QLabel(bar);
    m_replicaLabel->setObjectName(QStringLiteral("replicaLabel"));
    m_replicaLabel->hide();
    // A replica's lag is asked for on this thread: one small query to each server, every few seconds.
    m_dailyBackupTimer = new QTimer(this);
    m_dailyBackupTimer->setSingleShot(true);
    m_dailyBackupTimer->setInterval(5000);
    connect(m_dailyBackupTimer, &QTimer::timeout, this, &MainWindow::makeDailyBackup);
    m_replicaTimer = new QTimer(this);
    m_replicaTimer->setInterval(5000);
    connect(m_replicaTimer, &QTimer::timeout, this, &MainWindow::updateReplicaLag);
    // Started by the first change of a burst and not restarted by the next ones: a stream of changes
    // (another officer's bulk decision) refreshes the page every moment, not never.
    m_liveTimer = new QTimer(this);
    m_liveTimer->setSingleShot(true);
    m_liveTimer->setInterval(kLiveRefreshDelayMs);
    connect(m_liveTimer, &QTimer::timeout, this, &MainWindow::refreshAfterOthersChanges);
    m_liveLabel = new QLabel(bar);
    m_liveLabel->setObjectName(QStringLiteral("liveLabel"));
    m_liveLabel->hide();
    m_packingLabel = new QLabel(bar);
    m_packingLabel->setObjectName(QStringLiteral("packingLabel"));
    m_packingLabel->hide();
    bar->addWidget(m_userLabel);
    bar->addWidget(statusSeparator(bar));
    bar->addWidget(m_unitLabel);
    bar->addPermanentWidget(m_packingLabel);
    m_packingSeparator = statusSeparator(bar);
    m_packingSeparator->hide();
    bar->addPermanentWidget(m_packingSeparator);
    bar->addPermanentWidget(m_liveLabel);
    m_liveSeparator = statusSeparator(bar);
    m_liveSeparator->hide();
    bar->addPermanentWidget(m_liveSeparator);
    bar->addPermanentWidget(m_replicaLabel);
    bar->addPermanentWidget(m_syncLabel);
    m_syncSeparator = statusSeparator(bar);
    m_syncSeparator->hide();
    bar->addPermanentWidget(m_syncSeparator);
    bar->addPermanentWidget(m_storeLabel);
}

void MainWindow::retranslate()
{
    const QList<PageId> ids = Page::all();
    for (int i = 0; i < ids.size(); ++i) {
        m_pageActions.at(i)->setText(Page::title(ids.at(i)));
        m_pageActions.at(i)->setStatusTip(Page::title(ids.at(i)));
    }
    updateTabTitles();
    m_demoBanner->setText(tr("DEMO DATA: the schools, pupils and records of this store are made up, for trying the "
                             "program out. Do not enter real data here."));
    m_systemMenu->setTitle(tr("&System"));
    m_recordsMenu->setTitle(tr("&6. Digital school records"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_toolBar->setWindowTitle(tr("Main toolbar"));
    m_usersAction->setText(tr("&Users..."));
    m_usersAction->setStatusTip(tr("Add, list and disable the users of the program (administrators)"));
    m_organisationAction->setText(tr("Units and &schools..."));
    m_organisationAction->setStatusTip(
        tr("The managing units and their schools: add, move, close, import school lists (administrators)"));
    m_trustAnchorsAction->setText(tr("&Trusted root certificates..."));
    m_trustAnchorsAction->setStatusTip(
        tr("The CA certificates that school certificates must chain to (administrators add them)"));
    m_auditLogAction->setText(tr("&Audit log..."));
    m_auditLogAction->setStatusTip(
        tr("Who did what and when, within your units: filter, verify the chain, export (administrators and officers)"));
    m_settingsAction->setText(tr("S&ettings..."));
    m_settingsAction->setStatusTip(tr("Idle sign-out and support contact (administrators)"));
    m_usersToolAction->setText(tr("Users"));
    m_usersToolAction->setToolTip(m_usersAction->statusTip());
    m_settingsToolAction->setText(tr("Settings"));
    m_settingsToolAction->setToolTip(m_settingsAction->statusTip());
    m_workOfflineAction->setText(tr("Work &offline..."));
    m_workOfflineAction->setStatusTip(
        tr("Download your unit's data to this computer and work on it without the server; sync when you are back"));
    m_workOfflineToolAction->setText(tr("Work offline"));
    m_workOfflineToolAction->setToolTip(m_workOfflineAction->statusTip());
    m_syncAction->setText(tr("S&ync"));
    m_syncAction->setStatusTip(tr("Send the changes made offline to the server and bring this copy up to date"));
    m_syncToolAction->setText(tr("Sync"));
    m_syncToolAction->setToolTip(m_syncAction->statusTip());
    m_backupAction->setText(tr("&Back up..."));
    m_restoreAction->setText(tr("&Restore..."));
    updateBackupActions();
    m_signOutAction->setText(tr("Sign &out"));
    m_signOutAction->setStatusTip(tr("Close every page and return to the sign-in window"));
    m_quitAction->setText(tr("&Quit"));
    m_aboutAction->setText(tr("&About Digital school records"));
    updateSessionTexts();
    updateLanguageChecks();
    updateLiveNote();
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::updateLanguageChecks()
{
    const bool english = QLocale().language() == QLocale::English;
    m_englishAction->setChecked(english);
    m_vietnameseAction->setChecked(!english);
}

void MainWindow::updateSessionTexts()
{
    if (!m_session) {
        setWindowTitle(tr("Digital school records"));
        m_userChipLabel->clear();
        m_userLabel->clear();
        m_unitLabel->clear();
        m_storeLabel->clear();
        return;
    }
    const services::Actor& a = m_session->actor();
    const QString unit = m_session->unit().id > 0 ? m_session->unit().name : tr("all units");
    setWindowTitle(tr("Digital school records") + QStringLiteral(" - ") + unit);
    const QString who = a.displayName.isEmpty() ? a.username : a.displayName;
    m_userChipLabel->setText(tr("%1 (%2)").arg(who, label(a.role)));
    m_userLabel->setText(tr("User: %1 (%2, %3)").arg(who, a.username, label(a.role)));
    m_unitLabel->setText(tr("Unit: %1").arg(unit));
    if (m_offline)
        m_storeLabel->setText(tr("Offline copy: %1").arg(m_session->storeDescription()));
    else if (services::hasReadReplica(m_session->context()))
        m_storeLabel->setText(
            tr("Store: %1, reading from the replica %2")
                .arg(m_session->storeDescription(), services::readReplicaDescription(m_session->context())));
    else
        m_storeLabel->setText(tr("Store: %1").arg(m_session->storeDescription()));
    m_storeLabel->setToolTip(m_storeLabel->text());
}

void MainWindow::setSyncState(const QString& text, bool waiting)
{
    m_syncLabel->setText(text);
    m_syncLabel->setVisible(!text.isEmpty());
    m_syncSeparator->setVisible(!text.isEmpty());
    // Changes that have not reached the server yet stand out.
    m_syncLabel->setStyleSheet(
        waiting ? QStringLiteral("QLabel { color: %1; font-weight: bold; }").arg(Palette::attention().name())
                : QString());
}

QString MainWindow::syncState() const
{
    return m_syncLabel->text();
}

QString MainWindow::replicaLagNote() const
{
    return m_replicaLabel->text();
}

void MainWindow::updateReplicaLag()
{
    QString note;
    if (m_session && services::hasReadReplica(m_session->context())) {
        auto lag = services::readReplicaLag(m_session->context());
        if (!lag)
            note = tr("Read replica: %1").arg(lag.errorString().simplified());
        // Under a second is a healthy replica's normal delay; reads of one's own changes wait for it.
        else if (lag->bytes > 0 && lag->milliseconds >= 1000)
            note =
                tr("Read replica %1 s behind the server").arg(QLocale().toString(lag->milliseconds / 1000.0, 'f', 1));
    }
    m_replicaLabel->setText(note);
    m_replicaLabel->setToolTip(note.isEmpty() ? QString()
                                              : tr("Lists and statistics may not show others' latest changes yet; "
                                                   "your own changes are always shown."));
    m_replicaLabel->setVisible(!note.isEmpty());
    m_replicaLabel->setStyleSheet(
        note.isEmpty() ? QString() : QStringLiteral("QLabel { color: %1; }").arg(Palette::attention().name()));
}

void MainWindow::updateTabCounts()
{
    m_tabCounts.clear();
    if (m_session) {
        // The counts of what waits for a decision, within the actor's units, as the to-do list
        // counts them; a tab without one (a count that cannot be read) shows its plain title.
        if (page(PageId::CertificateReview))
            if (auto pending = services::TodoList(m_session->context()).pendingCertificates())
                m_tabCounts.insert(PageId::CertificateReview, *pending);
        if (page(PageId::RevocationReview))
            if (auto pending = services::TodoList(m_session->context()).pendingRevocations())
                m_tabCounts.insert(PageId::RevocationReview, *pending);
    }
    updateTabTitles();
}

void MainWindow::updateTabTitles()
{
    for (int t = 0; t < m_tabWidget->count(); ++t) {
        auto* p = qobject_cast<Page*>(m_tabWidget->widget(t));
        if (!p)
            continue;
        const qint64 n = m_tabCounts.value(p->pageId(), 0);
        const QString text =
            n > 0 ? tr("%1 (%2)").arg(Page::title(p->pageId()), QLocale().toString(n)) : Page::title(p->pageId());
        m_tabWidget->setTabText(t, text);
        m_tabWidget->setTabToolTip(t, text);
    }
}

bool MainWindow::showsDemoBanner() const
{
    return !m_demoBanner->isHidden();
}

qint64 MainWindow::tabCount(PageId id) const
{
    return m_tabCounts.value(id, 0);
}

bool MainWindow::isListeningForChanges() const
{
    return m_liveUpdates && m_liveUpdates->isListening();
}

QString MainWindow::liveNote() const
{
    return m_liveLabel->text();
}

void MainWindow::startLiveUpdates()
{
    if (!m_session || !services::LiveUpdates::available(m_session->context()))
        return;
    m_liveUpdates = new services::LiveUpdates(m_session->context(), this);
    connect(m_liveUpdates, &services::LiveUpdates::changed, this, &MainWindow::onOthersChanged);
    // Without them the window works as before: its pages read again on each visit and on Refresh.
    if (const Status started = m_liveUpdates->start(); !started) {
        qWarning("hocbaso: live updates off: %s", qUtf8Printable(started.errorString()));
        delete m_liveUpdates;
        m_liveUpdates = nullptr;
        return;
    }
    m_lastOthersChange = QTime();
    updateLiveNote();
}

void MainWindow::updateLiveNote()
{
    m_liveSeparator->setVisible(isListeningForChanges());
    if (!isListeningForChanges()) {
        m_liveLabel->clear();
        m_liveLabel->hide();
        return;
    }
    m_liveLabel->setText(m_lastOthersChange.isValid()
                             ? tr("Updated %1 after another officer's change")
                                   .arg(m_lastOthersChange.toString(QStringLiteral("HH:mm:ss")))
                             : tr("Live updates on"));
    m_liveLabel->setToolTip(tr("Decisions that other officers of the unit make appear here by themselves."));
    m_liveLabel->show();
}

void MainWindow::onOthersChanged()
{
    if (!m_liveTimer->isActive())
        m_liveTimer->start();
}

void MainWindow::refreshAfterOthersChanges()
{
    if (!m_session)
        return;
    m_lastOthersChange = QTime::currentTime();
    updateLiveNote();
    // Only the page in view reads now: the others read again when they are opened.
    if (auto* current = qobject_cast<Page*>(m_tabWidget->currentWidget()))
        current->othersChanged();
    updateTabCounts();
    Q_EMIT refreshedAfterOthersChanges();
}

void MainWindow::setOfflineMode(bool offline, bool canWorkOffline)
{
    m_offline = offline;
    m_syncAction->setVisible(offline);
    m_syncToolAction->setVisible(offline);
    m_workOfflineAction->setVisible(!offline);
    m_workOfflineAction->setEnabled(canWorkOffline);
    m_workOfflineToolAction->setVisible(!offline && canWorkOffline);
    updateSessionTexts();
}

void MainWindow::showSyncReport(const sync::SyncReport& report)
{
    if (m_syncReportDialog)
        m_syncReportDialog->deleteLater();
    m_syncReportDialog = new SyncReportDialog(report, this);
    m_syncReportDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_syncReportDialog->open();
}

SyncReportDialog* MainWindow::syncReportDialog() const
{
    return m_syncReportDialog.data();
}

void MainWindow::openSession(Session* session)
{
    closeSession();
    m_session = session;
    if (!session)
        return;
    const services::Actor& actor = session->actor();
    // The to-do list first: what needs attention today, each line leading to its tab.
    if (Page::access(PageId::Todo, actor)) {
        auto* todo = new TodoPage(m_tabWidget);
        todo->setPrompter(&m_prompter);
        connect(todo, &TodoPage::openRequested, this, &MainWindow::openTodoTarget);
        todo->setSession(session);
        m_tabWidget->addTab(todo, QIcon(Page::iconPath(PageId::Todo)), Page::title(PageId::Todo));
        m_pages.append(todo);
    }
    for (PageId id : Page::all()) {
        if (!Page::access(id, actor))
            continue;
        Page* page = Page::create(id, m_tabWidget);
        // Before the session: loading may already have something to say.
        page->setPrompter(&m_prompter);
        // The tabs' counts of what waits for a decision follow each decision made here.
        if (auto* certificates = qobject_cast<CertificateReviewPage*>(page))
            connect(certificates, &CertificateReviewPage::decided, this, &MainWindow::updateTabCounts);
        if (auto* revocations = qobject_cast<RevocationReviewPage*>(page))
            connect(revocations, &RevocationReviewPage::decided, this, &MainWindow::updateTabCounts);
        page->setSession(session);
        m_tabWidget->addTab(page, QIcon(Page::iconPath(id)), Page::title(id));
        m_pages.append(page);
    }
    const bool admin = services::permissions::canAdminister(actor).ok();
    // The toolbar offers what the role can use; the menu keeps everything and explains refusals.
    m_usersToolAction->setVisible(admin);
    m_settingsToolAction->setVisible(admin);
    updateSessionTexts();
    updateBackupActions();
    // An officer's laptop may hold the only copy of a commune's store: a copy a day, by itself.
    if (!session->isCentral())
        m_dailyBackupTimer->start();
    if (services::hasReadReplica(session->context())) {
        updateReplicaLag();
        m_replicaTimer->start();
    }
    startLiveUpdates();
    m_demoBanner->setVisible(services::isDemoStore(session->database()));
    updateTabCounts();
    if (m_tabWidget->count() > 0)
        m_tabWidget->setCurrentIndex(0);
    // A new store's administrator has units and no school yet: the window where schools are
    // imported comes first, as the next thing to do.
    if (admin) {
        if (auto any = services::UnitAdmin(session->context()).hasSchools(); any && !*any)
            QTimer::singleShot(0, this, &MainWindow::openOrganisation);
    }
}

void MainWindow::closeSession()
{
    // Dialogs first: they may hold rows of the session's data.
    const QList<QDialog*> dialogs = findChildren<QDialog*>();
    for (QDialog* d : dialogs) {
        d->reject();
        d->hide();
        d->deleteLater();
    }
    for (const QPointer<Page>& p : std::as_const(m_pages)) {
        if (!p)
            continue;
        p->clear();
        p->setSession(nullptr);
        m_tabWidget->removeTab(m_tabWidget->indexOf(p));
        p->hide();
        p->deleteLater();
    }
    m_pages.clear();
    m_tabCounts.clear();
    m_demoBanner->hide();
    m_usersToolAction->setVisible(false);
    m_settingsToolAction->setVisible(false);
    setOfflineMode(false, false);
    while (m_tabWidget->count() > 0)
        m_tabWidget->removeTab(0);
    // Before the session's connection goes: the subscription lives on it.
    delete m_liveUpdates;
    m_liveUpdates = nullptr;
    m_liveTimer->stop();
    updateLiveNote();
    m_session = nullptr;
    m_replicaTimer->stop();
    m_dailyBackupTimer->stop();
    // Stops a copy under way and waits for it: the store may be replaced next (a restore).
    delete m_dailyBackup.data();
    // The same for the packing, which stops after the batch in hand (committed with its place).
    if (m_contentPacking) {
        delete m_contentPacking.data();
        showPackingProgress(QString());
        Q_EMIT contentPackingFinished();
    }
    updateReplicaLag();
    setSyncState(QString());
    updateSessionTexts();
    updateBackupActions();
}

Page* MainWindow::page(PageId id) const
{
    for (const QPointer<Page>& p : m_pages) {
        if (p && p->pageId() == id)
            return p;
    }
    return nullptr;
}

Session* MainWindow::session() const
{
    return m_session.data();
}

UserAdminDialog* MainWindow::userAdminDialog() const
{
    return m_userAdminDialog.data();
}

QAction* MainWindow::pageAction(PageId id) const
{
    return m_pageActions.value(Page::all().indexOf(id));
}

bool MainWindow::showPage(PageId id)
{
    if (!m_session)
        return false;
    if (auto allowed = Page::access(id, m_session->actor()); !allowed) {
        m_prompter.refuse(this, Page::title(id), allowed.errorString());
        return false;
    }
    Page* p = page(id);
    if (!p)
        return false;
    m_tabWidget->setCurrentWidget(p);
    p->setFocus();
    return true;
}

bool MainWindow::openTodoTarget(const TodoPage::Target& target)
{
    using Item = TodoPage::Item;
    switch (target.item) {
    case Item::PendingCertificates:
        if (!showPage(PageId::CertificateReview))
            return false;
        if (auto* p = qobject_cast<CertificateReviewPage*>(page(PageId::CertificateReview)))
            return p->setFilter(CertificateStatus::Pending);
        return false;
    case Item::ExpiringCertificates:
        if (!showPage(PageId::CertificateReview))
            return false;
        if (auto* p = qobject_cast<CertificateReviewPage*>(page(PageId::CertificateReview)))
            return p->showExpiring();
        return false;
    case Item::PendingRevocations:
        if (!showPage(PageId::RevocationReview))
            return false;
        if (auto* p = qobject_cast<RevocationReviewPage*>(page(PageId::RevocationReview)))
            return p->setFilter(QString(), 0, RevocationStatus::Pending);
        return false;
    case Item::SchoolsBelowThreshold:
        if (!showPage(PageId::Statistics))
            return false;
        if (auto* p = qobject_cast<StatisticsPage*>(page(PageId::Statistics)))
            return p->showSchoolsBelow(target.thresholdPercent);
        return false;
    case Item::LockSoon:
        if (!showPage(PageId::LockSettings))
            return false;
        if (auto* p = qobject_cast<LockSettingsPage*>(page(PageId::LockSettings)))
            return target.schoolCode.isEmpty() ? p->setSchoolYear(target.schoolYear)
                                               : p->showSchool(target.schoolYear, target.schoolCode, target.grade);
        return false;
    }
    return false;
}

OrganisationDialog* MainWindow::organisationDialog() const
{
    return m_organisationDialog.data();
}

void MainWindow::openOrganisation()
{
    if (!m_session)
        return;
    if (auto allowed = services::permissions::canAdminister(m_session->actor()); !allowed) {
        m_prompter.refuse(this, tr("Units and schools"), allowed.errorString());
        return;
    }
    if (m_organisationDialog) {
        m_organisationDialog->raise();
        m_organisationDialog->activateWindow();
        return;
    }
    m_organisationDialog = new OrganisationDialog(*m_session, m_prompter, this);
    m_organisationDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_organisationDialog->open();
}

void MainWindow::openUserAdmin()
{
    if (!m_session)
        return;
    if (auto allowed = services::permissions::canAdminister(m_session->actor()); !allowed) {
        m_prompter.refuse(this, tr("Users"), allowed.errorString());
        return;
    }
    if (m_userAdminDialog) {
        m_userAdminDialog->raise();
        m_userAdminDialog->activateWindow();
        return;
    }
    m_userAdminDialog = new UserAdminDialog(m_session->context(), m_prompter, this);
    m_userAdminDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_userAdminDialog->open();
}

AuditLogDialog* MainWindow::auditLogDialog() const
{
    return m_auditLogDialog.data();
}

void MainWindow::openAuditLog()
{
    if (!m_session)
        return;
    if (auto allowed = services::permissions::canReadAuditLog(m_session->actor()); !allowed) {
        m_prompter.refuse(this, tr("Audit log"), allowed.errorString());
        return;
    }
    if (m_auditLogDialog) {
        m_auditLogDialog->raise();
        m_auditLogDialog->activateWindow();
        return;
    }
    m_auditLogDialog = new AuditLogDialog(*m_session, m_prompter, this);
    m_auditLogDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_auditLogDialog->open();
}

TrustAnchorsDialog* MainWindow::trustAnchorsDialog() const
{
    return m_trustAnchorsDialog.data();
}

void MainWindow::openTrustAnchors()
{
    if (!m_session)
        return;
    // Those who review certificates read the trust store; administrators also add to it.
    const services::Actor& actor = m_session->actor();
    if (!services::permissions::canAdminister(actor)) {
        if (auto allowed = services::permissions::canDecide(actor, actor.unitId); !allowed) {
            m_prompter.refuse(this, tr("Trusted root certificates"), allowed.errorString());
            return;
        }
    }
    if (m_trustAnchorsDialog) {
        m_trustAnchorsDialog->raise();
        m_trustAnchorsDialog->activateWindow();
        return;
    }
    m_trustAnchorsDialog = new TrustAnchorsDialog(m_session->context(), m_prompter, this);
    m_trustAnchorsDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_trustAnchorsDialog->open();
}

void MainWindow::openSettings()
{
    if (!m_session)
        return;
    if (auto allowed = services::permissions::canAdminister(m_session->actor()); !allowed) {
        m_prompter.refuse(this, tr("Settings"), allowed.errorString());
        return;
    }
    auto* dialog = new SettingsDialog(m_settings, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &MainWindow::settingsChanged);
    dialog->open();
}

void MainWindow::showAbout()
{
    auto* dialog = new AboutDialog(m_settings, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_session)
        dialog->setStoreDescription(m_session->storeDescription());
    dialog->open();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    m_settings.setMainWindowGeometry(saveGeometry());
    event->accept();
    Q_EMIT closed();
}

BackgroundTask* MainWindow::runningTask() const
{
    return m_task.data();
}

QString MainWindow::backupRefusal() const
{
    if (!m_session)
        return QString();
    if (m_session->isCentral())
        return services::StoreBackup::notForPostgres().message;
    if (!keepsTheStore(m_session->actor()))
        return tr("Only administrators and officers back up or restore the store: a copy holds every person's "
                  "data.");
    return QString();
}

void MainWindow::updateBackupActions()
{
    // Offered for a SQLite store (the local store or an offline copy); a central store's items are
    // disabled and say what to run on the server instead.
    const bool central = m_session && m_session->isCentral();
    const QString why = central ? services::StoreBackup::notForPostgres().message : QString();
    m_backupAction->setEnabled(m_session && !central);
    m_restoreAction->setEnabled(m_session && !central);
    m_backupAction->setStatusTip(why.isEmpty() ? tr("Copy the store into a file, for example on a USB drive") : why);
    m_restoreAction->setStatusTip(why.isEmpty() ? tr("Put a backup copy in the place of the store") : why);
    m_backupAction->setToolTip(why);
    m_restoreAction->setToolTip(why);
}

void MainWindow::makeDailyBackup()
{
    if (!m_session || m_session->isCentral() || m_dailyBackup)
        return;
    // Its own connection on the worker thread, as backUpTo(); a failed copy must not keep anyone
    // from working: it is logged.
    const QString storePath = m_session->filePath();
    const Clock* clock = &m_session->clock();
    auto work = [storePath, clock](BackgroundTask&) {
        if (auto daily = services::StoreBackup(*clock).daily(storePath); !daily)
            qWarning("daily backup: %s", qPrintable(daily.errorString()));
    };
    m_dailyBackup = new BackgroundTask(this, tr("Back up"), QString(), work, BackgroundTask::Display::Quiet);
    connect(m_dailyBackup, &BackgroundTask::finished, this, [this] {
        if (BackgroundTask* done = m_dailyBackup.data()) {
            m_dailyBackup = nullptr; // a later call may start the next one at once
            done->deleteLater();
        }
        Q_EMIT dailyBackupFinished();
        // After the copy, not beside it: the copy reads one snapshot for its whole length, and the
        // packing's writes would pile up in the write-ahead log meanwhile.
        startContentPacking();
    });
    m_dailyBackupTimer->stop();
    m_dailyBackup->start();
}

void MainWindow::startContentPacking()
{
    if (!m_session || m_session->isCentral() || m_contentPacking)
        return;
    auto needed = services::StoreCompaction(m_session->database()).isNeeded();
    if (!needed || !*needed) {
        if (!needed)
            qWarning("content packing: %s", qPrintable(needed.errorString()));
        return;
    }
    // Its own connection on the worker thread. Small batches: each is one short write transaction,
    // so the person's own decisions never wait long behind it, and a sign-out stops it soon.
    const QString storePath = m_session->filePath();
    auto work = [storePath](BackgroundTask& task) {
        // No vacuum here: it rewrites the whole file while holding it. The pages freed are reused
        // as the store grows; `hocbaso-cli compact` gives them back to the disk at once.
        auto packed = services::StoreCompaction::runOnFile(
            storePath,
            [&task](qint64 done, qint64 total) {
                task.reportProgress(total > 0 ? int(done * 1000 / total) : 1000, 1000);
                return !task.isCancelled();
            },
            false, 500);
        if (!packed)
            qWarning("content packing: %s", qPrintable(packed.errorString()));
    };
    m_contentPacking =
        new BackgroundTask(this, tr("Packing record content"), QString(), work, BackgroundTask::Display::Quiet);
    m_packingLabel->setToolTip(tr("Record content is being packed to take less disk space. You can go on "
                                  "working; if you sign out, it goes on from here next time."));
    connect(m_contentPacking, &BackgroundTask::progressed, this, [this](int done, int total) {
        showPackingProgress(tr("Making the store smaller: %1%").arg(total > 0 ? qMin(100, done * 100 / total) : 100));
    });
    connect(m_contentPacking, &BackgroundTask::finished, this, [this] {
        if (BackgroundTask* done = m_contentPacking.data()) {
            m_contentPacking = nullptr;
            done->deleteLater();
        }
        showPackingProgress(QString());
        Q_EMIT contentPackingFinished();
    });
    m_contentPacking->start();
}

void MainWindow::showPackingProgress(const QString& text)
{
    m_packingLabel->setText(text);
    m_packingLabel->setVisible(!text.isEmpty());
    m_packingSeparator->setVisible(!text.isEmpty());
}

QString MainWindow::chooseFile(bool save, const QString& caption, const QString& suggestion, const QString& filter)
{
    if (m_fileChooser)
        return m_fileChooser(save, caption, suggestion, filter);
    return save ? QFileDialog::getSaveFileName(this, caption, suggestion, filter)
                : QFileDialog::getOpenFileName(this, caption, suggestion, filter);
}

void MainWindow::backUp()
{
    if (!m_session || m_task)
        return;
    const QString title = tr("Back up");
    if (const QString why = backupRefusal(); !why.isEmpty()) {
        m_prompter.refuse(this, title, why);
        return;
    }
    // "<store>-2026-11-20.sqlite" in Documents: the store's name and the day say which copy it is.
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    const QString name = QFileInfo(m_session->filePath()).completeBaseName() + QLatin1Char('-') +
                         m_session->clock().today().toString(QStringLiteral("yyyy-MM-dd")) + QStringLiteral(".sqlite");
    const QString file =
        chooseFile(true, tr("Back up the store"), QDir(folder).filePath(name), tr("Backups (*.sqlite);;All files (*)"));
    if (file.isEmpty())
        return;
    backUpTo(file);
}

void MainWindow::backUpTo(const QString& file)
{
    if (!m_session || m_task)
        return;
    const QString title = tr("Back up");
    if (const QString why = backupRefusal(); !why.isEmpty()) {
        m_prompter.refuse(this, title, why);
        Q_EMIT backupFinished(false);
        return;
    }
    // The copy opens its own connection to the file on the worker thread (the session's belongs to
    // this one); the clock is the program's, which outlives the session.
    const QString storePath = m_session->filePath();
    const Clock* clock = &m_session->clock();
    auto result = std::make_shared<Result<services::BackupResult>>(Error::internal(tr("The backup did not run.")));
    auto work = [storePath, file, clock, result](BackgroundTask& task) {
        *result = services::StoreBackup(*clock).backupFile(storePath, file, [&task](qint64 done, qint64 total) {
            task.reportProgress(permille(done, total), 1000);
            return !task.isCancelled();
        });
    };
    m_task =
        new BackgroundTask(this, title, tr("Copying the store into %1...").arg(QDir::toNativeSeparators(file)), work);
    connect(m_task, &BackgroundTask::finished, this, [this, result, title] {
        const bool cancelled = m_task && m_task->wasCancelled();
        if (m_task)
            m_task->deleteLater();
        m_task = nullptr;
        if (!*result) {
            m_prompter.refuse(this, title,
                              cancelled ? tr("The backup was stopped: no copy was written.") : result->errorString());
            Q_EMIT backupFinished(false);
            return;
        }
        const services::BackupResult& made = **result;
        QString text = tr("The store was copied into %1 (%2).")
                           .arg(QDir::toNativeSeparators(made.file), QLocale().formattedDataSize(made.bytes));
        text += QLatin1Char(' ');
        text += made.auditOk
                    ? tr("The copy's audit log was verified: its %n event(s) are intact.", "", int(made.auditEvents))
                    : tr("Warning: the copy's audit log does NOT verify, so the store's own log is damaged. Keep "
                         "this copy and earlier ones, and tell your administrator.");
        text += QLatin1Char(' ');
        text += tr("Keep the copy somewhere safe: it holds the personal data of every pupil and user. System > "
                   "Restore brings the store back to this copy.");
        if (made.auditOk)
            m_prompter.inform(this, title, text);
        else
            m_prompter.refuse(this, title, text);
        Q_EMIT backupFinished(true);
    });
    m_task->start(1000);
}

void MainWindow::restore()
{
    if (!m_session || m_task)
        return;
    const QString title = tr("Restore");
    if (const QString why = backupRefusal(); !why.isEmpty()) {
        m_prompter.refuse(this, title, why);
        return;
    }
    // The daily copies when there are some, else Documents where backups are offered.
    QString folder = services::StoreBackup::backupsFolder(m_session->filePath());
    if (!QFileInfo(folder).isDir())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString file =
        chooseFile(false, tr("Choose the backup copy to restore"), folder, tr("Backups (*.sqlite);;All files (*)"));
    if (file.isEmpty())
        return;
    restoreFrom(file);
}

void MainWindow::restoreFrom(const QString& file)
{
    if (!m_session || m_task)
        return;
    const QString title = tr("Restore");
    if (const QString why = backupRefusal(); !why.isEmpty()) {
        m_prompter.refuse(this, title, why);
        Q_EMIT restoreDeclined();
        return;
    }
    const QString storePath = m_session->filePath();
    const Clock* clock = &m_session->clock();
    auto result = std::make_shared<Result<services::RestoreReport>>(Error::internal(tr("The check did not run.")));
    auto work = [file, clock, result](BackgroundTask& task) {
        *result = services::StoreBackup(*clock).check(file, [&task](qint64 done, qint64 total) {
            task.reportProgress(permille(done, total), 1000);
            return !task.isCancelled();
        });
    };
    m_task = new BackgroundTask(this, title, tr("Checking the copy %1...").arg(QDir::toNativeSeparators(file)), work);
    connect(m_task, &BackgroundTask::finished, this, [this, result, title, file, storePath] {
        const bool cancelled = m_task && m_task->wasCancelled();
        if (m_task)
            m_task->deleteLater();
        m_task = nullptr;
        // Signed out meanwhile: nothing to restore into any more.
        if (!m_session || cancelled) {
            Q_EMIT restoreDeclined();
            return;
        }
        if (!*result) {
            m_prompter.refuse(this, title, result->errorString());
            Q_EMIT restoreDeclined();
            return;
        }
        const services::RestoreReport& copy = **result;
        QString question = copy.description();
        question += QStringLiteral("\n\n");
        question += tr("Restoring puts this copy in the place of the store %1: what was done after the copy was made "
                       "is no longer in it. The current store is kept beside it as %2.before-restore-<date-time>. "
                       "You are signed out now, and sign in again on the restored store.")
                        .arg(QDir::toNativeSeparators(storePath), QFileInfo(storePath).fileName());
        if (copy.replica)
            question += QStringLiteral("\n\n") +
                        tr("This is an offline copy: the next sync brings it up to date with the server.");
        question += QStringLiteral("\n\n") + tr("Restore this copy?");
        if (!m_prompter.confirm(this, title, question, tr("Restore"))) {
            Q_EMIT restoreDeclined();
            return;
        }
        Q_EMIT restoreRequested(file);
    });
    m_task->start(1000);
}

} // namespace hocbaso::ui
