#include "ScreenshotRunner.h"

#include "AppSettings.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "ScreenFit.h"
#include "Session.h"
#include "SessionController.h"
#include "dialogs/OrganisationDialog.h"
#include "dialogs/SchoolImportDialog.h"
#include "dialogs/TrustAnchorsDialog.h"
#include "dialogs/UserAdminDialog.h"
#include "models/CertificateTableModel.h"
#include "pages/CertificateReviewPage.h"
#include "services/AuthService.h"
#include "services/UnitAdmin.h"
#include "widgets/CertificateDetailView.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QLineEdit>
#include <QPixmap>
#include <QScrollBar>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTimer>

#include <cstdio>

namespace hocbaso::ui {
namespace {

// Lets the window system map and paint what was just shown.
void settle(int ms = 300)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace

ScreenshotRunner::ScreenshotRunner(SessionController& controller, const QString& directory, const QString& password,
                                   QObject* parent)
    : QObject(parent), m_controller(controller), m_directory(directory), m_password(password)
{}

void ScreenshotRunner::start()
{
    QTimer::singleShot(0, this, &ScreenshotRunner::run);
}

bool ScreenshotRunner::save(QWidget* widget, const QString& name)
{
    const QString path = QDir(m_directory).filePath(name);
    if (!widget->grab().save(path)) {
        fail(QStringLiteral("cannot write %1").arg(path));
        return false;
    }
    std::fprintf(stderr, "screenshot: %s\n", qPrintable(QDir::toNativeSeparators(path)));
    return true;
}

void ScreenshotRunner::fail(const QString& message)
{
    std::fprintf(stderr, "screenshot: %s\n", qPrintable(message));
    Q_EMIT finished(1);
}

void ScreenshotRunner::run()
{
    if (!QDir().mkpath(m_directory))
        return fail(QStringLiteral("cannot create %1").arg(m_directory));
    QFile::remove(QDir(m_directory).filePath(QStringLiteral(".done")));
    LoginDialog* login = m_controller.loginDialog();
    auto* password = login->findChild<QLineEdit*>(QStringLiteral("passwordLineEdit"));
    settle();
    if (!save(login, QStringLiteral("login.png")))
        return;

    // The central-server form, filled with an example, then back to the local file.
    const ConnectionProfile local = login->profile();
    ConnectionProfile server = local;
    server.kind = ConnectionProfile::Kind::Server;
    server.host = QStringLiteral("csdl.pgd.example.edu.vn");
    login->setProfile(server);
    login->setConnectionSettingsShown(true);
    settle();
    if (!save(login, QStringLiteral("login-server.png")))
        return;
    login->setProfile(local);
    login->setConnectionSettingsShown(false);
    settle();

    // A refused attempt, to show how a refusal reads (the successful sign-in below resets the count).
    password->setText(QStringLiteral("not-the-password"));
    m_controller.signIn();
    settle();
    if (!save(login, QStringLiteral("login-refused.png")))
        return;

    password->setText(m_password);
    if (!m_controller.signIn())
        return fail(QStringLiteral("sign-in refused: %1").arg(login->message()));
    MainWindow* main = m_controller.mainWindow();
    // The whole screen, as showForWork() maximizes: a bare X server has no window manager to do it.
    main->setGeometry(usableScreenArea(main));
    settle(500);
    QTabWidget* tabs = main->tabWidget();
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        settle();
        auto* page = qobject_cast<Page*>(tabs->widget(i));
        // "6.1" ("6.1." in Vietnamese titles).
        QString number = Page::title(page->pageId()).section(QLatin1Char(' '), 0, 0);
        while (number.endsWith(QLatin1Char('.')))
            number.chop(1);
        if (!save(main, QStringLiteral("tab-%1.png").arg(number)))
            return;
    }

