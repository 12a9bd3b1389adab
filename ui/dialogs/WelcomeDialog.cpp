#include "WelcomeDialog.h"

#include "FirstAdminDialog.h"
#include "Prompter.h"
#include "StandardButtons.h"
#include "services/SigningKeys.h"
#include "services/StoreSetup.h"
#include "ui_WelcomeDialog.h"
#include "widgets/BackgroundTask.h"
#include "workspace/Workspace.h"

#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QIcon>
#include <QProgressDialog>
#include <QPushButton>

#include <memory>

namespace hocbaso::ui {

WelcomeDialog::WelcomeDialog(Prompter& prompter, const Clock& clock, const QString& databasePath, QWidget* parent)
    : QDialog(parent), m_prompter(prompter), m_clock(clock), m_databasePath(databasePath),
      m_ui(std::make_unique<Ui::WelcomeDialog>())
{
    m_ui->setupUi(this);
    setWindowIcon(QIcon(QStringLiteral(":/icons/hocbaso.svg")));
    m_ui->logoLabel->setPixmap(QIcon(QStringLiteral(":/icons/hocbaso.svg")).pixmap(QSize(56, 56)));
    // Wide enough for the descriptions to wrap into two lines, not four (the .ui minimum applies only
    // until a size constraint computes one from the word-wrapped labels).
    setMinimumWidth(680);
    connect(m_ui->demoCommandLinkButton, &QPushButton::clicked, this, &WelcomeDialog::createDemo);
    connect(m_ui->emptyCommandLinkButton, &QPushButton::clicked, this, &WelcomeDialog::createEmpty);
    connect(m_ui->serverCommandLinkButton, &QPushButton::clicked, this, [this] {
        Q_EMIT serverChosen();
        accept();
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &WelcomeDialog::reject);
    retranslate();
    // As tall as the texts at that width, with no empty band above the buttons.
    resize(minimumWidth(), layout()->totalHeightForWidth(minimumWidth()));
    // The demo is what most first starts want: Enter takes it.
    m_ui->demoCommandLinkButton->setFocus();
}

WelcomeDialog::~WelcomeDialog() = default;

bool WelcomeDialog::isBusy() const
{
    return !m_task.isNull();
}

BackgroundTask* WelcomeDialog::task() const
{
    return m_task.data();
}

FirstAdminDialog* WelcomeDialog::firstAdminDialog() const
{
    return m_firstAdmin.data();
}

void WelcomeDialog::retranslate()
{
    m_ui->retranslateUi(this);
    setWindowTitle(tr("Welcome") + QStringLiteral(" - ") + tr("Digital school records"));
    m_ui->pathLabel->setText(tr("A database made here is saved as %1.").arg(QDir::toNativeSeparators(m_databasePath)));
    translateButtons(m_ui->buttonBox);
    if (QPushButton* quit = m_ui->buttonBox->button(QDialogButtonBox::Cancel))
        quit->setText(tr("&Quit"));
}

void WelcomeDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void WelcomeDialog::reject()
{
    // Escape or the window's close button while the demo is being made: stop it, do not quit
    // under it (the progress window says when it has stopped).
    if (m_task) {
        m_task->cancel();
        return;
    }
    QDialog::reject();
}

void WelcomeDialog::setBusy(bool busy)
{
    for (QWidget* w :
         {static_cast<QWidget*>(m_ui->demoCommandLinkButton), static_cast<QWidget*>(m_ui->emptyCommandLinkButton),
          static_cast<QWidget*>(m_ui->serverCommandLinkButton), static_cast<QWidget*>(m_ui->buttonBox)})
        w->setEnabled(!busy);
}

bool WelcomeDialog::refuseIfExists()
{
    if (!QFileInfo::exists(m_databasePath))
        return false;
    m_prompter.inform(this, tr("Welcome"),
                      tr("A database has appeared at %1 in the meantime. Sign in to it.")
                          .arg(QDir::toNativeSeparators(m_databasePath)));
    Q_EMIT databaseFound();
    accept();
    return true;
}

void WelcomeDialog::createDemo()
{
    if (m_task || refuseIfExists())
        return;
    setBusy(true);
    services::DemoOptions options = m_demoOptions;
    options.password = QString::fromLatin1(kDemoPassword);
    options.keyFilePath = services::SigningKeys::pathBeside(m_databasePath);
    const QString path = m_databasePath;
    const Clock* clock = &m_clock;
    // Filled on the worker thread, read on the GUI thread after finished().
    auto result = std::make_shared<std::optional<Result<services::DemoSummary>>>();
    auto work = [path, options, clock, result](BackgroundTask& task) mutable {
        // The worker's own connection: a connection belongs to the thread that opened it.
        auto ws = workspace::Workspace::openAsSystem(workspace::StoreLocation::localFile(path, true), *clock);
        if (!ws) {
            result->emplace(ws.error());
            return;
        }
        services::ServiceContext& ctx = (*ws)->context();
        options.progress = [&task](int percent, const QString& step) { task.reportProgress(percent, 100, step); };
        options.cancelled = [&task] { return task.isCancelled(); };
        result->emplace(services::DemoGenerator(ctx, options).run());
    };
    m_task = new BackgroundTask(this, tr("Demo database"), tr("Creating the demo database..."), work);
    connect(m_task, &BackgroundTask::finished, this, [this, result] {
        const bool cancelled = m_task && m_task->wasCancelled();
        if (m_task)
            m_task->deleteLater();
        m_task = nullptr;
        onDemoFinished(*result, cancelled);
    });
    m_task->start(100);
}

void WelcomeDialog::onDemoFinished(const std::optional<Result<services::DemoSummary>>& result, bool cancelled)
{
    const bool ok = !cancelled && result && result->ok();
    if (!ok) {
        // Half a demo is no use and would stop this window from coming back: remove it.
        services::StoreSetup::discardNewSqliteStore(m_databasePath);
        setBusy(false);
        m_ui->demoCommandLinkButton->setFocus();
        if (cancelled)
            m_prompter.inform(this, tr("Demo database"), tr("The demo database was not created."));
        else
            m_prompter.refuse(this, tr("Demo database"),
                              tr("The demo database could not be created: %1")
                                  .arg(result ? result->errorString() : tr("the work stopped unexpectedly.")));
        return;
    }
    const services::DemoSummary& summary = result->value();
    QString officer;
    QStringList accounts;
    for (const services::DemoUser& u : summary.users) {
        if (officer.isEmpty() && u.role == Role::Officer)
            officer = u.username;
        QString where = u.unitCode;
        if (!u.schoolCode.isEmpty())
            where += QStringLiteral(", ") + u.schoolCode;
        accounts.append(QStringLiteral("    %1 \u2014 %2 (%3)").arg(u.username, label(u.role), where));
    }
    m_prompter.inform(
        this, tr("The demo database is ready"),
        tr("The demo database was created with %n school(s).", nullptr, int(summary.schools)) + QStringLiteral("\n\n") +
            tr("Demo accounts:") + QLatin1Char('\n') + accounts.join(QLatin1Char('\n')) + QStringLiteral("\n\n") +
            tr("Every demo account's password is %1.").arg(QString::fromLatin1(kDemoPassword)) + QLatin1Char(' ') +
            tr("The sign-in window is filled in with the officer account %1.").arg(officer));
    Q_EMIT demoCreated(officer);
    accept();
}

void WelcomeDialog::createEmpty()
{
    if (m_task || m_firstAdmin || refuseIfExists())
        return;
    m_firstAdmin = new FirstAdminDialog(m_clock, m_databasePath, this);
    m_firstAdmin->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_firstAdmin, &QDialog::accepted, this, [this] {
        const QString username = m_firstAdmin ? m_firstAdmin->username() : QString();
        Q_EMIT emptyCreated(username);
        accept();
    });
    // Window-modal and not exec(): the event loop stays the program's own.
    m_firstAdmin->open();
}

} // namespace hocbaso::ui
