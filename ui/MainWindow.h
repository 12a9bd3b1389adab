#pragma once

#include "pages/Page.h"
#include "pages/TodoPage.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>
#include <QTime>

#include <functional>

class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QTabWidget;
class QTimer;
class QToolBar;

namespace hocbaso::services {
class LiveUpdates;
}

namespace hocbaso::sync {
struct SyncReport;
}

namespace hocbaso::workspace {
class Workspace;
}

namespace hocbaso::ui {

class AppSettings;
class BackgroundTask;
class Prompter;
using Session = workspace::Workspace;
class SyncReportDialog;
class TrustAnchorsDialog;
class UserAdminDialog;
class AuditLogDialog;
class OrganisationDialog;

// The main window: the menu "6. Digital school records" with one tab per function 6.1-6.5 (those
// the signed-in role may open), a status bar saying who is signed in where, and sign-out.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // Asks for a file (QFileDialog by default): `save` for a file to write, with `suggestion` as the
    // proposed path or folder; an empty answer cancels. Tests set their own.
    using FileChooser =
        std::function<QString(bool save, const QString& caption, const QString& suggestion, const QString& filter)>;

    MainWindow(AppSettings& settings, Prompter& prompter, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Builds the pages the actor may open and hands them the session.
    void openSession(Session* session);
    // Shows the window at its saved size when that fits the screen, else maximized.
    void showForWork();
    // Clears and removes every page, closes every dialog and forgets the session.
    void closeSession();
    Session* session() const;

    // Shows a function's tab, or explains why the signed-in user may not open it.
    bool showPage(PageId id);
    Page* page(PageId id) const;
    // A to-do line's tab, with the filter that lists that work (or the refusal, as showPage()).
    bool openTodoTarget(const TodoPage::Target& target);
    QTabWidget* tabWidget() const { return m_tabWidget; }
    QAction* pageAction(PageId id) const;
    QAction* signOutAction() const { return m_signOutAction; }
    QAction* usersAction() const { return m_usersAction; }
    QAction* organisationAction() const { return m_organisationAction; }
    QAction* settingsAction() const { return m_settingsAction; }
    QAction* trustAnchorsAction() const { return m_trustAnchorsAction; }
    QAction* auditLogAction() const { return m_auditLogAction; }
    QAction* workOfflineAction() const { return m_workOfflineAction; }
    QAction* syncAction() const { return m_syncAction; }
    QAction* backupAction() const { return m_backupAction; }
    QAction* restoreAction() const { return m_restoreAction; }
    void setFileChooser(FileChooser chooser) { m_fileChooser = std::move(chooser); }
    // The backup, or the check of a copy before a restore, running now (null when none).
    BackgroundTask* runningTask() const;
    UserAdminDialog* userAdminDialog() const;
    OrganisationDialog* organisationDialog() const;
    TrustAnchorsDialog* trustAnchorsDialog() const;
    AuditLogDialog* auditLogDialog() const;

    // The status bar's place for the sync state ("3 changes waiting to sync · last sync ...").
    void setSyncState(const QString& text, bool waiting = false);
    QString syncState() const;
    // The status bar's note on the read replica's lag (empty while it keeps up or there is none).
    QString replicaLagNote() const;
    // Asks the read replica how far behind it is now and updates the note (also every few seconds).
    void updateReplicaLag();
    // Live updates on the central server: whether the window listens for other officers' changes,
    // and the status bar's note on them ("Live updates on", "Updated 10:32:05 after a change...").
    bool isListeningForChanges() const;
    // What waits for a decision, counted on the tabs ("6.5 Revocation requests (73)"): 6.1's pending
    // certificates and 6.5's pending requests; 0 for other tabs.
    qint64 tabCount(PageId id) const;
    // The "DEMO DATA" banner above the tabs (shown for a store the demo made).
    bool showsDemoBanner() const;
    QString liveNote() const;
    // How long a burst of other officers' changes is gathered before the page reads them (tests).
    static constexpr int kLiveRefreshDelayMs = 300;
    // Offline (on the replica: [Sync] shown) or online on a server ("Work offline" offered when
    // `canWorkOffline`).
    void setOfflineMode(bool offline, bool canWorkOffline);
    // Shows what a sync did, and the changes that were not applied, in words.
    void showSyncReport(const sync::SyncReport& report);
    SyncReportDialog* syncReportDialog() const;

public Q_SLOTS:
    void openUserAdmin();
    void openAuditLog();
    void openOrganisation();
    void openTrustAnchors();
    void openSettings();
    void showAbout();
    // System > Back up...: asks where, then backUpTo().
    void backUp();
    // Copies the session's SQLite store into `file` behind a progress window and says what was made.
    void backUpTo(const QString& file);
    // The daily copy (StoreBackup::daily) on its own thread; started by itself 5 s after sign-in.
    void makeDailyBackup();
    // Packs the record content of a store made before schema 28 (services::StoreCompaction) on its
    // own thread, batch by batch, while the person works; started by itself after the daily copy.
    // Signing out stops it after the batch in hand; the next session goes on from there.
    void startContentPacking();
    // System > Restore...: asks for a copy, then restoreFrom().
    void restore();
    // Checks the copy `file` behind a progress window, asks for confirmation with what it holds, and
    // then asks the program (restoreRequested) to sign out and put it in the place of the store.
    void restoreFrom(const QString& file);

Q_SIGNALS:
    // A backup ended (`ok`: the copy was made), once its message was given.
    void backupFinished(bool ok);
    // The daily copy's work has returned (made, already made today, or failed and logged).
    void dailyBackupFinished();
    // The content packing's work has returned (everything packed, or stopped by a sign-out).
    void contentPackingFinished();
    // The copy `file` was checked and the user confirmed its restore.
    void restoreRequested(const QString& file);
    // A restore asked for ended before the request: refused, failed or not confirmed.
    void restoreDeclined();
    // The current page read its data again after other officers' changes.
    void refreshedAfterOthersChanges();
    void signOutRequested();
    void workOfflineRequested();
    void syncRequested();
    // The window was closed: sign out and end the program.
    void closed();
    void languageChosen(const QString& language);
    void settingsChanged();

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    // The packing's progress in the status bar; an empty text hides it.
    void showPackingProgress(const QString& text);
    void createActions();
    void createMenus();
    void createToolBar();
    void createStatusBar();
    void retranslate();
    void updateSessionTexts();
    void updateLanguageChecks();
    void updateBackupActions();
    void startLiveUpdates();
    void updateTabCounts();
    void updateTabTitles();
    void updateLiveNote();
    void onOthersChanged();
    void refreshAfterOthersChanges();
    // Why the session's store may not be backed up or restored here; empty when it may.
    QString backupRefusal() const;
    QString chooseFile(bool save, const QString& caption, const QString& suggestion, const QString& filter);

    AppSettings& m_settings;
    Prompter& m_prompter;
    QPointer<Session> m_session;
    QTabWidget* m_tabWidget = nullptr;
    QList<QPointer<Page>> m_pages;
    QList<QAction*> m_pageActions;

    QMenu* m_systemMenu = nullptr;
    QMenu* m_recordsMenu = nullptr;
    QMenu* m_languageMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QToolBar* m_toolBar = nullptr;
    QAction* m_usersAction = nullptr;
    QAction* m_organisationAction = nullptr;
    QAction* m_settingsAction = nullptr;
    QAction* m_trustAnchorsAction = nullptr;
    QAction* m_auditLogAction = nullptr;
    QAction* m_signOutAction = nullptr;
    QAction* m_workOfflineAction = nullptr;
    QAction* m_syncAction = nullptr;
    QAction* m_workOfflineToolAction = nullptr;
    QAction* m_syncToolAction = nullptr;
    QAction* m_backupAction = nullptr;
    QAction* m_restoreAction = nullptr;
    FileChooser m_fileChooser;
    QPointer<BackgroundTask> m_task;
    // The daily copy of a SQLite store (StoreBackup::daily), made quietly a few seconds after
    // sign-in on its own thread: copying a province's store takes longer than a sign-in may.
    QTimer* m_dailyBackupTimer = nullptr;
    QPointer<BackgroundTask> m_dailyBackup;
    QPointer<BackgroundTask> m_contentPacking;
    QLabel* m_packingLabel = nullptr;
    QWidget* m_packingSeparator = nullptr;
    bool m_offline = false;
    bool m_geometryRestored = false; // a saved geometry that fits this screen
    QAction* m_quitAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QAction* m_vietnameseAction = nullptr;
    QAction* m_englishAction = nullptr;
    QActionGroup* m_languageGroup = nullptr;
    // The toolbar's own copies of the administrator's actions: hidden for other roles, while the
    // menu keeps the originals, which explain a refusal.
    QAction* m_usersToolAction = nullptr;
    QAction* m_settingsToolAction = nullptr;

    QLabel* m_userChipLabel = nullptr;
    QLabel* m_userLabel = nullptr;
    QLabel* m_unitLabel = nullptr;
    QLabel* m_storeLabel = nullptr;
    QLabel* m_syncLabel = nullptr;
    QWidget* m_syncSeparator = nullptr;
    QLabel* m_replicaLabel = nullptr;
    QTimer* m_replicaTimer = nullptr;
    // Other officers' changes, heard from the server (LISTEN/NOTIFY) and gathered for a moment, so
    // that a burst of them (a bulk decision) costs one reading of the page.
    services::LiveUpdates* m_liveUpdates = nullptr;
    QTimer* m_liveTimer = nullptr;
    QLabel* m_liveLabel = nullptr;
    QLabel* m_demoBanner = nullptr;
    QHash<PageId, qint64> m_tabCounts;
    QWidget* m_liveSeparator = nullptr;
    QTime m_lastOthersChange;

    QPointer<UserAdminDialog> m_userAdminDialog;
    QPointer<OrganisationDialog> m_organisationDialog;
    QPointer<TrustAnchorsDialog> m_trustAnchorsDialog;
    QPointer<AuditLogDialog> m_auditLogDialog;
    QPointer<SyncReportDialog> m_syncReportDialog;
};

} // namespace hocbaso::ui