    // 6.1 once more with a certificate whose checks fail open in the pane, and its trust store.
    if (auto* certificates = qobject_cast<CertificateReviewPage*>(main->page(PageId::CertificateReview))) {
        tabs->setCurrentWidget(certificates);
        settle();
        CertificateTableModel* model = certificates->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->certificateAt(row)->hasFailedCheck()) {
                certificates->selectCertificate(model->certificateAt(row)->registration.id);
                break;
            }
        }
        settle();
        if (!save(main, QStringLiteral("tab-6.1-failed.png")))
            return;
        // The rest of the pane: the certificate's fields, its chain and its history.
        QScrollBar* scroll = certificates->detailView()->browser()->verticalScrollBar();
        scroll->setValue(scroll->maximum());
        settle();
        if (!save(main, QStringLiteral("tab-6.1-details.png")))
            return;
        scroll->setValue(0);
        certificates->openTrustAnchors();
        settle();
        if (TrustAnchorsDialog* trust = certificates->trustAnchorsDialog()) {
            if (!save(trust, QStringLiteral("trust-anchors.png")))
                return;
            trust->reject();
        }
        settle();
    }

    Session* session = m_controller.session();
    if (session && services::permissions::canAdminister(session->actor())) {
        main->openUserAdmin();
        settle();
        if (UserAdminDialog* users = main->userAdminDialog()) {
            if (!save(users, QStringLiteral("users.png")))
                return;
            users->reject();
        }
        main->openOrganisation();
        settle();
        if (OrganisationDialog* units = main->organisationDialog()) {
            if (!save(units, QStringLiteral("units.png")))
                return;
            // The import preview, on a small list written beside the pictures: one new school, one
            // renamed, one refused.
            const QString csv = QDir(m_directory).filePath(QStringLiteral("school-list.csv"));
            QFile f(csv);
            const auto schools = services::UnitAdmin(session->context()).schools();
            if (schools && !schools->isEmpty() && f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
                const School& s = schools->first();
                QString unitCode = s.unitCode;
                if (unitCode.isEmpty())
                    unitCode = session->unit().code;
                f.write(QStringLiteral("Mã trường;Tên trường;Đơn vị quản lý;Loại hình;Địa chỉ\n"
                                       "TH99901;Trường Tiểu học Hòa Bình;%1;Công lập;Thôn 3\n"
                                       "%2;%3 (tên mới);%1;Công lập;\n"
                                       "TH99902;Trường Tiểu học Bình Minh;KHONGCO;Tư thục;\n")
                            .arg(unitCode, s.code, s.name)
                            .toUtf8());
                f.close();
                units->importSchools();
                settle();
                if (SchoolImportDialog* import = units->importDialog()) {
                    QEventLoop loop;
                    connect(import, &SchoolImportDialog::planned, &loop, &QEventLoop::quit);
                    import->openFile(csv);
                    if (import->isBusy())
                        loop.exec();
                    settle();
                    if (!save(import, QStringLiteral("school-import.png")))
                        return;
                    import->reject();
                }
            }
            units->reject();
        }
        main->settingsAction()->trigger();
        settle();
        for (QDialog* d : main->findChildren<QDialog*>()) {
            if (d->isVisible() && d->objectName() == QLatin1String("SettingsDialog")) {
                if (!save(d, QStringLiteral("settings.png")))
                    return;
                d->reject();
            }
        }
    }
    main->showAbout();
    settle();
    for (QDialog* d : main->findChildren<QDialog*>()) {
        if (d->isVisible() && d->objectName() == QLatin1String("AboutDialog")) {
            if (!save(d, QStringLiteral("about.png")))
                return;
            d->reject();
        }
    }
    tabs->setCurrentIndex(0);
    settle();

    QFile done(QDir(m_directory).filePath(QStringLiteral(".done")));
    if (!done.open(QIODevice::WriteOnly))
        return fail(QStringLiteral("cannot write %1").arg(done.fileName()));
    done.close();
    bool ok = false;
    const int hold = qEnvironmentVariableIntValue("HOCBASO_SCREENSHOT_HOLD", &ok);
    QTimer::singleShot(ok ? qMax(0, hold) * 1000 : 0, this, [this] { Q_EMIT finished(0); });
}

} // namespace hocbaso::ui
