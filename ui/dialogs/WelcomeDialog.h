#pragma once

#include "core/Clock.h"
#include "services/DemoGenerator.h"

#include <QDialog>
#include <QPointer>

#include <memory>

namespace hocbaso::ui {

namespace Ui {
class WelcomeDialog;
}

class BackgroundTask;
class FirstAdminDialog;
class Prompter;

// The first start: no database in the per-user data folder and no remembered profile pointing
// elsewhere. Offers the demo database (generated off the GUI thread, then the demo accounts are
// told), an empty database with its first administrator, or a central server. Each choice ends in
// one of the signals below, after which the sign-in window takes over; Cancel (Quit) rejects.
class WelcomeDialog : public QDialog
{
    Q_OBJECT
public:
    // Every demo account's password; the same as `./dev run` and the README give.
    static constexpr const char* kDemoPassword = "Demo@2026";

    WelcomeDialog(Prompter& prompter, const Clock& clock, const QString& databasePath, QWidget* parent = nullptr);
    ~WelcomeDialog() override;

    QString databasePath() const { return m_databasePath; }
    // The demo's size (tests make it small); the password and key file are set here.
    void setDemoOptions(const services::DemoOptions& options) { m_demoOptions = options; }
    bool isBusy() const;
    BackgroundTask* task() const;
    FirstAdminDialog* firstAdminDialog() const;

    void reject() override;

Q_SIGNALS:
    void demoCreated(const QString& officerUsername);
    void emptyCreated(const QString& adminUsername);
    void serverChosen();
    // A database appeared at the default place meanwhile (another program made it): sign in to it.
    void databaseFound();

protected:
    void changeEvent(QEvent* event) override;

private:
    void createDemo();
    void onDemoFinished(const std::optional<Result<services::DemoSummary>>& result, bool cancelled);
    void createEmpty();
    bool refuseIfExists();
    void setBusy(bool busy);
    void retranslate();

    Prompter& m_prompter;
    const Clock& m_clock;
    QString m_databasePath;
    services::DemoOptions m_demoOptions;
    std::unique_ptr<Ui::WelcomeDialog> m_ui;
    QPointer<BackgroundTask> m_task;
    QPointer<FirstAdminDialog> m_firstAdmin;
};

} // namespace hocbaso::ui
